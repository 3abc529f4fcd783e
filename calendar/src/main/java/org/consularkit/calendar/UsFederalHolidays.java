package org.consularkit.calendar;

import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.consularkit.calendar.internal.us.UsFederalData;
import org.consularkit.calendar.internal.us.UsFederalProvider;
import org.consularkit.core.SourceType;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.internal.json.JacksonVersion;
import org.jspecify.annotations.Nullable;

/**
 * The calendar of US federal holidays, 1971 to 2100: the legal public holidays of 5 U.S.C.
 * 6103(a) with their history since the Uniform Monday Holiday Act, observed on the dates fixed by
 * 5 U.S.C. 6103(b) and Executive Order 11582, plus the one-off closings ordered by the President.
 *
 * <pre>{@code
 * HolidayCalendar us = UsFederalHolidays.calendar();
 * us.day(LocalDate.of(2021, 12, 31)).names(Locale.ENGLISH);          // [New Year's Day]
 * us.plusWorkingDays(LocalDate.of(2026, 7, 2), 1);                    // 2026-07-06
 * HolidayCalendar dc = UsFederalHolidays.calendar(UsFederalOptions.defaults().withInaugurationDay(true));
 * }</pre>
 *
 * <h2>Legal public holidays</h2>
 * <table class="striped">
 * <caption>Keys, rules and first years</caption>
 * <thead><tr><th>Key</th><th>Holiday</th><th>Rule</th><th>Years</th></tr></thead>
 * <tbody>
 * <tr><td>{@code new-years-day}</td><td>New Year's Day 元旦</td><td>January 1</td><td>all</td></tr>
 * <tr><td>{@code martin-luther-king-jr-day}</td><td>Birthday of Martin Luther King, Jr.
 *     马丁·路德·金纪念日</td><td>third Monday in January</td><td>from 1986 (Pub. L. 98-144)</td></tr>
 * <tr><td>{@code washingtons-birthday}</td><td>Washington's Birthday 华盛顿诞辰纪念日（总统日）</td>
 *     <td>third Monday in February</td><td>all (Pub. L. 90-363)</td></tr>
 * <tr><td>{@code memorial-day}</td><td>Memorial Day 阵亡将士纪念日</td><td>last Monday in May</td>
 *     <td>all (Pub. L. 90-363)</td></tr>
 * <tr><td>{@code juneteenth}</td><td>Juneteenth National Independence Day 六月节全国独立日</td>
 *     <td>June 19</td><td>from 2021 (Pub. L. 117-17; first observed Friday 2021-06-18)</td></tr>
 * <tr><td>{@code independence-day}</td><td>Independence Day 独立日</td><td>July 4</td><td>all</td></tr>
 * <tr><td>{@code labor-day}</td><td>Labor Day 劳工节</td><td>first Monday in September</td>
 *     <td>all</td></tr>
 * <tr><td>{@code columbus-day}</td><td>Columbus Day 哥伦布日</td><td>second Monday in October</td>
 *     <td>all (Pub. L. 90-363)</td></tr>
 * <tr><td>{@code veterans-day}</td><td>Veterans Day 退伍军人节</td><td>fourth Monday in October
 *     1971-1977 (Pub. L. 90-363); November 11 from 1978 (Pub. L. 94-97)</td><td>all</td></tr>
 * <tr><td>{@code thanksgiving-day}</td><td>Thanksgiving Day 感恩节</td><td>fourth Thursday in
 *     November</td><td>all</td></tr>
 * <tr><td>{@code christmas-day}</td><td>Christmas Day 圣诞节</td><td>December 25</td><td>all</td></tr>
 * <tr><td>{@code inauguration-day}</td><td>Inauguration Day 总统就职日 (option, Washington DC area
 *     only)</td><td>January 20 of every year after a presidential election (1973, 1977, ...)</td>
 *     <td>5 U.S.C. 6103(c)</td></tr>
 * </tbody>
 * </table>
 * So a year has 9 legal public holidays until 1985, 10 from 1986 and 11 from 2021.
 *
 * <h2>Observed dates and day types</h2>
 * A holiday whose date falls on a Saturday is observed on the Friday before (5 U.S.C.
 * 6103(b)(1)); on a Sunday, on the Monday after (Executive Order 11582, § 3(a)). Each occurrence
 * ({@link org.consularkit.core.calendar.Holiday}) has the statutory date as its {@linkplain
 * org.consularkit.core.calendar.Holiday#date() date}, the day off as its {@linkplain
 * org.consularkit.core.calendar.Holiday#observedDate() observed date} (type {@link
 * org.consularkit.core.calendar.DayType#PUBLIC_HOLIDAY}), and, when they differ, the weekend date stays a
 * {@link org.consularkit.core.calendar.DayType#WEEKEND} that still carries the holiday's name. An
 * occurrence belongs to the year of its statutory date: New Year's Day 2022 (a Saturday) is
 * {@code new-years-day/2022}, observed on Friday 2021-12-31, and it is among the holidays of
 * December 2021, of the year 2021 and of 2022, and in the answer for 2021-12-31. The same happens
 * on 2010-12-31, 2027-12-31, 2032-12-31, ... and 2100-12-31 (January 1, 2101 is a Saturday).
 *
 * <h2>Executive-order closings</h2>
 * Included by default ({@link UsFederalOptions#executiveOrderClosings()}): the 19 closings of
 * executive departments and agencies ordered from 2001 to 2025, each citing its order (source
 * type {@link org.consularkit.core.SourceType#EXECUTIVE_ORDER}). A full-day closing is a {@link
 * org.consularkit.core.calendar.HolidayKind#CLOSURE} on a {@link org.consularkit.core.calendar.DayType#CLOSURE} day.
 * The three half-day closings (2002-12-24, 2009-12-24, 2015-12-24) are {@link
 * org.consularkit.core.calendar.HolidayKind#EARLY_CLOSING}s on a {@link org.consularkit.core.calendar.DayType#WORKDAY}:
 * the day remains a working day; the orders close "the last half of the scheduled workday", which
 * depends on each office's hours, so {@link org.consularkit.core.calendar.Holiday#earlyClosing()} is empty.
 * Keys are unique per year: {@code christmas-eve-closing}, {@code day-after-christmas-closing},
 * {@code national-day-of-mourning}.
 *
 * <h2>Inauguration Day</h2>
 * Off by default ({@link UsFederalOptions#inaugurationDay()}); it is a holiday only in the
 * Washington DC area, never at a post abroad. When it is on, the calendar id is {@value #DC_AREA_ID}.
 * January 20 on a Sunday is observed on Monday January 21; on a Saturday there is no holiday and
 * no day in lieu, and the calendar lists nothing. It may share its day with Martin Luther King,
 * Jr. Day (2025-01-20; 2013-01-21 in lieu of Sunday January 20): both occurrences are listed.
 *
 * <h2>Range, status and data</h2>
 * The calendar covers {@value #FIRST_YEAR} to {@value #LAST_YEAR}; any date outside is answered
 * with a {@link DateTimeException}. Every year is {@link
 * org.consularkit.core.calendar.HolidayStatus#OFFICIAL}: the statute fixes it. The rules and the closings
 * are data, in the resource {@code org/consularkit/calendar/us-federal.json}, each with its
 * sources (the statute and the amending public laws, the executive orders and their Federal
 * Register documents).
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility. The calendars it returns are immutable and thread-safe; the
 * four possible calendars are built once, lazily, and shared.
 *
 * @since 0.1
 */
public final class UsFederalHolidays {

    /** The first year covered, 1971: the year the Uniform Monday Holiday Act took effect. */
    public static final int FIRST_YEAR = 1971;

    /** The last year covered, 2100. */
    public static final int LAST_YEAR = 2100;

    /** The id of the calendar without Inauguration Day, {@code "us-federal"}. */
    public static final String ID = "us-federal";

    /** The id of the Washington DC area calendar, with Inauguration Day, {@code "us-federal-dc"}. */
    public static final String DC_AREA_ID = "us-federal-dc";

    private UsFederalHolidays() {
    }

    /**
     * Returns the US federal holiday calendar with the default options: executive-order closings
     * included, Inauguration Day not (the calendar of a post abroad). Its id is {@value #ID}.
     *
     * @return the shared calendar, not null
     */
    public static HolidayCalendar calendar() {
        return calendar(UsFederalOptions.defaults());
    }

    /**
     * Returns the US federal holiday calendar with the given options. Its id is {@value #ID}, or
     * {@value #DC_AREA_ID} when Inauguration Day is included.
     *
     * @param options the options, not null
     * @return the shared calendar for those options, not null
     */
    public static HolidayCalendar calendar(UsFederalOptions options) {
        Objects.requireNonNull(options, "options");
        JacksonVersion.require(); // before the class initializer that reads the data (see JacksonVersion)
        return Objects.requireNonNull(Holder.CALENDARS.get(options), "calendar");
    }

    /**
     * Returns the bundled rules and closings.
     *
     * @return the data, read once
     */
    static UsFederalData data() {
        return Holder.DATA;
    }

    /**
     * Returns a calendar of rules and closings loaded at run time (see {@link DataOverrides}).
     *
     * @param options the options, not null
     * @param data the data, not null
     * @param version the version of the loaded files, or null
     * @return a new calendar, not null
     */
    static HolidayCalendar calendar(UsFederalOptions options, UsFederalData data, @Nullable LocalDate version) {
        String id = options.calendarId();
        return HolidayCalendar.of(id, data.calendarName(id), new UsFederalProvider(data, options, version));
    }

    /** The four calendars, built when first needed. */
    private static final class Holder {
        static final UsFederalData DATA = UsFederalData.load();
        static final ImmutableMap<UsFederalOptions, HolidayCalendar> CALENDARS = build(DATA);

        private static ImmutableMap<UsFederalOptions, HolidayCalendar> build(UsFederalData data) {
            ImmutableMap.Builder<UsFederalOptions, HolidayCalendar> out = ImmutableMap.builder();
            for (boolean closings : new boolean[] {true, false}) {
                for (boolean inauguration : new boolean[] {false, true}) {
                    UsFederalOptions options = UsFederalOptions.defaults()
                            .withExecutiveOrderClosings(closings)
                            .withInaugurationDay(inauguration);
                    String id = options.calendarId();
                    out.put(options, HolidayCalendar.of(id, data.calendarName(id), new UsFederalProvider(data, options)));
                }
            }
            return out.buildOrThrow();
        }
    }
}
