package org.consularkit.core.hours;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A half-open interval of time on the time-line, {@code [start, end)}: an opening of an office, an
 * appointment slot.
 *
 * <p>An interval may be empty ({@code start == end}); it then contains no instant. The text form is
 * the ISO-8601 interval {@code start/end} of two instants, e.g. {@code
 * 2026-03-03T05:00:00Z/2026-03-03T08:00:00Z}. Intervals are deliberately not {@code Comparable}: no
 * order is natural for overlapping intervals.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; treat it as a value type.
 *
 * @since 0.1
 */
public final class Interval {

    private final Instant start;
    private final Instant end;

    private Interval(Instant start, Instant end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Obtains an interval from its start, included, and its end, excluded.
     *
     * @param start the start, included, not null
     * @param end the end, excluded, not before {@code start}
     * @return the interval, not null
     * @throws DateTimeException if the end is before the start
     */
    public static Interval of(Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new DateTimeException("Interval end must not be before its start, but was " + start + "/" + end);
        }
        return new Interval(start, end);
    }

    /**
     * Obtains an interval from its start and its length.
     *
     * @param start the start, included, not null
     * @param duration the length, not negative
     * @return the interval, not null
     * @throws DateTimeException if the duration is negative or the end overflows
     */
    public static Interval of(Instant start, Duration duration) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new DateTimeException("Interval duration must not be negative, but was " + duration);
        }
        return new Interval(start, start.plus(duration));
    }

    /**
     * Obtains an interval from its text form {@code start/end}, two ISO-8601 instants.
     *
     * @param text the text, e.g. {@code 2026-03-03T05:00:00Z/2026-03-03T08:00:00Z}, not null
     * @return the interval, not null
     * @throws DateTimeParseException if the text is not two instants separated by {@code /}, or
     *     the end is before the start; the message quotes a text of more than 200 characters by
     *     the 60 characters either side of the error and its length
     */
    public static Interval parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw error(s, 0, "no '/'", null);
        }
        Instant a;
        Instant b;
        try {
            a = Instant.parse(s.substring(0, slash));
        } catch (DateTimeParseException e) {
            throw error(s, e.getErrorIndex(), "the start is not an ISO-8601 instant such as 2026-03-03T05:00:00Z", e);
        }
        try {
            b = Instant.parse(s.substring(slash + 1));
        } catch (DateTimeParseException e) {
            throw error(s, slash + 1 + e.getErrorIndex(),
                    "the end is not an ISO-8601 instant such as 2026-03-03T08:00:00Z", e);
        }
        if (b.isBefore(a)) {
            throw error(s, slash + 1, "end is before start", null);
        }
        return new Interval(a, b);
    }

    /**
     * The error for a text that is not an interval: the text is quoted whole when short, otherwise
     * by an excerpt around the index and its length, so the message stays short whatever the text.
     */
    private static DateTimeParseException error(String text, int index, String reason,
            @Nullable DateTimeParseException cause) {
        return new DateTimeParseException("Interval " + OpeningScheduleParser.quoted(text, index)
                + " could not be parsed: " + reason, text, index, cause);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the start, included.
     *
     * @return the start, not null
     */
    public Instant start() {
        return start;
    }

    /**
     * Returns the end, excluded.
     *
     * @return the end, not null
     */
    public Instant end() {
        return end;
    }

    /**
     * Returns the length.
     *
     * @return the duration, not negative
     */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /**
     * Tells whether the interval is empty ({@code start == end}).
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return start.equals(end);
    }

    /**
     * Tells whether an instant lies in the interval: at or after its start and before its end.
     *
     * @param instant the instant, not null
     * @return true if {@code start <= instant < end}
     */
    public boolean contains(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /**
     * Tells whether another interval lies entirely within this one.
     *
     * @param other the other interval, not null
     * @return true if {@code start <= other.start} and {@code other.end <= end}
     */
    public boolean encloses(Interval other) {
        Objects.requireNonNull(other, "other");
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /**
     * Tells whether this interval and another share an instant.
     *
     * @param other the other interval, not null
     * @return true if some instant is in both
     */
    public boolean overlaps(Interval other) {
        Objects.requireNonNull(other, "other");
        return start.isBefore(other.end) && other.start.isBefore(end) && !isEmpty() && !other.isEmpty();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Interval o && start.equals(o.start) && end.equals(o.end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + end.hashCode();
    }

    /**
     * Returns the text form {@code start/end}, accepted by {@link #parse(CharSequence)}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
