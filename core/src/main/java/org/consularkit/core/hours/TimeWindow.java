package org.consularkit.core.hours;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A half-open range of local time within one day, {@code [start, end)}, to the minute: "13:00 to
 * 16:00" is open at 13:00 and at 15:59:59, closed at 16:00.
 *
 * <p>The end may be midnight at the end of the day, written {@code 24:00}. A window is never empty
 * and never crosses midnight. The text form is the OpenStreetMap {@code opening_hours} time range
 * {@code HH:mm-HH:mm}, e.g. {@code 13:00-16:00} or {@code 18:00-24:00}.
 *
 * <p>Windows are ordered by start, then by end ({@link #compareTo}).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; treat it as a value type.
 *
 * @since 0.1
 */
public final class TimeWindow implements Comparable<TimeWindow> {

    /** Minutes in a day; the largest end. */
    static final int DAY_MINUTES = 24 * 60;

    private final int start;
    private final int end;

    private TimeWindow(int start, int end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Obtains a window from its start and end minutes of the day.
     *
     * @param startMinute the first minute, from 0 to 1439
     * @param endMinute the end minute, excluded, after {@code startMinute}, at most 1440 (midnight
     *     at the end of the day)
     * @return the window, not null
     * @throws DateTimeException if a minute is out of range or the window is empty
     */
    public static TimeWindow ofMinutes(int startMinute, int endMinute) {
        if (startMinute < 0 || startMinute >= DAY_MINUTES) {
            throw new DateTimeException("Window start minute must be from 0 to 1439, but was " + startMinute);
        }
        if (endMinute <= startMinute || endMinute > DAY_MINUTES) {
            throw new DateTimeException("Window end must be after its start and at most 24:00, but was "
                    + formatMinuteOfDay(startMinute) + "-" + formatMinuteOfDay(endMinute));
        }
        return new TimeWindow(startMinute, endMinute);
    }

    /**
     * Obtains a window from a start and an end time. An end of {@code 00:00} means midnight at the
     * end of the day ({@code 24:00}).
     *
     * @param start the start, included, a whole minute, not null
     * @param end the end, excluded, a whole minute after {@code start} (or {@code 00:00}), not null
     * @return the window, not null
     * @throws DateTimeException if a time has seconds or the window would be empty
     */
    public static TimeWindow of(LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        int s = minute(start, "start");
        int e = minute(end, "end");
        return ofMinutes(s, e == 0 ? DAY_MINUTES : e);
    }

    private static int minute(LocalTime t, String what) {
        if (t.getSecond() != 0 || t.getNano() != 0) {
            throw new DateTimeException("Window " + what + " must be a whole minute, but was " + t);
        }
        return t.getHour() * 60 + t.getMinute();
    }

    /**
     * Obtains a window from its text form {@code HH:mm-HH:mm}, e.g. {@code 13:00-16:00}; the end
     * may be {@code 24:00}.
     *
     * @param text the text, not null
     * @return the window, not null
     * @throws DateTimeParseException if the text is not in that form or the window is empty; the
     *     message quotes a text of more than 200 characters by the 60 characters either side of
     *     the error and its length
     */
    public static TimeWindow parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        OpeningScheduleParser p = new OpeningScheduleParser(text.toString());
        TimeWindow w = p.timeWindow();
        p.expectEnd();
        return w;
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the start time, included.
     *
     * @return the start, not null
     */
    public LocalTime start() {
        return LocalTime.of(start / 60, start % 60);
    }

    /**
     * Returns the end time, excluded; {@code 00:00} when the window ends at midnight at the end of
     * the day (see {@link #endsAtMidnight()}).
     *
     * @return the end, not null
     */
    public LocalTime end() {
        return end == DAY_MINUTES ? LocalTime.MIDNIGHT : LocalTime.of(end / 60, end % 60);
    }

    /**
     * Returns the start as a minute of the day.
     *
     * @return the start minute, from 0 to 1439
     */
    public int startMinute() {
        return start;
    }

    /**
     * Returns the end as a minute of the day.
     *
     * @return the end minute, from 1 to 1440
     */
    public int endMinute() {
        return end;
    }

    /**
     * Tells whether the window ends at midnight at the end of the day ({@code 24:00}).
     *
     * @return true if the end is {@code 24:00}
     */
    public boolean endsAtMidnight() {
        return end == DAY_MINUTES;
    }

    /**
     * Returns the length of the window.
     *
     * @return the duration, positive
     */
    public Duration duration() {
        return Duration.ofMinutes(end - start);
    }

    /**
     * Tells whether a time lies in the window: at or after its start and before its end.
     *
     * @param time the time, not null
     * @return true if {@code start <= time < end}
     */
    public boolean contains(LocalTime time) {
        Objects.requireNonNull(time, "time");
        long nanos = time.toNanoOfDay();
        return nanos >= start * 60_000_000_000L && nanos < end * 60_000_000_000L;
    }

    /**
     * Orders windows by start, then by end.
     *
     * @param other the other window, not null
     * @return negative, zero or positive as this window is before, equal to or after {@code other}
     */
    @Override
    public int compareTo(TimeWindow other) {
        int c = Integer.compare(start, other.start);
        return c != 0 ? c : Integer.compare(end, other.end);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof TimeWindow o && start == o.start && end == o.end;
    }

    @Override
    public int hashCode() {
        return start * 1441 + end;
    }

    /**
     * Returns the text form {@code HH:mm-HH:mm}, e.g. {@code 13:00-16:00}, accepted by {@link
     * #parse(CharSequence)}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return formatMinuteOfDay(start) + "-" + formatMinuteOfDay(end);
    }

    /**
     * Returns a minute of the day as text {@code HH:mm}, the form {@link #toString()} uses for its
     * ends: {@code 0} is {@code 00:00}, {@code 1440} (the end of a window that ends at midnight) is
     * {@code 24:00}.
     *
     * @param minute the minute of the day, normally from 0 to 1440
     * @return the text, not null
     */
    public static String formatMinuteOfDay(int minute) {
        if (minute < 0 || minute >= 100 * 60) {
            return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
        }
        // Not String.format, which parses its format with a regular expression on every call: it made
        // validating a booking off the slot grid five times slower (benchmarks/README.md).
        int h = minute / 60;
        int m = minute % 60;
        return new String(new char[] {(char) ('0' + h / 10), (char) ('0' + h % 10), ':', (char) ('0' + m / 10),
                (char) ('0' + m % 10)});
    }
}
