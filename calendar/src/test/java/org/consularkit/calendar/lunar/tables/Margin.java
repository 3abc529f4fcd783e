package org.consularkit.calendar.lunar.tables;

/**
 * How close to local midnight a computed new moon or major solar term must be for its calendar day
 * to be uncertain: the sum of the error of the generator's astronomy and the uncertainty of ΔT
 * (TT − UT) in the year of the event.
 *
 * <ul>
 * <li><b>Astronomy, {@value #THEORY_SECONDS} s.</b> The generator's new moons (Meeus, chapter 49)
 *     and solar terms (Meeus, chapter 25 with VSOP87) differ from those of the 寿星 (sxwnl) algorithm
 *     of lunar-java, which uses the far longer ELP-2000/82 and VSOP87 series, by at most 17.6 s
 *     (new moons) and 20.4 s (major solar terms) over 1900–2101, both compared in dynamical time so
 *     that their different ΔT does not count ({@code MarginTest} measures it). 30 s leaves room for
 *     the error of the reference itself.</li>
 * <li><b>ΔT until 2025, {@value #DELTA_T_KNOWN_SECONDS} s.</b> ΔT is measured for the past. In
 *     2025 it is 69.184 s − (UT1 − UTC): TT − TAI is 32.184 s by definition, TAI − UTC has been 37 s
 *     since 2017-01-01 (IERS Bulletin C), and UTC is kept within 0.9 s of UT1. The Espenak–Meeus
 *     polynomial ({@link DeltaT}), fitted to data up to 2005, gives 74.47 s for 2025.0: at most
 *     6.2 s too much. Earlier its error is smaller (NASA gives an uncertainty of 0.1 s for 1900).</li>
 * <li><b>ΔT after 2025, growing with the square of the years to {@value #DELTA_T_2100_SECONDS} s in
 *     2100.</b> ΔT grows with the square of time, and so does the error of extrapolating it. For 2100
 *     the polynomial gives 202.7 s; if ΔT kept its value of 2025 it would be 69 s, 134 s less; the
 *     long-term parabola of Morrison and Stephenson (2004), −20 + 32u² with u = (year − 1820)/100,
 *     which the NASA page uses after 2150, gives 230.9 s, 28 s more. 180 s covers both with room to
 *     spare, and agrees with the Hong Kong Observatory's note on its conversion tables that moments
 *     computed decades ahead may be uncertain by up to a few minutes.</li>
 * </ul>
 * The margin is thus 37 s until 2025, about 1 minute in 2055, 2 minutes in 2078 and 3.5 minutes in
 * 2100. With it, the generator finds exactly the three new moons of 1901–2100 that the Hong Kong
 * Observatory names as uncertain (2057-09-28, 2089-09-04, 2097-08-07).
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class Margin {

    /** The error allowed for the astronomy of the generator, in seconds. */
    static final int THEORY_SECONDS = 30;

    /** The error allowed for ΔT until {@value #DELTA_T_KNOWN_UNTIL}, in seconds. */
    static final int DELTA_T_KNOWN_SECONDS = 7;

    /** The last year of measured ΔT. */
    static final int DELTA_T_KNOWN_UNTIL = 2025;

    /** The error allowed for ΔT in 2100, in seconds. */
    static final int DELTA_T_2100_SECONDS = 180;

    private Margin() {
    }

    /**
     * Returns the margin for an event.
     *
     * @param year the decimal year of the event
     * @return the margin in seconds, from 37 (until 2025) to 210 (in 2100)
     */
    static double seconds(double year) {
        double t = Math.max(0, (year - DELTA_T_KNOWN_UNTIL) / (2100 - DELTA_T_KNOWN_UNTIL));
        return THEORY_SECONDS + DELTA_T_KNOWN_SECONDS + (DELTA_T_2100_SECONDS - DELTA_T_KNOWN_SECONDS) * t * t;
    }
}
