package org.consularkit.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.internal.Checks;

/**
 * A holiday calendar: for every date of its range, the {@linkplain #dayType(LocalDate) day type},
 * the {@linkplain #day(LocalDate) holidays on it}, and how authoritative the answer is.
 *
 * <p>A calendar covers the whole years {@link #firstYear()} to {@link #lastYear()}. A date
 * outside that range is answered with a {@link DateTimeException}, never a guess. Within it, each
 * year is either {@link HolidayStatus#OFFICIAL} (fixed by a statute, notice or order) or {@link
 * HolidayStatus#PROVISIONAL} (derived by rule; see {@link #yearStatus(int)}).
 *
 * <h2>Consistency</h2>
 * The range query {@link #holidays(DateRange)} returns exactly the occurrences that {@link
 * #day(LocalDate)} reports on some date of the range: an occurrence is in a range when one of its
 * {@linkplain Holiday#dayTypes() dates} is. So New Year's Day 2022, observed on Friday
 * 2021-12-31, is in the holidays of December 2021, of the year 2021 (and of 2022, where its
 * nominal date lies), and in the answer for 2021-12-31.
 *
 * <h2>Ranges</h2>
 * Ranges of dates are half-open, {@code [start, end)}, as everywhere in ConsularKit: {@link
 * #holidays(DateRange)} and {@link #days(DateRange)} take a {@link DateRange} (use {@link
 * DateRange#ofClosed(LocalDate, LocalDate)} for a first and a last date), and {@link
 * #workingDaysBetween(LocalDate, LocalDate)} counts {@code [start, end)}, as {@code
 * ChronoUnit.DAYS.between} does.
 *
 * <h2>Working days</h2>
 * A date is a working day exactly when its type is {@link DayType#WORKDAY} or {@link
 * DayType#MAKEUP_WORKDAY}. The arithmetic methods here ({@link #nextWorkingDay}, {@link
 * #plusWorkingDays}, {@link #workingDaysBetween}) are also available as {@code java.time}
 * adjusters and queries in {@link WorkingDays}.
 *
 * <h2>Obtaining calendars</h2>
 * {@link #of(String, LocalizedText, HolidayProvider)} builds a table-driven calendar from a {@link
 * HolidayProvider}; {@link #union} combines calendars; {@link #withClosures} adds explicit closures.
 * The country calendars live in the {@code org.consularkit.calendar} module.
 *
 * <h2>Implementation Requirements</h2>
 * Implementations must be immutable and thread-safe. The calendars of this library answer {@link
 * #dayType(LocalDate)} and {@link #isWorkingDay(LocalDate)} in constant time without allocating,
 * from per-year tables built once, lazily and thread-safely.
 *
 * @since 0.1
 */
public interface HolidayCalendar {

    /**
     * Builds a table-driven calendar from a source of holiday occurrences.
     *
     * @param id the identifier of the calendar, e.g. {@code "us-federal"}, not blank
     * @param name the localized name of the calendar, not null
     * @param source the occurrences and year statuses, not null
     * @return the calendar, not null
     * @throws IllegalArgumentException if the id is blank or the source's year range is invalid
     */
    static HolidayCalendar of(String id, LocalizedText name, HolidayProvider source) {
        return new TabulatedCalendar(id, name, source);
    }

    /**
     * Combines calendars: a date is closed when any member is closed. The day type of a date is
     * the strongest of the members' types (see {@link DayType} for the precedence: a weekend in
     * one member beats a make-up working day in another); its holidays are those of all members;
     * its status is provisional when any member's answer is. The union covers the years every
     * member covers.
     *
     * @param id the identifier of the union, not blank
     * @param name the localized name of the union, not null
     * @param members the calendars, at least one
     * @return the union, not null
     * @throws IllegalArgumentException if there is no member or the members' year ranges do not
     *     overlap
     */
    static HolidayCalendar union(String id, LocalizedText name, List<? extends HolidayCalendar> members) {
        return new UnionCalendar(id, name, members);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the identifier of this calendar, e.g. {@code "us-federal"} or {@code "cn"}.
     *
     * @return the identifier, not blank
     */
    String id();

    /**
     * Returns the localized name of this calendar.
     *
     * @return the name, not null
     */
    LocalizedText displayName();

    /**
     * Returns the first year this calendar covers.
     *
     * @return the first year
     */
    int firstYear();

    /**
     * Returns the last year this calendar covers.
     *
     * @return the last year
     */
    int lastYear();

    /**
     * Returns how authoritative the calendar is for a year.
     *
     * @param year the year, from {@link #firstYear()} to {@link #lastYear()}
     * @return the status, not null
     * @throws DateTimeException if the year is outside the calendar's range
     */
    HolidayStatus yearStatus(int year);

    /**
     * Returns the version of the data this calendar answers from: the date of the newest document
     * its data was built from, for the calendars of this library (a calendar with data loaded at
     * run time reports the newest version of what it loaded). Feeds of the calendar use it as
     * their {@code DTSTAMP}, so that a feed changes exactly when its data does.
     *
     * @return the date, or empty when the calendar does not know it (the default)
     */
    default Optional<LocalDate> dataVersion() {
        return Optional.empty();
    }

    /**
     * Returns the years for which this calendar is official, in order.
     *
     * @return an immutable sorted set, possibly empty
     */
    NavigableSet<Integer> officialYears();

    /**
     * Returns the type of a date. Constant time; allocates nothing.
     *
     * @param date the date, not null
     * @return the day type, not null
     * @throws DateTimeException if the date is outside the calendar's range
     */
    DayType dayType(LocalDate date);

    /**
     * Returns everything the calendar knows about a date.
     *
     * @param date the date, not null
     * @return the answer, not null
     * @throws DateTimeException if the date is outside the calendar's range
     */
    CalendarDay day(LocalDate date);

    /**
     * Returns the holiday occurrences that touch a range of dates, in {@link Holiday#CHRONOLOGICAL}
     * order (see the class documentation on consistency).
     *
     * @param range the dates, {@code [start, end)}, not null
     * @return an immutable list, empty for an empty range
     * @throws DateTimeException if a date of the range is outside the calendar's range
     */
    List<Holiday> holidays(DateRange range);

    //-----------------------------------------------------------------------
    /**
     * Tells whether a date is a working day. Constant time; allocates nothing.
     *
     * @param date the date, not null
     * @return true if the date's type is {@link DayType#WORKDAY} or {@link DayType#MAKEUP_WORKDAY}
     * @throws DateTimeException if the date is outside the calendar's range
     */
    default boolean isWorkingDay(LocalDate date) {
        return dayType(date).isWorkingDay();
    }

    /**
     * Returns the status of the answer for a date, {@code day(date).status()}, without building the
     * day: {@link HolidayStatus#PROVISIONAL} when the date's year or one of its holidays is
     * provisional.
     *
     * @param date the date, not null
     * @return the status, not null
     * @throws DateTimeException if the date is outside the calendar's range
     */
    default HolidayStatus status(LocalDate date) {
        return day(date).status();
    }

    /**
     * Returns the holiday occurrences on a date, {@code day(date).holidays()}, without building the
     * day.
     *
     * @param date the date, not null
     * @return an immutable list in {@link Holiday#CHRONOLOGICAL} order, possibly empty
     * @throws DateTimeException if the date is outside the calendar's range
     */
    default List<Holiday> holidaysOn(LocalDate date) {
        return day(date).holidays();
    }

    /**
     * Tells whether a date lies within the years this calendar covers.
     *
     * @param date the date, not null
     * @return true if {@link #dayType(LocalDate)} answers for it
     */
    default boolean covers(LocalDate date) {
        int y = date.getYear();
        return y >= firstYear() && y <= lastYear();
    }

    /**
     * Returns the holiday occurrences that touch a year (see {@link #holidays(DateRange)}).
     *
     * @param year the year, within the calendar's range
     * @return an immutable list, possibly empty
     * @throws DateTimeException if the year is outside the calendar's range
     */
    default List<Holiday> holidays(int year) {
        Checks.year(this, year);
        return holidays(DateRange.ofYear(year));
    }

    /**
     * Returns the answer for every date of a range.
     *
     * @param range the dates, {@code [start, end)}, not null
     * @return an immutable list with one entry per date, empty for an empty range
     * @throws DateTimeException if a date of the range is outside the calendar's range
     */
    default List<CalendarDay> days(DateRange range) {
        Checks.range(this, range);
        List<CalendarDay> out = new ArrayList<>((int) Math.min(range.lengthInDays(), 1 << 20));
        for (LocalDate d = range.start(); d.isBefore(range.end()); d = d.plusDays(1)) {
            out.add(day(d));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the first working day after a date.
     *
     * @param date the date, not null
     * @return the next working day, after {@code date}
     * @throws DateTimeException if the search leaves the calendar's range
     */
    default LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * Returns the last working day before a date.
     *
     * @param date the date, not null
     * @return the previous working day, before {@code date}
     * @throws DateTimeException if the search leaves the calendar's range
     */
    default LocalDate previousWorkingDay(LocalDate date) {
        return plusWorkingDays(date, -1);
    }

    /**
     * Adds working days to a date. For {@code n > 0} the result is the {@code n}-th working day
     * after {@code date}; for {@code n < 0} the {@code |n|}-th working day before it; for {@code n
     * == 0}, {@code date} itself. The start date need not be a working day; so adding {@code n}
     * and then {@code -n} returns to {@code date} when it is a working day, and otherwise to the
     * working day nearest to it on the side the second step moves towards.
     *
     * @param date the start date, not null
     * @param n the number of working days, negative to go back
     * @return the resulting date, not null
     * @throws DateTimeException if the walk leaves the calendar's range
     */
    default LocalDate plusWorkingDays(LocalDate date, long n) {
        Objects.requireNonNull(date, "date");
        Checks.date(this, date);
        long remaining = Math.abs(n);
        int step = Long.signum(n);
        LocalDate d = date;
        while (remaining > 0) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                remaining--;
            }
        }
        return d;
    }

    /**
     * Counts the working days in a half-open range {@code [start, end)}; negative when {@code
     * end} is before {@code start} (then the days of {@code [end, start)} are counted).
     *
     * @param start the first date, included, not null
     * @param end the end date, excluded, not null
     * @return the number of working days, negative if {@code end} is before {@code start}
     * @throws DateTimeException if a date of the range is outside the calendar's range
     */
    default long workingDaysBetween(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            return -workingDaysBetween(end, start);
        }
        long count = 0;
        for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Returns a calendar equal to this one plus explicit extra closures: each given occurrence is
     * merged in as if it were part of this calendar's data (its types win by {@link DayType}
     * precedence; a {@link DayType#CLOSURE} on an ordinary working day closes it).
     *
     * @param closures the occurrences to add, each with dates inside this calendar's range
     * @return a new calendar with the same id and name, not null
     * @throws IllegalArgumentException if a closure has a date outside this calendar's range
     */
    default HolidayCalendar withClosures(Collection<Holiday> closures) {
        HolidayCalendar extra = HolidayCalendar.of(id(), displayName(), new ListProvider(this, closures));
        return new UnionCalendar(id(), displayName(), List.of(this, extra));
    }
}
