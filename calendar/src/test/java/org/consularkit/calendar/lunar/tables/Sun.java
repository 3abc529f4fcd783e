package org.consularkit.calendar.lunar.tables;


/**
 * The apparent geocentric ecliptic longitude of the Sun, by the "higher accuracy" method of Jean
 * Meeus, <i>Astronomical Algorithms</i>, 2nd ed., chapter 25: the Earth's heliocentric position from
 * VSOP87 ({@link Vsop87Earth}), reversed to geocentric (Θ = L + 180°), converted to the FK5 system
 * (ΔΘ = −0.09033"), corrected for nutation in longitude ({@link Nutation}, chapter 22) and for
 * aberration (−20.4898" / R). The error is about one arcsecond, i.e. about 25 seconds of time in the
 * moment at which the Sun reaches a given longitude.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class Sun {

    private Sun() {
    }

    /**
     * Returns the apparent longitude of the Sun.
     *
     * @param jde the Julian Ephemeris Day (TT)
     * @return the longitude in degrees, from 0 (inclusive) to 360 (exclusive)
     */
    static double apparentLongitude(double jde) {
        double theta = Math.toDegrees(Vsop87Earth.longitude(jde)) + 180;
        double r = Vsop87Earth.radius(jde);
        double arcseconds = -0.09033 + Nutation.longitude(jde) - 20.4898 / r;
        return normalize(theta + arcseconds / 3600);
    }

    /**
     * Returns the geometric longitude Θ of the Sun in the FK5 system (before nutation and aberration).
     *
     * @param jde the Julian Ephemeris Day (TT)
     * @return the longitude in degrees, from 0 (inclusive) to 360 (exclusive)
     */
    static double geometricLongitude(double jde) {
        return normalize(Math.toDegrees(Vsop87Earth.longitude(jde)) + 180 - 0.09033 / 3600);
    }

    static double normalize(double degrees) {
        double d = degrees % 360;
        return d < 0 ? d + 360 : d;
    }
}
