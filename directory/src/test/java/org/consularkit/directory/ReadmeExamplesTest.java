package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.BookingValidator;
import org.consularkit.core.booking.ConsularOffice;
import org.consularkit.core.booking.ConsularService;
import org.consularkit.core.booking.ValidationReport;
import org.consularkit.core.booking.Violation;
import org.consularkit.core.booking.VisitorItem;
import org.consularkit.directory.routing.CallPlan;
import org.consularkit.directory.routing.CallStep;
import org.consularkit.directory.routing.EmergencyRouter;
import org.consularkit.directory.routing.Situation;
import org.junit.jupiter.api.Test;

/** The examples of the README section on the directory, exactly as printed there. */
class ReadmeExamplesTest {

    @Test
    void dialling() {
        PhoneNumber acs = PhoneNumber.parse("(028) 8558-3992", "CN");
        assertThat(acs.dialFrom(CallerLocation.CN)).contains("028 8558 3992");
        assertThat(acs.localDialling()).isEqualTo("8558 3992");
        assertThat(acs.dialFrom(CallerLocation.US)).contains("011 86 28 8558 3992");
        assertThat(acs.e164()).contains("+862885583992");
        assertThat(acs.internationalFormat()).contains("+86 28 8558 3992");
        assertThat(acs.telUri()).isEqualTo("tel:+86-28-8558-3992");

        PhoneNumber police = PhoneNumber.parse("110", "CN");
        assertThat(police.dialFrom(CallerLocation.CN)).contains("110");
        assertThat(police.dialFrom(CallerLocation.US)).isEmpty();
        assertThat(police.e164()).isEmpty();

        PhoneNumber ocs = PhoneNumber.parse("+1-202-501-4444");
        assertThat(ocs.dialFrom(CallerLocation.CN)).contains("00 1 202 501 4444");
    }

    @Test
    void theSeedsFromTheUsFormParsesToo() {
        assertThat(PhoneNumber.parse("(011-8610) 8531-4000", "US")).isEqualTo(PhoneNumber.parse("(010) 8531-4000", "CN"));
    }

    @Test
    void district() {
        Directory mission = Directory.builtIn();
        DistrictAssignment sichuan = mission.district("CN-SC");
        Post post = mission.post(sichuan.postId());
        assertThat(post.displayName(Locale.ENGLISH)).isEqualTo("U.S. Embassy Beijing");
        assertThat(sichuan.uncertain()).isTrue();
        assertThat(sichuan.provenance().note()).hasValueSatisfying(n -> assertThat(n).startsWith("Former Chengdu district"));
        assertThat(mission.post("chengdu").status().value()).hasToString("CLOSED since 2020-07-27");
    }

    @Test
    void routing() {
        EmergencyRouter router = EmergencyRouter.of(Directory.builtIn());   // office hours + post:<id> calendars
        Instant at = OffsetDateTime.parse("2026-02-17T10:00+08:00").toInstant();   // Spring Festival
        CallPlan plan = router.route("shanghai", at, CallerLocation.CN, Situation.CRIME);
        StringBuilder out = new StringBuilder();
        for (CallStep step : plan.steps()) {
            out.append(step.displayName(Locale.ENGLISH)).append(": ").append(step.number()).append('\n');
        }
        assertThat(out).hasToString("""
                Police: 110
                U.S. Consulate General Shanghai – Emergency After Hours Duty Officer: 010 8531 4000
                State Department Overseas Citizens Services (from abroad): 00 1 202 501 4444
                """);
    }

    @Test
    void validatingABookingAtChengdu() {
        ConsularOffice chengdu = Directory.builtIn().post("chengdu").office().orElseThrow();
        Booking booking = Booking.appointment(ConsularService.NOTARIAL, OffsetDateTime.parse("2026-03-03T14:00+08:00"))
                .items(VisitorItem.LAPTOP)
                .bookedAt(OffsetDateTime.parse("2026-02-20T10:00+08:00"))
                .build();
        ValidationReport report = BookingValidator.of(chengdu, Clock.systemUTC())
                .validate(booking, Instant.parse("2026-02-20T02:00:00Z"));
        StringBuilder out = new StringBuilder();
        for (Violation v : report.violations()) {
            out.append(v.code()).append(' ').append(v.severity()).append('\n');
        }
        assertThat(out).hasToString("""
                PROHIBITED_ITEM ERROR
                PROVISIONAL_CLOSURES INFO
                POST_SUSPENDED WARNING
                """);
    }
}
