package org.consularkit.directory.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Function;
import org.consularkit.calendar.Calendars;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.directory.Directory;
import org.consularkit.directory.DirectoryFileTest;
import org.consularkit.directory.Post;
import org.junit.jupiter.api.Test;

/** The default availability: a post's office hours applied by the engine with its closure calendar. */
class AcsAvailabilityTest {

    private static final Post CHENGDU = Directory.builtIn().post("chengdu");

    private static Instant at(String moment) {
        return OffsetDateTime.parse(moment).toInstant();
    }

    private static Post chengduWithHours(String hours) {
        return DirectoryFileTest.parse(DirectoryFileTest.replace(DirectoryFileTest.GOOD,
                "\"Mo-Fr 08:00-17:00; PH off\"", "\"" + hours + "\"")).post("chengdu");
    }

    @Test
    void followsThePostCalendar() {
        Availability a = AcsAvailability.officeHours().status(CHENGDU, at("2026-02-17T10:00+08:00"));
        assertThat(a).isEqualTo(Availability.closed("closed on Tuesday 2026-02-17 for Spring Festival",
                "2026-02-17(星期二)因春节闭馆"));
        assertThat(AcsAvailability.officeHours().status(CHENGDU, at("2026-02-20T10:00+08:00")).isOpen()).isTrue();
    }

    @Test
    void anotherCalendarForEveryPost() {
        AcsAvailability cn = AcsAvailability.officeHours(Calendars.byId("cn"));
        assertThat(cn.status(CHENGDU, at("2026-02-20T10:00+08:00")))
                .isEqualTo(Availability.closed("closed on Friday 2026-02-20 for Spring Festival", "2026-02-20(星期五)因春节闭馆"));
        assertThat(cn).hasToString("AcsAvailability[office hours and closure calendar cn]");
        assertThat(AcsAvailability.officeHours()).hasToString("AcsAvailability[office hours and each post's closure calendar]");
    }

    @Test
    void outsideTheCalendarIsUnknown() {
        assertThat(AcsAvailability.officeHours().status(CHENGDU, at("2101-03-01T10:00+08:00")))
                .isEqualTo(Availability.unknown("closure calendar post:chengdu does not cover 2101-03-01",
                        "闭馆日历post:chengdu不包括2101-03-01"));
    }

    /** Without {@code PH off} the hours ignore holidays, and need no calendar. */
    @Test
    void hoursWithoutPhOffIgnoreHolidays() {
        Post post = chengduWithHours("Mo-Fr 08:00-17:00");
        assertThat(AcsAvailability.officeHours().status(post, at("2026-02-17T10:00+08:00")).isOpen()).isTrue();
        assertThat(AcsAvailability.officeHours().status(post, at("2101-03-01T10:00+08:00")).isOpen()).isTrue();
    }

    @Test
    void aDateRuleOfTheHours() {
        Post post = chengduWithHours("Mo-Fr 08:00-17:00; PH off; 2026 Mar 03 08:00-12:00");
        assertThat(AcsAvailability.officeHours().status(post, at("2026-03-03T11:59+08:00")).isOpen()).isTrue();
        assertThat(AcsAvailability.officeHours().status(post, at("2026-03-03T12:00+08:00")).explanation().english())
                .isEqualTo("outside office hours (Mo-Fr 08:00-17:00; PH off; 2026 Mar 03 08:00-12:00) at 12:00 on"
                        + " Tuesday 2026-03-03");
    }

    @Test
    void nullArguments() {
        assertThatThrownBy(() -> AcsAvailability.officeHours().status(null, Instant.EPOCH))
                .isInstanceOf(NullPointerException.class).hasMessage("post");
        assertThatThrownBy(() -> AcsAvailability.officeHours((Function<Post, HolidayCalendar>) null))
                .isInstanceOf(NullPointerException.class).hasMessage("closures");
    }
}
