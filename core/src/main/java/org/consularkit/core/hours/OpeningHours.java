package org.consularkit.core.hours;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.DataFileException;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Opening hours on the time-line: an {@link OpeningSchedule} applied in a time zone, closed on the
 * public holidays of a {@link HolidayCalendar}. Answers whether a place is {@linkplain
 * #isOpen(Instant) open at a moment}, {@linkplain #nextOpening(Instant) when it opens} and
 * {@linkplain #nextClosing(Instant) closes} next, and {@linkplain #openIntervals(Instant, Instant)
 * its open intervals} in a range.
 *
 * <h2>Rules</h2>
 * On a local date, the windows are those of the schedule ({@link OpeningSchedule#windows(LocalDate)}:
 * the date's own rule, or the weekly windows of its day of the week). When the schedule closes on
 * public holidays ({@code PH off}) and the date has no rule of its own:
 * <ul>
 * <li>a date whose {@linkplain HolidayCalendar#dayType day type} is {@link DayType#PUBLIC_HOLIDAY},
 * {@link DayType#REST_DAY} or {@link DayType#CLOSURE} is closed all day. A {@link DayType#WEEKEND}
 * does not close: the weekly windows already say whether Saturdays and Sundays are open, and a
 * China make-up working day opens only when the weekly schedule opens that day of the week;</li>
 * <li>a working date with an {@linkplain HolidayKind#EARLY_CLOSING early closing} closes at its
 * {@linkplain Holiday#earlyClosing() closing time}, or, when the order gives no time ("excused for
 * the last half of the scheduled workday"), at the middle of the day's span from its first opening
 * to its last closing, rounded down to the minute (the day of the {@linkplain
 * #withWorkday(OpeningSchedule) workday schedule} when one is given).</li>
 * </ul>
 * Windows are converted to instants in the zone with {@link ZonedDateTime#of(java.time.LocalDateTime,
 * ZoneId)} (a time in a daylight-saving gap moves forward, a time in an overlap takes the earlier
 * offset); {@code 24:00} is midnight at the start of the next date. Adjacent intervals (a window
 * ending at {@code 24:00} and one starting at {@code 00:00} the next day) form one opening.
 *
 * <h2>Range</h2>
 * When the schedule closes on public holidays, an answer that depends on a date outside the
 * calendar's years fails with a {@link DateTimeException}; the searches {@link #nextOpening} and
 * {@link #nextClosing} stop at the end of the calendar and answer empty when nothing changes
 * before it.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe provided the calendar is (as every {@link
 * HolidayCalendar} must be).
 *
 * @since 0.1
 */
public final class OpeningHours {

    private final OpeningSchedule schedule;
    private final ZoneId zone;
    private final @Nullable HolidayCalendar calendar;
    /** The schedule whose day span an early closing without a time halves; null for this schedule. */
    private final @Nullable OpeningSchedule workday;

    private OpeningHours(OpeningSchedule schedule, ZoneId zone, @Nullable HolidayCalendar calendar,
            @Nullable OpeningSchedule workday) {
        this.schedule = schedule;
        this.zone = zone;
        this.calendar = calendar;
        this.workday = workday;
    }

    /**
     * Obtains opening hours from a schedule, a zone and the calendar whose public holidays close.
     *
     * @param schedule the schedule, not null
     * @param zone the zone of the schedule's local times, not null
     * @param calendar the calendar of public holidays, not null (consulted only when the schedule
     *     has {@code PH off})
     * @return the opening hours, not null
     */
    public static OpeningHours of(OpeningSchedule schedule, ZoneId zone, HolidayCalendar calendar) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(calendar, "calendar");
        return new OpeningHours(schedule, zone, calendar, null);
    }

    /**
     * Obtains opening hours that ignore holidays, from a schedule without {@code PH off}.
     *
     * @param schedule the schedule, not closing on public holidays
     * @param zone the zone of the schedule's local times, not null
     * @return the opening hours, not null
     * @throws IllegalArgumentException if the schedule closes on public holidays
     */
    public static OpeningHours of(OpeningSchedule schedule, ZoneId zone) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(zone, "zone");
        if (schedule.closedOnPublicHolidays()) {
            throw needsCalendar(schedule);
        }
        return new OpeningHours(schedule, zone, null, null);
    }

    /**
     * Obtains opening hours from the text form of a schedule (see {@link OpeningSchedule}).
     *
     * @param schedule the schedule text, e.g. {@code Mo-Fr 08:00-17:00; PH off}, not null
     * @param zone the zone, not null
     * @param calendar the calendar of public holidays, not null
     * @return the opening hours, not null
     * @throws java.time.format.DateTimeParseException if the text is outside the supported subset
     */
    public static OpeningHours parse(CharSequence schedule, ZoneId zone, HolidayCalendar calendar) {
        return of(OpeningSchedule.parse(schedule), zone, calendar);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the schedule.
     *
     * @return the schedule, not null
     */
    public OpeningSchedule schedule() {
        return schedule;
    }

    /**
     * Returns the zone of the schedule's local times.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the calendar of public holidays, if one was given.
     *
     * @return the calendar, or empty
     */
    public Optional<HolidayCalendar> calendar() {
        return Optional.ofNullable(calendar);
    }

    /**
     * Returns the copy of these hours with another schedule, in the same zone with the same
     * calendar.
     *
     * @param newSchedule the schedule, not null
     * @return new opening hours, not null
     * @throws IllegalArgumentException if the schedule closes on public holidays and these hours
     *     have no calendar
     */
    public OpeningHours withSchedule(OpeningSchedule newSchedule) {
        Objects.requireNonNull(newSchedule, "newSchedule");
        if (calendar == null && newSchedule.closedOnPublicHolidays()) {
            throw needsCalendar(newSchedule);
        }
        return new OpeningHours(newSchedule, zone, calendar, workday);
    }

    /**
     * Returns a copy whose early closings without a time halve the day of another schedule: the
     * appointment hours of an office close, on such a day, at the middle of the office's workday,
     * not at the middle of the appointment window.
     *
     * @param workdaySchedule the schedule of the workday, e.g. the office hours, not null
     * @return new opening hours, not null
     */
    public OpeningHours withWorkday(OpeningSchedule workdaySchedule) {
        Objects.requireNonNull(workdaySchedule, "workdaySchedule");
        return new OpeningHours(schedule, zone, calendar, workdaySchedule);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the windows in force on a local date, after holidays and early closings.
     *
     * @param date the local date, not null
     * @return an immutable list in order, empty when closed all day
     * @throws DateTimeException if the answer depends on the calendar and the date is outside its
     *     range
     */
    public List<TimeWindow> windows(LocalDate date) {
        return OpeningSchedule.toWindows(day(date).open);
    }

    /**
     * Tells whether the place is open at a moment.
     *
     * @param instant the moment, not null
     * @return true if an open interval contains the moment
     * @throws DateTimeException if the answer depends on the calendar and the date is outside its
     *     range
     */
    public boolean isOpen(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        LocalDate d = instant.atZone(zone).toLocalDate();
        checkCovered(d);
        for (LocalDate x = d.minusDays(1); !x.isAfter(d); x = x.plusDays(1)) {
            if (!known(x)) {
                continue;
            }
            for (Interval i : dayIntervals(x)) {
                if (i.contains(instant)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Explains the state at a moment: open or closed, why, the holidays involved and the next
     * change.
     *
     * @param instant the moment, not null
     * @return the state, not null
     * @throws DateTimeException if the date of the moment is outside the calendar's range and the
     *     answer depends on it
     */
    public OpeningState state(Instant instant) {
        boolean open = isOpen(instant);
        Optional<Instant> next = open ? nextClosing(instant) : nextOpening(instant);
        if (open) {
            return new OpeningState(instant, true, OpeningState.Reason.OPEN, List.of(), next);
        }
        LocalDate d = instant.atZone(zone).toLocalDate();
        OpeningDay p = day(d);
        LocalTime t = instant.atZone(zone).toLocalTime();
        boolean inSchedule = false;
        for (TimeWindow w : OpeningSchedule.toWindows(p.scheduled)) {
            inSchedule |= w.contains(t);
        }
        OpeningState.Reason reason;
        if (!inSchedule) {
            reason = schedule.hasDateRule(d) ? OpeningState.Reason.DATE_RULE : OpeningState.Reason.OUTSIDE_HOURS;
        } else {
            reason = p.earlyClosings.isEmpty() ? OpeningState.Reason.HOLIDAY : OpeningState.Reason.EARLY_CLOSING;
        }
        List<Holiday> holidays = reason == OpeningState.Reason.HOLIDAY ? p.holidays
                : reason == OpeningState.Reason.EARLY_CLOSING ? p.earlyClosings : List.of();
        return new OpeningState(instant, false, reason, holidays, next);
    }

    /**
     * Returns the next moment after {@code instant} at which the place opens: the start of the
     * first opening that starts strictly after it.
     *
     * @param instant the moment, not null
     * @return the next opening, or empty if there is none within the calendar's range (or, without
     *     holidays, ever)
     * @throws DateTimeException if the date of the moment is outside the calendar's range
     */
    public Optional<Instant> nextOpening(Instant instant) {
        return next(instant, true);
    }

    /**
     * Returns the next moment after {@code instant} at which the place closes: the end of the
     * current opening if it is open at that moment, otherwise the end of the next opening.
     *
     * @param instant the moment, not null
     * @return the next closing, or empty if there is none within the calendar's range (or, without
     *     holidays, ever)
     * @throws DateTimeException if the date of the moment is outside the calendar's range
     */
    public Optional<Instant> nextClosing(Instant instant) {
        return next(instant, false);
    }

    private Optional<Instant> next(Instant instant, boolean opening) {
        Objects.requireNonNull(instant, "instant");
        LocalDate d = instant.atZone(zone).toLocalDate();
        checkCovered(d);
        LocalDate last = searchEnd(d);
        LocalDate searched = d.minusDays(1);
        @Nullable Interval pending = null;
        for (; !searched.isAfter(last); searched = searched.plusDays(1)) {
            if (!known(searched)) {
                if (searched.isBefore(d)) {
                    continue;
                }
                break;
            }
            for (Interval i : dayIntervals(searched)) {
                if (pending != null && pending.end().equals(i.start())) {
                    pending = Interval.of(pending.start(), i.end());
                    continue;
                }
                if (pending != null) {
                    Optional<Instant> hit = transition(pending, instant, opening);
                    if (hit.isPresent()) {
                        return hit;
                    }
                }
                pending = i;
            }
        }
        // searched is now the first date not looked at; an opening reaching it may go on
        if (pending != null && (opening || pending.end().isBefore(searched.atStartOfDay(zone).toInstant()))) {
            return transition(pending, instant, opening);
        }
        return Optional.empty();
    }

    private static Optional<Instant> transition(Interval opening, Instant after, boolean start) {
        Instant t = start ? opening.start() : opening.end();
        return t.isAfter(after) ? Optional.of(t) : Optional.empty();
    }

    private LocalDate searchEnd(LocalDate d) {
        LocalDate lastRule = schedule.dateRules().isEmpty() ? d : schedule.dateRules().lastKey();
        if (schedule.isWeeklyClosed()) {
            return max(d, lastRule).plusDays(1);
        }
        if (calendar != null && schedule.closedOnPublicHolidays()) {
            return LocalDate.of(calendar.lastYear(), 12, 31);
        }
        // a weekly schedule repeats within a week; an nth-weekday rule within a year (every day of
        // the week is the fifth of its month in some month of any twelve)
        int horizon = schedule.hasNthWeekdayRules() ? 372 : 8;
        return max(d.plusDays(horizon), lastRule.plusDays(horizon));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Returns the open intervals that overlap a range, clipped to it, in order; adjacent openings
     * are joined.
     *
     * @param from the start of the range, included, not null
     * @param to the end of the range, excluded, not before {@code from}
     * @return an immutable list of non-empty intervals, possibly empty
     * @throws DateTimeException if {@code to} is before {@code from}, or the answer depends on a
     *     date outside the calendar's range
     */
    public List<Interval> openIntervals(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new DateTimeException("Range end " + to + " is before its start " + from);
        }
        List<Interval> out = new ArrayList<>();
        LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = to.atZone(zone).toLocalDate();
        @Nullable Interval pending = null;
        for (LocalDate x = first; !x.isAfter(last); x = x.plusDays(1)) {
            if (x.equals(first) && !known(x)) {
                continue;
            }
            for (Interval i : dayIntervals(x)) {
                if (!i.start().isBefore(to) || !i.end().isAfter(from)) {
                    continue;
                }
                if (pending != null && pending.end().equals(i.start())) {
                    pending = Interval.of(pending.start(), i.end());
                } else {
                    if (pending != null) {
                        out.add(pending);
                    }
                    pending = i;
                }
            }
        }
        if (pending != null) {
            out.add(pending);
        }
        List<Interval> clipped = new ArrayList<>();
        for (Interval i : out) {
            Instant s = i.start().isBefore(from) ? from : i.start();
            Instant e = i.end().isAfter(to) ? to : i.end();
            if (s.isBefore(e)) {
                clipped.add(Interval.of(s, e));
            }
        }
        return ImmutableList.copyOf(clipped);
    }

    //-----------------------------------------------------------------------
    /** Tells whether the answer for a date can be known (the calendar covers it, or is not needed). */
    private boolean known(LocalDate d) {
        return calendar == null || !schedule.closedOnPublicHolidays() || calendar.covers(d);
    }

    private void checkCovered(LocalDate d) {
        if (calendar != null && schedule.closedOnPublicHolidays()) {
            Checks.date(calendar, d);
        }
    }

    /** The intervals of one local date, in order, non-empty. */
    List<Interval> dayIntervals(LocalDate date) {
        ImmutableRangeSet<Integer> open = day(date).open;
        if (open.isEmpty()) {
            return List.of();
        }
        List<Interval> out = new ArrayList<>(2);
        for (Range<Integer> r : open.asRanges()) {
            Instant s = instant(date, r.lowerEndpoint());
            Instant e = instant(date, r.upperEndpoint());
            if (s.isBefore(e)) {
                out.add(Interval.of(s, e));
            }
        }
        return out;
    }

    Instant instant(LocalDate date, int minute) {
        if (minute == TimeWindow.DAY_MINUTES) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(date.atTime(minute / 60, minute % 60), zone).toInstant();
    }

    /** What applies on a date: the scheduled windows, the open ones and the holidays that close. */
    /**
     * Returns what applies on a local date: the scheduled windows, the windows open after the
     * calendar's closures and early closings, and the holidays involved.
     *
     * @param date the local date, not null
     * @return the day, not null
     * @throws DateTimeException if the answer depends on the calendar and the date is outside its
     *     range
     */
    public OpeningDay day(LocalDate date) {
        Objects.requireNonNull(date, "date");
        ImmutableRangeSet<Integer> scheduled = schedule.rangeSet(date);
        if (scheduled.isEmpty() || calendar == null || !schedule.closedOnPublicHolidays()
                || schedule.hasDateRule(date)) {
            return new OpeningDay(date, scheduled, scheduled, List.of(), List.of(), TimeWindow.DAY_MINUTES);
        }
        DayType type = calendar.dayType(date);
        List<Holiday> holidays = calendar.holidaysOn(date);
        if (type == DayType.PUBLIC_HOLIDAY || type == DayType.REST_DAY || type == DayType.CLOSURE) {
            return new OpeningDay(date, scheduled, ImmutableRangeSet.of(), holidays, List.of(), 0);
        }
        if (holidays.isEmpty()) {
            return new OpeningDay(date, scheduled, scheduled, List.of(), List.of(), TimeWindow.DAY_MINUTES);
        }
        List<Holiday> early = new ArrayList<>();
        int cut = TimeWindow.DAY_MINUTES;
        for (Holiday h : holidays) {
            if (h.kind() == HolidayKind.EARLY_CLOSING && type.isWorkingDay()) {
                int c = h.earlyClosing()
                        .map(t -> t.getHour() * 60 + t.getMinute())
                        .orElseGet(() -> midpoint(workday == null || workday.rangeSet(date).isEmpty()
                                ? scheduled : workday.rangeSet(date)));
                cut = Math.min(cut, c);
                early.add(h);
            }
        }
        if (early.isEmpty()) {
            return new OpeningDay(date, scheduled, scheduled, List.of(), List.of(), TimeWindow.DAY_MINUTES);
        }
        // cut is a minute of the day (an early closing time, or the middle of a non-empty schedule)
        ImmutableRangeSet<Integer> open = scheduled.subRangeSet(Range.closedOpen(0, cut));
        return new OpeningDay(date, scheduled, open, holidays, List.copyOf(early), cut);
    }

    private static int midpoint(ImmutableRangeSet<Integer> scheduled) {
        Range<Integer> span = scheduled.span();
        return (span.lowerEndpoint() + span.upperEndpoint()) / 2;
    }

    //-----------------------------------------------------------------------
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof OpeningHours o
                && schedule.equals(o.schedule)
                && zone.equals(o.zone)
                && Objects.equals(calendar, o.calendar)
                && Objects.equals(workday, o.workday);
    }

    @Override
    public int hashCode() {
        return Objects.hash(schedule, zone, calendar, workday);
    }

    /**
     * Returns the schedule, zone and calendar, e.g. {@code Mo-Fr 08:00-17:00; PH off
     * [Asia/Shanghai, calendar post:chengdu]}.
     *
     * @return a readable description, not null
     */
    @Override
    public String toString() {
        return schedule + " [" + zone + (calendar == null ? "" : ", calendar " + calendar.id()) + "]";
    }

    /** The error for a schedule that closes on public holidays given without a calendar. */
    private static IllegalArgumentException needsCalendar(OpeningSchedule schedule) {
        return new IllegalArgumentException("Schedule '" + DataFileException.shorten(schedule.toString(),
                DataFileException.MAX_EXCERPT) + "' closes on public holidays; give a calendar");
    }
}
