package org.consularkit.calendar.lunar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A lunar month whose first day no calculation can be sure of: the new moon that begins it is
 * computed so close to local midnight that the errors of the computation could put it on the
 * other day. The library keeps one answer, the computed day ({@link #start()}, the day that {@link
 * LunarCalendar#monthStart(int, int, boolean)} and {@link LunarDate} use), and names the other
 * ({@link #alternativeStart()}); {@link LunarCalendar#uncertainMonths()} lists every such month of
 * 1900–2100, and {@link LunarDate#isCertain()} and {@link LunarFestival#uncertainty(int)} say which
 * dates and festivals depend on one.
 *
 * <p>The {@linkplain #margin() margin} is the error of the astronomy of the tables (30 seconds)
 * plus the uncertainty of ΔT, the difference between the uniform time of astronomy and the time of
 * the Earth's rotation: 7 seconds until 2025, when ΔT is measured, then growing with the square of
 * the years to 180 seconds in 2100 — 37 seconds until 2025, about 1 minute in 2055, 3.5 minutes in
 * 2100. {@link LunarCalendar} explains the figures.
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param lunarYear the lunar year of the month, from 1900 to 2100
 * @param month the number of the month, from 1 to 12 (for a leap month, the number it repeats)
 * @param leapMonth whether the month is a leap month
 * @param start the date on which the library begins the month: the local date of {@code newMoon},
 *     not null
 * @param alternativeStart the date on which the month begins if the new moon falls on the other
 *     side of midnight: the day after {@code start} when the new moon is computed before midnight,
 *     the day before it when computed after midnight; not null
 * @param newMoon the computed moment of the new moon that begins the month, to the second, in the
 *     local time of the calendar day (China Standard Time, {@code +08:00}, from 1929; Beijing local
 *     mean time, {@code +07:45:40}, before); not null
 * @param margin how close to midnight a new moon of that year must be for its day to be uncertain;
 *     positive, not null
 * @since 0.1
 */
public record UncertainMonth(int lunarYear, int month, boolean leapMonth, LocalDate start,
        LocalDate alternativeStart, OffsetDateTime newMoon, Duration margin) {

    /**
     * Creates an uncertain month, checking that its parts agree.
     *
     * @param lunarYear the lunar year of the month
     * @param month the number of the month, from 1 to 12
     * @param leapMonth whether the month is a leap month
     * @param start the local date of {@code newMoon}, not null
     * @param alternativeStart the day after {@code start} if {@code newMoon} is in the afternoon or
     *     evening, the day before it if in the morning; not null
     * @param newMoon the moment of the new moon, not null
     * @param margin the margin, positive and at least the distance of {@code newMoon} from midnight,
     *     not null
     * @throws IllegalArgumentException if the month is outside 1–12, {@code start} is not the date of
     *     {@code newMoon}, {@code alternativeStart} is not the other day, or the new moon is farther
     *     from midnight than the margin
     */
    public UncertainMonth {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(alternativeStart, "alternativeStart");
        Objects.requireNonNull(newMoon, "newMoon");
        Objects.requireNonNull(margin, "margin");
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Invalid lunar month " + month + ": must be from 1 to 12");
        }
        if (!newMoon.toLocalDate().equals(start)) {
            throw new IllegalArgumentException("The month must start on the date of its new moon " + newMoon
                    + ", not " + start);
        }
        LocalDate other = newMoon.toLocalTime().isBefore(LocalTime.NOON) ? start.minusDays(1) : start.plusDays(1);
        if (!alternativeStart.equals(other)) {
            throw new IllegalArgumentException("The alternative start of a month whose new moon is " + newMoon
                    + " must be " + other + ", not " + alternativeStart);
        }
        if (margin.isNegative() || margin.isZero()) {
            throw new IllegalArgumentException("The margin must be positive, not " + margin);
        }
        Duration distance = fromMidnight(newMoon).abs();
        if (distance.compareTo(margin) > 0) {
            throw new IllegalArgumentException("The new moon " + newMoon + " is " + distance
                    + " from midnight, more than the margin " + margin);
        }
    }

    /**
     * Returns the signed distance of the new moon from the nearest local midnight: negative when it
     * is computed before midnight (the month may begin a day later), positive or zero after it (the
     * month may begin a day earlier). For the 8th month of 2089, computed at 23:57:36 UTC+8:
     * {@code PT-2M-24S}.
     *
     * @return the distance, within the margin, not null
     */
    public Duration fromMidnight() {
        return fromMidnight(newMoon);
    }

    private static Duration fromMidnight(OffsetDateTime moment) {
        LocalTime time = moment.toLocalTime();
        Duration sinceMidnight = Duration.ofNanos(time.toNanoOfDay());
        return time.isBefore(LocalTime.NOON) ? sinceMidnight : sinceMidnight.minusDays(1);
    }

    /**
     * Returns the number of days from {@link #start()} to {@link #alternativeStart()}: 1 when the
     * month may begin a day later, -1 when it may begin a day earlier. A date fixed within the month
     * (the 15th day, say) moves by the same number of days.
     *
     * @return 1 or -1
     */
    public int shift() {
        return alternativeStart.isAfter(start) ? 1 : -1;
    }

    /**
     * Returns the month in the text form of {@link LunarDate}: {@code yyyy-MM}, with {@code L} after
     * the month of a leap month ({@code 2089-08}, {@code 2023-02L}).
     *
     * @return the label, not null
     */
    public String label() {
        return lunarYear + "-" + (month < 10 ? "0" : "") + month + (leapMonth ? "L" : "");
    }
}
