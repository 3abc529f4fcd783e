package org.consularkit.core.calendar;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.internal.Checks;

/** The union of calendars: strongest day type, all holidays, weakest status. */
final class UnionCalendar extends AbstractHolidayCalendar {

    private final HolidayCalendar[] members;

    UnionCalendar(String id, LocalizedText name, List<? extends HolidayCalendar> members) {
        this(id, Objects.requireNonNull(name, "name"), checkedMembers(id, members));
    }

    private UnionCalendar(String id, LocalizedText name, HolidayCalendar[] members) {
        super(id, name, firstYear(id, members), lastYear(members), y -> weakest(members, y));
        this.members = members;
    }

    private static HolidayCalendar[] checkedMembers(String id, List<? extends HolidayCalendar> members) {
        Checks.id(id);
        Objects.requireNonNull(members, "members");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("Union " + id + " needs at least one calendar");
        }
        HolidayCalendar[] array = members.toArray(new HolidayCalendar[0]);
        for (HolidayCalendar c : array) {
            Objects.requireNonNull(c, "members contains null");
        }
        return array;
    }

    private static int firstYear(String id, HolidayCalendar[] members) {
        int first = Integer.MIN_VALUE;
        for (HolidayCalendar c : members) {
            first = Math.max(first, c.firstYear());
        }
        if (first > lastYear(members)) {
            throw new IllegalArgumentException("Union " + id + ": the year ranges of its calendars do not overlap");
        }
        return first;
    }

    private static int lastYear(HolidayCalendar[] members) {
        int last = Integer.MAX_VALUE;
        for (HolidayCalendar c : members) {
            last = Math.min(last, c.lastYear());
        }
        return last;
    }

    private static HolidayStatus weakest(HolidayCalendar[] members, int year) {
        HolidayStatus status = HolidayStatus.OFFICIAL;
        for (HolidayCalendar c : members) {
            status = HolidayStatus.weakest(status, c.yearStatus(year));
        }
        return status;
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
    public List<Holiday> holidays(DateRange range) {
        Checks.range(this, range);
        Set<Holiday> out = new LinkedHashSet<>();
        for (HolidayCalendar c : members) {
            out.addAll(c.holidays(range));
        }
        List<Holiday> sorted = new ArrayList<>(out);
        sorted.sort(Holiday.CHRONOLOGICAL);
        return ImmutableList.copyOf(sorted);
    }

    /** Returns the newest data version of the members. */
    @Override
    public Optional<LocalDate> dataVersion() {
        Optional<LocalDate> newest = Optional.empty();
        for (HolidayCalendar c : members) {
            Optional<LocalDate> v = c.dataVersion();
            if (v.isPresent() && (newest.isEmpty() || v.get().isAfter(newest.get()))) {
                newest = v;
            }
        }
        return newest;
    }

    @Override
    public String toString() {
        return "HolidayCalendar[" + id() + ", union of " + members.length + ", " + firstYear() + "-" + lastYear() + "]";
    }
}
