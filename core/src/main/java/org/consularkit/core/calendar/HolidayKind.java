package org.consularkit.core.calendar;


/**
 * What kind of day a {@link Holiday} is.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum HolidayKind {
    /** A holiday fixed by law (5 U.S.C. 6103, China's 全国年节及纪念日放假办法). */
    STATUTORY,
    /**
     * A one-off national holiday decided for a single year (China's 2015 Victory Day), or a festival
     * day a post closes for that is not a statutory day of its own country.
     */
    SPECIAL,
    /** A one-off closure of offices, e.g. by executive order; the day is not a legal holiday. */
    CLOSURE,
    /**
     * A working day on which offices close early (a "half-day" executive-order closing); the day
     * itself stays a working day, the closing time is {@link Holiday#earlyClosing()}.
     */
    EARLY_CLOSING
}
