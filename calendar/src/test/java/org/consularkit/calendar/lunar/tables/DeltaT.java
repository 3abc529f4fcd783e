package org.consularkit.calendar.lunar.tables;

/**
 * ΔT = TT − UT, the difference between Terrestrial (dynamical) Time and Universal Time, from the
 * polynomial expressions of Fred Espenak and Jean Meeus, <i>Five Millennium Canon of Solar Eclipses:
 * −1999 to +3000</i> (NASA/TP-2006-214141), published as "Polynomial Expressions for Delta T" on the
 * NASA eclipse web site (eclipse.gsfc.nasa.gov/SEhelp/deltatpoly2004.html).
 *
 * <p>Only the pieces from 1860 to 2150 are implemented: the generator needs 1899–2102. Values after
 * 2005 are extrapolations; their uncertainty grows to about a minute by 2100, which is why moments
 * close to midnight decades ahead are uncertain (see the Hong Kong Observatory's note on its
 * Gregorian–Lunar calendar conversion table).
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class DeltaT {

    private DeltaT() {
    }

    /**
     * Returns ΔT in seconds for a decimal year. The NASA page defines the decimal year of a month as
     * {@code year + (month - 0.5) / 12}; the generator passes the continuous decimal year of the
     * moment itself, which differs by a few days at most (ΔT changes by less than 1.5 s a year).
     *
     * @param y the decimal year, from 1860 to 2150
     * @return ΔT in seconds
     * @throws IllegalArgumentException if {@code y} is outside 1860..2150
     */
    static double seconds(double y) {
        if (y < 1860 || y >= 2150) {
            throw new IllegalArgumentException("Delta T is implemented for 1860-2150 only, not " + y);
        }
        double t;
        if (y < 1900) {
            t = y - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t
                    - 0.0004473624 * Math.pow(t, 4) + Math.pow(t, 5) / 233174;
        }
        if (y < 1920) {
            t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * Math.pow(t, 4);
        }
        if (y < 1941) {
            t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (y < 1961) {
            t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (y < 1986) {
            t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (y < 2005) {
            t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * Math.pow(t, 4)
                    + 0.00002373599 * Math.pow(t, 5);
        }
        if (y < 2050) {
            t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }
}
