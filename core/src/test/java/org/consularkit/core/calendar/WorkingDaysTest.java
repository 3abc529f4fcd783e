package org.consularkit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.consularkit.core.TestCalendars;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final HolidayCalendar cal = TestCalendars.calendar();

    @Test
    void adjustersMoveDatesAndKeepTimeAndZone() {
        // block of 2010: Mon 10 - Wed 12 May, make-up Saturday 15 May
        LocalDateTime friday = LocalDateTime.of(2010, 5, 7, 17, 30);
        assertThat(friday.with(WorkingDays.next(cal))).isEqualTo(LocalDateTime.of(2010, 5, 13, 17, 30));
        ZonedDateTime z = ZonedDateTime.of(2010, 5, 13, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
        assertThat(z.with(WorkingDays.previous(cal))).isEqualTo(z.withDayOfMonth(7));
        assertThat(LocalDate.of(2010, 5, 7).with(WorkingDays.plus(cal, 3))).isEqualTo(LocalDate.of(2010, 5, 15));
        assertThat(LocalDate.of(2010, 5, 15).with(WorkingDays.plus(cal, -3))).isEqualTo(LocalDate.of(2010, 5, 7));
    }

    @Test
    void orSameAdjustersKeepWorkingDays() {
        LocalDate working = LocalDate.of(2010, 5, 7);
        assertThat(working.with(WorkingDays.nextOrSame(cal))).isEqualTo(working);
        assertThat(working.with(WorkingDays.previousOrSame(cal))).isEqualTo(working);
        LocalDate off = LocalDate.of(2010, 5, 11);
        assertThat(off.with(WorkingDays.nextOrSame(cal))).isEqualTo(LocalDate.of(2010, 5, 13));
        assertThat(off.with(WorkingDays.previousOrSame(cal))).isEqualTo(LocalDate.of(2010, 5, 7));
    }

    @Test
    void queriesAnswerForAnyTemporalWithADate() {
        assertThat(LocalDateTime.of(2010, 5, 15, 8, 0).query(WorkingDays.isWorkingDay(cal))).isTrue();
        assertThat(LocalDateTime.of(2010, 5, 10, 8, 0).query(WorkingDays.isWorkingDay(cal))).isFalse();
        assertThat(LocalDate.of(2010, 5, 10).query(WorkingDays.dayType(cal))).isEqualTo(DayType.PUBLIC_HOLIDAY);
        assertThat(WorkingDays.between(cal, LocalDate.of(2010, 5, 7), LocalDateTime.of(2010, 5, 17, 0, 0)))
                .isEqualTo(4); // 7, 13, 14, 15
        assertThatThrownBy(() -> LocalTime.NOON.query(WorkingDays.isWorkingDay(cal)))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void nullsAreRejected() {
        assertThatThrownBy(() -> WorkingDays.next(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("calendar");
    }
}
