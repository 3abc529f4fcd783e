package org.consularkit.core.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.util.Collection;
import java.util.List;

/** A source of explicit occurrences over the range of another calendar (see withClosures). */
final class ListProvider implements HolidayProvider {

    private final int firstYear;
    private final int lastYear;
    private final ImmutableListMultimap<Integer, Holiday> byYear;

    ListProvider(HolidayCalendar base, Collection<Holiday> holidays) {
        this.firstYear = base.firstYear();
        this.lastYear = base.lastYear();
        for (Holiday h : holidays) {
            if (h.firstDate().getYear() < firstYear || h.lastDate().getYear() > lastYear) {
                throw new IllegalArgumentException("Closure " + h.id() + " has dates outside the years "
                        + firstYear + "-" + lastYear + " of calendar " + base.id());
            }
        }
        this.byYear = Multimaps.index(ImmutableList.copyOf(holidays), Holiday::year);
    }

    @Override
    public int firstYear() {
        return firstYear;
    }

    @Override
    public int lastYear() {
        return lastYear;
    }

    @Override
    public HolidayStatus yearStatus(int year) {
        return HolidayStatus.OFFICIAL;
    }

    @Override
    public List<Holiday> holidays(int year) {
        return byYear.get(year);
    }
}
