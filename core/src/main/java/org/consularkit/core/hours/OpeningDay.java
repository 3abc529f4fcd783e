package org.consularkit.core.hours;

import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayKind;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link OpeningHours} applies on one local date: the windows its schedule gives, the
 * windows actually open once the calendar's closures and early closings are applied, and the
 * holidays involved. Obtained from {@link OpeningHours#day(LocalDate)}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OpeningDay {

    private final LocalDate date;
    final ImmutableRangeSet<Integer> scheduled;
    final ImmutableRangeSet<Integer> open;
    final List<Holiday> holidays;
    final List<Holiday> earlyClosings;
    /** The minute of the day an early closing closes at; 1440 without one. */
    private final int closesAt;

    OpeningDay(LocalDate date, ImmutableRangeSet<Integer> scheduled, ImmutableRangeSet<Integer> open,
            List<Holiday> holidays, List<Holiday> earlyClosings, int closesAt) {
        this.date = date;
        this.scheduled = scheduled;
        this.open = open;
        this.holidays = holidays;
        this.earlyClosings = earlyClosings;
        this.closesAt = closesAt;
    }

    /**
     * Returns the local date.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the windows of the schedule on this date, before closures and early closings.
     *
     * @return an immutable list in order, possibly empty
     */
    public List<TimeWindow> scheduledWindows() {
        return OpeningSchedule.toWindows(scheduled);
    }

    /**
     * Returns the windows open on this date, after closures and early closings.
     *
     * @return an immutable list in order, empty when closed all day
     */
    public List<TimeWindow> openWindows() {
        return OpeningSchedule.toWindows(open);
    }

    /**
     * Returns the holidays of the calendar that close the whole day, or, on a day that closes
     * early, every holiday of the day.
     *
     * @return an immutable list, possibly empty
     */
    public List<Holiday> holidays() {
        return holidays;
    }

    /**
     * Returns the occurrences of kind {@link HolidayKind#EARLY_CLOSING} that shorten this day.
     *
     * @return an immutable list, empty when the day does not close early
     */
    public List<Holiday> earlyClosings() {
        return earlyClosings;
    }

    /**
     * Returns the local time at which the day closes early, when it does.
     *
     * @return the closing time, or empty when the day does not close early
     */
    public Optional<LocalTime> closesEarlyAt() {
        return earlyClosings.isEmpty() ? Optional.empty()
                : Optional.of(LocalTime.of(closesAt / 60, closesAt % 60));
    }

    /**
     * Tells whether a time of the day lies in an open window.
     *
     * @param time the local time, not null
     * @return true if open at that time
     */
    public boolean isOpenAt(LocalTime time) {
        Objects.requireNonNull(time, "time");
        return open.contains(time.getHour() * 60 + time.getMinute());
    }

    /**
     * Tells whether one open window covers the whole of {@code [start, start + length)}.
     *
     * @param start the local start time, not null
     * @param length the length, not negative
     * @return true if one open window encloses the range
     */
    public boolean isOpenThroughout(LocalTime start, Duration length) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        int from = start.getHour() * 60 + start.getMinute();
        return open.encloses(Range.closedOpen(from, from + (int) length.toMinutes()));
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof OpeningDay o
                && date.equals(o.date)
                && scheduled.equals(o.scheduled)
                && open.equals(o.open)
                && holidays.equals(o.holidays)
                && earlyClosings.equals(o.earlyClosings)
                && closesAt == o.closesAt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, scheduled, open, holidays, earlyClosings, closesAt);
    }

    /**
     * Returns the date and its open windows, e.g. {@code 2026-12-24 09:00-12:00}.
     *
     * @return a readable description, not null
     */
    @Override
    public String toString() {
        List<TimeWindow> w = openWindows();
        return date + " " + (w.isEmpty() ? "closed" : w.toString().replace(", ", ",").replace("[", "").replace("]", ""));
    }
}
