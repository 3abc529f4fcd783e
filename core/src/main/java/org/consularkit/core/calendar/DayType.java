package org.consularkit.core.calendar;


/**
 * The type of a calendar date in a {@link HolidayCalendar}.
 *
 * <p>A date is a working day exactly when its type is {@link #WORKDAY} or {@link #MAKEUP_WORKDAY}.
 *
 * <h2>Precedence</h2>
 * When calendars are combined ({@link HolidayCalendar#union}), or when several holiday occurrences
 * give a type to the same date, the type that wins is the one that comes first in this list:
 * {@link #PUBLIC_HOLIDAY}, {@link #REST_DAY}, {@link #CLOSURE}, {@link #WEEKEND},
 * {@link #MAKEUP_WORKDAY}, {@link #WORKDAY}. Every non-working type beats every working type, so a
 * union of calendars is closed on a date when any member is closed; a statutory holiday is
 * reported in preference to a swapped rest day, a one-off closure or a plain weekend.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum DayType {
    /** An ordinary working day. */
    WORKDAY(false, 0),
    /** A Saturday or Sunday that is not a working day. */
    WEEKEND(true, 2),
    /**
     * A statutory holiday on the day it is taken off (for US federal holidays, the observed date).
     */
    PUBLIC_HOLIDAY(true, 5),
    /**
     * Any other weekday off: China's swapped days, a weekday given in lieu of a statutory day that
     * fell on a weekend.
     */
    REST_DAY(true, 4),
    /** A Saturday or Sunday made a working day (China's 调休上班). */
    MAKEUP_WORKDAY(false, 1),
    /** A one-off closure: an executive order, a post's own closure. */
    CLOSURE(true, 3);

    private static final DayType[] VALUES = values();

    private final boolean dayOff;
    private final int precedence;

    DayType(boolean dayOff, int precedence) {
        this.dayOff = dayOff;
        this.precedence = precedence;
    }

    /**
     * Tells whether this is a working day: {@link #WORKDAY} or {@link #MAKEUP_WORKDAY}.
     *
     * @return true for a working day
     */
    public boolean isWorkingDay() {
        return !dayOff;
    }

    /**
     * Tells whether this type wins over another when both apply to one date (see the class
     * documentation for the order).
     *
     * @param other the other type, not null
     * @return true if this type takes precedence over {@code other}
     */
    public boolean precedes(DayType other) {
        return precedence > other.precedence;
    }

    /**
     * Returns the type that wins of two (see the class documentation for the order).
     *
     * @param a one type, not null
     * @param b another type, not null
     * @return the type with the higher precedence
     */
    public static DayType strongest(DayType a, DayType b) {
        return a.precedence >= b.precedence ? a : b;
    }

    static DayType ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
