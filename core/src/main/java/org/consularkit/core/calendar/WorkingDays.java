package org.consularkit.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalQuery;
import java.util.Objects;

/**
 * Working-day arithmetic over a {@link HolidayCalendar}, as {@code java.time} adjusters and
 * queries.
 *
 * <pre>{@code
 * HolidayCalendar cn = ...;
 * LocalDate next = LocalDate.of(2026, 10, 1).with(WorkingDays.next(cn));      // 2026-10-08
 * LocalDateTime due = LocalDateTime.of(2026, 2, 13, 17, 0).with(WorkingDays.plus(cn, 3));
 * boolean open = LocalDate.of(2026, 2, 14).query(WorkingDays.isWorkingDay(cn)); // true (make-up day)
 * }</pre>
 *
 * <p>An adjuster works on any temporal that has a date ({@code LocalDate}, {@code LocalDateTime},
 * {@code ZonedDateTime}, {@code OffsetDateTime}) and keeps its time and zone. Unlike
 * threeten-extra's {@code Temporals.nextWorkingDay()}, which only skips Saturdays and Sundays,
 * these skip the calendar's holidays and honour its make-up working days.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility; the adjusters and queries it returns are immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /**
     * Returns an adjuster to the first working day after the date.
     *
     * @param calendar the calendar, not null
     * @return the adjuster, not null
     */
    public static TemporalAdjuster next(HolidayCalendar calendar) {
        return plus(calendar, 1);
    }

    /**
     * Returns an adjuster to the date itself if it is a working day, otherwise to the next one.
     *
     * @param calendar the calendar, not null
     * @return the adjuster, not null
     */
    public static TemporalAdjuster nextOrSame(HolidayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return adjuster(date -> calendar.isWorkingDay(date) ? date : calendar.nextWorkingDay(date));
    }

    /**
     * Returns an adjuster to the last working day before the date.
     *
     * @param calendar the calendar, not null
     * @return the adjuster, not null
     */
    public static TemporalAdjuster previous(HolidayCalendar calendar) {
        return plus(calendar, -1);
    }

    /**
     * Returns an adjuster to the date itself if it is a working day, otherwise to the previous one.
     *
     * @param calendar the calendar, not null
     * @return the adjuster, not null
     */
    public static TemporalAdjuster previousOrSame(HolidayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return adjuster(date -> calendar.isWorkingDay(date) ? date : calendar.previousWorkingDay(date));
    }

    /**
     * Returns an adjuster that adds working days (see {@link HolidayCalendar#plusWorkingDays}).
     *
     * @param calendar the calendar, not null
     * @param n the number of working days, negative to go back
     * @return the adjuster, not null
     */
    public static TemporalAdjuster plus(HolidayCalendar calendar, long n) {
        Objects.requireNonNull(calendar, "calendar");
        return adjuster(date -> calendar.plusWorkingDays(date, n));
    }

    /**
     * Returns a query telling whether a temporal's date is a working day.
     *
     * @param calendar the calendar, not null
     * @return the query, not null
     */
    public static TemporalQuery<Boolean> isWorkingDay(HolidayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return temporal -> calendar.isWorkingDay(date(temporal));
    }

    /**
     * Returns a query giving the day type of a temporal's date.
     *
     * @param calendar the calendar, not null
     * @return the query, not null
     */
    public static TemporalQuery<DayType> dayType(HolidayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return temporal -> calendar.dayType(date(temporal));
    }

    /**
     * Counts the working days in {@code [start, end)} (see {@link
     * HolidayCalendar#workingDaysBetween}).
     *
     * @param calendar the calendar, not null
     * @param start the first date, included; any temporal with a date, not null
     * @param end the end date, excluded; any temporal with a date, not null
     * @return the number of working days, negative if {@code end} is before {@code start}
     * @throws DateTimeException if a temporal has no date or a date is outside the calendar
     */
    public static long between(HolidayCalendar calendar, TemporalAccessor start, TemporalAccessor end) {
        Objects.requireNonNull(calendar, "calendar");
        return calendar.workingDaysBetween(date(start), date(end));
    }

    private static LocalDate date(TemporalAccessor temporal) {
        Objects.requireNonNull(temporal, "temporal");
        return LocalDate.from(temporal);
    }

    private interface DateFunction {
        LocalDate apply(LocalDate date);
    }

    private static TemporalAdjuster adjuster(DateFunction f) {
        return temporal -> {
            LocalDate from = date(temporal);
            LocalDate to = f.apply(from);
            return to.equals(from) ? temporal : temporal.with(to);
        };
    }

}
