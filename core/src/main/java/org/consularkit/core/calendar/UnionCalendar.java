package org.consularkit.core.calendar;

import org.consularkit.core.internal.Checks;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayStatus;
import org.consularkit.core.LocalizedText;

/** The union of calendars: strongest day type, all holidays, weakest status. */
final class UnionCalendar implements HolidayCalendar {

    private final String id;
    private final LocalizedText name;
    private final HolidayCalendar[] members;
    private final int firstYear;
    private final int lastYear;
    private final ImmutableSortedSet<Integer> officialYears;

    UnionCalendar(String id, LocalizedText name, List<? extends HolidayCalendar> members) {
        this.id = Checks.id(id);
        this.name = Objects.requireNonNull(name, "name");
        Objects.requireNonNull(members, "members");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("Union " + id + " needs at least one calendar");
        }
        this.members = members.toArray(new HolidayCalendar[0]);
        int first = Integer.MIN_VALUE;
        int last = Integer.MAX_VALUE;
        for (HolidayCalendar c : this.members) {
            Objects.requireNonNull(c, "members contains null");
            first = Math.max(first, c.firstYear());
            last = Math.min(last, c.lastYear());
        }
        if (first > last) {
            throw new IllegalArgumentException("Union " + id + ": the year ranges of its calendars do not overlap");
        }
        this.firstYear = first;
        this.lastYear = last;
        ImmutableSortedSet.Builder<Integer> official = ImmutableSortedSet.naturalOrder();
        for (int y = first; y <= last; y++) {
            boolean all = true;
            for (HolidayCalendar c : this.members) {
                all &= c.yearStatus(y) == HolidayStatus.OFFICIAL;
            }
            if (all) {
                official.add(y);
            }
        }
        this.officialYears = official.build();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LocalizedText displayName() {
        return name;
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
        Checks.year(this, year);
        return officialYears.contains(year) ? HolidayStatus.OFFICIAL : HolidayStatus.PROVISIONAL;
    }

    @Override
    public NavigableSet<Integer> officialYears() {
        return officialYears;
    }

    @Override
    public DayType dayType(LocalDate date) {
        Checks.date(this, date);
        DayType type = members[0].dayType(date);
        for (int i = 1; i < members.length; i++) {
            type = DayType.strongest(type, members[i].dayType(date));
        }
        return type;
    }

    @Override
    public CalendarDay day(LocalDate date) {
        Checks.date(this, date);
        DayType type = null;
        HolidayStatus status = HolidayStatus.OFFICIAL;
        Set<Holiday> holidays = new LinkedHashSet<>();
        for (HolidayCalendar c : members) {
            CalendarDay d = c.day(date);
            type = type == null ? d.type() : DayType.strongest(type, d.type());
            status = HolidayStatus.weakest(status, d.status());
            holidays.addAll(d.holidays());
        }
        List<Holiday> sorted = new ArrayList<>(holidays);
        sorted.sort(Holiday.CHRONOLOGICAL);
        return new CalendarDay(date, Objects.requireNonNull(type), sorted, status);
    }

    @Override
    public List<Holiday> holidays(LocalDate from, LocalDate to) {
        Checks.range(this, from, to);
        Set<Holiday> out = new LinkedHashSet<>();
        for (HolidayCalendar c : members) {
            out.addAll(c.holidays(from, to));
        }
        List<Holiday> sorted = new ArrayList<>(out);
        sorted.sort(Holiday.CHRONOLOGICAL);
        return ImmutableList.copyOf(sorted);
    }

    @Override
    public String toString() {
        return "HolidayCalendar[" + id + ", union of " + members.length + ", " + firstYear + "-" + lastYear + "]";
    }
}
