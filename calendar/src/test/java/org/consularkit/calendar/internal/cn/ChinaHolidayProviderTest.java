package org.consularkit.calendar.internal.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.consularkit.calendar.ChinaPublicHoliday;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayStatus;
import org.junit.jupiter.api.Test;

class ChinaHolidayProviderTest {

    private static final ChinaSchedule S2026 = ChinaHolidays.calendar().schedule(2026).orElseThrow();
    private static final ChinaHolidayProvider PROVIDER = new ChinaHolidayProvider(Map.of(2026, S2026), 2050);

    @Test
    void yearsOutsideTwoThousandToTwentyOneHundredHaveNoHolidays() {
        assertThat(PROVIDER.holidays(1999)).isEmpty();
        assertThat(PROVIDER.holidays(2101)).isEmpty();
        assertThat(PROVIDER.holidays(2000)).isNotEmpty().allMatch(h -> h.year() == 2000);
        assertThat(PROVIDER.holidays(2100)).isNotEmpty().allMatch(h -> h.year() == 2100);
    }

    @Test
    void aYearWithAScheduleIsOfficialFromTheForecastYearOnForecastAndBeforeItProvisional() {
        assertThat(PROVIDER.holidays(2026)).isNotEmpty().extracting(Holiday::status)
                .containsOnly(HolidayStatus.OFFICIAL);
        assertThat(PROVIDER.holidays(2049)).isNotEmpty().extracting(Holiday::status)
                .containsOnly(HolidayStatus.PROVISIONAL);
        assertThat(PROVIDER.holidays(2050)).isNotEmpty().extracting(Holiday::status)
                .containsOnly(HolidayStatus.FORECAST);
        assertThat(PROVIDER.yearStatus(2026)).isEqualTo(HolidayStatus.OFFICIAL);
        assertThat(PROVIDER.yearStatus(2049)).isEqualTo(HolidayStatus.PROVISIONAL);
        assertThat(PROVIDER.yearStatus(2050)).isEqualTo(HolidayStatus.FORECAST);
    }

    /**
     * Monday 1 January 2029 takes in the weekend before it, unless an official schedule of another
     * year makes one of its days a make-up working day (here a made-up 2028 schedule working on
     * Saturday 30 December 2028).
     */
    @Test
    void aMakeupWorkingDayOfAnotherYearsScheduleIsNotPartOfAnOccurrence() {
        ChinaSchedule s2028 = ChinaSchedule.of(2028, List.of(Source.of(SourceType.NOTICE, "made up")),
                List.of(ChinaSchedule.Block.of(ChinaPublicHoliday.NATIONAL_DAY,
                        List.of(LocalDate.of(2028, 10, 2)), List.of(LocalDate.of(2028, 12, 30)))));
        Holiday newYear2029 = new ChinaHolidayProvider(Map.of(2028, s2028), 2101).holidays(2029).get(0);
        assertThat(newYear2029.key()).isEqualTo("new-years-day");
        assertThat(newYear2029.dayTypes()).containsOnlyKeys(LocalDate.of(2028, 12, 31), LocalDate.of(2029, 1, 1));
        assertThat(PROVIDER.holidays(2029).get(0).dayTypes())
                .containsOnlyKeys(LocalDate.of(2028, 12, 30), LocalDate.of(2028, 12, 31), LocalDate.of(2029, 1, 1));
    }
}
