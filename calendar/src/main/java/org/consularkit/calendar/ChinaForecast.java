package org.consularkit.calendar;

import java.util.List;
import java.util.Objects;
import org.consularkit.calendar.internal.cn.ChinaForecaster;
import org.consularkit.core.calendar.HolidayStatus;

/**
 * A forecast of a year's schedule of China's public holidays, for planning before the State
 * Council's notice is published (usually late October to mid-December of the year before). Its
 * status is {@link HolidayStatus#FORECAST}: never data, never the default.
 *
 * <pre>{@code
 * ChinaForecast f = ChinaHolidays.forecast(2027);
 * f.principles();          // PRINCIPLES_2025
 * f.schedule();            // the forecast blocks and make-up working days
 * f.ambiguousChoices();    // what the principles leave open, and what the forecast chose
 * ChinaHolidayCalendar cn = ChinaHolidays.calendar().withForecasts();   // 2027 answered as FORECAST
 * }</pre>
 *
 * <h2>How a year is forecast</h2>
 * With {@link Principles#PRINCIPLES_2025}, the arrangement principles the State Council General
 * Office published with the 2025 notice (国办发明电〔2024〕12号, 12 November 2024: "除个别特殊情形外，春节自
 * 农历除夕起放假调休8天，国庆节自10月1日起放假调休7天，劳动节放假调休5天，元旦、清明节、端午节、中秋节分别放假调休或
 * 连休3天（如逢周三则只在当日放假），国庆节放假如逢中秋节则合并放假8天"), and the statutory days of the
 * regulation 《全国年节及纪念日放假办法》 in force ({@link ChinaPublicHoliday#statutoryDays(int)}):
 * <ul>
 *   <li>Spring Festival: 8 days from New Year's Eve (除夕).</li>
 *   <li>National Day: 7 days from October 1; with Mid-Autumn, 8 days, when Mid-Autumn falls from
 *       September 29 to October 8 (from Mid-Autumn when it comes first), as in 2012, 2017, 2020,
 *       2023 and 2025.</li>
 *   <li>Labour Day: 5 days containing its statutory days and a whole weekend, starting as late as
 *       May 1 (as in 2020-2025).</li>
 *   <li>New Year's Day, Qingming, Dragon Boat, Mid-Autumn: 3 days with the weekend — Saturday to
 *       Monday for a day on Saturday to Monday (Sunday to Tuesday for a Tuesday), Thursday to
 *       Saturday or Friday to Sunday for a Thursday or Friday — and only the day itself on a
 *       Wednesday.</li>
 *   <li>Make-up working days: as many as the block's weekdays off exceed its statutory days (the
 *       counting identity every notice since 2008 keeps), on the Saturdays and Sundays within two
 *       weeks of the block that keep the longest run of consecutive working days shortest (the
 *       regulation: normally no more than six), then the fewest runs of six or more, then the
 *       nearest the block.</li>
 * </ul>
 * Where these rules admit several answers equally good by the same measures, the forecast picks
 * one and says so in {@link #ambiguousChoices()}. The principles allow "special circumstances"
 * (个别特殊情形): the 2026 notice gave the Spring Festival 9 days, which no rule foresees.
 *
 * <p>With {@link Principles#REGULATION_ONLY}, for years whose notice came before any published
 * principles: the statutory days alone, a statutory day on a Saturday or Sunday made up on the next
 * working day (Art. 6 of the regulation), no make-up working days — the baseline that {@link
 * ChinaHolidayCalendar} answers as {@link HolidayStatus#PROVISIONAL} for years without a notice.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ChinaForecast {

    /**
     * The rules a forecast applies.
     *
     * @since 0.1
     */
    public enum Principles {
        /**
         * The regulation alone: statutory days and Art. 6 (补假), no blocks, no make-up days. No
         * statement of arrangement principles before the 2025 notice is among the sources of this
         * library, so this is what could be forecast for 2008 to 2025 before their notices.
         */
        REGULATION_ONLY,
        /** The arrangement principles published with the 2025 notice, for 2025 and later years. */
        PRINCIPLES_2025;

        /**
         * Returns the principles that were published before the notice of a year: {@link
         * #PRINCIPLES_2025} for 2026 and later, {@link #REGULATION_ONLY} before (the 2025
         * principles came with the 2025 notice itself).
         *
         * @param year the year
         * @return the principles, not null
         */
        public static Principles inForceBefore(int year) {
            return year > ChinaForecaster.PRINCIPLES_FROM ? PRINCIPLES_2025 : REGULATION_ONLY;
        }
    }

    private final Principles principles;
    private final ChinaSchedule schedule;
    private final List<String> ambiguousChoices;

    private ChinaForecast(Principles principles, ChinaSchedule schedule, List<String> ambiguousChoices) {
        this.principles = principles;
        this.schedule = schedule;
        this.ambiguousChoices = List.copyOf(ambiguousChoices);
    }

    /**
     * Forecasts a year with given principles.
     *
     * @param year the year, from 2000 to 2100; 2025 or later for {@link Principles#PRINCIPLES_2025}
     * @param principles the principles, not null
     * @return the forecast, not null
     * @throws java.time.DateTimeException if the year is outside 2000-2100
     * @throws IllegalArgumentException if the 2025 principles are asked for a year before 2025
     */
    public static ChinaForecast of(int year, Principles principles) {
        Objects.requireNonNull(principles, "principles");
        ChinaForecaster.Result r = ChinaForecaster.forecast(year, principles == Principles.PRINCIPLES_2025);
        return new ChinaForecast(principles, r.schedule(), r.ambiguities());
    }

    /**
     * Returns the year of the forecast.
     *
     * @return the year
     */
    public int year() {
        return schedule.year();
    }

    /**
     * Returns the status of a forecast, always {@link HolidayStatus#FORECAST}.
     *
     * @return {@link HolidayStatus#FORECAST}
     */
    public HolidayStatus status() {
        return HolidayStatus.FORECAST;
    }

    /**
     * Returns the principles applied.
     *
     * @return the principles, not null
     */
    public Principles principles() {
        return principles;
    }

    /**
     * Returns the forecast schedule; its first source is a {@link
     * org.consularkit.core.SourceType#DERIVED_RULE} that says it is a forecast and how it was made.
     *
     * @return the schedule, not null
     */
    public ChinaSchedule schedule() {
        return schedule;
    }

    /**
     * Returns the choices the principles leave open, each with what the forecast chose and the
     * alternatives, e.g. {@code "labour-day: make-up working day 2026-05-09 (nearest the block);
     * equally short runs of working days with 2026-04-26"}.
     *
     * @return an immutable list, possibly empty
     */
    public List<String> ambiguousChoices() {
        return ambiguousChoices;
    }

    /**
     * Returns a summary, e.g. {@code "ChinaForecast[2027 FORECAST PRINCIPLES_2025: ...]"}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "ChinaForecast[" + year() + " FORECAST " + principles + ": " + schedule.blocks().stream()
                .map(ChinaSchedule.Block::toString).collect(java.util.stream.Collectors.joining("; ")) + "]";
    }
}
