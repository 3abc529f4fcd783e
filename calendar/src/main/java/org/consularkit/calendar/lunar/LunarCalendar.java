package org.consularkit.calendar.lunar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * The structure of the Chinese lunisolar calendar (农历) for the lunar years 1900 to 2100: the
 * first day of each year, its leap month and the length of each month.
 *
 * <h2>Rules</h2>
 * The calendar is computed by the rules of the Chinese national standard GB/T 33661-2017
 * 《农历的编算和颁行》 (Calculation and promulgation of the Chinese calendar):
 * <ul>
 * <li>a month begins on the day of a new moon and has 29 or 30 days;</li>
 * <li>the month containing the winter solstice (冬至) is the 11th month;</li>
 * <li>when 13 months begin from one 11th month up to the next, the first of them that contains no
 *     major solar term (中气, see {@link SolarTerm#isMajor()}) is the leap month of its year and
 *     takes the number of the month before it (2023: leap 2nd month; 2033: leap 11th month);</li>
 * <li>a lunar year runs from the 1st day of its 1st month to the day before the next 1st month, and
 *     is numbered by the Gregorian year in which it begins.</li>
 * </ul>
 *
 * <h2>The day: Beijing local mean time before 1929, China Standard Time from 1929</h2>
 * Which day a new moon or a major solar term falls on depends on the meridian. From 1929 the
 * calendar is computed for the meridian 120° E, China Standard Time (UTC+8), as GB/T 33661-2017
 * prescribes. Until 1928 it was computed for the meridian of Beijing, 116°25′ E, whose local mean
 * time is UTC+7:45:40: "Calculations are based on the meridian 120° East. Before 1929 the
 * computations were based on the meridian in Beijing (116°25′), but in 1928 China adopted a
 * standard time zone based on 120° East" (Helmer Aslaksen, <i>The Mathematics of the Chinese
 * Calendar</i>, rule 1). The Hong Kong Observatory's Gregorian–Lunar calendar conversion tables
 * for 1901–2100 (https://www.hko.gov.hk/en/gts/time/conversion.htm) and Edward M. Reingold and
 * Nachum Dershowitz, <i>Calendrical Calculations</i>, follow the same rule, and so do the tables
 * here: the months and leap months of 1901–1928 are decided with the days of Beijing local mean
 * time, those from 1929 with the days of UTC+8. GB/T 33661-2017 governs how the calendar is
 * compiled now; it does not rewrite the calendar that was in use before 1929.
 *
 * <p>A new moon between 00:00 and 00:14:20 UTC+8 is on the day before in Beijing local mean time.
 * Four months of 1901–1928 therefore begin a day earlier than a computation at UTC+8 would give:
 * the 4th month of 1906 (1906-04-23), the 10th month of 1914 (1914-11-17), the 1st month of 1916
 * (1916-02-03, the Spring Festival of 1916) and the 10th month of 1920 (1920-11-10). No leap month
 * changes. The moments of the solar terms ({@link SolarTerm#occurrences(int)}) are given in China
 * Standard Time for every year, also before 1929: only the decisions of the calendar use local
 * mean time.
 *
 * <h2>Tables</h2>
 * Nothing is computed at run time: the months are read from the resource
 * {@code org/consularkit/calendar/lunar/lunar-months.txt}, produced by an astronomical generator
 * kept in the test sources of this module ({@code org.consularkit.calendar.lunar.tables.TableGenerator}:
 * Jean Meeus, <i>Astronomical Algorithms</i>, 2nd ed., chapters 22, 25 and 49, with VSOP87 and the
 * Espenak–Meeus ΔT), and a test proves that the file is exactly its output; so are the uncertain
 * months below ({@code uncertain-months.txt}).
 *
 * <h2>Dates no calculation can be sure of</h2>
 * A new moon computed within a few minutes of midnight may fall on the other day: the computation
 * has errors, and the future difference ΔT between the uniform time of astronomy and the time of
 * the Earth's rotation is not known. The tables keep the computed day, and {@link
 * #uncertainMonths()} lists the months whose first day depends on a new moon closer to midnight
 * than a margin, the sum of:
 * <ul>
 * <li>30 seconds for the astronomy: the generator's new moons and major solar terms differ from
 *     those of the high-precision 寿星 (sxwnl) algorithm by at most 20.4 seconds over 1900–2101,
 *     compared in dynamical time;</li>
 * <li>the uncertainty of ΔT: 7 seconds until 2025, the years in which it is measured (the
 *     Espenak–Meeus polynomial gives 74.5 s for 2025, against the measured 69.2 ± 0.9 s); then
 *     growing with the square of the years to 180 seconds in 2100 (for 2100 the polynomial gives
 *     203 s; ΔT would be 69 s if it stayed at its value of 2025, and 231 s by the long-term parabola
 *     of Morrison and Stephenson, 2004).</li>
 * </ul>
 * The margin is thus 37 seconds until 2025, about 1 minute in 2055 and 3.5 minutes in 2100. Three
 * months of 1900–2100 are uncertain, each of which may begin a day later: the 9th month of 2057
 * (new moon 2057-09-28 23:59:58 UTC+8), the 8th month of 2089 (2089-09-04 23:57:36) and the 7th
 * month of 2097 (2097-08-07 23:59:40) — the three new moons that the Hong Kong Observatory's tables
 * note as possibly a day off. The Observatory's table and lunar-java begin these months on the
 * same days as here; ICU4J begins the 9th month of 2057 on September 29. {@link LunarDate#isCertain()} and {@link
 * LunarFestival#uncertainty(int)} say which dates and festivals depend on them. A major solar term
 * within the margin of midnight could also move a leap month; the generator checks every one, and
 * none does in 1900–2100.
 *
 * <h2>Agreement with other calendars</h2>
 * The months begin on the same days as in lunar-java (the 寿星 algorithm) for 1901–2100, except
 * the 4th month of 1906, which lunar-java begins on 1906-04-24 (the day of UTC+8; before 1960 it
 * does not use its precise new moons but a low-precision formula corrected by a fixed table). ICU4J's
 * {@code ChineseCalendar}, which computes at UTC+8 for every year with less precise astronomy,
 * begins 10 months a day earlier or later (the 4th month of 1906 for the meridian, the others where
 * its new moon falls on the other side of midnight, all within 15 minutes of it), and places three
 * leap months one month later (1917, 1922, 1987): there a major solar term falls on the day a month
 * begins but before its new moon, and GB/T 33661-2017 counts the term in the new month (by day), ICU
 * in the month before (by instant). The tests list each case.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility; it is thread-safe.
 *
 * @since 0.1
 */
public final class LunarCalendar {

    private LunarCalendar() {
    }

    /**
     * Returns the first lunar year covered: 1900 (its 11th month contains 1901-01-01).
     *
     * @return 1900
     */
    public static int firstLunarYear() {
        return LunarTables.months().firstYear();
    }

    /**
     * Returns the last lunar year covered: 2100 (it runs to 2101-01-28).
     *
     * @return 2100
     */
    public static int lastLunarYear() {
        return LunarTables.months().lastYear();
    }

    /**
     * Returns the length of a month.
     *
     * @param lunarYear the lunar year, from {@link #firstLunarYear()} to {@link #lastLunarYear()}
     * @param month the month number, from 1 to 12
     * @param leapMonth whether the leap month of that number is meant
     * @return 29 or 30
     * @throws DateTimeException if the year is outside the range, the month outside 1–12, or the
     *     year has no such leap month
     */
    public static int monthLength(int lunarYear, int month, boolean leapMonth) {
        LunarTables.Months table = LunarTables.months();
        return table.length(table.monthIndex(lunarYear, month, leapMonth));
    }

    /**
     * Returns the leap month of a lunar year: the number of the month that it repeats.
     *
     * @param lunarYear the lunar year, from {@link #firstLunarYear()} to {@link #lastLunarYear()}
     * @return the number of the leap month, from 1 to 12, or empty if the year has no leap month
     * @throws DateTimeException if the year is outside the range
     */
    public static OptionalInt leapMonth(int lunarYear) {
        int leap = LunarTables.months().leapMonth(checkYear(lunarYear));
        return leap == 0 ? OptionalInt.empty() : OptionalInt.of(leap);
    }

    /**
     * Returns the number of months of a lunar year.
     *
     * @param lunarYear the lunar year, from {@link #firstLunarYear()} to {@link #lastLunarYear()}
     * @return 13 if the year has a leap month, otherwise 12
     * @throws DateTimeException if the year is outside the range
     */
    public static int monthsInYear(int lunarYear) {
        return LunarTables.months().monthsInYear(checkYear(lunarYear));
    }

    /**
     * Returns the number of days of a lunar year.
     *
     * @param lunarYear the lunar year, from {@link #firstLunarYear()} to {@link #lastLunarYear()}
     * @return from 353 to 355 for a common year, from 383 to 385 for a year with a leap month
     * @throws DateTimeException if the year is outside the range
     */
    public static int lengthOfYear(int lunarYear) {
        LunarTables.Months table = LunarTables.months();
        int first = table.firstMonthIndex(checkYear(lunarYear));
        int next = first + table.monthsInYear(lunarYear);
        return table.startDay(next) - table.startDay(first);
    }

    /**
     * Returns the Gregorian date of the 1st day of the 1st month of a lunar year (Spring Festival,
     * 春节).
     *
     * @param lunarYear the lunar year, from {@link #firstLunarYear()} to {@link #lastLunarYear()}
     * @return the date, from January 21 to February 20 of {@code lunarYear}
     * @throws DateTimeException if the year is outside the range
     */
    public static LocalDate newYear(int lunarYear) {
        LunarTables.Months table = LunarTables.months();
        return LocalDate.ofEpochDay(table.startDay(table.firstMonthIndex(checkYear(lunarYear))));
    }

    /**
     * Returns the Gregorian date of the 1st day of a month.
     *
     * @param lunarYear the lunar year, from {@link #firstLunarYear()} to {@link #lastLunarYear()}
     * @param month the month number, from 1 to 12
     * @param leapMonth whether the leap month of that number is meant
     * @return the date on which the month begins
     * @throws DateTimeException if the year is outside the range, the month outside 1–12, or the
     *     year has no such leap month
     */
    public static LocalDate monthStart(int lunarYear, int month, boolean leapMonth) {
        LunarTables.Months table = LunarTables.months();
        return LocalDate.ofEpochDay(table.startDay(table.monthIndex(lunarYear, month, leapMonth)));
    }

    /**
     * Returns the months whose first day no calculation can be sure of, in order: those begun by a new
     * moon computed closer to local midnight than the margin of its year (see {@link UncertainMonth}).
     * In 1900–2100 they are the 9th month of 2057 (new moon 2057-09-28 23:59:58 UTC+8), the 8th month
     * of 2089 (2089-09-04 23:57:36) and the 7th month of 2097 (2097-08-07 23:59:40), the three new
     * moons the Hong Kong Observatory notes as uncertain; each may begin a day later.
     *
     * @return an immutable list, in the order of the months, not null
     */
    public static List<UncertainMonth> uncertainMonths() {
        return LunarTables.uncertain().months();
    }

    private static int checkYear(int lunarYear) {
        LunarTables.Months table = LunarTables.months();
        if (lunarYear < table.firstYear() || lunarYear > table.lastYear()) {
            throw new DateTimeException("Lunar year " + lunarYear + " is outside the supported range "
                    + table.firstYear() + "-" + table.lastYear());
        }
        return lunarYear;
    }
}
