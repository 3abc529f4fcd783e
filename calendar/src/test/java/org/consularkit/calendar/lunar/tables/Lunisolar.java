package org.consularkit.calendar.lunar.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The months of the Chinese lunisolar calendar computed from the rules of the Chinese national
 * standard GB/T 33661-2017 《农历的编算和颁行》 (Calculation and promulgation of the Chinese calendar):
 * <ol>
 * <li>the calendar day is the day of China Standard Time (UTC+8), for every year;</li>
 * <li>a month begins on the day of a new moon ({@link MoonPhase}); it lasts until the day before the
 *     next new moon (29 or 30 days);</li>
 * <li>the month containing the winter solstice (冬至, solar longitude 270°) is the 11th month;</li>
 * <li>if 13 months begin from one 11th month up to (not including) the next, the first of them
 *     that contains no major solar term (中气: longitudes 0°, 30°, …, 330°, i.e. Rain Water,
 *     Spring Equinox, …, Winter Solstice, Major Cold) is a leap month and takes the number of the
 *     month before it;</li>
 * <li>the other months are numbered in order; the 1st month begins the lunar year.</li>
 * </ol>
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class Lunisolar {

    /**
     * One lunar month.
     *
     * @param lunarYear the lunar year (the Gregorian year in which its 1st month begins)
     * @param number the month number, 1 to 12
     * @param leap whether the month is a leap month
     * @param startDay the epoch day of its first day (CST)
     * @param length its length in days
     * @param newMoon the moment of the new moon that begins it, epoch seconds (UT)
     */
    record Month(int lunarYear, int number, boolean leap, long startDay, int length, long newMoon) {
    }

    private Lunisolar() {
    }

    /**
     * Returns every month of the lunar years {@code first} to {@code last}, in order.
     *
     * @param first the first lunar year, from 1862
     * @param last the last lunar year, to 2147
     * @return the months, not empty
     */
    static List<Month> months(int first, int last) {
        double startJd = TimeScale.julianDay(LocalDate.of(first - 1, 10, 1).toEpochDay());
        double endJd = TimeScale.julianDay(LocalDate.of(last + 2, 3, 1).toEpochDay());
        int k0 = MoonPhase.lunationNear(TimeScale.toDynamical(startJd));
        int k1 = MoonPhase.lunationNear(TimeScale.toDynamical(endJd));
        int count = k1 - k0 + 1;
        long[] moonSecond = new long[count];
        long[] moonDay = new long[count];
        for (int i = 0; i < count; i++) {
            moonSecond[i] = TimeScale.epochSecond(TimeScale.toUniversal(MoonPhase.newMoon(k0 + i)));
            moonDay[i] = TimeScale.cstEpochDay(moonSecond[i]);
            if (i > 0 && moonDay[i] - moonDay[i - 1] != 29 && moonDay[i] - moonDay[i - 1] != 30) {
                throw new IllegalStateException("Lunation " + (k0 + i) + " is not 29 or 30 days after the previous");
            }
        }
        long[] majorTermDays = new long[12 * (last - first + 3)];
        long[] solstice = new long[last - first + 3];
        int n = 0;
        for (int year = first - 1; year <= last + 1; year++) {
            for (int index = 2; index <= 24; index += 2) {
                majorTermDays[n++] = TimeScale.cstEpochDay(SolarTerms.moment(year, index));
            }
            solstice[year - first + 1] = majorTermDays[n - 1];
        }
        Arrays.sort(majorTermDays);

        List<Month> months = new ArrayList<>();
        for (int year = first - 1; year <= last; year++) {
            int from = lastStartOnOrBefore(moonDay, solstice[year - first + 1]);
            int to = lastStartOnOrBefore(moonDay, solstice[year - first + 2]);
            int leap = -1;
            if (to - from == 13) {
                for (int i = from; i < to && leap < 0; i++) {
                    if (!containsMajorTerm(majorTermDays, moonDay[i], moonDay[i + 1])) {
                        leap = i;
                    }
                }
                if (leap < 0) {
                    throw new IllegalStateException("No month without a major term after the solstice of " + year);
                }
            } else if (to - from != 12) {
                throw new IllegalStateException((to - from) + " months after the winter solstice of " + year);
            }
            int number = 10;
            int lunarYear = year;
            for (int i = from; i < to; i++) {
                boolean isLeap = i == leap;
                if (!isLeap) {
                    number = number % 12 + 1;
                    if (number == 1) {
                        lunarYear = year + 1;
                    }
                }
                if (lunarYear >= first && lunarYear <= last) {
                    months.add(new Month(lunarYear, number, isLeap, moonDay[i], (int) (moonDay[i + 1] - moonDay[i]),
                            moonSecond[i]));
                }
            }
        }
        return List.copyOf(months);
    }

    private static int lastStartOnOrBefore(long[] days, long day) {
        int i = Arrays.binarySearch(days, day);
        return i >= 0 ? i : -i - 2;
    }

    private static boolean containsMajorTerm(long[] sortedDays, long fromDay, long toDayExclusive) {
        int i = Arrays.binarySearch(sortedDays, fromDay);
        int insertion = i >= 0 ? i : -i - 1;
        return insertion < sortedDays.length && sortedDays[insertion] < toDayExclusive;
    }
}
