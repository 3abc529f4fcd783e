package org.consularkit.core.calendar;

/**
 * How authoritative an answer is, from the most to the least certain: {@link #OFFICIAL}, {@link
 * #PROVISIONAL}, {@link #FORECAST}.
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
    PROVISIONAL,
    /**
     * Forecast for a year whose official schedule is not known: the blocks of days off and the
     * make-up working days that published arrangement principles suggest, with choices the
     * principles leave open. Never the default: a calendar answers with forecasts only when asked
     * to (e.g. {@code ChinaHolidayCalendar.withForecasts()}). Less certain than {@link
     * #PROVISIONAL}: it will change when the schedule is published wherever the forecast guessed
     * wrong.
     *
     * @since 0.1
     */
    FORECAST;

    /**
     * Returns the less certain of two statuses.
     *
     * @param a one status, not null
     * @param b another status, not null
     * @return {@link #FORECAST} if either is a forecast, otherwise {@link #PROVISIONAL} if either is
     *     provisional, otherwise {@link #OFFICIAL}
     */
    public static HolidayStatus weakest(HolidayStatus a, HolidayStatus b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
