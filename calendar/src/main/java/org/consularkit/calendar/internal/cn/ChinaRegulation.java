package org.consularkit.calendar.internal.cn;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.consularkit.calendar.ChinaPublicHoliday;
import org.consularkit.calendar.lunar.LunarFestival;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;

/**
 * The versions of the regulation 《全国年节及纪念日放假办法》 in force from 2000 to 2100, with the
 * statutory days (Art. 2) each grants.
 *
 * <p>Sources (the decree texts, as reproduced by gov.cn and others): 国务院令第270号 of 18 Sep 1999
 * (in force on publication); 国务院令第513号 of 14 Dec 2007 (in force 1 Jan 2008); 国务院令第644号 of
 * 11 Dec 2013 (in force 1 Jan 2014); 国务院令第795号 of 10 Nov 2024 (in force 1 Jan 2025). Art. 6 of
 * every version: a holiday of all citizens that falls on a Saturday or Sunday is made up on a
 * working day (补假).
 */
public enum ChinaRegulation {
    /** The regulation as revised in 1999, for 2000–2007: 10 days. */
    RULES_1999(2000, 2007, 10, "全国年节及纪念日放假办法（国务院令第270号，1999年9月18日修订发布）"),
    /** The revision of 2007, for 2008–2013: 11 days, Spring Festival from New Year's Eve. */
    RULES_2008(2008, 2013, 11, "全国年节及纪念日放假办法（国务院令第513号修订，2007年12月14日公布，2008年1月1日起施行）"),
    /** The revision of 2013, for 2014–2024: 11 days, Spring Festival from the 1st day. */
    RULES_2014(2014, 2024, 11, "全国年节及纪念日放假办法（国务院令第644号修订，2013年12月11日公布，2014年1月1日起施行）"),
    /** The revision of 2024, from 2025: 13 days. */
    RULES_2025(2025, 2100, 13, "全国年节及纪念日放假办法（国务院令第795号修订，2024年11月10日公布，2025年1月1日起施行）");

    /** The first year the library covers. */
    public static final int FIRST_YEAR = 2000;
    /** The last year the library covers. */
    public static final int LAST_YEAR = 2100;

    private final int firstYear;
    private final int lastYear;
    private final int statutoryDayCount;
    private final Source statute;

    ChinaRegulation(int firstYear, int lastYear, int statutoryDayCount, String citation) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.statutoryDayCount = statutoryDayCount;
        this.statute = Source.of(SourceType.STATUTE, citation);
    }

    /**
     * Returns the version in force in a year.
     *
     * @param year the year, from 2000 to 2100
     * @return the version, not null
     * @throws DateTimeException if the year is outside 2000–2100
     */
    public static ChinaRegulation of(int year) {
        for (ChinaRegulation r : values()) {
            if (year >= r.firstYear && year <= r.lastYear) {
                return r;
            }
        }
        throw new DateTimeException("China's public holidays are known for the years " + FIRST_YEAR + "-"
                + LAST_YEAR + "; year " + year + " is outside that range");
    }

    /**
     * Returns the first year this version applies to.
     *
     * @return the year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * Returns the last year this version applies to.
     *
     * @return the year
     */
    public int lastYear() {
        return lastYear;
    }

    /**
     * Returns the number of statutory days a year, all festivals together.
     *
     * @return 10, 11 or 13
     */
    public int statutoryDayCount() {
        return statutoryDayCount;
    }

    /**
     * Returns the citation of this version of the regulation.
     *
     * @return the source, of type {@link SourceType#STATUTE}
     */
    public Source statute() {
        return statute;
    }

    /**
     * Returns the statutory days of a festival in a year of this version, in order.
     *
     * @param festival the festival, not null
     * @param year the year, within this version's years
     * @return an immutable list, possibly empty
     */
    public List<LocalDate> statutoryDays(ChinaPublicHoliday festival, int year) {
        boolean since2008 = this != RULES_1999;
        return switch (festival) {
            case NEW_YEARS_DAY -> List.of(LocalDate.of(year, Month.JANUARY, 1));
            case SPRING_FESTIVAL -> springFestival(year);
            case QINGMING, DRAGON_BOAT, MID_AUTUMN ->
                    since2008 ? List.of(festival.nominalDate(year)) : List.of();
            case LABOUR_DAY -> switch (this) {
                case RULES_1999 -> days(LocalDate.of(year, Month.MAY, 1), 3);
                case RULES_2025 -> days(LocalDate.of(year, Month.MAY, 1), 2);
                default -> List.of(LocalDate.of(year, Month.MAY, 1));
            };
            case NATIONAL_DAY -> days(LocalDate.of(year, Month.OCTOBER, 1), 3);
            case VICTORY_DAY_2015 -> List.of();
        };
    }

    private List<LocalDate> springFestival(int year) {
        LocalDate first = LunarFestival.SPRING_FESTIVAL.date(year);
        LocalDate eve = LunarFestival.SPRING_FESTIVAL_EVE.date(year);
        return switch (this) {
            case RULES_1999, RULES_2014 -> days(first, 3);
            case RULES_2008 -> List.of(eve, first, first.plusDays(1));
            case RULES_2025 -> List.of(eve, first, first.plusDays(1), first.plusDays(2));
        };
    }

    private static List<LocalDate> days(LocalDate first, int count) {
        return first.datesUntil(first.plusDays(count)).toList();
    }
}
