package org.consularkit.calendar.internal.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.ChinaPublicHoliday;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleChecksTest {

    /**
     * The counting identity "weekday days off = statutory days + make-up working days" for every
     * built-in year. It holds except in 2015 (+1: 2015-09-03, the one-off Victory Day holiday, is a
     * weekday off that no statutory day or make-up day accounts for; its companion 2015-09-04 is paid
     * for by the make-up day 2015-09-06) and in 2020 (+2: the COVID-19 extension added the weekday
     * off 2020-01-31 and cancelled the make-up day 2020-02-01). The 2019 amendment kept the identity
     * (three more weekdays off, two more make-up days, minus the day it had gained).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2007, 18, 10, 8, 0", "2008, 17, 11, 6, 0", "2009, 17, 11, 6, 0", "2010, 19, 11, 8, 0",
            "2011, 16, 11, 5, 0", "2012, 18, 11, 7, 0", "2013, 23, 11, 12, 0", "2014, 16, 11, 5, 0",
            "2015, 17, 11, 5, 1", "2016, 17, 11, 6, 0", "2017, 16, 11, 5, 0", "2018, 17, 11, 6, 0",
            "2019, 18, 11, 7, 0", "2020, 19, 11, 6, 2", "2021, 18, 11, 7, 0", "2022, 18, 11, 7, 0",
            "2023, 18, 11, 7, 0", "2024, 19, 11, 8, 0", "2025, 18, 13, 5, 0", "2026, 19, 13, 6, 0"})
    void countingIdentityOfEveryBuiltInYear(int year, int weekdaysOff, int statutory, int makeup, int surplus) {
        ChinaSchedule s = ChinaHolidays.calendar().schedule(year).orElseThrow();
        ScheduleChecks.Identity id = ScheduleChecks.identity(s);
        assertThat(id).isEqualTo(new ScheduleChecks.Identity(weekdaysOff, statutory, makeup));
        assertThat(id.surplus()).isEqualTo(surplus);
        assertThat(id.holds()).isEqualTo(surplus == 0);
        assertThat(ScheduleChecks.warnings(s)).hasSize(surplus == 0 ? 0 : 1);
    }

    @Test
    void statutoryDaysThatAreWorkingDaysAreReported() {
        ChinaSchedule s = ChinaSchedule.of(2026, List.of(Source.of(SourceType.NOTICE, "n")), List.of(
                ChinaSchedule.Block.of(ChinaPublicHoliday.LABOUR_DAY, List.of(LocalDate.of(2026, 5, 1)),
                        List.of(LocalDate.of(2026, 5, 2)))));
        assertThat(ScheduleChecks.warnings(s)).containsExactly(
                "statutory day 2026-01-01 (New Year's Day) is not a day off",
                "statutory day 2026-02-16 (Spring Festival) is not a day off",
                "statutory day 2026-02-17 (Spring Festival) is not a day off",
                "statutory day 2026-02-18 (Spring Festival) is not a day off",
                "statutory day 2026-02-19 (Spring Festival) is not a day off",
                "statutory day 2026-05-02 (Labour Day) is a make-up working day",
                "statutory day 2026-06-19 (Dragon Boat Festival) is not a day off",
                "statutory day 2026-09-25 (Mid-Autumn Festival) is not a day off",
                "statutory day 2026-10-01 (National Day) is not a day off",
                "statutory day 2026-10-02 (National Day) is not a day off",
                "counting identity fails for 2026: 1 weekday days off, but 13 statutory days + 1 make-up working days"
                        + " = 14");
    }

    /** The first and last days of the calendar's years 2000-2100 are inside; the days next to them are not. */
    @Test
    void datesOutsideTheCalendarsYearsAreReportedFromTheDayBeforeTheFirstAndAfterTheLastYear() {
        ChinaSchedule first = ChinaSchedule.of(2000, List.of(Source.of(SourceType.NOTICE, "n")), List.of(
                ChinaSchedule.Block.of(ChinaPublicHoliday.NEW_YEARS_DAY,
                        List.of(LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1)),
                        List.of(LocalDate.of(1999, 12, 26), LocalDate.of(2000, 1, 2)))));
        assertThat(ScheduleChecks.warnings(first)).filteredOn(w -> w.contains("outside")).containsExactly(
                "2 dates outside the calendar's years 2000-2100, never answered by the calendar: 1999-12-26, 1999-12-31");
        ChinaSchedule last = ChinaSchedule.of(2100, List.of(Source.of(SourceType.NOTICE, "n")), List.of(
                ChinaSchedule.Block.of(ChinaPublicHoliday.NEW_YEARS_DAY,
                        List.of(LocalDate.of(2100, 12, 31), LocalDate.of(2101, 1, 1)),
                        List.of(LocalDate.of(2100, 12, 26), LocalDate.of(2101, 1, 2)))));
        assertThat(ScheduleChecks.warnings(last)).filteredOn(w -> w.contains("outside")).containsExactly(
                "2 dates outside the calendar's years 2000-2100, never answered by the calendar: 2101-01-01, 2101-01-02");
    }
}
