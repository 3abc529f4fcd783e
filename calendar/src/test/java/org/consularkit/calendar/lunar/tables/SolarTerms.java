package org.consularkit.calendar.lunar.tables;

import java.time.LocalDate;

/**
 * The moments at which the apparent longitude of the Sun ({@link Sun}) reaches a multiple of 15°,
 * found by iteration: starting from an estimate, the time is corrected by the remaining longitude
 * difference divided by the mean motion of the Sun (360° in 365.2422 days) until the correction is
 * below a millisecond; the result is converted to Universal Time with {@link DeltaT} and rounded to the
 * second.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class SolarTerms {

    private SolarTerms() {
    }

    /**
     * Returns the apparent solar longitude of a term of a Gregorian year, in the order of the year:
     * index 1 is Minor Cold (285°), 6 the Spring Equinox (0°), 24 the Winter Solstice (270°).
     *
     * @param index the index, from 1 to 24
     * @return the longitude in degrees, a multiple of 15 from 0 to 345
     */
    static int longitude(int index) {
        return (285 + 15 * (index - 1)) % 360;
    }

    /**
     * Returns the moment of a solar term.
     *
     * @param year the Gregorian year, from 1861 to 2149
     * @param index the index of the term within the year, from 1 to 24
     * @return the moment, seconds from the Unix epoch (UT), rounded to the second
     */
    static long moment(int year, int index) {
        double target = longitude(index);
        // Minor Cold falls around January 5-6; each term follows about 15.2 days later.
        double jd = TimeScale.julianDay(LocalDate.of(year, 1, 1).toEpochDay()) + 5.5 + 15.22 * (index - 1);
        double jde = TimeScale.toDynamical(jd);
        for (int i = 0; i < 50; i++) {
            double difference = target - Sun.apparentLongitude(jde);
            difference -= 360 * Math.floor((difference + 180) / 360);
            double correction = difference * 365.2422 / 360;
            jde += correction;
            if (Math.abs(correction) < 1e-8) {
                return TimeScale.epochSecond(TimeScale.toUniversal(jde));
            }
        }
        throw new IllegalStateException("No convergence for solar term " + index + " of " + year);
    }
}
