package org.consularkit.core.calendar;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.internal.Checks;

/**
 * A calendar answering from per-year tables built lazily from a {@link HolidayProvider}.
 *
 * <p>Each year table is built at most a few times (a race between threads builds it twice and one
 * copy wins; both are equal), then read without locking.
 */
final class TabulatedCalendar extends AbstractHolidayCalendar {

    private final HolidayProvider source;
    private final AtomicReferenceArray<YearTable> tables;

    TabulatedCalendar(String id, LocalizedText name, HolidayProvider source) {
        super(id, Objects.requireNonNull(name, "name"), checkedFirstYear(id, source), source.lastYear(),
                source::yearStatus);
        this.source = source;
        this.tables = new AtomicReferenceArray<>(lastYear() - firstYear() + 1);
    }

    private static int checkedFirstYear(String id, HolidayProvider source) {
        Checks.id(id);
        Objects.requireNonNull(source, "source");
        int firstYear = source.firstYear();
        int lastYear = source.lastYear();
        if (firstYear < 1 || lastYear > 9999 || lastYear < firstYear) {
            throw new IllegalArgumentException("Calendar " + id + ": invalid year range " + firstYear
                    + "-" + lastYear);
        }
        return firstYear;
    }

    @Override
    public DayType dayType(LocalDate date) {
        return DayType.ofOrdinal(table(date).types[date.getDayOfYear() - 1]);
    }

    @Override
    public CalendarDay day(LocalDate date) {
        YearTable t = table(date);
        int i = date.getDayOfYear() - 1;
        List<Holiday> on = t.holidays[i];
        HolidayStatus status = on.isEmpty() ? t.status : HolidayStatus.OFFICIAL;
        for (Holiday h : on) {
            status = HolidayStatus.weakest(status, h.status());
        }
        return new CalendarDay(date, DayType.ofOrdinal(t.types[i]), on, status);
    }

    @Override
    public HolidayStatus status(LocalDate date) {
        YearTable t = table(date);
        List<Holiday> on = t.holidays[date.getDayOfYear() - 1];
        HolidayStatus status = on.isEmpty() ? t.status : HolidayStatus.OFFICIAL;
        for (Holiday h : on) {
            status = HolidayStatus.weakest(status, h.status());
        }
        return status;
    }

    @Override
    public List<Holiday> holidaysOn(LocalDate date) {
        return table(date).holidays[date.getDayOfYear() - 1];
    }

    @Override
    public List<Holiday> holidays(DateRange range) {
        Checks.range(this, range);
        if (range.isEmpty()) {
            return List.of();
        }
        LocalDate from = range.start();
        LocalDate end = range.end();
        Set<Holiday> out = new LinkedHashSet<>();
        for (int y = from.getYear(); y <= range.endInclusive().getYear(); y++) {
            for (Holiday h : tableOf(y).occurrences) {
                if (!h.dayTypes().subMap(from, true, end, false).isEmpty()) {
                    out.add(h);
                }
            }
        }
        List<Holiday> list = new ArrayList<>(out);
        list.sort(Holiday.CHRONOLOGICAL);
        return ImmutableList.copyOf(list);
    }

    @Override
    public long workingDaysBetween(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            return -workingDaysBetween(end, start);
        }
        if (start.equals(end)) {
            return 0;
        }
        Checks.date(this, start);
        Checks.date(this, end.minusDays(1));
        long count = 0;
        LocalDate d = start;
        while (d.isBefore(end)) {
            int year = d.getYear();
            YearTable t = tableOf(year);
            int fromIndex = d.getDayOfYear() - 1;
            int toIndex = end.getYear() == year ? end.getDayOfYear() - 1 : t.types.length;
            count += t.cumulative[toIndex] - t.cumulative[fromIndex];
            d = LocalDate.of(year + 1, 1, 1);
        }
        return count;
    }

    //-----------------------------------------------------------------------
    private YearTable table(LocalDate date) {
        Checks.date(this, date);
        return tableOf(date.getYear());
    }

    private YearTable tableOf(int year) {
        int index = year - firstYear();
        YearTable t = tables.get(index);
        if (t == null) {
            t = build(year);
            if (!tables.compareAndSet(index, null, t)) {
                t = tables.get(index);
            }
        }
        return t;
    }

    @SuppressWarnings("EnumOrdinal") // day types are kept as their ordinals in byte tables (see DayType.ofOrdinal)
    private YearTable build(int year) {
        int length = LocalDate.of(year, 1, 1).lengthOfYear();
        byte[] types = new byte[length];
        boolean[] touched = new boolean[length];
        @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array: filled with immutable lists only
        List<Holiday>[] on = new List[length];
        Arrays.fill(on, List.of());
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        for (int i = 0; i < length; i++) {
            DayOfWeek dow = jan1.plusDays(i).getDayOfWeek();
            boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
            types[i] = (byte) (weekend ? DayType.WEEKEND : DayType.WORKDAY).ordinal();
        }
        List<Holiday> occurrences = new ArrayList<>();
        for (int y = year - 1; y <= year + 1; y++) {
            for (Holiday h : source.holidays(y)) {
                if (h.year() != y) {
                    throw new IllegalStateException("Calendar " + id() + ": source returned " + h.id()
                            + " when asked for the year " + y);
                }
                if (h.firstDate().getYear() < y - 1 || h.lastDate().getYear() > y + 1) {
                    throw new IllegalStateException("Calendar " + id() + ": occurrence " + h.id()
                            + " has dates further than a year from " + y);
                }
                if (h.firstDate().getYear() > year || h.lastDate().getYear() < year) {
                    continue;
                }
                boolean touches = false;
                for (Map.Entry<LocalDate, DayType> e : h.dayTypes().entrySet()) {
                    LocalDate d = e.getKey();
                    if (d.getYear() != year) {
                        continue;
                    }
                    touches = true;
                    int i = d.getDayOfYear() - 1;
                    DayType type = e.getValue();
                    if (!touched[i]) {
                        types[i] = (byte) type.ordinal();
                        touched[i] = true;
                    } else {
                        types[i] = (byte) DayType.strongest(DayType.ofOrdinal(types[i]), type).ordinal();
                    }
                    List<Holiday> list = new ArrayList<>(on[i]);
                    list.add(h);
                    on[i] = list;
                }
                if (touches) {
                    occurrences.add(h);
                }
            }
        }
        for (int i = 0; i < length; i++) {
            if (!on[i].isEmpty()) {
                List<Holiday> list = new ArrayList<>(on[i]);
                list.sort(Holiday.CHRONOLOGICAL);
                on[i] = ImmutableList.copyOf(list);
            }
        }
        int[] cumulative = new int[length + 1];
        for (int i = 0; i < length; i++) {
            cumulative[i + 1] = cumulative[i] + (DayType.ofOrdinal(types[i]).isWorkingDay() ? 1 : 0);
        }
        return new YearTable(types, on, cumulative, ImmutableList.copyOf(occurrences),
                Objects.requireNonNull(source.yearStatus(year), "yearStatus"));
    }

    /** One year's answers: types by day-of-year index, occurrences per day, prefix sums. */
    private static final class YearTable {
        final byte[] types;
        final List<Holiday>[] holidays;
        final int[] cumulative;
        final List<Holiday> occurrences;
        final HolidayStatus status;

        YearTable(byte[] types, List<Holiday>[] holidays, int[] cumulative, List<Holiday> occurrences,
                HolidayStatus status) {
            this.types = types;
            this.holidays = holidays;
            this.cumulative = cumulative;
            this.occurrences = occurrences;
            this.status = status;
        }
    }

    @Override
    public Optional<LocalDate> dataVersion() {
        return source.dataVersion();
    }

    @Override
    public String toString() {
        return "HolidayCalendar[" + id() + ", " + firstYear() + "-" + lastYear() + "]";
    }
}
