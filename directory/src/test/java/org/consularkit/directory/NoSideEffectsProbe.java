package org.consularkit.directory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.consularkit.calendar.Calendars;
import org.consularkit.calendar.ChinaHolidayCalendar;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.BookingValidator;
import org.consularkit.core.booking.ConsularOffice;
import org.consularkit.core.booking.ConsularService;
import org.consularkit.core.booking.ValidationReport;
import org.consularkit.core.booking.Violation;
import org.consularkit.core.booking.VisitorItem;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.WorkingDays;
import org.consularkit.directory.routing.CallPlan;
import org.consularkit.directory.routing.CallStep;
import org.consularkit.directory.routing.EmergencyRouter;
import org.consularkit.directory.routing.Situation;

/**
 * The README's calendar and directory examples, run in a JVM of their own by {@link
 * NoSideEffectsTest}: it writes their results and the state of the JVM afterwards ({@link
 * ProcessStateProbe}) to the file named by its argument, and nothing to the console.
 */
final class NoSideEffectsProbe {

    private NoSideEffectsProbe() {
    }

    /**
     * Runs the examples and writes the file.
     *
     * @param args the file to write
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        List<String> results = new ArrayList<>();

        HolidayCalendar us = UsFederalHolidays.calendar();
        results.add("us.day=" + us.day(LocalDate.of(2021, 12, 31)).holidayNames(Locale.ENGLISH));
        results.add("us.plusWorkingDays=" + us.plusWorkingDays(LocalDate.of(2027, 12, 29), 2));
        results.add("us.workingDaysBetween=" + us.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
        results.add("us.next=" + LocalDateTime.of(2026, 7, 2, 17, 30).with(WorkingDays.next(us)));

        ChinaHolidayCalendar cn = ChinaHolidays.calendar();
        CalendarDay feb14 = cn.day(LocalDate.of(2026, 2, 14));
        results.add("cn.day=" + feb14.type() + " " + feb14.isWorkingDay());
        results.add("cn.next=" + LocalDate.of(2026, 10, 1).with(WorkingDays.next(cn)));

        HolidayCalendar shanghai = Calendars.byId("post:shanghai");
        results.add("shanghai.dayType=" + shanghai.dayType(LocalDate.of(2026, 10, 5)));

        ConsularOffice chengdu = Directory.builtIn().post("chengdu").office().orElseThrow();
        Booking booking = Booking.appointment(ConsularService.NOTARIAL, OffsetDateTime.parse("2026-03-03T14:00+08:00"))
                .items(VisitorItem.LAPTOP)
                .bookedAt(OffsetDateTime.parse("2026-02-20T10:00+08:00"))
                .build();
        ValidationReport report = BookingValidator.of(chengdu, Clock.systemUTC())
                .validate(booking, Instant.parse("2026-02-20T02:00:00Z"));
        List<String> codes = new ArrayList<>();
        for (Violation v : report.violations()) {
            codes.add(v.code() + " " + v.severity());
        }
        results.add("booking=" + codes);

        EmergencyRouter router = EmergencyRouter.of(Directory.builtIn());
        CallPlan plan = router.route("shanghai", OffsetDateTime.parse("2026-02-17T10:00+08:00").toInstant(),
                CallerLocation.CN, Situation.CRIME);
        List<String> numbers = new ArrayList<>();
        for (CallStep step : plan.steps()) {
            numbers.add(step.number());
        }
        results.add("route=" + numbers);

        PhoneNumber acs = PhoneNumber.parse("(028) 8558-3992", "CN");
        results.add("phone=" + acs.dialFrom(CallerLocation.US).orElse("-"));

        ProcessStateProbe.write(Path.of(args[0]), results);
    }
}
