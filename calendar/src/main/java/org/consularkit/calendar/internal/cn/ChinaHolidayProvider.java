package org.consularkit.calendar.internal.cn;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayProvider;
import org.consularkit.core.calendar.HolidayStatus;

/**
 * The {@link HolidayProvider} of China's public holidays, 2000–2100: the official schedules given,
 * forecasts (with the 2025 principles) for the years without one from a given year on, and for
 * every other year the provisional occurrences derived from the regulation in force.
 * Immutable and thread-safe; occurrences are computed on each call (the calendar calls once per
 * year table).
 */
public final class ChinaHolidayProvider implements HolidayProvider {

    private final ImmutableSortedMap<Integer, ChinaSchedule> schedules;
    private final ImmutableSet<LocalDate> makeupWorkdays;
    private final int forecastFrom;

    /**
     * Creates a source.
     *
     * @param schedules the official schedules by year, each year from 2000 to 2100, not null
     * @param forecastFrom the first year answered with a forecast (a year without a schedule from
     *     this year on is {@link HolidayStatus#FORECAST}); above 2100 for none
     */
    public ChinaHolidayProvider(Map<Integer, ChinaSchedule> schedules, int forecastFrom) {
        this.forecastFrom = forecastFrom;
        this.schedules = ImmutableSortedMap.copyOf(schedules);
        this.makeupWorkdays = this.schedules.values().stream().flatMap(s -> s.makeupWorkdays().stream())
                .collect(ImmutableSet.toImmutableSet());
    }

    @Override
    public int firstYear() {
        return ChinaRegulation.FIRST_YEAR;
    }

    @Override
    public int lastYear() {
        return ChinaRegulation.LAST_YEAR;
    }

    @Override
    public HolidayStatus yearStatus(int year) {
        return schedules.containsKey(year) ? HolidayStatus.OFFICIAL
                : year >= forecastFrom ? HolidayStatus.FORECAST : HolidayStatus.PROVISIONAL;
    }

    @Override
    public List<Holiday> holidays(int year) {
        if (year < firstYear() || year > lastYear()) {
            return List.of();
        }
        ChinaSchedule s = schedules.get(year);
        if (s != null) {
            return ChinaOccurrences.official(s, makeupWorkdays);
        }
        if (year >= forecastFrom) {
            return ChinaOccurrences.forecast(ChinaForecaster.forecast(year, true).schedule(), makeupWorkdays);
        }
        return ChinaOccurrences.provisional(year, makeupWorkdays);
    }
}
