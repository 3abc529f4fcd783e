package org.consularkit.calendar.lunar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The structure of the Chinese lunisolar calendar (农历) for the lunar years 1900 to 2100: the
 * first day of each year, its leap month and the length of each month.
 *
 * <h2>Rules</h2>
 * The calendar is computed by the rules of the Chinese national standard GB/T 33661-2017
 * 《农历的编算和颁行》 (Calculation and promulgation of the Chinese calendar), with China Standard
 * Time (UTC+8) for every year:
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
 * <h2>Tables</h2>
 * Nothing is computed at run time: the months are read from the resource
 * {@code org/consularkit/calendar/lunar-months.txt}, produced by an astronomical generator kept in
 * the test sources of this module ({@code org.consularkit.calendar.lunar.tables.TableGenerator}: Jean
 * Meeus, <i>Astronomical Algorithms</i>, 2nd ed., chapters 22, 25 and 49, with VSOP87 and the
 * Espenak–Meeus ΔT), and a test proves that the file is exactly its output.
 *
 * <h2>Agreement with the authorities</h2>
 * The Hong Kong Observatory's Gregorian–Lunar calendar conversion tables (1901–2100) and the Purple
 * Mountain Observatory's almanacs are the authorities. The months here begin on the same days as in
 * the 寿星 (sxwnl) algorithm of lunar-java for 1901–2100, and as in the Observatory's table as far as
 * it could be checked, except:
 * <ul>
 * <li>before 1929 the historical almanacs, and the Observatory's table, count days in Beijing local
 *     mean time (UTC+7:45:40), while GB/T 33661-2017, followed here, uses UTC+8 throughout. A new
 *     moon between 00:00 and 00:14 UTC+8 therefore begins a month one day later here: 1906-04-24,
 *     1914-11-18, 1916-02-04 (Spring Festival of 1916, 1916-02-03 in the historical almanacs) and
 *     1920-11-11 (lunar-java also uses local time for the last three);</li>
 * <li>new moons decades ahead are uncertain by up to a few minutes (mostly from the unknown future
 *     ΔT); the Hong Kong Observatory names 2057-09-28, 2089-09-04 and 2097-08-07 as new moons so close
 *     to midnight that the month may begin a day later. The generator puts them at 23:59:58,
 *     23:57:36 and 23:59:40 CST and begins the months on those dates, as the Observatory's table and
 *     lunar-java do.</li>
 * </ul>
 * ICU4J's {@code ChineseCalendar} begins 12 months a day earlier or later, where its less precise
 * new moon falls on the other side of midnight (all within 15 minutes of it), and places three leap
 * months one month later (1917, 1922, 1987): there a major solar term falls on the day a month
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

    private static int checkYear(int lunarYear) {
        LunarTables.Months table = LunarTables.months();
        if (lunarYear < table.firstYear() || lunarYear > table.lastYear()) {
            throw new DateTimeException("Lunar year " + lunarYear + " is outside the supported range "
                    + table.firstYear() + "-" + table.lastYear());
        }
        return lunarYear;
    }
}
