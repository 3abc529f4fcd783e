package org.consularkit.calendar.lunar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.consularkit.core.LocalizedText;

/**
 * The traditional Chinese festivals, dated by the lunar calendar ({@link LunarDate}) or, for
 * Qingming, by the solar term ({@link SolarTerm#QINGMING}). China's public holidays are built on
 * the dates of the Spring Festival, Qingming, the Dragon Boat Festival and the Mid-Autumn Festival.
 *
 * <p>Each lunar festival falls once in each Gregorian year: a lunar year begins between January 21
 * and February 20, so the 1st to 9th months of lunar year {@code y} lie in Gregorian year {@code y}.
 * No festival falls in a leap month: the month numbers below are those of the ordinary month.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum LunarFestival {

    /** Spring Festival Eve (除夕): the last day of the 12th lunar month (its 29th or 30th), the day before the Spring Festival. */
    SPRING_FESTIVAL_EVE("Spring Festival Eve", "除夕"),
    /** Spring Festival (春节): the 1st day of the 1st lunar month, the lunar new year. */
    SPRING_FESTIVAL("Spring Festival", "春节"),
    /** Lantern Festival (元宵节): the 15th day of the 1st lunar month. */
    LANTERN_FESTIVAL("Lantern Festival", "元宵节"),
    /** Qingming Festival (清明节): the day of the solar term Qingming, April 4–6. */
    QINGMING("Qingming Festival", "清明节"),
    /** Dragon Boat Festival (端午节): the 5th day of the 5th lunar month. */
    DRAGON_BOAT("Dragon Boat Festival", "端午节"),
    /** Qixi Festival (七夕节): the 7th day of the 7th lunar month. */
    QIXI("Qixi Festival", "七夕节"),
    /** Mid-Autumn Festival (中秋节): the 15th day of the 8th lunar month. */
    MID_AUTUMN("Mid-Autumn Festival", "中秋节"),
    /** Double Ninth Festival (重阳节): the 9th day of the 9th lunar month. */
    DOUBLE_NINTH("Double Ninth Festival", "重阳节");

    /** The first Gregorian year for which {@link #date(int)} is defined. */
    private static final int FIRST_YEAR = 1901;
    /** The last Gregorian year for which {@link #date(int)} is defined. */
    private static final int LAST_YEAR = 2100;

    private final LocalizedText names;

    LunarFestival(String english, String chinese) {
        this.names = LocalizedText.of(english, chinese);
    }

    /**
     * Returns the date of this festival in a Gregorian year.
     *
     * @param gregorianYear the Gregorian year, from 1901 to 2100
     * @return the date, in {@code gregorianYear}, not null
     * @throws DateTimeException if the year is outside 1901–2100
     */
    public LocalDate date(int gregorianYear) {
        checkYear(gregorianYear);
        return switch (this) {
            case SPRING_FESTIVAL_EVE -> LunarCalendar.newYear(gregorianYear).minusDays(1);
            case SPRING_FESTIVAL -> LunarCalendar.newYear(gregorianYear);
            case LANTERN_FESTIVAL -> LunarCalendar.newYear(gregorianYear).plusDays(14);
            case QINGMING -> SolarTerm.QINGMING.date(gregorianYear);
            case DRAGON_BOAT -> LunarDate.of(gregorianYear, 5, false, 5).toLocalDate();
            case QIXI -> LunarDate.of(gregorianYear, 7, false, 7).toLocalDate();
            case MID_AUTUMN -> LunarDate.of(gregorianYear, 8, false, 15).toLocalDate();
            case DOUBLE_NINTH -> LunarDate.of(gregorianYear, 9, false, 9).toLocalDate();
        };
    }

    private static void checkYear(int gregorianYear) {
        if (gregorianYear < FIRST_YEAR || gregorianYear > LAST_YEAR) {
            throw new DateTimeException("Chinese festivals are known for the years " + FIRST_YEAR + "-" + LAST_YEAR
                    + ", not " + gregorianYear);
        }
    }

    /**
     * Returns the uncertain month on which the date of this festival depends in a Gregorian year, if
     * any: the month whose day it is (the 1st month for the Spring Festival, its Eve and the Lantern
     * Festival; the 5th, 7th, 8th and 9th months for the others) when the new moon that begins that
     * month is computed too close to midnight to be sure of its day (see {@link UncertainMonth}).
     * Qingming, the day of a solar term, is never uncertain here. Three festivals of 1901–2100 are:
     * the Double Ninth Festival of 2057, the Mid-Autumn Festival of 2089 and the Qixi Festival of
     * 2097, each of which may fall a day later.
     *
     * @param gregorianYear the Gregorian year, from 1901 to 2100
     * @return the uncertain month, or empty when the date is certain
     * @throws DateTimeException if the year is outside 1901–2100
     */
    public Optional<UncertainMonth> uncertainty(int gregorianYear) {
        checkYear(gregorianYear);
        int month = switch (this) {
            case SPRING_FESTIVAL_EVE, SPRING_FESTIVAL, LANTERN_FESTIVAL -> 1;
            case QINGMING -> 0;
            case DRAGON_BOAT -> 5;
            case QIXI -> 7;
            case MID_AUTUMN -> 8;
            case DOUBLE_NINTH -> 9;
        };
        return month == 0 ? Optional.empty() : LunarTables.uncertain().ofMonth(gregorianYear, month, false);
    }

    /**
     * Returns the other date this festival may fall on in a Gregorian year, when its date {@linkplain
     * #uncertainty(int) is uncertain}: its {@linkplain #date(int) date} moved by the {@linkplain
     * UncertainMonth#shift() shift} of the uncertain month (2089-09-19 for the Mid-Autumn Festival of
     * 2089, whose date here is 2089-09-18).
     *
     * @param gregorianYear the Gregorian year, from 1901 to 2100
     * @return the alternative date, or empty when the date is certain
     * @throws DateTimeException if the year is outside 1901–2100
     */
    public Optional<LocalDate> alternativeDate(int gregorianYear) {
        return uncertainty(gregorianYear).map(u -> date(gregorianYear).plusDays(u.shift()));
    }

    /**
     * Returns the English and Chinese names of this festival.
     *
     * @return the names, not null
     */
    public LocalizedText displayName() {
        return names;
    }

    /**
     * Returns the name of this festival in a language: Chinese for {@code zh}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String displayName(Locale locale) {
        return names.get(locale);
    }
}
