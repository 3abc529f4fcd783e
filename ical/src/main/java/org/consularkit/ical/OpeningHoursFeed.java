package org.consularkit.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.Available;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAvailability;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.BusyType;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.booking.ConsularOffice;
import org.consularkit.core.hours.OpeningHours;
import org.consularkit.core.hours.TimeWindow;
import org.consularkit.ical.internal.FeedOptions;
import org.consularkit.ical.internal.FeedWriter;
import org.consularkit.ical.internal.IcsTimeZones;
import org.jspecify.annotations.Nullable;

/**
 * An iCalendar feed of the opening hours of a {@link ConsularOffice}: its office hours, its
 * appointment window and its walk-in window (when it has one), as weekly recurring events in the
 * office's time zone, with every closure day excluded.
 *
 * <pre>{@code
 * OpeningHoursFeed feed = OpeningHoursFeed.builder(office).years(2026, 2027).build();
 * byte[] ics = feed.toBytes();
 * }</pre>
 *
 * <h2>Events</h2>
 * For each of the three schedules and each weekly time window, one event recurs weekly on the days
 * of the week that have that window: {@code DTSTART;TZID=Asia/Shanghai:20260105T130000}, {@code
 * DTEND} at the end of the window, {@code RRULE:FREQ=WEEKLY;UNTIL=...;BYDAY=MO,TU,TH} up to the
 * last such day of the requested years ({@code UNTIL} in UTC, as RFC 5545 requires with a {@code
 * TZID}). The event starts on the first date of the years that has the window and ends with the
 * last; every date in between on which the office's {@link OpeningHours} do not have that window
 * (a public holiday or closure of the office's closure calendar, a date rule of the schedule, an
 * early closing) is listed in the event's {@code EXDATE}; a window that a date has instead (an early
 * closing's shortened afternoon, a date rule) is an event of its own on that date. The feed
 * carries the office's zone as a {@code VTIMEZONE} built offline from the JDK's rules (see the
 * internal {@code IcsTimeZones}): for {@code Asia/Shanghai} one {@code STANDARD} observance at
 * {@code +0800}. Events are {@code TRANSP:TRANSPARENT} (opening hours do not make the subscriber
 * busy), {@code CLASS:PUBLIC}, {@code STATUS:CONFIRMED}.
 *
 * <p>Optionally ({@link Builder#availability(boolean)}) the feed also carries one RFC 7953 {@code
 * VAVAILABILITY} component per schedule: {@code BUSYTYPE:BUSY-UNAVAILABLE} over the requested
 * years, with one {@code AVAILABLE} per weekly window (the same {@code RRULE} and {@code EXDATE})
 * and per extra window.
 *
 * <h2>UID</h2>
 * {@code {office-id}.{schedule}.{days}.{window}.{language}@consularkit.org} for a weekly event,
 * e.g. {@code chengdu.appointments.mo-tu-th.1300-1600.en@consularkit.org}, and {@code
 * {office-id}.{schedule}.{date}.{window}.{language}@consularkit.org} for the window of one date;
 * {@code {schedule}} is {@code office-hours}, {@code appointments} or {@code walk-in}; the office
 * id is percent-encoded as in {@link HolidayFeed}. A UID does not depend on the requested years.
 * {@code DTSTAMP} and {@code LAST-MODIFIED} are the {@linkplain Builder#dataVersion(Instant) data
 * version}, as in {@link HolidayFeed}.
 *
 * <h2>Bytes</h2>
 * As {@link HolidayFeed}: validated (the {@code TZID} of every date has its {@code VTIMEZONE}),
 * UTF-8 without a byte-order mark, CRLF, folded at 75 octets, the same bytes for the same input
 * whatever the JVM's default locale and zone; no network access.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe, provided the office's calendar is.
 *
 * @since 0.1
 */
public final class OpeningHoursFeed {

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

    /** The three schedules of an office. */
    private enum Kind {
        OFFICE_HOURS("office-hours", "office hours", "办公时间"),
        APPOINTMENTS("appointments", "appointments (American Citizen Services)", "美国公民服务预约时段"),
        WALK_IN("walk-in", "walk-in hours (American Citizen Services)", "美国公民服务免预约时段");

        private final String key;
        private final String english;
        private final String chinese;

        Kind(String key, String english, String chinese) {
            this.key = key;
            this.english = english;
            this.chinese = chinese;
        }
    }

    private final ConsularOffice office;
    private final FeedOptions options;
    private final boolean availability;

    private OpeningHoursFeed(Builder b) {
        this.office = b.office;
        this.options = b.options;
        this.availability = b.availability;
    }

    /**
     * Starts building the opening-hours feed of an office: by default for every year of its
     * closure calendar, in English, without {@code VAVAILABILITY}, at the closure calendar's
     * {@linkplain org.consularkit.core.calendar.HolidayCalendar#dataVersion() data version} (or
     * {@link HolidayFeed#DEFAULT_DATA_VERSION} when it has none).
     *
     * @param office the office, not null
     * @return a new builder, not null
     */
    public static Builder builder(ConsularOffice office) {
        return new Builder(office);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the office of this feed.
     *
     * @return the office, not null
     */
    public ConsularOffice office() {
        return office;
    }

    /**
     * Returns the first year of this feed.
     *
     * @return the first year
     */
    public int fromYear() {
        return options.fromYear();
    }

    /**
     * Returns the last year of this feed.
     *
     * @return the last year, not before {@link #fromYear()}
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
     * Tells whether the feed carries {@code VAVAILABILITY} components.
     *
     * @return true if it does
     */
    public boolean includesAvailability() {
        return availability;
    }

    /**
     * Returns the data version: the {@code DTSTAMP} and {@code LAST-MODIFIED} of every component.
     *
     * @return the data version, whole seconds, not null
     */
    public Instant dataVersion() {
        return options.dataVersion();
    }

    /**
     * Returns the feed as UTF-8 bytes, validated, folded and with CRLF line ends.
     *
     * @return the bytes of the feed, without a byte-order mark
     * @throws IcsValidationException if the feed fails validation
     * @throws DateTimeException if the office's calendar cannot answer for a date of the years
     */
    public byte[] toBytes() {
        return FeedWriter.toBytes(toCalendar(), options.subject("opening-hours feed", office.id()));
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

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof OpeningHoursFeed o
                && office.equals(o.office)
                && options.equals(o.options)
                && availability == o.availability;
    }

    @Override
    public int hashCode() {
        return Objects.hash(office, options, availability);
    }

    /**
     * Returns a short description, e.g. {@code "OpeningHoursFeed[chengdu 2026-2027 en
     * 2025-12-18T00:00:00Z]"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return options.describe("OpeningHoursFeed", office.id(), availability ? "availability" : null);
    }

    //-----------------------------------------------------------------------
    private String text(String english, String chinese) {
        return options.text(english, chinese);
    }

    Calendar toCalendar() {
        LocalDate from = options.firstDay();
        LocalDate to = options.lastDay();
        List<CalendarComponent> components = new ArrayList<>();
        components.add(IcsTimeZones.vtimezone(office.zone(), from.atStartOfDay(office.zone()).toInstant(),
                to.plusDays(2).atStartOfDay(office.zone()).toInstant()));
        List<VEvent> events = new ArrayList<>();
        List<VAvailability> availabilities = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Optional<OpeningHours> hours = hours(kind);
            if (hours.isEmpty()) {
                continue;
            }
            List<Item> items = items(kind, hours.get(), from, to);
            for (Item item : items) {
                events.add(new VEvent(new PropertyList(item.properties(true))));
            }
            if (availability) {
                availabilities.add(availability(kind, items, from, to));
            }
        }
        components.addAll(events);
        components.addAll(availabilities);
        String name = office.displayName(locale()) + text(": opening hours", "：开放时间");
        String years = options.yearsText();
        Instant dataVersion = options.dataVersion();
        String description = text(
                name + ", " + years + ", in " + office.zone().getId() + ". Closed on the days of the calendar "
                        + office.closures().id() + ". Data version " + dataVersion + ". Generated by ConsularKit.",
                name + "，" + years + " 年，时区 " + office.zone().getId() + "。日历 " + office.closures().id()
                        + " 的闭馆日不开放。数据版本 " + dataVersion + "。由 ConsularKit 生成。");
        return FeedWriter.feed(name, description, office.zone(), components);
    }

    private Optional<OpeningHours> hours(Kind kind) {
        return switch (kind) {
            case OFFICE_HOURS -> Optional.of(office.officeHours());
            case APPOINTMENTS -> Optional.of(office.appointmentHours());
            case WALK_IN -> office.walkInHours();
        };
    }

    /** The weekly events of a schedule, then its one-date events, in a stable order. */
    private List<Item> items(Kind kind, OpeningHours hours, LocalDate from, LocalDate to) {
        // A window of the weekly schedule: its days of the week, and its dates in [from, to], all of
        // them and those on which it does not open.
        record Weekly(Set<DayOfWeek> days, List<LocalDate> occurrences, List<LocalDate> excluded) {
        }
        Map<TimeWindow, Weekly> weekly = new TreeMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TimeWindow w : hours.schedule().windows(day)) {
                weekly.computeIfAbsent(w, k -> new Weekly(EnumSet.noneOf(DayOfWeek.class), new ArrayList<>(),
                        new ArrayList<>())).days().add(day);
            }
        }
        List<Item> extra = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            List<TimeWindow> actual = hours.windows(d);
            List<TimeWindow> regular = hours.schedule().windows(d.getDayOfWeek());
            for (TimeWindow w : regular) {
                // every window of the schedule on this day of the week is a key of weekly
                Weekly week = Objects.requireNonNull(weekly.get(w), "weekly window");
                week.occurrences().add(d);
                if (!actual.contains(w)) {
                    week.excluded().add(d);
                }
            }
            for (TimeWindow w : actual) {
                if (!regular.contains(w)) {
                    extra.add(new Item(kind, w, EnumSet.of(d.getDayOfWeek()), d, d, List.of(), true));
                }
            }
        }
        List<Item> out = new ArrayList<>();
        weekly.forEach((w, week) -> {
            // the event starts on its first date that is not excluded and ends on its last one
            List<LocalDate> dates = new ArrayList<>(week.occurrences());
            dates.removeAll(week.excluded());
            if (!dates.isEmpty()) {
                LocalDate first = dates.get(0);
                LocalDate last = dates.get(dates.size() - 1);
                List<LocalDate> exdates = new ArrayList<>();
                for (LocalDate d : week.excluded()) {
                    if (d.isAfter(first) && d.isBefore(last)) {
                        exdates.add(d);
                    }
                }
                out.add(new Item(kind, w, week.days(), first, last, exdates, false));
            }
        });
        out.addAll(extra);
        return out;
    }

    private VAvailability availability(Kind kind, List<Item> items, LocalDate from, LocalDate to) {
        List<Property> props = new ArrayList<>();
        props.add(new Uid(FeedWriter.uid(office.id(), kind.key, "availability", options.language().tag())));
        props.add(new DtStamp(options.dataVersion()));
        props.add(new DtStart<>(tzid(), from.atStartOfDay()));
        props.add(new DtEnd<>(tzid(), to.plusDays(1).atStartOfDay()));
        props.add(new BusyType(BusyType.VALUE_BUSY_UNAVAILABLE));
        props.add(new Summary(office.displayName(locale()) + text(": ", "：") + text(kind.english, kind.chinese)));
        props.add(new LastModified(options.dataVersion()));
        List<Available> available = new ArrayList<>();
        for (Item item : items) {
            available.add(new Available(new PropertyList(item.properties(false))));
        }
        return new VAvailability(new PropertyList(props), new ComponentList<>(available));
    }

    private ParameterList tzid() {
        return FeedWriter.tzid(office.zone());
    }

    /** One recurring window (or the window of one date) of a schedule. */
    private final class Item {
        private final Kind kind;
        private final TimeWindow window;
        private final Set<DayOfWeek> days;
        private final LocalDate first;
        private final LocalDate last;
        private final List<LocalDate> excluded;
        private final boolean oneDate;

        Item(Kind kind, TimeWindow window, Set<DayOfWeek> days, LocalDate first, LocalDate last,
                List<LocalDate> excluded, boolean oneDate) {
            this.kind = kind;
            this.window = window;
            this.days = days;
            this.first = first;
            this.last = last;
            this.excluded = excluded;
            this.oneDate = oneDate;
        }

        // Local date-times with an explicit TZID: ical4j formats a ZonedDateTime through its own
        // time-zone registry, whose rules for Asia/Shanghai give +09:00 in summer (a daylight-saving
        // rule of 1986-1991 applied to every later year), so it would write 09:00 for 08:00.
        private LocalDateTime start(LocalDate date) {
            return LocalDateTime.of(date, window.start());
        }

        private LocalDateTime end(LocalDate date) {
            return window.endsAtMidnight() ? date.plusDays(1).atStartOfDay() : LocalDateTime.of(date, window.end());
        }

        private String daysKey() {
            List<String> parts = new ArrayList<>();
            days.forEach(d -> parts.add(d.name().substring(0, 2).toLowerCase(Locale.ROOT)));
            return String.join("-", parts);
        }

        private String windowText() {
            return window.start() + "-" + (window.endsAtMidnight() ? "24:00" : window.end().toString());
        }

        List<Property> properties(boolean event) {
            String windowKey = window.start().format(HHMM) + "-"
                    + (window.endsAtMidnight() ? "2400" : window.end().format(HHMM));
            String when = oneDate ? first.format(DATE) : daysKey();
            String language = options.language().tag();
            String uid = event ? FeedWriter.uid(office.id(), kind.key, when, windowKey, language)
                    : FeedWriter.uid(office.id(), kind.key, when, windowKey, "available", language);
            String what = text(kind.english, kind.chinese);
            List<Property> props = new ArrayList<>();
            props.add(new Uid(uid));
            props.add(new DtStamp(options.dataVersion()));
            props.add(new DtStart<>(tzid(), start(first)));
            props.add(new DtEnd<>(tzid(), end(first)));
            if (!oneDate) {
                List<String> byDay = new ArrayList<>();
                days.forEach(d -> byDay.add(d.name().substring(0, 2)));
                props.add(new RRule<>("FREQ=WEEKLY;UNTIL=" + FeedWriter.utc(start(last).atZone(office.zone()).toInstant())
                        + ";BYDAY=" + String.join(",", byDay)));
                if (!excluded.isEmpty()) {
                    List<LocalDateTime> dates = new ArrayList<>();
                    excluded.forEach(d -> dates.add(start(d)));
                    props.add(new ExDate<>(tzid(), new DateList<>(dates)));
                }
            }
            props.add(new Summary(office.displayName(locale()) + text(": ", "：") + what));
            String description;
            if (oneDate) {
                description = text(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " on " + first + ": " + windowText() + " (" + office.zone().getId() + ").",
                        first + " " + what + "：" + windowText() + "（" + office.zone().getId() + "）。");
            } else {
                List<String> names = new ArrayList<>();
                days.forEach(d -> names.add(dayName(d)));
                String enDays = names.size() == 1 ? names.get(0)
                        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
                description = text("Every " + enDays + ", " + windowText() + " (" + office.zone().getId()
                                + "), from " + first + " to " + last + ", except " + excluded.size()
                                + " days: the closures of " + office.closures().id() + " and shortened days.",
                        "每" + String.join("、", names) + " " + windowText() + "（" + office.zone().getId()
                                + "），" + first + " 至 " + last + "，" + office.closures().id() + " 的闭馆日及缩短"
                                + "开放的日期除外（共 " + excluded.size() + " 天）。");
            }
            props.add(new Description(description + "\n" + text("Schedule: ", "规则：")
                    + hours(kind).map(h -> h.schedule().toString()).orElse("")));
            if (event) {
                props.add(new Categories(new TextList(List.of(text("Opening hours", "开放时间")))));
                props.add(ImmutableStatus.VEVENT_CONFIRMED);
                props.add(ImmutableTransp.TRANSPARENT);
                props.add(ImmutableClazz.PUBLIC);
                props.add(new Sequence(0));
            }
            props.add(new LastModified(options.dataVersion()));
            return props;
        }

        private String dayName(DayOfWeek d) {
            String[] en = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
            String[] zh = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
            return text(en[d.getValue() - 1], zh[d.getValue() - 1]);
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Builds an {@link OpeningHoursFeed}. Not thread-safe; {@link #build()} returns an immutable
     * feed.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final ConsularOffice office;
        private FeedOptions options;
        private boolean availability;

        private Builder(ConsularOffice office) {
            this.office = Objects.requireNonNull(office, "office");
            this.options = FeedOptions.of(office.closures());
        }

        /**
         * Sets the years of the feed, both included; defaults to every year of the office's
         * closure calendar.
         *
         * @param from the first year, within the closure calendar's range
         * @param to the last year, not before {@code from}, within the closure calendar's range
         * @return this builder
         * @throws IllegalArgumentException if {@code to} is before {@code from}
         * @throws DateTimeException if a year is outside the closure calendar's range
         */
        public Builder years(int from, int to) {
            options = options.withYears(office.closures(), from, to);
            return this;
        }

        /**
         * Sets the language of the texts: Simplified Chinese for a locale whose language is {@code
         * zh}, English for any other; defaults to English.
         *
         * @param locale the locale, not null
         * @return this builder
         */
        public Builder locale(Locale locale) {
            options = options.withLocale(locale);
            return this;
        }

        /**
         * Sets whether the feed also carries RFC 7953 {@code VAVAILABILITY} components; defaults to
         * false.
         *
         * @param include true to write them
         * @return this builder
         */
        public Builder availability(boolean include) {
            this.availability = include;
            return this;
        }

        /**
         * Sets the data version, written as {@code DTSTAMP} and {@code LAST-MODIFIED}; defaults to
         * the closure calendar's data version, or {@link HolidayFeed#DEFAULT_DATA_VERSION} when it
         * has none. Fractions of a second are dropped.
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
         * Builds the feed; the events are computed by {@link OpeningHoursFeed#toBytes()} and the
         * other output methods.
         *
         * @return the feed, not null
         */
        public OpeningHoursFeed build() {
            return new OpeningHoursFeed(this);
        }
    }
}
