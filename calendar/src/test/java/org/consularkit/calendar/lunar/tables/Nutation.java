package org.consularkit.calendar.lunar.tables;

/**
 * Nutation in longitude and in obliquity from the 63 periodic terms of the IAU 1980 theory, as
 * tabulated by Jean Meeus, <i>Astronomical Algorithms</i>, 2nd ed., chapter 22, table 22.A
 * (accuracy 0.0003"). The coefficients were checked against two public transcriptions of the table
 * (PyMeeus {@code Earth.py} and the NREL Solar Position Algorithm) and by Meeus's example 22.a.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class Nutation {

    /** Multiples of D, M, M', F, Ω for each term. */
    private static final int[][] ARGUMENTS = {
        {0, 0, 0, 0, 1}, {-2, 0, 0, 2, 2}, {0, 0, 0, 2, 2}, {0, 0, 0, 0, 2}, {0, 1, 0, 0, 0},
        {0, 0, 1, 0, 0}, {-2, 1, 0, 2, 2}, {0, 0, 0, 2, 1}, {0, 0, 1, 2, 2}, {-2, -1, 0, 2, 2},
        {-2, 0, 1, 0, 0}, {-2, 0, 0, 2, 1}, {0, 0, -1, 2, 2}, {2, 0, 0, 0, 0}, {0, 0, 1, 0, 1},
        {2, 0, -1, 2, 2}, {0, 0, -1, 0, 1}, {0, 0, 1, 2, 1}, {-2, 0, 2, 0, 0}, {0, 0, -2, 2, 1},
        {2, 0, 0, 2, 2}, {0, 0, 2, 2, 2}, {0, 0, 2, 0, 0}, {-2, 0, 1, 2, 2}, {0, 0, 0, 2, 0},
        {-2, 0, 0, 2, 0}, {0, 0, -1, 2, 1}, {0, 2, 0, 0, 0}, {2, 0, -1, 0, 1}, {-2, 2, 0, 2, 2},
        {0, 1, 0, 0, 1}, {-2, 0, 1, 0, 1}, {0, -1, 0, 0, 1}, {0, 0, 2, -2, 0}, {2, 0, -1, 2, 1},
        {2, 0, 1, 2, 2}, {0, 1, 0, 2, 2}, {-2, 1, 1, 0, 0}, {0, -1, 0, 2, 2}, {2, 0, 0, 2, 1},
        {2, 0, 1, 0, 0}, {-2, 0, 2, 2, 2}, {-2, 0, 1, 2, 1}, {2, 0, -2, 0, 1}, {2, 0, 0, 0, 1},
        {0, -1, 1, 0, 0}, {-2, -1, 0, 2, 1}, {-2, 0, 0, 0, 1}, {0, 0, 2, 2, 1}, {-2, 0, 2, 0, 1},
        {-2, 1, 0, 2, 1}, {0, 0, 1, -2, 0}, {-1, 0, 1, 0, 0}, {-2, 1, 0, 0, 0}, {1, 0, 0, 0, 0},
        {0, 0, 1, 2, 0}, {0, 0, -2, 2, 2}, {-1, -1, 1, 0, 0}, {0, 1, 1, 0, 0}, {0, -1, 1, 2, 2},
        {2, -1, -1, 2, 2}, {0, 0, 3, 2, 2}, {2, -1, 0, 2, 2},
    };

    /**
     * Coefficients in units of 0.0001": sine (Δψ) constant and T-rate, cosine (Δε) constant and
     * T-rate.
     */
    private static final double[][] COEFFICIENTS = {
        {-171996, -174.2, 92025, 8.9}, {-13187, -1.6, 5736, -3.1}, {-2274, -0.2, 977, -0.5},
        {2062, 0.2, -895, 0.5}, {1426, -3.4, 54, -0.1}, {712, 0.1, -7, 0}, {-517, 1.2, 224, -0.6},
        {-386, -0.4, 200, 0}, {-301, 0, 129, -0.1}, {217, -0.5, -95, 0.3}, {-158, 0, 0, 0},
        {129, 0.1, -70, 0}, {123, 0, -53, 0}, {63, 0, 0, 0}, {63, 0.1, -33, 0}, {-59, 0, 26, 0},
        {-58, -0.1, 32, 0}, {-51, 0, 27, 0}, {48, 0, 0, 0}, {46, 0, -24, 0}, {-38, 0, 16, 0},
        {-31, 0, 13, 0}, {29, 0, 0, 0}, {29, 0, -12, 0}, {26, 0, 0, 0}, {-22, 0, 0, 0},
        {21, 0, -10, 0}, {17, -0.1, 0, 0}, {16, 0, -8, 0}, {-16, 0.1, 7, 0}, {-15, 0, 9, 0},
        {-13, 0, 7, 0}, {-12, 0, 6, 0}, {11, 0, 0, 0}, {-10, 0, 5, 0}, {-8, 0, 3, 0}, {7, 0, -3, 0},
        {-7, 0, 0, 0}, {-7, 0, 3, 0}, {-7, 0, 3, 0}, {6, 0, 0, 0}, {6, 0, -3, 0}, {6, 0, -3, 0},
        {-6, 0, 3, 0}, {-6, 0, 3, 0}, {5, 0, 0, 0}, {-5, 0, 3, 0}, {-5, 0, 3, 0}, {-5, 0, 3, 0},
        {4, 0, 0, 0}, {4, 0, 0, 0}, {4, 0, 0, 0}, {-4, 0, 0, 0}, {-4, 0, 0, 0}, {-4, 0, 0, 0},
        {3, 0, 0, 0}, {-3, 0, 0, 0}, {-3, 0, 0, 0}, {-3, 0, 0, 0}, {-3, 0, 0, 0}, {-3, 0, 0, 0},
        {-3, 0, 0, 0}, {-3, 0, 0, 0},
    };

    private Nutation() {
    }

    /**
     * Returns the nutation in longitude Δψ.
     *
     * @param jde the Julian Ephemeris Day (TT)
     * @return Δψ in arcseconds
     */
    static double longitude(double jde) {
        return sum(jde, 0);
    }

    /**
     * Returns the nutation in obliquity Δε.
     *
     * @param jde the Julian Ephemeris Day (TT)
     * @return Δε in arcseconds
     */
    static double obliquity(double jde) {
        return sum(jde, 2);
    }

    private static double sum(double jde, int column) {
        double t = (jde - 2451545.0) / 36525;
        double t2 = t * t;
        double t3 = t2 * t;
        double d = Math.toRadians(297.85036 + 445267.111480 * t - 0.0019142 * t2 + t3 / 189474);
        double m = Math.toRadians(357.52772 + 35999.050340 * t - 0.0001603 * t2 - t3 / 300000);
        double mp = Math.toRadians(134.96298 + 477198.867398 * t + 0.0086972 * t2 + t3 / 56250);
        double f = Math.toRadians(93.27191 + 483202.017538 * t - 0.0036825 * t2 + t3 / 327270);
        double om = Math.toRadians(125.04452 - 1934.136261 * t + 0.0020708 * t2 + t3 / 450000);
        double total = 0;
        for (int i = 0; i < ARGUMENTS.length; i++) {
            int[] a = ARGUMENTS[i];
            double arg = a[0] * d + a[1] * m + a[2] * mp + a[3] * f + a[4] * om;
            double coefficient = COEFFICIENTS[i][column] + COEFFICIENTS[i][column + 1] * t;
            total += coefficient * (column == 0 ? Math.sin(arg) : Math.cos(arg));
        }
        return total * 0.0001;
    }
}
