package org.consularkit.calendar.lunar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.LocalizedText;

/**
 * The 24 solar terms (二十四节气): the moments at which the apparent geocentric longitude of the Sun
 * reaches a multiple of 15°, in the order in which they occur in a Gregorian year, from Minor Cold
 * (小寒, 285°, early January, {@linkplain #index() index} 1) to the Winter Solstice (冬至, 270°,
 * late December, index 24). Qingming (清明, 15°, index 7) is a public holiday in China.
 *
 * <h2>Moments</h2>
 * {@link #moment(int)} gives the moment in China Standard Time (offset {@code +08:00}) rounded to
 * the nearest minute, half a minute rounding up, the precision to which almanacs publish them:
 * Qingming 2026, computed at 02:39:52, is {@code 2026-04-05T02:40+08:00}. Rounding is chosen over
 * truncation because it is the more accurate minute. So that a rounded moment never moves into the
 * next day, a moment from 23:59:30 on is given as 23:59 of its own day; this happens twice in
 * 1901–2100 (Rain Water 1923, 23:59:53; Major Cold 1979, 23:59:59). Hence
 * {@code moment(year).toLocalDate()} always equals {@link #date(int)}, the CST date of the exact
 * moment. The moments and dates are in China Standard Time for every year, also before 1929, when
 * the days that decided the lunisolar calendar were those of Beijing local mean time (UTC+7:45:40,
 * see {@link LunarCalendar}): a term between 00:00 and 00:14:20 UTC+8 before 1929 is dated here on
 * its UTC+8 day, although the calendar of the time counted it on the day before.
 *
 * <p>The moments are read from the resource {@code org/consularkit/calendar/solar-terms.txt},
 * computed by the astronomical generator in the test sources of this module (Jean Meeus,
 * <i>Astronomical Algorithms</i>, 2nd ed.: chapter 25 with the VSOP87 Earth series, nutation of
 * chapter 22, aberration; ΔT from the Espenak–Meeus polynomials). They agree within one minute with
 * the 寿星 (sxwnl) algorithm for every term of 1901–2100; moments late in the century carry the
 * uncertainty of the future ΔT (about a minute by 2100). Terms within a minute of midnight (for
 * example the Winter Solstice of 2021, the Spring Equinoxes of 2051 and 2084) may fall on the next or
 * previous day in other almanacs.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum SolarTerm {

    /** Minor Cold (小寒), 285°, about January 5–7. */
    MINOR_COLD("Minor Cold", "小寒"),
    /** Major Cold (大寒), 300°, about January 19–21; a major term (中气). */
    MAJOR_COLD("Major Cold", "大寒"),
    /** Start of Spring (立春), 315°, about February 3–5. */
    START_OF_SPRING("Start of Spring", "立春"),
    /** Rain Water (雨水), 330°, about February 18–20; a major term. */
    RAIN_WATER("Rain Water", "雨水"),
    /** Awakening of Insects (惊蛰), 345°, about March 5–7. */
    AWAKENING_OF_INSECTS("Awakening of Insects", "惊蛰"),
    /** Spring Equinox (春分), 0°, about March 20–21; a major term. */
    SPRING_EQUINOX("Spring Equinox", "春分"),
    /** Qingming (清明, Pure Brightness), 15°, April 4–6; the day of the Qingming Festival. */
    QINGMING("Qingming", "清明"),
    /** Grain Rain (谷雨), 30°, about April 19–21; a major term. */
    GRAIN_RAIN("Grain Rain", "谷雨"),
    /** Start of Summer (立夏), 45°, about May 5–7. */
    START_OF_SUMMER("Start of Summer", "立夏"),
    /** Grain Buds (小满), 60°, about May 20–22; a major term. */
    GRAIN_BUDS("Grain Buds", "小满"),
    /** Grain in Ear (芒种), 75°, about June 5–7. */
    GRAIN_IN_EAR("Grain in Ear", "芒种"),
    /** Summer Solstice (夏至), 90°, about June 21–22; a major term. */
    SUMMER_SOLSTICE("Summer Solstice", "夏至"),
    /** Minor Heat (小暑), 105°, about July 6–8. */
    MINOR_HEAT("Minor Heat", "小暑"),
    /** Major Heat (大暑), 120°, about July 22–24; a major term. */
    MAJOR_HEAT("Major Heat", "大暑"),
    /** Start of Autumn (立秋), 135°, about August 7–9. */
    START_OF_AUTUMN("Start of Autumn", "立秋"),
    /** End of Heat (处暑), 150°, about August 22–24; a major term. */
    END_OF_HEAT("End of Heat", "处暑"),
    /** White Dew (白露), 165°, about September 7–9. */
    WHITE_DEW("White Dew", "白露"),
    /** Autumn Equinox (秋分), 180°, about September 22–24; a major term. */
    AUTUMN_EQUINOX("Autumn Equinox", "秋分"),
    /** Cold Dew (寒露), 195°, about October 8–9. */
    COLD_DEW("Cold Dew", "寒露"),
    /** Frost Descent (霜降), 210°, about October 23–24; a major term. */
    FROST_DESCENT("Frost Descent", "霜降"),
    /** Start of Winter (立冬), 225°, about November 7–8. */
    START_OF_WINTER("Start of Winter", "立冬"),
    /** Minor Snow (小雪), 240°, about November 22–23; a major term. */
    MINOR_SNOW("Minor Snow", "小雪"),
    /** Major Snow (大雪), 255°, about December 6–8. */
    MAJOR_SNOW("Major Snow", "大雪"),
    /** Winter Solstice (冬至), 270°, about December 21–23; a major term; it lies in the 11th lunar month. */
    WINTER_SOLSTICE("Winter Solstice", "冬至");

    private static final SolarTerm[] VALUES = values();
    private static final ZoneOffset CHINA_STANDARD_TIME = ZoneOffset.ofHours(8);

    private final LocalizedText names;

    SolarTerm(String english, String chinese) {
        this.names = LocalizedText.of(english, chinese);
    }

    /**
     * Returns the term of an index.
     *
     * @param index the index in the Gregorian year, from 1 (Minor Cold) to 24 (Winter Solstice)
     * @return the term, not null
     * @throws IllegalArgumentException if the index is outside 1–24
     */
    public static SolarTerm ofIndex(int index) {
        if (index < 1 || index > 24) {
            throw new IllegalArgumentException("Invalid solar term index " + index + ": must be from 1 to 24");
        }
        return VALUES[index - 1];
    }

    /**
     * Returns the first Gregorian year for which moments are known.
     *
     * @return 1901
     */
    public static int firstYear() {
        return LunarTables.terms().firstYear();
    }

    /**
     * Returns the last Gregorian year for which moments are known.
     *
     * @return 2100
     */
    public static int lastYear() {
        return LunarTables.terms().lastYear();
    }

    /**
     * Returns the 24 solar terms of a Gregorian year in order, each with its moment.
     *
     * @param year the Gregorian year, from {@link #firstYear()} to {@link #lastYear()}
     * @return the 24 occurrences in chronological order, unmodifiable, not null
     * @throws DateTimeException if the year is outside the range
     */
    public static List<SolarTermOccurrence> occurrences(int year) {
        checkYear(year);
        List<SolarTermOccurrence> list = new ArrayList<>(24);
        for (SolarTerm term : VALUES) {
            list.add(new SolarTermOccurrence(term, term.moment(year)));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns the solar term that falls on a date (China Standard Time), if any.
     *
     * @param date the date, in the years {@link #firstYear()} to {@link #lastYear()}
     * @return the term whose date is {@code date}, or empty
     * @throws DateTimeException if the year of the date is outside the range
     */
    public static Optional<SolarTerm> on(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int year = checkYear(date.getYear());
        int first = 2 * date.getMonthValue() - 1;
        for (int index = first; index <= first + 1; index++) {
            if (VALUES[index - 1].date(year).equals(date)) {
                return Optional.of(VALUES[index - 1]);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the index of this term in the Gregorian year.
     *
     * @return from 1 (Minor Cold) to 24 (Winter Solstice)
     */
    @SuppressWarnings("EnumOrdinal") // the constants are declared in the order of the year: that order is the index
    public int index() {
        return ordinal() + 1;
    }

    /**
     * Returns the English and Chinese names of this term (English "Qingming" for 清明).
     *
     * @return the names, not null
     */
    public LocalizedText displayName() {
        return names;
    }

    /**
     * Returns the name of this term in a language: Chinese for {@code zh}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String displayName(Locale locale) {
        return names.get(locale);
    }

    /**
     * Returns the apparent solar longitude that defines this term.
     *
     * @return the longitude in degrees, a multiple of 15 from 0 to 345 (Minor Cold 285, Qingming 15)
     */
    public int longitude() {
        return (270 + 15 * index()) % 360;
    }

    /**
     * Returns whether this term is a major term (中气, longitude a multiple of 30°), the terms that
     * number the lunar months and place the leap month.
     *
     * @return true for Major Cold, Rain Water, Spring Equinox, …, Winter Solstice
     */
    public boolean isMajor() {
        return longitude() % 30 == 0;
    }

    /**
     * Returns the moment of this term in a Gregorian year, in China Standard Time, rounded to the
     * nearest minute (see the class documentation).
     *
     * @param year the Gregorian year, from {@link #firstYear()} to {@link #lastYear()}
     * @return the moment, with offset {@code +08:00} and zero seconds, not null
     * @throws DateTimeException if the year is outside the range
     */
    public OffsetDateTime moment(int year) {
        long minute = LunarTables.terms().localMinute(checkYear(year), index());
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(minute * 60, 0, ZoneOffset.UTC), CHINA_STANDARD_TIME);
    }

    /**
     * Returns the date of this term in a Gregorian year, in China Standard Time.
     *
     * @param year the Gregorian year, from {@link #firstYear()} to {@link #lastYear()}
     * @return the date, in the month {@code (index() + 1) / 2} of {@code year}
     * @throws DateTimeException if the year is outside the range
     */
    public LocalDate date(int year) {
        return LocalDate.ofEpochDay(Math.floorDiv(LunarTables.terms().localMinute(checkYear(year), index()), 1440));
    }

    private static int checkYear(int year) {
        LunarTables.Terms terms = LunarTables.terms();
        if (year < terms.firstYear() || year > terms.lastYear()) {
            throw new DateTimeException("Solar terms are known for the years " + terms.firstYear() + "-"
                    + terms.lastYear() + ", not " + year);
        }
        return year;
    }
}
