package org.consularkit.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.calendar.internal.cn.ChinaRegulation;
import org.consularkit.calendar.lunar.LunarFestival;
import org.consularkit.calendar.lunar.SolarTerm;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.calendar.HolidayKind;

/**
 * A festival for which China's State Council fixes public holidays: the seven festivals of the
 * regulation 《全国年节及纪念日放假办法》 and the one-off Victory Day holiday of 2015.
 *
 * <p>Each festival has a stable {@linkplain #key() key} (the key of its {@link
 * org.consularkit.core.calendar.Holiday} occurrences and its identifier in the library's schedule files),
 * {@linkplain #displayName() names} in English and Simplified Chinese, and the {@linkplain
 * #holidayCnName() Chinese name used by the holiday-cn data set}.
 *
 * <h2>Statutory days by era</h2>
 * {@link #statutoryDays(int)} gives the days the regulation in force in a year grants (Art. 2);
 * lunar dates come from {@link LunarFestival} and Qingming from {@link SolarTerm#QINGMING}:
 * <ul>
 *   <li>2000–2007, regulation as revised on 18 Sep 1999 (国务院令第270号): New Year's Day 1 (Jan 1);
 *       Spring Festival 3 (1st–3rd day of the 1st lunar month); Labour Day 3 (May 1–3); National
 *       Day 3 (Oct 1–3): 10 days.</li>
 *   <li>2008–2013, revision of 14 Dec 2007 (国务院令第513号): New Year's Day 1; Spring Festival 3
 *       (New Year's Eve, 1st and 2nd day); Qingming 1 (the day of the solar term); Labour Day 1
 *       (May 1); Dragon Boat 1 (5th day of the 5th month); Mid-Autumn 1 (15th day of the 8th
 *       month); National Day 3: 11 days.</li>
 *   <li>2014–2024, revision of 11 Dec 2013 (国务院令第644号): as in 2008 but Spring Festival 1st–3rd
 *       day: 11 days.</li>
 *   <li>From 2025, revision of 10 Nov 2024 (国务院令第795号): Spring Festival 4 (New Year's Eve and
 *       1st–3rd day); Labour Day 2 (May 1–2): 13 days.</li>
 * </ul>
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ChinaPublicHoliday {
    /** New Year's Day, 元旦 (January 1). */
    NEW_YEARS_DAY("new-years-day", "New Year's Day", "元旦", "元旦"),
    /** Spring Festival, 春节 (the first day of the first lunar month). */
    SPRING_FESTIVAL("spring-festival", "Spring Festival", "春节", "春节"),
    /** Qingming Festival (Tomb-Sweeping Day), 清明节 (the day of the Qingming solar term). */
    QINGMING("qingming-festival", "Qingming Festival", "清明节", "清明节"),
    /** Labour Day, 劳动节 (May 1). */
    LABOUR_DAY("labour-day", "Labour Day", "劳动节", "劳动节"),
    /** Dragon Boat Festival, 端午节 (the fifth day of the fifth lunar month). */
    DRAGON_BOAT("dragon-boat-festival", "Dragon Boat Festival", "端午节", "端午节"),
    /** Mid-Autumn Festival, 中秋节 (the fifteenth day of the eighth lunar month). */
    MID_AUTUMN("mid-autumn-festival", "Mid-Autumn Festival", "中秋节", "中秋节"),
    /** National Day, 国庆节 (October 1). */
    NATIONAL_DAY("national-day", "National Day", "国庆节", "国庆节"),
    /**
     * The 70th anniversary of the victory of the Chinese People's War of Resistance against Japanese
     * Aggression and the World Anti-Fascist War, 3 September 2015: a one-off national day off fixed
     * by the State Council (国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知,
     * 国发明电〔2015〕1号, 13 May 2015), not a statutory holiday of the regulation.
     */
    VICTORY_DAY_2015("victory-day-2015",
            "70th Anniversary of the Victory of the Chinese People's War of Resistance against Japanese"
                    + " Aggression and the World Anti-Fascist War",
            "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
            "抗日战争暨世界反法西斯战争胜利70周年纪念日");

    /** Other spellings of festival names found in the holiday-cn data set (2007 and 2008 files). */
    private static final Map<String, ChinaPublicHoliday> HOLIDAY_CN_ALIASES = Map.of(
            "“五一”", LABOUR_DAY,
            "“五一”国际劳动节", LABOUR_DAY,
            "“十一”", NATIONAL_DAY,
            "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", VICTORY_DAY_2015);

    private final String key;
    private final LocalizedText names;
    private final String holidayCnName;

    ChinaPublicHoliday(String key, String english, String chinese, String holidayCnName) {
        this.key = key;
        this.names = LocalizedText.of(english, chinese);
        this.holidayCnName = holidayCnName;
    }

    /**
     * Returns the stable key of the festival, e.g. {@code "spring-festival"}: the key of its holiday
     * occurrences and its identifier in the library's schedule files.
     *
     * @return the key, lower-case words joined by {@code -}
     */
    public String key() {
        return key;
    }

    /**
     * Returns the names of the festival in English and Simplified Chinese.
     *
     * @return the names, not null
     */
    public LocalizedText displayName() {
        return names;
    }

    /**
     * Returns the name of the festival in a locale (Chinese for language {@code zh}, English
     * otherwise).
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String displayName(Locale locale) {
        return names.get(locale);
    }

    /**
     * Returns the Chinese name the holiday-cn data set uses for the festival, e.g. {@code "春节"}.
     *
     * @return the name, not blank
     */
    public String holidayCnName() {
        return holidayCnName;
    }

    /**
     * Returns the kind of the festival's holiday occurrences: {@link HolidayKind#STATUTORY} for
     * the festivals of the regulation, {@link HolidayKind#SPECIAL} for {@link #VICTORY_DAY_2015}.
     *
     * @return the kind, not null
     */
    public HolidayKind kind() {
        return this == VICTORY_DAY_2015 ? HolidayKind.SPECIAL : HolidayKind.STATUTORY;
    }

    /**
     * Tells whether the festival is a holiday of the regulation 《全国年节及纪念日放假办法》 (all but
     * {@link #VICTORY_DAY_2015}).
     *
     * @return true for a statutory festival
     */
    public boolean isStatutory() {
        return this != VICTORY_DAY_2015;
    }

    /**
     * Returns the festival's nominal date in a Gregorian year: January 1, the first day of the
     * first lunar month, the day of the Qingming solar term, May 1, the fifth day of the fifth
     * lunar month, the fifteenth day of the eighth lunar month, October 1, or September 3.
     *
     * @param year the Gregorian year, from 2000 to 2100
     * @return the date, not null
     * @throws DateTimeException if the year is outside 2000–2100
     */
    public LocalDate nominalDate(int year) {
        ChinaRegulation.of(year);
        return switch (this) {
            case NEW_YEARS_DAY -> LocalDate.of(year, Month.JANUARY, 1);
            case SPRING_FESTIVAL -> LunarFestival.SPRING_FESTIVAL.date(year);
            case QINGMING -> SolarTerm.QINGMING.date(year);
            case LABOUR_DAY -> LocalDate.of(year, Month.MAY, 1);
            case DRAGON_BOAT -> LunarFestival.DRAGON_BOAT.date(year);
            case MID_AUTUMN -> LunarFestival.MID_AUTUMN.date(year);
            case NATIONAL_DAY -> LocalDate.of(year, Month.OCTOBER, 1);
            case VICTORY_DAY_2015 -> LocalDate.of(year, Month.SEPTEMBER, 3);
        };
    }

    /**
     * Returns the statutory days (法定假日) of the festival in a year under the regulation in force
     * that year (see the class documentation), in order. Empty when the regulation of that year
     * grants no day for the festival (Qingming, Dragon Boat and Mid-Autumn before 2008) and always
     * empty for {@link #VICTORY_DAY_2015}, which is not a statutory holiday.
     *
     * @param year the Gregorian year, from 2000 to 2100
     * @return an immutable list of dates, possibly empty
     * @throws DateTimeException if the year is outside 2000–2100
     */
    public List<LocalDate> statutoryDays(int year) {
        return ChinaRegulation.of(year).statutoryDays(this, year);
    }

    /**
     * Finds a festival by its {@linkplain #key() key}.
     *
     * @param key the key, e.g. {@code "national-day"}, not null
     * @return the festival, or empty if no festival has that key
     */
    public static Optional<ChinaPublicHoliday> fromKey(String key) {
        Objects.requireNonNull(key, "key");
        for (ChinaPublicHoliday f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds a festival by a Chinese name used in the holiday-cn data set: its {@linkplain
     * #holidayCnName() name} or one of the older spellings of the 2007 and 2008 files ({@code
     * “五一”}, {@code “五一”国际劳动节}, {@code “十一”}). A combined name such as {@code
     * 国庆节、中秋节} names two festivals and is not accepted here.
     *
     * @param name the name, not null
     * @return the festival, or empty if the name is not known
     */
    public static Optional<ChinaPublicHoliday> fromHolidayCnName(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.strip();
        for (ChinaPublicHoliday f : values()) {
            if (f.holidayCnName.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.ofNullable(HOLIDAY_CN_ALIASES.get(n));
    }
}
