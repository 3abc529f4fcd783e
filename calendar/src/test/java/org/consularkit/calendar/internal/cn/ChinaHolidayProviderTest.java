package org.consularkit.calendar.internal.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.ChinaSchedule;
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
}
