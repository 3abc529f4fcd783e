package org.consularkit.calendar;

import com.google.common.collect.ImmutableSortedMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.consularkit.calendar.internal.cn.ChinaForecaster;
import org.consularkit.calendar.internal.cn.ChinaHolidayProvider;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.SourceType;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.ForwardingHolidayCalendar;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayStatus;
import org.jspecify.annotations.Nullable;

/**
 * China's public-holiday calendar (id {@code "cn"}), 2000–2100: official years from the State
 * Council's annual notices, every other year provisional, derived from the regulation
 * 《全国年节及纪念日放假办法》 in force that year. Obtain the built-in calendar from {@link
 * ChinaHolidays#calendar()}; add a newly published year with {@link #withSchedule(ChinaSchedule)}.
 *
 * <h2>Day types</h2>
 * In an official year, a statutory day (法定假日) that is a day off is {@link
 * DayType#PUBLIC_HOLIDAY}, also on a Saturday or Sunday (2026-05-02, 2026-10-03); any other weekday
 * off of a block is {@link DayType#REST_DAY}; a Saturday or Sunday made a working day is {@link
 * DayType#MAKEUP_WORKDAY} (2026-02-14); a Saturday or Sunday inside a block or directly adjoining
 * it stays {@link DayType#WEEKEND} but carries the festival's name (2026-02-21). Every festival has
 * one {@link Holiday} occurrence per year, keyed by {@link ChinaPublicHoliday#key()}, whose {@linkplain
 * Holiday#date() date} is the festival's nominal date (the first day of the first lunar month for
 * the Spring Festival), whose year is the year of the notice (so the make-up days 2006-12-30/31 of
 * the 2007 New Year block belong to {@code new-years-day/2007}), and which contains all its days
 * off, weekends and make-up days. A block shared by Mid-Autumn and National Day is split: the
 * Mid-Autumn statutory day (and any day of the block before October 1) goes to Mid-Autumn, the rest
 * and the make-up days to National Day; when both fall on one date (2020-10-01) the date carries
 * both names.
 *
 * <p>In a provisional year every occurrence has status {@link HolidayStatus#PROVISIONAL} and a
 * {@link org.consularkit.core.SourceType#DERIVED_RULE} source: the statutory days of the
 * regulation in force are {@link DayType#PUBLIC_HOLIDAY}; one that falls on a Saturday or Sunday
 * gives a {@link DayType#REST_DAY} on the next working day that is not already a holiday (Art. 6 of
 * the regulation, 补假), as does Mid-Autumn when it coincides with National Day; no make-up working
 * day is invented. The real schedule will differ (notices bridge holidays to weekends with make-up
 * days), which is why the status says so.
 *
 * <p>Dates outside 2000–2100 are answered with a {@link DateTimeException}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe. It forwards every query to a table-driven calendar
 * ({@link HolidayCalendar#of}) built once per instance; {@link #withSchedule} returns a new
 * instance.
 *
 * @since 0.1
 */
public final class ChinaHolidayCalendar extends ForwardingHolidayCalendar {

    /** The identifier of the calendar. */
    public static final String ID = "cn";

    private static final LocalizedText NAME = LocalizedText.of("China public holidays", "中国法定节假日");

    private final ImmutableSortedMap<Integer, ChinaSchedule> schedules;
    private final boolean forecasts;
    private final @Nullable LocalDate loadedVersion;
    private final HolidayCalendar delegate;

    private ChinaHolidayCalendar(ImmutableSortedMap<Integer, ChinaSchedule> schedules, boolean forecasts,
            @Nullable LocalDate loadedVersion) {
        this.schedules = schedules;
        this.forecasts = forecasts;
        this.loadedVersion = loadedVersion;
        int from = forecasts && !schedules.isEmpty()
                ? Math.max(schedules.lastKey() + 1, ChinaForecaster.PRINCIPLES_FROM) : Integer.MAX_VALUE;
        this.delegate = HolidayCalendar.of(ID, NAME, new ChinaHolidayProvider(schedules, from));
    }

    /**
     * Obtains a calendar from official schedules.
     *
     * @param schedules the official schedules, at most one per year, not null
     * @return the calendar, not null
     * @throws IllegalArgumentException if two schedules have the same year
     */
    static ChinaHolidayCalendar of(Collection<ChinaSchedule> schedules) {
        Map<Integer, ChinaSchedule> map = new TreeMap<>();
        for (ChinaSchedule s : schedules) {
            if (map.put(s.year(), s) != null) {
                throw new IllegalArgumentException("Two schedules for the year " + s.year());
            }
        }
        return new ChinaHolidayCalendar(ImmutableSortedMap.copyOf(map), false, null);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns a calendar equal to this one but with an official schedule for the schedule's year:
     * the year becomes {@link HolidayStatus#OFFICIAL}, replacing its provisional occurrences or an
     * earlier official schedule of that year.
     *
     * @param schedule the schedule, not null
     * @return a new calendar, not null
     */
    public ChinaHolidayCalendar withSchedule(ChinaSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        Map<Integer, ChinaSchedule> map = new TreeMap<>(schedules);
        map.put(schedule.year(), schedule);
        return new ChinaHolidayCalendar(ImmutableSortedMap.copyOf(map), forecasts, loadedVersion);
    }

    /**
     * Returns a calendar equal to this one but answering every year after its last official year
     * with a forecast ({@link ChinaHolidays#forecast(int)}, the arrangement principles published
     * with the 2025 notice): blocks of days off and make-up working days, each occurrence of status
     * {@link HolidayStatus#FORECAST} citing how it was made. Never the default: a forecast is for
     * planning before a notice is published, and {@link #withSchedule(ChinaSchedule)} replaces it
     * with the official year when it is.
     *
     * <pre>{@code
     * ChinaHolidayCalendar cn = ChinaHolidays.calendar().withForecasts();
     * cn.yearStatus(2027);                              // FORECAST
     * cn.dayType(LocalDate.of(2027, 2, 13));            // MAKEUP_WORKDAY (forecast)
     * }</pre>
     *
     * @return a new calendar, or this one if it already answers with forecasts
     */
    public ChinaHolidayCalendar withForecasts() {
        return forecasts ? this : new ChinaHolidayCalendar(schedules, true, loadedVersion);
    }

    /**
     * Returns a calendar equal to this one whose data version is at least the given one: the
     * version of files loaded at run time (see {@link DataOverrides}).
     *
     * @param version the version of the loaded data, not null
     * @return a new calendar, not null
     */
    ChinaHolidayCalendar withDataVersion(LocalDate version) {
        Objects.requireNonNull(version, "version");
        LocalDate v = loadedVersion == null || version.isAfter(loadedVersion) ? version : loadedVersion;
        return new ChinaHolidayCalendar(schedules, forecasts, v);
    }

    /**
     * Returns the version of the data: the {@linkplain Calendars#builtInDataVersion() version of the
     * bundled data}, or that of the files loaded by {@link DataOverrides} when it is newer. A
     * schedule added with {@link #withSchedule(ChinaSchedule)} alone does not move it (its
     * notice's date is not known here): load it through {@link DataOverrides}, or give feeds a data
     * version of your own.
     *
     * @return the date, never empty for this calendar
     */
    @Override
    public Optional<LocalDate> dataVersion() {
        LocalDate builtIn = Calendars.builtInDataVersion();
        return Optional.of(loadedVersion != null && loadedVersion.isAfter(builtIn) ? loadedVersion : builtIn);
    }

    /**
     * Tells whether this calendar answers the years after its last official year with forecasts
     * ({@link #withForecasts()}).
     *
     * @return true if it does
     */
    public boolean hasForecasts() {
        return forecasts;
    }

    /**
     * Returns the official schedule of a year.
     *
     * @param year the year
     * @return the schedule, or empty when the year is not official in this calendar
     */
    public Optional<ChinaSchedule> schedule(int year) {
        return Optional.ofNullable(schedules.get(year));
    }

    /**
     * Returns every official schedule of this calendar, in order of year.
     *
     * @return an immutable list, possibly empty
     */
    public List<ChinaSchedule> schedules() {
        return schedules.values().asList();
    }

    /**
     * Returns the last year whose status is {@link HolidayStatus#OFFICIAL}: the year of the newest
     * notice known to the calendar (2026 for the built-in data).
     *
     * @return the year
     * @throws IllegalStateException if no year is official (never for calendars of this library)
     */
    public int lastOfficialYear() {
        if (schedules.isEmpty()) {
            throw new IllegalStateException("Calendar " + ID + " has no official year");
        }
        return schedules.lastKey();
    }

    /**
     * Returns the table-driven calendar every query is forwarded to.
     *
     * @return the delegate, not null
     */
    @Override
    protected HolidayCalendar delegate() {
        return delegate;
    }

    //-----------------------------------------------------------------------
    /**
     * Tells whether another object is a {@code ChinaHolidayCalendar} with the same official
     * schedules and the same use of forecasts.
     *
     * @param obj the object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj == this || (obj instanceof ChinaHolidayCalendar other && schedules.equals(other.schedules)
                && forecasts == other.forecasts);
    }

    @Override
    public int hashCode() {
        return schedules.hashCode() * 31 + Boolean.hashCode(forecasts);
    }

    /**
     * Returns a summary, e.g. {@code "ChinaHolidayCalendar[cn, 2000-2100, official 2007-2026]"}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        String official = schedules.isEmpty() ? "none"
                : schedules.size() == schedules.lastKey() - schedules.firstKey() + 1
                        ? schedules.firstKey() + "-" + schedules.lastKey() : schedules.keySet().toString();
        return "ChinaHolidayCalendar[" + ID + ", " + firstYear() + "-" + lastYear() + ", official " + official
                + (forecasts && !schedules.isEmpty() && schedules.lastKey() < lastYear()
                        ? ", forecast " + (schedules.lastKey() + 1) + "-" + lastYear() : "") + "]";
    }
}
