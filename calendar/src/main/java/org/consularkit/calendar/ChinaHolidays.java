package org.consularkit.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.consularkit.calendar.internal.cn.ChinaScheduleParser;
import org.consularkit.core.internal.json.JacksonVersion;

/**
 * Static factories for China's public-holiday calendar.
 *
 * <pre>{@code
 * ChinaHolidayCalendar cn = ChinaHolidays.calendar();
 * cn.isWorkingDay(LocalDate.of(2026, 2, 14));        // true: a make-up working day (Saturday)
 * cn.nextWorkingDay(LocalDate.of(2026, 10, 1));      // 2026-10-08 (Oct 1-7 off)
 * cn.yearStatus(2027);                               // PROVISIONAL
 * }</pre>
 *
 * <h2>Built-in data</h2>
 * The official schedules 2007–2026, one per State Council notice year with the notice URL(s) and the
 * amendments of 2015 (Victory Day), 2019 (Labour Day) and 2020 (the COVID-19 extension of the Spring
 * Festival), are the resource {@code org/consularkit/calendar/cn/schedules.json}, format {@code
 * consularkit.cn-schedules/1}: the header every built-in data file has ({@code format}, {@code
 * version}, the date its facts were last changed or verified, and {@code sources}), then {@code
 * schedules}, each a schedule in the format of {@link ChinaScheduleLoader} without {@code format}
 * (JSON Schema: {@code org/consularkit/calendar/schema/cn-schedules.schema.json}). They were
 * converted from the open data set <a href="https://github.com/NateScarlet/holiday-cn">NateScarlet/holiday-cn</a>
 * (MIT License).
 * The years 2000–2006 and 2027–2100 are provisional (see {@link ChinaHolidayCalendar}).
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility and thread-safe. The built-in calendar is read once, lazily,
 * and shared: it is immutable.
 *
 * @since 0.1
 */
public final class ChinaHolidays {

    /** The identifier of China's public-holiday calendar, {@value}. */
    public static final String ID = ChinaHolidayCalendar.ID;
    /** The first year of China's calendar. */
    public static final int FIRST_YEAR = ChinaSchedule.FIRST_YEAR;
    /** The last year of China's calendar. */
    public static final int LAST_YEAR = ChinaSchedule.LAST_YEAR;

    private static final String RESOURCE = "cn/schedules.json";

    private ChinaHolidays() {
    }

    /**
     * Returns China's public-holiday calendar with the built-in data: official 2007–2026,
     * provisional 2000–2006 and 2027–2100; id {@code "cn"}.
     *
     * @return the calendar, not null
     */
    public static ChinaHolidayCalendar calendar() {
        JacksonVersion.require(); // before the class initializer that reads the data (see JacksonVersion)
        return Holder.CALENDAR;
    }

    /**
     * Returns the built-in official schedules, in order of year (2007–2026).
     *
     * @return an immutable list, not empty
     */
    public static List<ChinaSchedule> builtInSchedules() {
        return calendar().schedules();
    }

    /**
     * Forecasts a year with the arrangement principles published before that year's notice ({@link
     * ChinaForecast.Principles#inForceBefore(int)}): the 2025 principles for 2026 and later, the
     * regulation alone before. A forecast is never data: see {@link ChinaForecast}.
     *
     * <pre>{@code
     * ChinaForecast f = ChinaHolidays.forecast(2027);   // status FORECAST, principles PRINCIPLES_2025
     * }</pre>
     *
     * @param year the year, from 2000 to 2100
     * @return the forecast, not null
     * @throws java.time.DateTimeException if the year is outside 2000-2100
     */
    public static ChinaForecast forecast(int year) {
        return ChinaForecast.of(year, ChinaForecast.Principles.inForceBefore(year));
    }

    /** Lazily reads the built-in data once. */
    private static final class Holder {
        static final ChinaHolidayCalendar CALENDAR = load();

        private static ChinaHolidayCalendar load() {
            try (InputStream in = ChinaHolidays.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + RESOURCE + " of "
                            + ChinaHolidays.class.getPackageName());
                }
                return ChinaHolidayCalendar.of(ChinaScheduleParser.readMulti(in, RESOURCE));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read resource " + RESOURCE, e);
            }
        }
    }
}
