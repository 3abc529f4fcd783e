package org.consularkit.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.calendar.DateRange;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayStatus;
import org.consularkit.ical.internal.ContentLines;
import org.consularkit.ical.internal.FeedLanguage;
import org.consularkit.ical.internal.FeedOptions;
import org.consularkit.ical.internal.FeedWriter;
import org.jspecify.annotations.Nullable;

/**
 * An iCalendar (RFC 5545, RFC 7986) feed of the holidays of a {@link HolidayCalendar} for a range
 * of years, in one language, written byte for byte the same for the same input.
 *
 * <pre>{@code
 * HolidayFeed feed = HolidayFeed.builder(calendar)
 *         .years(2007, 2030)
 *         .locale(Locale.forLanguageTag("zh-CN"))
 *         .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("cn-zh.ics"))) {
 *     feed.write(out);
 * }
 * }</pre>
 *
 * <h2>The calendar object</h2>
 * {@code VERSION:2.0}, {@code PRODID:-//consularkit.org//ConsularKit//EN}, {@code
 * CALSCALE:GREGORIAN}, the calendar's localized name as {@code NAME} (RFC 7986) and {@code
 * X-WR-CALNAME}, a description as {@code X-WR-CALDESC}, and the refresh hints {@code
 * REFRESH-INTERVAL;VALUE=DURATION:P1D} (RFC 7986) and {@code X-PUBLISHED-TTL:P1D}. There is no
 * {@code METHOD}: a published feed is not a scheduling message, and without {@code METHOD} RFC
 * 5545 makes {@code DTSTAMP} the time the event was last revised.
 *
 * <h2>Events</h2>
 * The feed holds the events of every {@linkplain HolidayCalendar#holidays(DateRange)
 * holiday occurrence} that touches the requested years, keeping each event whose dates meet those
 * years (an event is never cut: a block from 30 December to 1 January is written whole). All
 * events are all-day: {@code DTSTART;VALUE=DATE} and an exclusive {@code DTEND;VALUE=DATE}, {@code
 * TRANSP:TRANSPARENT}, {@code CLASS:PUBLIC}, {@code STATUS:CONFIRMED} for an {@linkplain
 * HolidayStatus#OFFICIAL official} occurrence and {@code STATUS:TENTATIVE} for a {@linkplain
 * HolidayStatus#PROVISIONAL provisional} or {@linkplain HolidayStatus#FORECAST forecast} one, one
 * {@code CATEGORIES} value, and a {@code DESCRIPTION} giving the dates, the status and every
 * source. An occurrence gives:
 * <ul>
 *   <li><b>a day-off event</b> per run of consecutive {@linkplain Holiday#daysOff() days off}: a
 *       multi-day block (China's Spring Festival, 9 days in 2026) is one event from its first day
 *       off to the day after its last, with {@code X-APPLE-SPECIAL-DAY:WORK-HOLIDAY}. For a holiday
 *       {@linkplain Holiday#isObservedOnOtherDay() observed on another day} the Saturdays and
 *       Sundays at either end of a run are left out (they are the weekend the holiday falls on, not
 *       days off of its own): Independence Day 2026, a Saturday observed on Friday 3 July, is one
 *       event on 3 July, summary "Independence Day (observed)", the actual date in the
 *       description. Runs separated only by a Saturday and Sunday that the occurrence does not
 *       list (a post closed on Friday for a festival and on Monday for its day moved from
 *       Saturday) make one event over the weekend. Category: {@code Public holiday}, {@code
 *       Holiday} (a {@linkplain HolidayKind#SPECIAL special} day) or {@code Closure}. A day two holidays share (China's
 *       Mid-Autumn Festival and National Day on 2020-10-01, a US and a Chinese holiday at a post)
 *       is in one event of each.</li>
 *   <li><b>an early-closing event</b> for an {@linkplain HolidayKind#EARLY_CLOSING early closing}:
 *       the day stays a working day, so the event is on that day, summary "Christmas Eve (offices
 *       close at 12:00)" or "(offices close early)" when the source gives no time, category
 *       {@code Early closing}, and no {@code X-APPLE-SPECIAL-DAY} (it is not a day off).</li>
 *   <li><b>a make-up working-day event</b> per {@linkplain Holiday#makeupWorkdays() make-up working
 *       day} (China's 调休上班), unless {@linkplain Builder#makeupDays(boolean) turned off}: a
 *       one-day event "Make-up working day (Spring Festival)", category {@code Make-up working
 *       day}, with {@code X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY}. An occurrence with make-up days
 *       but no day off gives only these events; with make-up days turned off it gives none.</li>
 * </ul>
 * Events are sorted by {@code DTSTART}, then by {@code UID}. In the Chinese feed ({@linkplain
 * Builder#locale(Locale) locale} with language {@code zh}) every text is Chinese: "独立日（补休）",
 * "调休上班（春节）", category {@code 法定节假日}, and so on.
 *
 * <h2>UID</h2>
 * The UID of an event is derived from the feed (calendar id and language), the holiday's key and
 * its year, never from its dates and never at random, so an event keeps its UID when its dates are
 * amended or the requested years change:
 * <pre>
 *   {calendar-id}.{year}.{key}[.{part}].{language}@consularkit.org
 *   cn.2026.spring-festival.zh@consularkit.org
 *   cn.2026.spring-festival.workday1.zh@consularkit.org      (the first make-up day)
 *   us-federal.2026.independence-day.en@consularkit.org
 *   post%3Abeijing.2026.new-years-day.en@consularkit.org
 * </pre>
 * {@code {part}} is {@code workday}<i>n</i> for the <i>n</i>-th make-up working day of the
 * occurrence (in date order), {@code part}<i>n</i> for the <i>n</i>-th run of days off when they
 * are not consecutive, absent otherwise. In the calendar id every character other than an ASCII
 * letter, digit or {@code -} is percent-encoded (UTF-8), so the id never contains a dot and the
 * UID can be split back into its fields: different feeds, holidays or years never share a UID.
 * The language is part of the UID because the English and the Chinese feed describe the same
 * days with different texts: a client subscribed to both must show two events, not one event
 * that flips between two versions (RFC 5545 makes a UID identify one event, whatever calendar it
 * comes from). A calendar with two occurrences of the same key and year (possible in a union of
 * calendars that share keys) cannot be written: {@link #toBytes()} throws.
 *
 * <h2>SEQUENCE, DTSTAMP, LAST-MODIFIED</h2>
 * {@code SEQUENCE} follows from the data only: 0 for a provisional or forecast occurrence, and for an official
 * one the number of its distinct sources. An occurrence derived by rule that becomes official
 * (a notice is published) therefore goes from 0 to at least 1, and an official occurrence amended
 * by a further notice or order (China's 2015, 2019 and 2020 amendments; a newer schedule loaded at
 * run time that cites its amending notice) goes up by one per amending source. Data corrected
 * without a new source keeps its {@code SEQUENCE}.
 *
 * <p>{@code DTSTAMP} and {@code LAST-MODIFIED} of every event are the {@linkplain
 * Builder#dataVersion(Instant) data version}: by default the calendar's own {@linkplain
 * HolidayCalendar#dataVersion() data version} at 00:00 UTC — for the calendars of this library the
 * date of the newest document of the data they were built from (2025-12-18, Executive Order 14371,
 * for the bundled data; the date of a notice or an order loaded at run time with {@code
 * org.consularkit.calendar.DataOverrides} when it is newer) — and {@link #DEFAULT_DATA_VERSION} for
 * a calendar that does not know its version; never the clock, so the same data gives the same bytes
 * and a feed changes exactly when its data does. A caller may still pass a version of its own.
 *
 * <h2>Bytes</h2>
 * UTF-8 without a byte-order mark, CRLF line ends, lines folded at 75 octets without ever
 * splitting a multi-byte character (ical4j folds by characters, which is too long for Chinese
 * text). The output depends only on the calendar's answers and the options: never on the JVM's
 * default locale, time zone or charset, nor on the clock. No network access ever happens and
 * ical4j's process-wide configuration is left alone.
 *
 * <h2>Validation</h2>
 * {@link #toBytes()} writes the content lines directly (escaping TEXT values, folding at 75
 * octets), without building an ical4j object model: a 24-year feed takes about a millisecond. The
 * guarantee that every feed is valid RFC 5545 comes from two places:
 * <ul>
 *   <li>every feed of every bundled calendar (each calendar over all its years and over each
 *       single year, English and Chinese, with and without make-up days) is validated with
 *       ical4j's validator and the library's own checks by the library's build, which also checks
 *       that the bytes written are exactly ical4j's serialization of the validated calendar;</li>
 *   <li>at run time, the writer itself checks what data can break: a control character, a bare
 *       CR or an unpaired surrogate in a text, or two events with the same UID, throw {@link
 *       IcsValidationException} and nothing is written. The structure of the feed (which
 *       properties, in which order, with which value types) does not depend on the data.</li>
 * </ul>
 * For a calendar built or loaded at run time (a newly published schedule, a calendar of your
 * own), call {@link #validate()} to have ical4j's verdict before publishing the feed.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe, provided the calendar is (as every {@link
 * HolidayCalendar} must be). Each call of {@link #toBytes()}, {@link #toIcs()} or {@link
 * #write(OutputStream)} computes the feed afresh.
 *
 * @since 0.1
 */
public final class HolidayFeed {

    /**
     * The data version of a feed whose calendar does not report one ({@link
     * HolidayCalendar#dataVersion()} empty), {@code 2025-12-18T00:00:00Z}: the date of the newest
     * document of the library's bundled holiday data when this constant was introduced. The
     * calendars of this library report their own version, derived from their data.
     */
    public static final Instant DEFAULT_DATA_VERSION = FeedOptions.DEFAULT_DATA_VERSION;

    /** The domain part of every UID. */
    public static final String UID_DOMAIN = FeedWriter.UID_DOMAIN;

    /** The product identifier written as {@code PRODID}. */
    public static final String PRODID = FeedWriter.PRODID;

    /**
     * How often a subscriber should fetch the feed again: one day, written as {@code
     * REFRESH-INTERVAL;VALUE=DURATION:P1D} and {@code X-PUBLISHED-TTL:P1D}. A server that
     * publishes feeds can use it for its caching headers ({@code Cache-Control: max-age=86400}).
     */
    public static final Duration REFRESH_INTERVAL = FeedWriter.REFRESH_INTERVAL;

    private final HolidayCalendar calendar;
    private final FeedOptions options;
    private final boolean makeupDays;
    /** What every UID starts and ends with: the encoded calendar id and a dot; a dot, the language and the domain. */
    private final String uidPrefix;
    private final String uidSuffix;

    private HolidayFeed(Builder b) {
        this.calendar = b.calendar;
        this.options = b.options;
        this.makeupDays = b.makeupDays;
        this.uidPrefix = FeedWriter.encodeId(calendar.id()) + ".";
        this.uidSuffix = "." + options.language().tag() + "@" + FeedWriter.UID_DOMAIN;
    }

    /**
     * Starts building a feed of a calendar: by default of all its years, in English, with
     * make-up working days, at the calendar's {@linkplain HolidayCalendar#dataVersion() data
     * version} (or {@link #DEFAULT_DATA_VERSION} when it has none).
     *
     * @param calendar the calendar, not null
     * @return a new builder, not null
     */
    public static Builder builder(HolidayCalendar calendar) {
        return new Builder(calendar);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the calendar of this feed.
     *
     * @return the calendar, not null
     */
    public HolidayCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the first year of this feed.
     *
     * @return the first year, within the calendar's range
     */
    public int fromYear() {
        return options.fromYear();
    }

    /**
     * Returns the last year of this feed.
     *
     * @return the last year, not before {@link #fromYear()}, within the calendar's range
     */
    public int toYear() {
        return options.toYear();
    }

    /**
     * Returns the language of this feed's texts: {@link Locale#ENGLISH} or {@link
     * LocalizedText#SIMPLIFIED_CHINESE}.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return options.locale();
    }

    /**
     * Tells whether make-up working days are written as events of their own.
     *
     * @return true if they are
     */
    public boolean includesMakeupDays() {
        return makeupDays;
    }

    /**
     * Returns the data version: the {@code DTSTAMP} and {@code LAST-MODIFIED} of every event.
     *
     * @return the data version, whole seconds, not null
     */
    public Instant dataVersion() {
        return options.dataVersion();
    }

    /**
     * Returns the UID of the day-off (or early-closing) event of a holiday occurrence in this
     * feed, e.g. {@code cn.2026.spring-festival.zh@consularkit.org}; see the class documentation
     * for the scheme. The result depends only on this feed's calendar id and language and on the
     * occurrence's key and year.
     *
     * @param holiday the occurrence, not null
     * @return the UID, not null
     */
    public String uid(Holiday holiday) {
        Objects.requireNonNull(holiday, "holiday");
        return uid(holiday, null);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the feed as UTF-8 bytes, folded and with CRLF line ends, checked as the class
     * documentation describes (see {@link #validate()} for ical4j's full validation).
     *
     * @return the bytes of the feed, without a byte-order mark
     * @throws IcsValidationException if a text cannot be written (a control character, a bare CR,
     *     an unpaired surrogate), or the calendar has two occurrences with the same key and year
     */
    public byte[] toBytes() {
        List<Event> events = events();
        boolean anyMakeup = false;
        boolean anyEarly = false;
        for (Event e : events) {
            anyMakeup |= "ALTERNATE-WORKDAY".equals(e.appleSpecialDay());
            anyEarly |= e.early();
        }
        String name = calendar.displayName().get(locale());
        String description = calendarDescription(name, anyMakeup, anyEarly);
        ContentLines out = new ContentLines(1024 + 640 * events.size());
        FeedWriter.header(out, name, description, null);
        String stamp = ContentLines.utc(options.dataVersion());
        StringBuilder scratch = new StringBuilder(1024);
        Set<String> uids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Event e : events) {
            if (!uids.add(e.uid())) {
                duplicates.add("VEVENT UID " + e.uid() + " is not unique");
            }
            e.write(out, stamp, scratch);
        }
        out.end("VCALENDAR");
        if (!duplicates.isEmpty()) {
            throw new IcsValidationException(subject(), duplicates);
        }
        return out.toBytes(subject());
    }

    /**
     * Validates this feed with ical4j's RFC 5545 validator and the library's own checks, and
     * checks that {@link #toBytes()} writes exactly ical4j's serialization of the calendar that
     * passed. {@link #toBytes()} does not call this method: every feed of the library's bundled
     * calendars, in every language, is validated this way by the library's own build, and the
     * writer escapes, folds and checks every line whatever the data. Call it for a feed of a
     * calendar built or loaded at run time (a newly published schedule, a calendar of your own)
     * when you want ical4j's verdict before publishing it. It builds the ical4j object model and
     * runs ical4j's validator, which costs tens of times as much as {@link #toBytes()} (about 50
     * ms for a 24-year feed); a server that validates a loaded calendar's feeds once, when it
     * loads it, pays this once.
     *
     * @throws IcsValidationException listing every problem, if there is any
     * @since 0.1
     */
    public void validate() {
        HolidayFeedModel.validate(this, toBytes(), subject());
    }

    /**
     * Returns the feed as text: exactly the characters {@link #toBytes()} encodes.
     *
     * @return the folded iCalendar text, CRLF line ends
     * @throws IcsValidationException if the feed fails validation
     */
    public String toIcs() {
        return FeedWriter.toText(toBytes());
    }

    /**
     * Writes the feed to a stream, which is neither flushed nor closed. Nothing is written when
     * validation fails.
     *
     * @param out the stream, not null
     * @throws IOException if writing fails
     * @throws IcsValidationException if the feed fails validation
     */
    public void write(OutputStream out) throws IOException {
        FeedWriter.write(out, this::toBytes);
    }

    //-----------------------------------------------------------------------
    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof HolidayFeed o
                && calendar.equals(o.calendar)
                && options.equals(o.options)
                && makeupDays == o.makeupDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(calendar, options, makeupDays);
    }

    /**
     * Returns a short description, e.g. {@code "HolidayFeed[cn 2007-2030 zh makeupDays
     * 2025-12-18T00:00:00Z]"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return options.describe("HolidayFeed", calendar.id(), makeupDays ? "makeupDays" : null);
    }

    //-----------------------------------------------------------------------
    private String subject() {
        return options.subject("holiday feed", calendar.id());
    }

    private String text(String english, String chinese) {
        return options.text(english, chinese);
    }

    /** The feed as an ical4j calendar: what {@link #validate()} validates. */
    Calendar toCalendar() {
        List<Event> events = events();
        boolean anyMakeup = false;
        boolean anyEarly = false;
        for (Event e : events) {
            anyMakeup |= "ALTERNATE-WORKDAY".equals(e.appleSpecialDay());
            anyEarly |= e.early();
        }
        String name = calendar.displayName().get(locale());
        return HolidayFeedModel.calendar(name, calendarDescription(name, anyMakeup, anyEarly), events,
                options.dataVersion());
    }

    private String calendarDescription(String name, boolean anyMakeup, boolean anyEarly) {
        String years = options.yearsText();
        Instant dataVersion = options.dataVersion();
        List<String> en = new ArrayList<>(List.of("days off"));
        List<String> zh = new ArrayList<>(List.of("放假"));
        if (anyMakeup) {
            en.add("make-up working days");
            zh.add("调休上班");
        }
        if (anyEarly) {
            en.add("early closings");
            zh.add("提前停止办公");
        }
        String enList = en.size() == 1 ? en.get(0)
                : String.join(", ", en.subList(0, en.size() - 1)) + " and " + en.get(en.size() - 1);
        return text(name + ", " + years + ": " + enList + "."
                        + " Official dates are CONFIRMED, dates derived by rule TENTATIVE."
                        + " Data version " + dataVersion + ". Generated by ConsularKit.",
                name + "，" + years + " 年：" + String.join("、", zh) + "。"
                        + "正式日期标为 CONFIRMED，按规则推算的日期标为 TENTATIVE。"
                        + "数据版本 " + dataVersion + "。由 ConsularKit 生成。");
    }

    /** The events of the feed, sorted by start date, then UID. */
    List<Event> events() {
        LocalDate from = options.firstDay();
        LocalDate to = options.lastDay();
        List<Holiday> holidays = calendar.holidays(DateRange.ofClosed(from, to));
        checkUniqueIds(holidays);
        List<Event> out = new ArrayList<>();
        for (Holiday h : holidays) {
            for (Event e : eventsOf(h)) {
                if (!e.start().isAfter(to) && e.end().isAfter(from)) {
                    out.add(e);
                }
            }
        }
        out.sort(Comparator.comparing(Event::start).thenComparing(Event::uid));
        return out;
    }

    private void checkUniqueIds(List<Holiday> holidays) {
        Set<String> ids = new HashSet<>(holidays.size() * 2);
        boolean unique = true;
        for (Holiday h : holidays) {
            unique &= ids.add(h.id());
        }
        if (unique) {
            return;
        }
        Map<String, List<Holiday>> byId = new LinkedHashMap<>();
        for (Holiday h : holidays) {
            byId.computeIfAbsent(h.id(), k -> new ArrayList<>()).add(h);
        }
        List<String> problems = new ArrayList<>();
        byId.forEach((id, list) -> {
            if (list.size() > 1) {
                problems.add("calendar " + calendar.id() + " has " + list.size() + " occurrences " + id
                        + " (" + list + "); the UIDs of a feed need a unique key per year");
            }
        });
        if (!problems.isEmpty()) {
            throw new IcsValidationException(subject(), problems);
        }
    }

    private List<Event> eventsOf(Holiday h) {
        List<Run> runs = new ArrayList<>();
        for (Run run : runs(h.daysOff(), false)) {
            if (h.isObservedOnOtherDay()) {
                // days in lieu: the weekend days the holiday falls on are not days off of its own
                run = trimWeekends(h, run);
            }
            if (run == null) {
                continue;
            }
            @Nullable Run previous = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (previous != null && onlyWeekendBetween(previous.last(), run.first())) {
                // days off on both sides of a weekend (a day moved from Saturday to Monday) are
                // one closure: one event
                runs.set(runs.size() - 1, new Run(previous.first(), run.last(), false));
            } else {
                runs.add(run);
            }
        }
        if (h.kind() == HolidayKind.EARLY_CLOSING) {
            TreeSet<LocalDate> working = new TreeSet<>();
            h.dayTypes().forEach((d, t) -> {
                if (t == DayType.WORKDAY) {
                    working.add(d);
                }
            });
            runs.addAll(runs(working, true));
        }
        runs.sort(Comparator.comparing(Run::first));
        List<Event> out = new ArrayList<>();
        int sequence = sequence(h);
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            String uid = uid(h, i == 0 ? null : "part" + (i + 1));
            out.add(run.early() ? earlyEvent(h, run, uid, sequence) : offEvent(h, run, uid, sequence));
        }
        if (makeupDays) {
            int n = 1;
            for (LocalDate d : h.makeupWorkdays()) {
                out.add(makeupEvent(h, d, uid(h, "workday" + n), sequence));
                n++;
            }
        }
        return out;
    }

    private static int sequence(Holiday h) {
        if (h.status() != HolidayStatus.OFFICIAL) {
            return 0;
        }
        List<Source> sources = h.sources();
        int distinct = 0;
        for (int i = 0; i < sources.size(); i++) {
            if (sources.indexOf(sources.get(i)) == i) {
                distinct++;
            }
        }
        return distinct;
    }

    private static @Nullable Run trimWeekends(Holiday h, Run run) {
        LocalDate first = run.first();
        LocalDate last = run.last();
        while (!first.isAfter(last) && h.dayTypes().get(first) == DayType.WEEKEND) {
            first = first.plusDays(1);
        }
        while (!last.isBefore(first) && h.dayTypes().get(last) == DayType.WEEKEND) {
            last = last.minusDays(1);
        }
        return first.isAfter(last) ? null : new Run(first, last, run.early());
    }

    private boolean zh() {
        return options.language() == FeedLanguage.CHINESE;
    }

    private Event offEvent(Holiday h, Run run, String uid, int sequence) {
        String name = h.displayName(locale());
        boolean observedDayOnly = h.isObservedOnOtherDay() && run.first().equals(h.observedDate())
                && run.last().equals(h.observedDate());
        String summary = observedDayOnly ? name + text(" (observed)", "（补休）") : name;
        String category = switch (h.kind()) {
            case STATUTORY -> text("Public holiday", "法定节假日");
            case SPECIAL -> text("Holiday", "节假日");
            case CLOSURE -> text("Closure", "停止办公");
            case EARLY_CLOSING -> text("Early closing", "提前停止办公");
        };
        return new Event(run.first(), run.last().plusDays(1), uid, summary, d -> {
            if (h.isObservedOnOtherDay() && !contains(run, h.date())) {
                if (zh()) {
                    d.append(name).append("为 ").append(h.date()).append("，于 ").append(h.observedDate())
                            .append(" 补休。");
                } else {
                    d.append(name).append(" falls on ").append(h.date()).append("; it is observed on ")
                            .append(h.observedDate()).append('.');
                }
                d.append('\n');
            }
            appendDaysOff(d, run.first(), run.last());
            d.append('\n');
            appendMakeupDays(d, h);
            appendStatusAndSources(d, h);
        }, category, h.status(), sequence, "WORK-HOLIDAY", false);
    }

    private Event earlyEvent(Holiday h, Run run, String uid, int sequence) {
        String name = h.displayName(locale());
        @Nullable LocalTime time = h.earlyClosing().orElse(null);
        String summary = time != null
                ? name + text(" (offices close at " + time + ")", "（" + time + " 起停止办公）")
                : name + text(" (offices close early)", "（提前停止办公）");
        return new Event(run.first(), run.last().plusDays(1), uid, summary, d -> {
            String when = run.first().equals(run.last()) ? run.first().toString()
                    : run.first() + text(" to ", " 至 ") + run.last();
            d.append(time != null
                    ? text("Working day " + when + "; offices close at " + time + ".",
                            "工作日 " + when + "，" + time + " 起停止办公。")
                    : text("Working day " + when + "; offices close for the second half of the scheduled"
                            + " workday.", "工作日 " + when + "，下半个工作日停止办公。")).append('\n');
            appendStatusAndSources(d, h);
        }, text("Early closing", "提前停止办公"), h.status(), sequence, null, true);
    }

    private Event makeupEvent(Holiday h, LocalDate day, String uid, int sequence) {
        String name = h.displayName(locale());
        return new Event(day, day.plusDays(1), uid, text("Make-up working day (", "调休上班（") + name
                + text(")", "）"), d -> {
                    if (zh()) {
                        d.append("调休上班 ").append(day).append("：周末上班，与").append(name).append("放假调休。");
                    } else {
                        d.append("Make-up working day ").append(day)
                                .append(": a weekend day worked in exchange for days off of ").append(name).append('.');
                    }
                    d.append('\n');
                    NavigableSet<LocalDate> off = h.daysOff();
                    if (!off.isEmpty()) {
                        appendDaysOff(d, off.first(), off.last());
                        d.append('\n');
                    }
                    appendStatusAndSources(d, h);
                }, text("Make-up working day", "调休上班"), h.status(), sequence, "ALTERNATE-WORKDAY", false);
    }

    private void appendDaysOff(StringBuilder d, LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            d.append(text("Day off: ", "放假：")).append(first).append(text(".", "。"));
            return;
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (zh()) {
            d.append("放假：").append(first).append(" 至 ").append(last).append("，共 ").append(days).append(" 天。");
        } else {
            d.append("Days off: ").append(first).append(" to ").append(last).append(" (").append(days)
                    .append(" days).");
        }
    }

    private void appendMakeupDays(StringBuilder d, Holiday h) {
        NavigableSet<LocalDate> makeup = h.makeupWorkdays();
        if (makeup.isEmpty()) {
            return;
        }
        d.append(zh() ? "调休上班：" : makeup.size() == 1 ? "Make-up working day: " : "Make-up working days: ");
        boolean first = true;
        for (LocalDate m : makeup) {
            if (!first) {
                d.append(text(", ", "、"));
            }
            d.append(m);
            first = false;
        }
        d.append(text(".", "。")).append('\n');
    }

    private void appendStatusAndSources(StringBuilder d, Holiday h) {
        d.append(switch (h.status()) {
            case OFFICIAL -> text("Status: official.", "状态：正式。");
            case PROVISIONAL -> text("Status: provisional (derived by rule; may change when the official schedule is"
                    + " published).", "状态：暂定（按规则推算，正式安排公布后可能变更）。");
            case FORECAST -> text("Status: forecast (from the published arrangement principles; will change where it"
                    + " guessed wrong when the official schedule is published).",
                    "状态：预测（依据已公布的放假调休原则推算，正式安排公布后可能变更）。");
        });
        List<Source> sources = h.sources();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            if (sources.indexOf(s) == i) {
                // as Source.toString(): the citation, then the URL in angle brackets
                d.append('\n').append(text("Source: ", "来源：")).append(s.citation());
                s.url().ifPresent(url -> d.append(" <").append(url).append('>'));
            }
        }
    }

    /** The UID, as {@link FeedWriter#uid(String, String...)} makes it, in one concatenation. */
    private String uid(Holiday h, @Nullable String part) {
        return part == null ? uidPrefix + h.year() + "." + h.key() + uidSuffix
                : uidPrefix + h.year() + "." + h.key() + "." + part + uidSuffix;
    }

    private static boolean onlyWeekendBetween(LocalDate last, LocalDate next) {
        for (LocalDate d = last.plusDays(1); d.isBefore(next); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() < 6) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(Run run, LocalDate date) {
        return !date.isBefore(run.first()) && !date.isAfter(run.last());
    }

    private static List<Run> runs(NavigableSet<LocalDate> days, boolean early) {
        List<Run> out = new ArrayList<>();
        @Nullable LocalDate first = null;
        @Nullable LocalDate last = null;
        for (LocalDate d : days) {
            if (first == null || last == null) {
                first = d;
            } else if (!d.equals(last.plusDays(1))) {
                out.add(new Run(first, last, early));
                first = d;
            }
            last = d;
        }
        if (first != null && last != null) {
            out.add(new Run(first, last, early));
        }
        return out;
    }

    //-----------------------------------------------------------------------
    /** Consecutive dates of one occurrence that make one event. */
    private record Run(LocalDate first, LocalDate last, boolean early) {
    }

    /** Writes the description of an event, when it is written: it is not kept as a string. */
    @FunctionalInterface
    interface Description {
        void appendTo(StringBuilder d);
    }

    /** One event of the feed. */
    record Event(LocalDate start, LocalDate end, String uid, String summary, Description description,
            String category, HolidayStatus status, int sequence, @Nullable String appleSpecialDay,
            boolean early) {

        /** The text of the event's description. */
        String descriptionText() {
            StringBuilder d = new StringBuilder(512);
            description.appendTo(d);
            return d.toString();
        }

        /** Writes the event, as {@link HolidayFeedModel#vevent} would be written by ical4j. */
        void write(ContentLines out, String stamp, StringBuilder scratch) {
            out.begin("VEVENT");
            out.text("UID", uid);
            out.raw("DTSTAMP", stamp);
            out.date("DTSTART;VALUE=DATE", start);
            out.date("DTEND;VALUE=DATE", end);
            out.text("SUMMARY", summary);
            scratch.setLength(0);
            description.appendTo(scratch);
            out.text("DESCRIPTION", scratch);
            out.text("CATEGORIES", category);
            out.raw("STATUS", status == HolidayStatus.OFFICIAL ? "CONFIRMED" : "TENTATIVE");
            out.raw("TRANSP", "TRANSPARENT");
            out.raw("CLASS", "PUBLIC");
            out.integer("SEQUENCE", sequence);
            out.raw("LAST-MODIFIED", stamp);
            if (appleSpecialDay != null) {
                out.text("X-APPLE-SPECIAL-DAY", appleSpecialDay);
            }
            out.end("VEVENT");
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Builds a {@link HolidayFeed}. Not thread-safe; {@link #build()} returns an immutable feed.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final HolidayCalendar calendar;
        private FeedOptions options;
        private boolean makeupDays = true;

        private Builder(HolidayCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            this.options = FeedOptions.of(calendar);
        }

        /**
         * Sets the years of the feed, both included; defaults to every year of the calendar.
         *
         * @param from the first year, within the calendar's range
         * @param to the last year, not before {@code from}, within the calendar's range
         * @return this builder
         * @throws IllegalArgumentException if {@code to} is before {@code from}
         * @throws DateTimeException if a year is outside the calendar's range
         */
        public Builder years(int from, int to) {
            options = options.withYears(calendar, from, to);
            return this;
        }

        /**
         * Sets the language of the texts: Simplified Chinese for a locale whose language is {@code
         * zh}, English for any other; defaults to English. The language is part of every UID.
         *
         * @param locale the locale, not null
         * @return this builder
         */
        public Builder locale(Locale locale) {
            options = options.withLocale(locale);
            return this;
        }

        /**
         * Sets whether make-up working days are written as events of their own; defaults to
         * true. Day-off events mention them in their description either way.
         *
         * @param include true to write them
         * @return this builder
         */
        public Builder makeupDays(boolean include) {
            this.makeupDays = include;
            return this;
        }

        /**
         * Sets the data version, written as the {@code DTSTAMP} and {@code LAST-MODIFIED} of every
         * event; defaults to the calendar's {@linkplain HolidayCalendar#dataVersion() data version}
         * at 00:00 UTC, or {@link HolidayFeed#DEFAULT_DATA_VERSION} when it has none. Fractions of
         * a second are dropped.
         *
         * @param version the moment the data was last changed, from year 1 to year 9999 (UTC),
         *     not null
         * @return this builder
         * @throws IllegalArgumentException if the version is outside years 1 to 9999
         */
        public Builder dataVersion(Instant version) {
            options = options.withDataVersion(version);
            return this;
        }

        /**
         * Builds the feed. Nothing is computed yet: the events are computed, validated and written
         * by {@link HolidayFeed#toBytes()} and the other output methods.
         *
         * @return the feed, not null
         */
        public HolidayFeed build() {
            return new HolidayFeed(this);
        }
    }
}
