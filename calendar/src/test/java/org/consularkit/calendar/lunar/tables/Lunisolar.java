package org.consularkit.calendar.lunar.tables;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The months of the Chinese lunisolar calendar computed from the rules of the Chinese national
 * standard GB/T 33661-2017 《农历的编算和颁行》 (Calculation and promulgation of the Chinese calendar),
 * with the calendar day of the meridian in use in each period:
 * <ol>
 * <li>the calendar day is the day of China Standard Time (UTC+8, the meridian 120° E) for moments
 *     from 1929-01-01T00:00+08:00, and of Beijing local mean time (the meridian 116°25′ E,
 *     UTC+7:45:40) for moments before it: until 1928 the calendar was computed for the meridian of
 *     Beijing (Aslaksen, <i>The Mathematics of the Chinese Calendar</i>, rule 1; Reingold and
 *     Dershowitz, <i>Calendrical Calculations</i>; the Hong Kong Observatory's conversion tables
 *     follow the same rule);</li>
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
 * <p>{@link #doubts} finds the months that depend on an event (a new moon or a major solar term) so
 * close to local midnight that the errors of the computation could put it on the other day.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class Lunisolar {

    /** Beijing local mean time, the meridian 116°25′ E: 7 h 45 min 40 s east of Greenwich. */
    static final int BEIJING_MEAN_TIME_SECONDS = 7 * 3600 + 45 * 60 + 40;

    /** China Standard Time, the meridian 120° E: UTC+8. */
    static final int CHINA_STANDARD_TIME_SECONDS = 8 * 3600;

    /** 1929-01-01T00:00+08:00, the first moment whose calendar day is that of China Standard Time. */
    static final long STANDARD_TIME_FROM = LocalDate.of(1929, 1, 1).atStartOfDay()
            .toEpochSecond(ZoneOffset.ofTotalSeconds(CHINA_STANDARD_TIME_SECONDS));

    /**
     * One lunar month.
     *
     * @param lunarYear the lunar year (the Gregorian year in which its 1st month begins)
     * @param number the month number, 1 to 12
     * @param leap whether the month is a leap month
     * @param startDay the epoch day of its first day
     * @param length its length in days
     * @param newMoon the moment of the new moon that begins it, epoch seconds (UT)
     */
    record Month(int lunarYear, int number, boolean leap, long startDay, int length, long newMoon) {

        /** Returns {@code yyyy-MM}, or {@code yyyy-MML} for a leap month. */
        String label() {
            return lunarYear + "-" + (number < 10 ? "0" : "") + number + (leap ? "L" : "");
        }
    }

    /** The kind of an event that decides the calendar. */
    enum EventKind {
        /** A new moon: it begins a month on its day. */
        NEW_MOON("newMoon"),
        /** A major solar term: it decides the leap month and, for the winter solstice, the 11th month. */
        MAJOR_TERM("majorTerm");

        private final String text;

        EventKind(String text) {
            this.text = text;
        }

        /** Returns the name written in the table: {@code newMoon} or {@code majorTerm}. */
        String text() {
            return text;
        }
    }

    /**
     * A month whose computation depends on an event close to local midnight.
     *
     * @param month the month as computed
     * @param alternative the same month (begun by the same new moon) if the event fell on the other
     *     side of midnight; it begins on another day, or has another number or leap flag
     * @param kind the kind of the event
     * @param event the moment of the event, epoch seconds (UT)
     * @param fromMidnight the signed distance of the event from the nearest local midnight, in
     *     seconds: negative before midnight, positive (or zero) after it
     * @param margin the margin in seconds for the moment of the event
     */
    record Doubt(Month month, Month alternative, EventKind kind, long event, int fromMidnight, int margin) {
    }

    private Lunisolar() {
    }

    /**
     * Returns the offset of the calendar day at a moment: Beijing local mean time before 1929,
     * China Standard Time from 1929.
     *
     * @param epochSecond the moment, seconds from the Unix epoch
     * @return the offset in seconds east of Greenwich
     */
    static int offsetSeconds(long epochSecond) {
        return epochSecond < STANDARD_TIME_FROM ? BEIJING_MEAN_TIME_SECONDS : CHINA_STANDARD_TIME_SECONDS;
    }

    /**
     * Returns the epoch day of the calendar day of a moment (see {@link #offsetSeconds(long)}).
     *
     * @param epochSecond the moment, seconds from the Unix epoch
     * @return days from 1970-01-01
     */
    static long calendarDay(long epochSecond) {
        return Math.floorDiv(epochSecond + offsetSeconds(epochSecond), 86400);
    }

    /**
     * Returns the moment in the local time of the calendar day, e.g. {@code 1914-11-17T23:47:23+07:45:40}.
     *
     * @param epochSecond the moment, seconds from the Unix epoch
     * @return the local date-time with its offset
     */
    static OffsetDateTime localMoment(long epochSecond) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetSeconds(epochSecond));
        return OffsetDateTime.of(java.time.LocalDateTime.ofEpochSecond(epochSecond, 0, offset), offset);
    }

    /**
     * Returns the signed distance of a moment from the nearest local midnight of its calendar day.
     *
     * @param epochSecond the moment, seconds from the Unix epoch
     * @return seconds, from -43200 (exclusive) to 43200: negative before midnight
     */
    static int fromMidnight(long epochSecond) {
        int second = (int) Math.floorMod(epochSecond + offsetSeconds(epochSecond), 86400L);
        return second < 43200 ? second : second - 86400;
    }

    /**
     * Returns every month of the lunar years {@code first} to {@code last}, in order.
     *
     * @param first the first lunar year, from 1862
     * @param last the last lunar year, to 2147
     * @return the months, not empty
     */
    static List<Month> months(int first, int last) {
        Events events = Events.of(first, last);
        return build(first, last, events, events.moonDay, events.termDay);
    }

    /**
     * Returns the months of the lunar years {@code first} to {@code last} that change when one new
     * moon or major solar term within its margin of local midnight is put on the other day, in the
     * order of the months (a month that two events could change is listed once for each).
     *
     * @param first the first lunar year, from 1862
     * @param last the last lunar year, to 2147
     * @param marginSeconds the margin in seconds as a function of the decimal year of an event
     * @return the doubts, possibly empty
     */
    static List<Doubt> doubts(int first, int last, DoubleUnaryOperator marginSeconds) {
        Events events = Events.of(first, last);
        List<Month> base = build(first, last, events, events.moonDay, events.termDay);
        List<Doubt> doubts = new ArrayList<>();
        for (EventKind kind : EventKind.values()) {
            long[] seconds = kind == EventKind.NEW_MOON ? events.moonSecond : events.termSecond;
            for (int i = 0; i < seconds.length; i++) {
                int margin = (int) Math.ceil(marginSeconds.applyAsDouble(decimalYear(seconds[i])));
                int distance = fromMidnight(seconds[i]);
                if (Math.abs(distance) > margin) {
                    continue;
                }
                long[] moonDay = events.moonDay.clone();
                long[] termDay = events.termDay.clone();
                long[] days = kind == EventKind.NEW_MOON ? moonDay : termDay;
                days[i] += distance < 0 ? 1 : -1;
                List<Month> alternative = build(first, last, events, moonDay, termDay);
                Map<Long, Month> byNewMoon = new HashMap<>();
                alternative.forEach(m -> byNewMoon.put(m.newMoon(), m));
                for (Month m : base) {
                    Month other = byNewMoon.get(m.newMoon());
                    if (other != null && !other.equals(m) && (other.startDay() != m.startDay()
                            || !other.label().equals(m.label()))) {
                        doubts.add(new Doubt(m, other, kind, seconds[i], distance, margin));
                    }
                }
            }
        }
        doubts.sort((a, b) -> a.month().newMoon() != b.month().newMoon()
                ? Long.compare(a.month().newMoon(), b.month().newMoon()) : Long.compare(a.event(), b.event()));
        return List.copyOf(doubts);
    }

    /** Returns the decimal Gregorian year of a moment, as {@link TimeScale#decimalYear(double)}. */
    static double decimalYear(long epochSecond) {
        return TimeScale.decimalYear(TimeScale.UNIX_EPOCH_JD + epochSecond / 86400.0);
    }

    /**
     * The new moons and major solar terms from before the winter solstice of {@code first - 1} to
     * after that of {@code last + 1}: their moments and their calendar days.
     */
    private static final class Events {
        private final int first;
        private final long[] moonSecond;
        private final long[] moonDay;
        /** The major terms of the Gregorian years first - 1 to last + 1, 12 a year, in order. */
        private final long[] termSecond;
        private final long[] termDay;

        private Events(int first, long[] moonSecond, long[] termSecond) {
            this.first = first;
            this.moonSecond = moonSecond;
            this.moonDay = Arrays.stream(moonSecond).map(Lunisolar::calendarDay).toArray();
            this.termSecond = termSecond;
            this.termDay = Arrays.stream(termSecond).map(Lunisolar::calendarDay).toArray();
        }

        static Events of(int first, int last) {
            double startJd = TimeScale.julianDay(LocalDate.of(first - 1, 10, 1).toEpochDay());
            double endJd = TimeScale.julianDay(LocalDate.of(last + 2, 3, 1).toEpochDay());
            int k0 = MoonPhase.lunationNear(TimeScale.toDynamical(startJd));
            int k1 = MoonPhase.lunationNear(TimeScale.toDynamical(endJd));
            long[] moonSecond = new long[k1 - k0 + 1];
            for (int i = 0; i < moonSecond.length; i++) {
                moonSecond[i] = TimeScale.epochSecond(TimeScale.toUniversal(MoonPhase.newMoon(k0 + i)));
            }
            long[] termSecond = new long[12 * (last - first + 3)];
            int n = 0;
            for (int year = first - 1; year <= last + 1; year++) {
                for (int index = 2; index <= 24; index += 2) {
                    termSecond[n++] = SolarTerms.moment(year, index);
                }
            }
            return new Events(first, moonSecond, termSecond);
        }

        /** Returns the index in {@link #termDay} of the winter solstice of a Gregorian year. */
        int solstice(int year) {
            return (year - first + 1) * 12 + 11;
        }
    }

    private static List<Month> build(int first, int last, Events events, long[] moonDay, long[] termDay) {
        for (int i = 1; i < moonDay.length; i++) {
            if (moonDay[i] - moonDay[i - 1] != 29 && moonDay[i] - moonDay[i - 1] != 30) {
                throw new IllegalStateException("New moon " + i + " is not 29 or 30 days after the previous");
            }
        }
        long[] majorTermDays = termDay.clone();
        Arrays.sort(majorTermDays);

        List<Month> months = new ArrayList<>();
        for (int year = first - 1; year <= last; year++) {
            int from = lastStartOnOrBefore(moonDay, termDay[events.solstice(year)]);
            int to = lastStartOnOrBefore(moonDay, termDay[events.solstice(year + 1)]);
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
                            events.moonSecond[i]));
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
