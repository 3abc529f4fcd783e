package org.consularkit.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;
import org.consularkit.core.DataFileException;
import org.jspecify.annotations.Nullable;

/**
 * A range of dates, half-open: from a start date, included, to an end date, excluded, {@code
 * [start, end)} — the one convention of ConsularKit for ranges of dates and instants, as in
 * threeten-extra's {@code LocalDateRange}. {@link #ofClosed(LocalDate, LocalDate)} builds a range
 * from its first and last date, both included, for callers that think that way (the command
 * line's {@code --from}/{@code --to}).
 *
 * <p>A range may be empty ({@code start == end}); it then contains no date. The text form is the
 * ISO-8601 interval {@code start/end}, e.g. {@code 2026-01-01/2027-01-01} for the year 2026, which
 * {@link #parse(CharSequence)} accepts. Ranges are deliberately not {@code Comparable}: no order is
 * natural for overlapping ranges. The last day of the calendar, {@link LocalDate#MAX}, cannot be
 * the last date of a range (its exclusive end would not exist).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; treat it as a value type.
 *
 * @since 0.1
 */
public final class DateRange {

    private final LocalDate start;
    private final LocalDate end;

    private DateRange(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Obtains a range from its start, included, and its end, excluded.
     *
     * @param start the first date, included, not null
     * @param end the end, excluded, not before {@code start}
     * @return the range, not null
     * @throws DateTimeException if the end is before the start
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new DateTimeException("Range end " + end + " is before its start " + start);
        }
        return new DateRange(start, end);
    }

    /**
     * Obtains a range from its first and last date, both included.
     *
     * @param first the first date, not null
     * @param last the last date, included, not before {@code first}, before {@link LocalDate#MAX}
     * @return the range {@code [first, last + 1 day)}, not null
     * @throws DateTimeException if the last date is before the first, or is {@link LocalDate#MAX}
     */
    public static DateRange ofClosed(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new DateTimeException("Range end " + last + " is before its start " + first);
        }
        if (last.equals(LocalDate.MAX)) {
            throw new DateTimeException("Range end " + last + " is the last date of the calendar; it cannot be included");
        }
        return new DateRange(first, last.plusDays(1));
    }

    /**
     * Obtains the range of a whole year.
     *
     * @param year the year, from -999999998 to 999999998
     * @return the range from January 1 of {@code year} to January 1 of the next year, not null
     * @throws DateTimeException if the year is out of range
     */
    public static DateRange ofYear(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /**
     * Obtains a range from its text form {@code start/end}, two ISO dates.
     *
     * @param text the text, e.g. {@code 2026-01-01/2027-01-01}, not null
     * @return the range, not null
     * @throws DateTimeParseException if the text is not two dates separated by {@code /}, or the
     *     end is before the start; its message quotes a long text by its first {@value
     *     DataFileException#MAX_EXCERPT} characters or so, never whole
     */
    public static DateRange parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw parseError(s, "no '/'", 0, null);
        }
        LocalDate a;
        LocalDate b;
        try {
            a = LocalDate.parse(s.substring(0, slash));
        } catch (DateTimeParseException e) {
            throw parseError(s, e.getMessage(), e.getErrorIndex(), e);
        }
        try {
            b = LocalDate.parse(s.substring(slash + 1));
        } catch (DateTimeParseException e) {
            throw parseError(s, e.getMessage(), slash + 1 + e.getErrorIndex(), e);
        }
        if (b.isBefore(a)) {
            throw parseError(s, "end is before start", slash + 1, null);
        }
        return new DateRange(a, b);
    }

    /**
     * The error of a text that is not a range: the text quoted whole when short, otherwise its
     * beginning and its length (as {@link DataFileException#shorten}), so that the message stays
     * short whatever the text; the whole text is the exception's parsed string.
     */
    private static DateTimeParseException parseError(String text, @Nullable String reason, int index,
            @Nullable Throwable cause) {
        return new DateTimeParseException("Range '" + DataFileException.shorten(text, DataFileException.MAX_EXCERPT)
                + "' could not be parsed: " + reason, text, index, cause);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the first date, included.
     *
     * @return the start, not null
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the end, excluded.
     *
     * @return the end, not null
     */
    public LocalDate end() {
        return end;
    }

    /**
     * Returns the last date of a range that is not empty.
     *
     * @return the day before {@link #end()}, not null
     * @throws DateTimeException if the range is empty
     */
    public LocalDate endInclusive() {
        if (isEmpty()) {
            throw new DateTimeException("Range " + this + " is empty; it has no last date");
        }
        return end.minusDays(1);
    }

    /**
     * Tells whether the range contains no date.
     *
     * @return true if {@code start == end}
     */
    public boolean isEmpty() {
        return start.equals(end);
    }

    /**
     * Returns the number of dates in the range.
     *
     * @return the number of days from start to end, zero if empty
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end);
    }

    /**
     * Tells whether a date is in the range: at or after its start and before its end.
     *
     * @param date the date, not null
     * @return true if {@code start <= date < end}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && date.isBefore(end);
    }

    /**
     * Returns the dates of the range in order.
     *
     * @return a sequential stream of the dates, empty when the range is empty
     */
    public Stream<LocalDate> stream() {
        return start.datesUntil(end);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof DateRange o && start.equals(o.start) && end.equals(o.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    /**
     * Returns the text form {@code start/end}, accepted by {@link #parse(CharSequence)}.
     *
     * @return the text, e.g. {@code 2026-01-01/2027-01-01}, not null
     */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
