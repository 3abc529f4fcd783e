package org.consularkit.calendar.lunar.tables;


/**
 * Conversions between Julian Days and the Unix epoch, and from dynamical time (TT) to Universal Time
 * with {@link DeltaT}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class TimeScale {

    /** The Julian Day of 1970-01-01T00:00Z. */
    static final double UNIX_EPOCH_JD = 2440587.5;

    /** China Standard Time, UTC+8, in seconds. */
    static final int CST_OFFSET_SECONDS = 8 * 3600;

    private TimeScale() {
    }

    /**
     * Returns the decimal Gregorian year of a Julian Day, e.g. 2000.0 for J2000.0.
     *
     * @param jd a Julian Day
     * @return the decimal year
     */
    static double decimalYear(double jd) {
        return 2000 + (jd - 2451545.0) / 365.25;
    }

    /**
     * Converts a Julian Ephemeris Day (TT) to a Julian Day in Universal Time.
     *
     * @param jde the Julian Ephemeris Day
     * @return the Julian Day (UT)
     */
    static double toUniversal(double jde) {
        return jde - DeltaT.seconds(decimalYear(jde)) / 86400;
    }

    /**
     * Converts a Julian Day in Universal Time to a Julian Ephemeris Day (TT).
     *
     * @param jd the Julian Day (UT)
     * @return the Julian Ephemeris Day
     */
    static double toDynamical(double jd) {
        return jd + DeltaT.seconds(decimalYear(jd)) / 86400;
    }

    /**
     * Converts a Julian Day (UT) to seconds from the Unix epoch, rounded to the nearest second.
     *
     * @param jd the Julian Day (UT)
     * @return the epoch second
     */
    static long epochSecond(double jd) {
        return Math.round((jd - UNIX_EPOCH_JD) * 86400);
    }

    /**
     * Converts a Unix epoch day (UT midnight) to a Julian Day.
     *
     * @param epochDay days from 1970-01-01
     * @return the Julian Day
     */
    static double julianDay(long epochDay) {
        return epochDay + UNIX_EPOCH_JD;
    }

    /**
     * Returns the epoch day of the China Standard Time date of an instant.
     *
     * @param epochSecond the instant, seconds from the Unix epoch
     * @return days from 1970-01-01 of its CST date
     */
    static long cstEpochDay(long epochSecond) {
        return Math.floorDiv(epochSecond + CST_OFFSET_SECONDS, 86400);
    }
}
