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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.calendar.DateRange;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayStatus;
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
 * default locale, time zone or charset, nor on the clock. Before anything is written the calendar
 * passes the validation gate (ical4j's validator plus the library's own checks); a failure throws
 * {@link IcsValidationException}. No network access ever happens and ical4j's process-wide
 * configuration is left alone.
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

    private HolidayFeed(Builder b) {
        this.calendar = b.calendar;
        this.options = b.options;
        this.makeupDays = b.makeupDays;
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
     * Returns the feed as UTF-8 bytes, validated, folded and with CRLF line ends.
     *
     * @return the bytes of the feed, without a byte-order mark
     * @throws IcsValidationException if the feed fails validation (a defect of the data or of the
     *     library), including when the calendar has two occurrences with the same key and year
     */
    public byte[] toBytes() {
        return FeedWriter.toBytes(toCalendar(), subject());
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

    Calendar toCalendar() {
        List<CalendarComponent> events = new ArrayList<>();
        boolean anyMakeup = false;
        boolean anyEarly = false;
        for (Event e : events()) {
            events.add(e.toVEvent(options.dataVersion()));
            anyMakeup |= "ALTERNATE-WORKDAY".equals(e.appleSpecialDay());
            anyEarly |= e.early();
        }
        String name = calendar.displayName().get(locale());
        return FeedWriter.feed(name, calendarDescription(name, anyMakeup, anyEarly), null, events);
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
        return h.status() == HolidayStatus.OFFICIAL ? (int) h.sources().stream().distinct().count() : 0;
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

    private Event offEvent(Holiday h, Run run, String uid, int sequence) {
        String name = h.displayName(locale());
        boolean observedDayOnly = h.isObservedOnOtherDay() && run.first().equals(h.observedDate())
                && run.last().equals(h.observedDate());
        String summary = observedDayOnly ? name + text(" (observed)", "（补休）") : name;
        StringBuilder d = new StringBuilder();
        if (h.isObservedOnOtherDay() && !contains(run, h.date())) {
            d.append(text(name + " falls on " + h.date() + "; it is observed on " + h.observedDate() + ".",
                    name + "为 " + h.date() + "，于 " + h.observedDate() + " 补休。")).append('\n');
        }
        d.append(daysOffText(run.first(), run.last())).append('\n');
        appendMakeupDays(d, h);
        appendStatusAndSources(d, h);
        String category = switch (h.kind()) {
            case STATUTORY -> text("Public holiday", "法定节假日");
            case SPECIAL -> text("Holiday", "节假日");
            case CLOSURE -> text("Closure", "停止办公");
            case EARLY_CLOSING -> text("Early closing", "提前停止办公");
        };
        return new Event(run.first(), run.last().plusDays(1), uid, summary, d.toString(), category,
                h.status(), sequence, "WORK-HOLIDAY", false);
    }

    private Event earlyEvent(Holiday h, Run run, String uid, int sequence) {
        String name = h.displayName(locale());
        @Nullable LocalTime time = h.earlyClosing().orElse(null);
        String summary = time != null
                ? name + text(" (offices close at " + time + ")", "（" + time + " 起停止办公）")
                : name + text(" (offices close early)", "（提前停止办公）");
        StringBuilder d = new StringBuilder();
        String when = run.first().equals(run.last()) ? run.first().toString()
                : run.first() + text(" to ", " 至 ") + run.last();
        d.append(time != null
                ? text("Working day " + when + "; offices close at " + time + ".",
                        "工作日 " + when + "，" + time + " 起停止办公。")
                : text("Working day " + when + "; offices close for the second half of the scheduled"
                        + " workday.", "工作日 " + when + "，下半个工作日停止办公。")).append('\n');
        appendStatusAndSources(d, h);
        return new Event(run.first(), run.last().plusDays(1), uid, summary, d.toString(),
                text("Early closing", "提前停止办公"), h.status(), sequence, null, true);
    }

    private Event makeupEvent(Holiday h, LocalDate day, String uid, int sequence) {
        String name = h.displayName(locale());
        StringBuilder d = new StringBuilder();
        d.append(text("Make-up working day " + day + ": a weekend day worked in exchange for days off of "
                        + name + ".",
                "调休上班 " + day + "：周末上班，与" + name + "放假调休。")).append('\n');
        NavigableSet<LocalDate> off = h.daysOff();
        if (!off.isEmpty()) {
            d.append(daysOffText(off.first(), off.last())).append('\n');
        }
        appendStatusAndSources(d, h);
        return new Event(day, day.plusDays(1), uid, text("Make-up working day (", "调休上班（") + name
                + text(")", "）"), d.toString(), text("Make-up working day", "调休上班"), h.status(),
                sequence, "ALTERNATE-WORKDAY", false);
    }

    private String daysOffText(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return text("Day off: " + first + ".", "放假：" + first + "。");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        return text("Days off: " + first + " to " + last + " (" + days + " days).",
                "放假：" + first + " 至 " + last + "，共 " + days + " 天。");
    }

    private void appendMakeupDays(StringBuilder d, Holiday h) {
        NavigableSet<LocalDate> makeup = h.makeupWorkdays();
        if (makeup.isEmpty()) {
            return;
        }
        List<String> days = new ArrayList<>();
        makeup.forEach(m -> days.add(m.toString()));
        d.append(text((makeup.size() == 1 ? "Make-up working day: " : "Make-up working days: ")
                        + String.join(", ", days) + ".",
                "调休上班：" + String.join("、", days) + "。")).append('\n');
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
        for (Source s : h.sources().stream().distinct().toList()) {
            d.append('\n').append(text("Source: ", "来源：")).append(s);
        }
    }

    private String uid(Holiday h, @Nullable String part) {
        String year = Integer.toString(h.year());
        String language = options.language().tag();
        return part == null ? FeedWriter.uid(calendar.id(), year, h.key(), language)
                : FeedWriter.uid(calendar.id(), year, h.key(), part, language);
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

    /** One event of the feed, before it becomes an ical4j component. */
    record Event(LocalDate start, LocalDate end, String uid, String summary, String description,
            String category, HolidayStatus status, int sequence, @Nullable String appleSpecialDay,
            boolean early) {

        VEvent toVEvent(Instant stamp) {
            List<Property> props = new ArrayList<>();
            props.add(new Uid(uid));
            props.add(new DtStamp(stamp));
            props.add(new DtStart<>(start));
            props.add(new DtEnd<>(end));
            props.add(new Summary(summary));
            props.add(new Description(description));
            props.add(new Categories(new TextList(List.of(category))));
            props.add(status == HolidayStatus.OFFICIAL ? ImmutableStatus.VEVENT_CONFIRMED
                    : ImmutableStatus.VEVENT_TENTATIVE);
            props.add(ImmutableTransp.TRANSPARENT);
            props.add(ImmutableClazz.PUBLIC);
            props.add(new Sequence(sequence));
            props.add(new LastModified(stamp));
            if (appleSpecialDay != null) {
                props.add(new XProperty("X-APPLE-SPECIAL-DAY", appleSpecialDay));
            }
            return new VEvent(new PropertyList(props));
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
