package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarsTest {

    @Test
    void everyListedIdResolvesToACalendarWithThatId() {
        for (String id : Calendars.ids()) {
            assertThat(Calendars.byId(id).id()).isEqualTo(id);
        }
    }

    @Test
    void usFederalIsTheDefaultUsCalendar() {
        assertThat(Calendars.byId("us-federal")).isSameAs(UsFederalHolidays.calendar());
        assertThat(Calendars.byId("us-federal-dc").isWorkingDay(LocalDate.of(2013, 1, 21))).isFalse();
    }

    @Test
    void cnIsChinasPublicHolidayCalendar() {
        assertThat(Calendars.byId("cn")).isSameAs(ChinaHolidays.calendar());
        assertThat(Calendars.byId("cn").isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
    }

    @Test
    void everyPostOfTheMissionHasItsClosureCalendar() {
        assertThat(Calendars.ids()).containsExactly("us-federal", "us-federal-dc", "cn", "post:beijing", "post:chengdu",
                "post:guangzhou", "post:shanghai", "post:shenyang", "post:wuhan");
        assertThat(Calendars.byId("post:shanghai")).isSameAs(MissionChinaClosures.calendar("shanghai"));
        assertThatThrownBy(() -> Calendars.byId("post:xian"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown calendar id 'post:xian'; known ids: us-federal, us-federal-dc, cn, post:beijing,"
                        + " post:chengdu, post:guangzhou, post:shanghai, post:shenyang, post:wuhan");
        assertThatThrownBy(() -> Calendars.byId("shanghai")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownIdsNameTheKnownOnes() {
        assertThatThrownBy(() -> Calendars.byId("mars"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown calendar id 'mars'; known ids: us-federal, us-federal-dc, cn");
        assertThatThrownBy(() -> Calendars.byId(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    }

    @Test
    void aLongUnknownIdIsQuotedByItsBeginningAndLengthOnly() {
        String id = "x".repeat(1 << 20);
        assertThatThrownBy(() -> Calendars.byId(id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown calendar id '" + "x".repeat(58) + "… (1048576 characters)'; known ids: us-federal,");
    }
}
