package org.consularkit.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.consularkit.calendar.lunar.LunarFestival;
import org.consularkit.calendar.lunar.SolarTerm;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.calendar.DateRange;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayProvider;
import org.consularkit.core.calendar.HolidayStatus;
import org.consularkit.core.internal.json.DataHeader;
import org.consularkit.core.internal.json.DataReader.JsonObject;
import org.consularkit.core.internal.json.DataReader;
import org.consularkit.core.internal.json.JacksonVersion;
import org.consularkit.core.internal.json.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The closure calendars of the posts of the US Mission in China: the days the embassy in Beijing
 * and the consulates general close, by the rule that the closure lists published for the Mission
 * (2018, 2023, 2025) follow.
 *
 * <pre>{@code
 * HolidayCalendar shanghai = MissionChinaClosures.calendar("shanghai");      // id "post:shanghai"
 * shanghai.day(LocalDate.of(2026, 2, 16)).names(Locale.ENGLISH);   // [Spring Festival Eve, Washington's Birthday]
 * shanghai.dayType(LocalDate.of(2026, 4, 6));                      // REST_DAY (Qingming, Sunday 2026-04-05)
 * shanghai.isWorkingDay(LocalDate.of(2026, 2, 14));                // false: China's make-up Saturday
 * shanghai.isWorkingDay(LocalDate.of(2026, 2, 20));                // true: China's bridged day
 * }</pre>
 *
 * <h2>Posts</h2>
 * {@link #postIds()}: {@code beijing} (the embassy), {@code chengdu}, {@code guangzhou}, {@code
 * shanghai}, {@code shenyang}, {@code wuhan}; the calendar of post {@code p} has the id {@code
 * post:p}. All six follow the same rule. The consulate general in Chengdu has been closed by order
 * of the host government since 2020-07-27; its calendar still gives the days its last published
 * page says it closes on (US and local holidays), not its suspension, which the post directory
 * reports.
 *
 * <h2>The rule</h2>
 * A post closes on
 * <ol>
 * <li>every US federal holiday as observed and every executive-order closing: the occurrences of
 *     {@link UsFederalHolidays#calendar()} (without Inauguration Day), unchanged, with their own
 *     {@linkplain HolidayStatus#OFFICIAL official} status and sources: observed days {@link
 *     DayType#PUBLIC_HOLIDAY}, full-day closings {@link DayType#CLOSURE}, half-day closings an
 *     early closing on a {@link DayType#WORKDAY};</li>
 * <li>the Chinese festival days of each year: New Year's Day (January 1); Spring Festival Eve (the
 *     last day of the twelfth lunar month) and the 1st to 3rd day of the first lunar month, Eve
 *     included in every year (not only from 2025 as in China's own regulation); Qingming (the day of
 *     the solar term); Labour Day May 1, and May 2 from 2025; the Dragon Boat Festival (5th day of
 *     the 5th lunar month); the Mid-Autumn Festival (15th day of the 8th lunar month); National Day
 *     October 1 to 3. So 12 days a year up to 2024 and 13 from 2025. The same list applies to every
 *     year of the range, also before 2008, when China's own holidays did not yet include Qingming,
 *     the Dragon Boat and the Mid-Autumn Festivals.</li>
 * </ol>
 * Each Chinese festival day gets a weekday of its own on which the post is closed for it, found
 * in two passes:
 * <ol>
 * <li>A festival day that falls on a weekday (Monday to Friday) is closed on that day. When two
 *     festival days fall on the same weekday (the Mid-Autumn Festival on October 1, 2 or 3, as in
 *     2001 and 2020), the fixed-date festival (National Day) keeps the day and the lunar one is
 *     displaced, as {@link ChinaHolidays China's own calendar} makes it up.</li>
 * <li>Every other festival day (on a Saturday or a Sunday, or displaced) moves to the first weekday
 *     after it that is not already a Chinese festival closure. The days are moved one at a time in
 *     order of their date (on the same date, the fixed-date festival first), and each day moved
 *     becomes a Chinese festival closure that the following ones skip.</li>
 * </ol>
 * US holidays and executive-order closings play no part in this search: a festival day that falls
 * on, or moves onto, a US holiday shares that day, and no extra day is added; the shared day is a
 * Chinese festival closure all the same, so a later moved day skips it. In 2018 the 2nd day of the
 * first month (Saturday February 17) moves to Monday February 19, Washington's Birthday, and the
 * 3rd day (Sunday February 18) to Tuesday February 20. In 2023 New Year's Day (a Sunday) is closed
 * once, on Monday January 2, for both the US and the Chinese holiday. A Saturday New Year's Day
 * (2022, 2028, ...) is observed by the US holiday on Friday December 31 and, by the Chinese
 * festival, on Monday January 3: two days, since the rule shares only a day both fall on.
 *
 * <p>China's make-up working days (a Saturday or Sunday worked in exchange for a bridged day) are
 * ordinary {@link DayType#WEEKEND}s here: the posts do not open on them; China's bridged days (the
 * weekdays China takes off to join a holiday to a weekend) are working days here, unless a day of
 * the rule closes them.
 *
 * <h2>Occurrences and day types</h2>
 * The Chinese festival days of a year form one {@link Holiday} per festival, with the key {@code
 * cn-} followed by the festival's key: {@code cn-new-years-day}, {@code cn-spring-festival-eve},
 * {@code cn-spring-festival} (the 1st to 3rd day), {@code cn-qingming-festival}, {@code
 * cn-labour-day}, {@code cn-dragon-boat-festival}, {@code cn-mid-autumn-festival}, {@code
 * cn-national-day}. Their names are those of {@link ChinaPublicHoliday} ({@link
 * LunarFestival#SPRING_FESTIVAL_EVE} for the Eve). An occurrence is of kind {@link
 * HolidayKind#SPECIAL}: a festival day a post closes for that is not a statutory day of its own
 * country. It gives each festival day on a weekday the type {@link DayType#PUBLIC_HOLIDAY}, each
 * festival day on a Saturday or Sunday the type {@link DayType#WEEKEND} (so that the date still
 * carries the festival's name), and each weekday a day moved to the type {@link
 * DayType#REST_DAY} (a weekday given in lieu). Its {@linkplain Holiday#date() date} is its first
 * festival day, its {@linkplain Holiday#observedDate() observed date} the day on which that first
 * day is closed. A date shared with a US holiday carries both names and is a {@link
 * DayType#PUBLIC_HOLIDAY} (the stronger type, see {@link DayType}).
 *
 * <h2>Status and explicit lists</h2>
 * The rule is derived from a few published lists, not from a document that fixes it: every Chinese
 * festival occurrence is {@link HolidayStatus#PROVISIONAL}, with a {@link SourceType#DERIVED_RULE}
 * source stating the rule, followed by the pages of the posts that say they close on US and
 * Chinese holidays; every year of a derived calendar is provisional. {@link #calendar(String, Map)}
 * takes an explicit closure list for some years, such as a list the Mission published: for those
 * years the list replaces the rule entirely (the US holidays too, as a published list names every
 * closure) and the year is {@link HolidayStatus#OFFICIAL}.
 *
 * <h2>Range</h2>
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}: the years of China's public-holiday calendar
 * ({@link ChinaHolidays#FIRST_YEAR}, {@link ChinaHolidays#LAST_YEAR}), through which this library
 * knows every Chinese festival date; the lunar calendar reaches further back, but the Mission's
 * practice is documented only from 2018. Any date outside is answered with a {@link
 * DateTimeException}. The post names and the rule's sources are data, in the resource {@code
 * org/consularkit/calendar/mission-china-closures.json} (format {@code
 * consularkit.mission-china-closures/1}, JSON Schema {@code
 * org/consularkit/calendar/schema/mission-china-closures.schema.json}: the header {@code format},
 * {@code version} (the date the facts were last changed or verified) and {@code sources}, an
 * object of named sources {@code {"type", "citation", "url"}}; {@code posts} mapping each post id
 * to its {@code en} and {@code zh} names; {@code namesSource}, the id of the source of the names,
 * and {@code ruleSources}, the ids of the sources every Chinese-festival occurrence cites, the
 * first a {@code DERIVED_RULE}; every source is referred to).
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility. The calendars it returns are immutable and thread-safe; the
 * six calendars without explicit lists are built once, lazily, and shared.
 *
 * @since 0.1
 */
public final class MissionChinaClosures {

    /**
     * The first year covered, 2000: the first year of China's public-holiday calendar, {@link
     * ChinaHolidays#FIRST_YEAR}.
     */
    public static final int FIRST_YEAR = 2000;

    /** The last year covered, 2100: the last year of the Chinese calendars of this library. */
    public static final int LAST_YEAR = 2100;

    /** The prefix of the id of a post's calendar, {@code "post:"}. */
    public static final String ID_PREFIX = "post:";

    /** The form of a post id: lower-case words joined by '-'. */
    private static final java.util.regex.Pattern POST_ID = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** The resource name, relative to this class. */
    private static final String RESOURCE = "mission-china-closures.json";

    /** The resource path, as used in error messages. */
    private static final String RESOURCE_PATH = "org/consularkit/calendar/" + RESOURCE;

    /** The format of the resource. */
    static final String FORMAT = "consularkit.mission-china-closures/1";

    /** The first year in which Labour Day is two days (May 1 and 2). */
    private static final int TWO_LABOUR_DAYS_FROM = 2025;

    private MissionChinaClosures() {
    }

    /**
     * Returns the post ids, in the order of the resource, which is their one definition (the
     * built-in directory checks its posts against it): {@code beijing}, {@code chengdu}, {@code
     * guangzhou}, {@code shanghai}, {@code shenyang}, {@code wuhan}.
     *
     * @return an immutable list, not empty
     */
    public static List<String> postIds() {
        JacksonVersion.require(); // before the class initializer that reads the data (see JacksonVersion)
        return Holder.DATA.postIds();
    }

    /**
     * Returns the closure calendar of a post, derived by the rule for every year (see the class
     * documentation). Its id is {@code "post:"} followed by the post id.
     *
     * @param postId a post id of {@link #postIds()}, e.g. {@code "shanghai"}, not null
     * @return the shared calendar, not null
     * @throws IllegalArgumentException if the post id is unknown; the message lists the known ones
     */
    public static HolidayCalendar calendar(String postId) {
        JacksonVersion.require(); // before the class initializer that reads the data (see JacksonVersion)
        checkPost(postId);
        return Objects.requireNonNull(Holder.CALENDARS.get(postId), postId);
    }

    /**
     * Returns the closure calendar of a post in which explicit closure lists replace the rule for
     * some years. For a year of the map, the calendar's occurrences of that year are exactly the
     * given ones, each made {@link HolidayStatus#OFFICIAL}, and the year is official: the list
     * must name every closure of the year, the US holidays and executive-order closings included
     * (an occurrence of another year, such as next year's New Year's Day observed on December 31,
     * still comes from that year). Dates no occurrence touches are weekends or working days. The
     * other years follow the rule. The id is the same as that of {@link #calendar(String)}.
     *
     * @param postId a post id of {@link #postIds()}, not null
     * @param explicitYears the closure list of each year to override, by year: years from {@value
     *     #FIRST_YEAR} to {@value #LAST_YEAR}; each list (possibly empty) of occurrences that belong
     *     to that year ({@link Holiday#year()}), with distinct keys and with dates inside the
     *     covered years; not null, no null keys, lists or elements
     * @return a new calendar, not null
     * @throws IllegalArgumentException if the post id is unknown, a year is outside the range, an
     *     occurrence belongs to another year, two occurrences of a year have the same key, or an
     *     occurrence has a date outside the covered years
     */
    public static HolidayCalendar calendar(String postId, Map<Integer, ? extends List<Holiday>> explicitYears) {
        JacksonVersion.require(); // before the class initializer that reads the data (see JacksonVersion)
        return calendarOn(postId, UsFederalHolidays.calendar(), explicitYears, null);
    }

    /**
     * Returns the closure calendar of a post built on a given US federal calendar, with explicit
     * lists for some years, as {@link #calendar(String, Map)}; its data version is the newer of the
     * US calendar's and {@code listVersion}.
     *
     * @param postId a post id of {@link #postIds()}, not null
     * @param us the US federal calendar, not null
     * @param explicitYears as for {@link #calendar(String, Map)}, not null
     * @param listVersion the version of the explicit lists, or null
     * @return a new calendar, not null
     */
    static HolidayCalendar calendarOn(String postId, HolidayCalendar us,
            Map<Integer, ? extends List<Holiday>> explicitYears, @Nullable LocalDate listVersion) {
        checkPost(postId);
        Objects.requireNonNull(us, "us");
        Objects.requireNonNull(explicitYears, "explicitYears");
        String id = ID_PREFIX + postId;
        Map<Integer, ImmutableList<Holiday>> checked = new TreeMap<>();
        for (Map.Entry<Integer, ? extends List<Holiday>> e : explicitYears.entrySet()) {
            int year = Objects.requireNonNull(e.getKey(), "explicitYears contains a null year");
            List<Holiday> list = Objects.requireNonNull(e.getValue(), "explicitYears contains a null list");
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new IllegalArgumentException("Calendar " + id + " covers the years " + FIRST_YEAR + "-"
                        + LAST_YEAR + "; the explicit closure list for " + year + " is outside its range");
            }
            Set<String> keys = new HashSet<>();
            ImmutableList.Builder<Holiday> out = ImmutableList.builder();
            for (Holiday h : list) {
                Objects.requireNonNull(h, "explicitYears contains a null holiday");
                if (h.year() != year) {
                    throw new IllegalArgumentException("The explicit closure list for " + year + " of calendar "
                            + id + " contains " + h.id() + ", which belongs to the year " + h.year());
                }
                if (!keys.add(h.key())) {
                    throw new IllegalArgumentException("The explicit closure list for " + year + " of calendar "
                            + id + " contains the key " + h.key() + " twice");
                }
                int first = Math.max(FIRST_YEAR, year - 1);
                int last = Math.min(LAST_YEAR, year + 1);
                if (h.firstDate().getYear() < first || h.lastDate().getYear() > last) {
                    throw new IllegalArgumentException("The explicit closure list for " + year + " of calendar "
                            + id + " contains " + h.id() + " with dates " + h.firstDate() + "/" + h.lastDate()
                            + " outside the years " + first + "-" + last);
                }
                out.add(h.withStatus(HolidayStatus.OFFICIAL));
            }
            checked.put(year, out.build());
        }
        return HolidayCalendar.of(id, Holder.DATA.calendarName(postId),
                new ClosureSource(us, Holder.DATA.ruleSources(), ImmutableMap.copyOf(checked), listVersion));
    }

    /**
     * Returns the closure calendar of a post built on a given US federal calendar (one with
     * executive-order closings loaded at run time, see {@link DataOverrides}).
     *
     * @param postId a post id of {@link #postIds()}, not null
     * @param us the US federal calendar, not null
     * @return a new calendar, not null
     */
    static HolidayCalendar calendarOn(String postId, HolidayCalendar us) {
        checkPost(postId);
        Objects.requireNonNull(us, "us");
        return HolidayCalendar.of(ID_PREFIX + postId, Holder.DATA.calendarName(postId),
                new ClosureSource(us, Holder.DATA.ruleSources(), ImmutableMap.of(), null));
    }

    private static void checkPost(String postId) {
        Objects.requireNonNull(postId, "postId");
        if (!postIds().contains(postId)) {
            throw new IllegalArgumentException("Unknown post id '"
                    + DataFileException.shorten(postId, DataFileException.MAX_EXCERPT) + "'; known post ids: "
                    + String.join(", ", postIds()));
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the Chinese festival occurrences of a year by the rule (see the class
     * documentation), provisional, in the order of their festivals.
     *
     * @param year a year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}
     * @param sources the sources of every occurrence, not empty
     * @return the occurrences, not null
     */
    private static List<Holiday> festivalClosures(int year, List<Source> sources) {
        List<FestivalDay> days = new ArrayList<>();
        for (Festival f : Festival.values()) {
            List<LocalDate> dates = f.days(year);
            for (int i = 0; i < dates.size(); i++) {
                days.add(new FestivalDay(f, i, dates.get(i)));
            }
        }
        days.sort(FestivalDay.ORDER);
        Map<FestivalDay, LocalDate> closedOn = new LinkedHashMap<>();
        Set<LocalDate> closures = new TreeSet<>();
        List<FestivalDay> toMove = new ArrayList<>();
        for (FestivalDay d : days) {
            if (isWeekday(d.date()) && closures.add(d.date())) {
                closedOn.put(d, d.date());
            } else {
                toMove.add(d);
            }
        }
        for (FestivalDay d : toMove) {
            LocalDate target = d.date().plusDays(1);
            while (!isWeekday(target) || closures.contains(target)) {
                target = target.plusDays(1);
            }
            closures.add(target);
            closedOn.put(d, target);
        }
        Map<Festival, Holiday.Builder> builders = new EnumMap<>(Festival.class);
        for (FestivalDay d : days) {
            Holiday.Builder b = builders.computeIfAbsent(d.festival(), f -> Holiday.builder(f.key(), year,
                    f.names(), HolidayKind.SPECIAL).status(HolidayStatus.PROVISIONAL).sources(sources));
            LocalDate target = Objects.requireNonNull(closedOn.get(d), "closedOn");
            if (d.index() == 0) {
                b.date(d.date()).observedDate(target);
            }
            b.day(d.date(), isWeekday(d.date()) ? DayType.PUBLIC_HOLIDAY : DayType.WEEKEND);
            if (!target.equals(d.date())) {
                b.day(target, DayType.REST_DAY);
            }
        }
        List<Holiday> out = new ArrayList<>();
        for (Holiday.Builder b : builders.values()) {
            out.add(b.build());
        }
        return List.copyOf(out);
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** A Chinese festival of the rule. */
    private enum Festival {
        NEW_YEARS_DAY(ChinaPublicHoliday.NEW_YEARS_DAY.key(), ChinaPublicHoliday.NEW_YEARS_DAY.displayName(), true),
        SPRING_FESTIVAL_EVE("spring-festival-eve", LunarFestival.SPRING_FESTIVAL_EVE.displayName(), false),
        SPRING_FESTIVAL(ChinaPublicHoliday.SPRING_FESTIVAL.key(), ChinaPublicHoliday.SPRING_FESTIVAL.displayName(), false),
        QINGMING(ChinaPublicHoliday.QINGMING.key(), ChinaPublicHoliday.QINGMING.displayName(), false),
        LABOUR_DAY(ChinaPublicHoliday.LABOUR_DAY.key(), ChinaPublicHoliday.LABOUR_DAY.displayName(), true),
        DRAGON_BOAT(ChinaPublicHoliday.DRAGON_BOAT.key(), ChinaPublicHoliday.DRAGON_BOAT.displayName(), false),
        MID_AUTUMN(ChinaPublicHoliday.MID_AUTUMN.key(), ChinaPublicHoliday.MID_AUTUMN.displayName(), false),
        NATIONAL_DAY(ChinaPublicHoliday.NATIONAL_DAY.key(), ChinaPublicHoliday.NATIONAL_DAY.displayName(), true);

        private final String key;
        private final LocalizedText names;
        private final boolean fixedDate;

        Festival(String key, LocalizedText names, boolean fixedDate) {
            this.key = "cn-" + key;
            this.names = names;
            this.fixedDate = fixedDate;
        }

        String key() {
            return key;
        }

        LocalizedText names() {
            return names;
        }

        List<LocalDate> days(int year) {
            return switch (this) {
                case NEW_YEARS_DAY -> List.of(LocalDate.of(year, Month.JANUARY, 1));
                case SPRING_FESTIVAL_EVE -> List.of(LunarFestival.SPRING_FESTIVAL_EVE.date(year));
                case SPRING_FESTIVAL -> {
                    LocalDate first = LunarFestival.SPRING_FESTIVAL.date(year);
                    yield List.of(first, first.plusDays(1), first.plusDays(2));
                }
                case QINGMING -> List.of(SolarTerm.QINGMING.date(year));
                case LABOUR_DAY -> year >= TWO_LABOUR_DAYS_FROM
                        ? List.of(LocalDate.of(year, Month.MAY, 1), LocalDate.of(year, Month.MAY, 2))
                        : List.of(LocalDate.of(year, Month.MAY, 1));
                case DRAGON_BOAT -> List.of(LunarFestival.DRAGON_BOAT.date(year));
                case MID_AUTUMN -> List.of(LunarFestival.MID_AUTUMN.date(year));
                case NATIONAL_DAY -> List.of(LocalDate.of(year, Month.OCTOBER, 1), LocalDate.of(year, Month.OCTOBER, 2),
                        LocalDate.of(year, Month.OCTOBER, 3));
            };
        }
    }

    /** The {@code index}-th day of a festival in a year, on its nominal date. */
    private record FestivalDay(Festival festival, int index, LocalDate date) {
        /** By date; on the same date fixed-date festivals first, then in the order of the rule. */
        static final Comparator<FestivalDay> ORDER = Comparator.comparing(FestivalDay::date)
                .thenComparing(d -> !d.festival().fixedDate)
                .thenComparing(FestivalDay::festival)
                .thenComparingInt(FestivalDay::index);
    }

    //-----------------------------------------------------------------------
    /** The occurrences of a post's calendar: US federal and Chinese festival, or an explicit list. */
    private static final class ClosureSource implements HolidayProvider {
        private final HolidayCalendar us;
        private final List<Source> ruleSources;
        private final ImmutableMap<Integer, ImmutableList<Holiday>> explicitYears;
        private final @Nullable LocalDate listVersion;

        ClosureSource(HolidayCalendar us, List<Source> ruleSources,
                ImmutableMap<Integer, ImmutableList<Holiday>> explicitYears,
                @Nullable LocalDate listVersion) {
            this.us = us;
            this.ruleSources = ruleSources;
            this.explicitYears = explicitYears;
            this.listVersion = listVersion;
        }

        @Override
        public int firstYear() {
            return FIRST_YEAR;
        }

        @Override
        public int lastYear() {
            return LAST_YEAR;
        }

        @Override
        public HolidayStatus yearStatus(int year) {
            return explicitYears.containsKey(year) ? HolidayStatus.OFFICIAL : HolidayStatus.PROVISIONAL;
        }

        /** The version of the US calendar's data, or of the explicit lists when newer. */
        @Override
        public java.util.Optional<LocalDate> dataVersion() {
            java.util.Optional<LocalDate> v = us.dataVersion();
            LocalDate list = listVersion;
            if (list == null || (v.isPresent() && !list.isAfter(v.get()))) {
                return v;
            }
            return java.util.Optional.of(list);
        }

        @Override
        public List<Holiday> holidays(int year) {
            ImmutableList<Holiday> explicit = explicitYears.get(year);
            if (explicit != null) {
                return explicit;
            }
            List<Holiday> out = new ArrayList<>(usHolidays(year));
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                out.addAll(festivalClosures(year, ruleSources));
            }
            return List.copyOf(out);
        }

        /** The US occurrences that belong to a year (their dates lie from December 31 before on). */
        private List<Holiday> usHolidays(int year) {
            LocalDate from = LocalDate.of(year - 1, Month.DECEMBER, 1);
            LocalDate to = LocalDate.of(year + 1, Month.JANUARY, 31);
            LocalDate min = LocalDate.of(us.firstYear(), Month.JANUARY, 1);
            LocalDate max = LocalDate.of(us.lastYear(), Month.DECEMBER, 31);
            from = from.isBefore(min) ? min : from;
            to = to.isAfter(max) ? max : to;
            if (to.isBefore(from)) {
                return List.of();
            }
            List<Holiday> out = new ArrayList<>();
            for (Holiday h : us.holidays(DateRange.ofClosed(from, to))) {
                if (h.year() == year) {
                    out.add(h);
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return "MissionChinaClosures.ClosureSource[explicit years " + explicitYears.keySet() + "]";
        }
    }

    //-----------------------------------------------------------------------
    /** The shared data and calendars, built when first needed. */
    private static final class Holder {
        static final Data DATA = Data.load();
        static final ImmutableMap<String, HolidayCalendar> CALENDARS = build();

        private static ImmutableMap<String, HolidayCalendar> build() {
            ImmutableMap.Builder<String, HolidayCalendar> out = ImmutableMap.builder();
            for (String post : DATA.postIds()) {
                out.put(post, HolidayCalendar.of(ID_PREFIX + post, DATA.calendarName(post),
                        new ClosureSource(UsFederalHolidays.calendar(), DATA.ruleSources(), ImmutableMap.of(), null)));
            }
            return out.buildOrThrow();
        }
    }

    /** The resource: its header, the post names and the rule's sources. */
    static final class Data {
        private final DataHeader header;
        private final ImmutableMap<String, LocalizedText> postNames;
        private final ImmutableList<Source> ruleSources;

        private Data(DataHeader header, ImmutableMap<String, LocalizedText> postNames,
                ImmutableList<Source> ruleSources) {
            this.header = header;
            this.postNames = postNames;
            this.ruleSources = ruleSources;
        }

        static Data load() {
            try (InputStream in = MissionChinaClosures.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Resource " + RESOURCE_PATH + " not found");
                }
                return parse(RESOURCE_PATH, in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE_PATH, e);
            }
        }

        /**
         * Parses and validates the resource format described in the class documentation.
         *
         * @param resource the name of the resource, for messages, not null
         * @param in the JSON text, at most 16 MiB, not closed, not null
         * @return the data, not null
         * @throws DataFileException naming the resource, the line and column, the JSON path, the
         *     rule and the value, if the text is malformed or breaks a rule of the format
         * @throws UncheckedIOException if the stream cannot be read
         */
        static Data parse(String resource, InputStream in) {
            DataReader reader = DataReader.of(resource);
            JsonObject root;
            try {
                root = reader.readObject(in, "format", "version", "sources", "posts", "namesSource", "ruleSources");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
            Map<String, Source> named = new LinkedHashMap<>();
            DataHeader header = DataHeader.readNamed(reader, root, FORMAT, named);
            JsonObject posts = root.object("posts");
            ImmutableMap.Builder<String, LocalizedText> names = ImmutableMap.builder();
            for (String post : posts.value().members().keySet()) {
                if (post.equals(DataReader.COMMENT)) {
                    continue;
                }
                if (!POST_ID.matcher(post).matches()) {
                    throw reader.failName(posts.value(), post, "a post id (lower-case words joined by '-')");
                }
                names.put(post, posts.localized(post));
            }
            if (names.build().isEmpty()) {
                throw reader.fail(posts.value(), "at least one post");
            }
            Set<String> used = new HashSet<>();
            used.add(sourceRef(reader, root.required("namesSource", "a source id"), named));
            ImmutableList.Builder<Source> sources = ImmutableList.builder();
            List<JsonValue> rules = root.nonEmptyArray("ruleSources", "source id");
            Set<String> ruleIds = new HashSet<>();
            for (int i = 0; i < rules.size(); i++) {
                JsonValue ref = rules.get(i);
                String id = sourceRef(reader, ref, named);
                if (!ruleIds.add(id)) {
                    throw reader.fail(ref, "a source id not listed twice");
                }
                Source s = Objects.requireNonNull(named.get(id));
                if (i == 0 && s.type() != SourceType.DERIVED_RULE) {
                    throw reader.fail(ref, "the id of a DERIVED_RULE source (the rule comes first)");
                }
                used.add(id);
                sources.add(s);
            }
            JsonValue sourcesNode = root.required("sources", "an object of sources");
            for (String id : named.keySet()) {
                if (!used.contains(id)) {
                    throw reader.fail(Objects.requireNonNull(sourcesNode.get(id)),
                            "a source that is referred to by namesSource or ruleSources");
                }
            }
            return new Data(header, names.buildOrThrow(), sources.build());
        }

        /** Reads a reference to a named source and returns its id. */
        private static String sourceRef(DataReader reader, JsonValue ref, Map<String, Source> named) {
            if (!ref.isString() || !named.containsKey(ref.text())) {
                throw reader.fail(ref, "one of the source ids " + String.join(", ", named.keySet()));
            }
            return ref.text();
        }

        LocalizedText calendarName(String postId) {
            LocalizedText post = Objects.requireNonNull(postNames.get(postId), postId);
            return LocalizedText.of(post.english() + " closures", post.chinese() + "闭馆日");
        }

        List<Source> ruleSources() {
            return ruleSources;
        }

        List<String> postIds() {
            return postNames.keySet().asList();
        }

        DataHeader header() {
            return header;
        }
    }
}
