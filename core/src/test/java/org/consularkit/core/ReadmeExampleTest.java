package org.consularkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.consularkit.core.booking.AppointmentPolicy;
import org.consularkit.core.booking.AppointmentSlot;
import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.BookingJson;
import org.consularkit.core.booking.BookingValidator;
import org.consularkit.core.booking.ConsularOffice;
import org.consularkit.core.booking.ConsularService;
import org.consularkit.core.booking.ServiceCatalogue;
import org.consularkit.core.booking.SlotFinder;
import org.consularkit.core.booking.ValidationReport;
import org.consularkit.core.booking.Violation;
import org.consularkit.core.booking.ViolationCode;
import org.consularkit.core.booking.VisitorItem;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.hours.OpeningSchedule;
import org.junit.jupiter.api.Test;

/** The validation example given for the README, compiled and run. */
class ReadmeExampleTest {

    @Test
    void validatesABooking() {
        HolidayCalendar closures = TestData.testClosures(); // in the README: the post closure calendar
        // --- README example starts
        ServiceCatalogue catalogue = TestData.CATALOGUE;
        ConsularOffice office = ConsularOffice.builder("chengdu",
                        LocalizedText.of("US Consulate General Chengdu", "美国驻成都总领事馆"), ZoneId.of("Asia/Shanghai"))
                .officeHours(OpeningSchedule.parse("Mo-Fr 08:00-17:00; PH off"))
                .closures(closures)
                .policy(AppointmentPolicy.builder(OpeningSchedule.parse("Mo,Tu,Th 13:00-16:00; PH off"))
                        .walkInWindow(OpeningSchedule.parse("Mo,Tu,Th 13:00-16:00; PH off"))
                        .visitRules(catalogue.rules())
                        .build())
                .catalogue(catalogue)
                .build();

        Booking booking = Booking.appointment(ConsularService.NOTARIAL, OffsetDateTime.parse("2026-03-03T14:00+08:00"))
                .items(VisitorItem.LAPTOP)
                .bookedAt(OffsetDateTime.parse("2026-02-20T10:00+08:00"))
                .build();

        BookingValidator validator = BookingValidator.of(office, Clock.systemUTC());
        ValidationReport report = validator.validate(booking, Instant.parse("2026-02-20T02:00:00Z"));
        StringBuilder printed = new StringBuilder();   // the README prints to System.out
        for (Violation v : report.violations()) {
            printed.append(v.code() + " " + v.severity() + ": " + v.message(Locale.ENGLISH)).append('\n');
        }
        // PROHIBITED_ITEM ERROR: Do not bring a laptop: no visitor may bring one into the Embassy or a ...
        String json = BookingJson.write(report, Locale.forLanguageTag("zh-CN"));

        List<AppointmentSlot> next = SlotFinder.of(office)
                .next(ConsularService.PASSPORT, Instant.parse("2026-03-03T07:40:00Z"), 3);
        // 2026-03-03T15:45+08:00, 2026-03-05T13:00+08:00, 2026-03-05T13:15+08:00
        // --- README example ends
        assertThat(report.isValid()).isFalse();
        assertThat(report.codes()).containsExactly(ViolationCode.PROHIBITED_ITEM);
        assertThat(printed.toString()).startsWith("PROHIBITED_ITEM ERROR: Do not bring a laptop: no visitor may bring one");
        assertThat(json).startsWith("{\"valid\": false, \"violations\": [{\"code\": \"PROHIBITED_ITEM\"");
        assertThat(next).extracting(s -> s.start().toString())
                .containsExactly("2026-03-03T15:45+08:00", "2026-03-05T13:00+08:00", "2026-03-05T13:15+08:00");
        assertThat(Clock.systemUTC().getZone()).isEqualTo(ZoneOffset.UTC);
    }
}
