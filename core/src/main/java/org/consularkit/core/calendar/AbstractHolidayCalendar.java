package org.consularkit.core.calendar;

import com.google.common.collect.ImmutableSortedSet;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.function.IntFunction;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.internal.Checks;

/**
 * What the calendars of this package share: id, name, year range and the status of each year,
 * fixed when the calendar is built.
 */
abstract class AbstractHolidayCalendar implements HolidayCalendar {

    private final String id;
    private final LocalizedText name;
    private final int firstYear;
    private final int lastYear;
    private final ImmutableSortedSet<Integer> officialYears;
    private final HolidayStatus[] statuses;

    /**
     * Builds the shared state.
     *
     * @param id the id, not blank
     * @param name the name, not null
     * @param firstYear the first year covered
     * @param lastYear the last year covered, not before {@code firstYear}
     * @param status the status of a year of the range
     */
    AbstractHolidayCalendar(String id, LocalizedText name, int firstYear, int lastYear,
            IntFunction<HolidayStatus> status) {
        this.id = Checks.id(id);
        this.name = Objects.requireNonNull(name, "name");
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        ImmutableSortedSet.Builder<Integer> years = ImmutableSortedSet.naturalOrder();
        this.statuses = new HolidayStatus[lastYear - firstYear + 1];
        for (int y = firstYear; y <= lastYear; y++) {
            HolidayStatus s = Objects.requireNonNull(status.apply(y), "yearStatus");
            statuses[y - firstYear] = s;
            if (s == HolidayStatus.OFFICIAL) {
                years.add(y);
            }
        }
        this.officialYears = years.build();
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final LocalizedText displayName() {
        return name;
    }

    @Override
    public final int firstYear() {
        return firstYear;
    }

    @Override
    public final int lastYear() {
        return lastYear;
    }

    @Override
    public final HolidayStatus yearStatus(int year) {
        Checks.year(this, year);
        return statuses[year - firstYear];
    }

    @Override
    public final NavigableSet<Integer> officialYears() {
        return officialYears;
    }
}
