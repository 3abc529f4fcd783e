package org.consularkit.core.calendar;

/**
 * How authoritative an answer is.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum HolidayStatus {
    /** Fixed by a statute, a published notice or an order. */
    OFFICIAL,
    /**
     * Derived by rule for a year whose official schedule is not known to the library; it may change
     * when the schedule is published.
     */
    PROVISIONAL;

    /**
     * Returns the less certain of two statuses.
     *
     * @param a one status, not null
     * @param b another status, not null
     * @return {@link #PROVISIONAL} if either is provisional, otherwise {@link #OFFICIAL}
     */
    public static HolidayStatus weakest(HolidayStatus a, HolidayStatus b) {
        return a == PROVISIONAL || b == PROVISIONAL ? PROVISIONAL : OFFICIAL;
    }
}
