package org.consularkit.calendar.internal.us;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.internal.json.DataHeader;
import org.consularkit.core.internal.json.DataReader.JsonObject;
import org.consularkit.core.internal.json.DataReader;
import org.consularkit.core.internal.json.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The US federal holiday rules and executive-order closings, read from the resource {@code
 * org/consularkit/calendar/us-federal.json} with the shared {@link DataReader}.
 *
 * <h2>Format {@code consularkit.us-federal/1}</h2>
 * One JSON object (JSON Schema: {@code org/consularkit/calendar/schema/us-federal.schema.json});
 * every object may carry a {@code "$comment"} string, any other unknown field is an error.
 * <ul>
 * <li>{@code format}: the string {@code "consularkit.us-federal/1"}.</li>
 * <li>{@code version}: the ISO date on which the facts were last changed or checked against their
 *     sources.</li>
 * <li>{@code sources}: an object mapping a source id (lower-case words joined by {@code -}) to
 *     {@code {"type", "citation", "url"}}: {@code type} a {@link SourceType} constant name, {@code
 *     citation} non-blank, {@code url} optional, an absolute http(s) URL. Every source must be
 *     referred to somewhere. These three members are the header of every built-in data file
 *     ({@link DataHeader}).</li>
 * <li>{@code calendars}: the names of the calendars {@code us-federal} and {@code us-federal-dc},
 *     each an object {@code {"en": ..., "zh": ...}} (non-blank English and Simplified Chinese).</li>
 * <li>{@code observances}: an object mapping an observance id (lower-case words joined by {@code
 *     -}) to {@code {"saturday", "sunday", "sources"}}: what happens when the nominal date falls on
 *     that day: {@code saturday} is {@code "friday-before"} or {@code "no-holiday"}, {@code sunday}
 *     is {@code "monday-after"} or {@code "no-holiday"}; {@code "no-holiday"} means there is no
 *     holiday at all that year (no day off, no day in lieu, no occurrence). {@code sources}: a
 *     non-empty array of source ids.</li>
 * <li>{@code holidays}: a non-empty array of {@code {"key", "names", "scope", "observance",
 *     "rules"}}: {@code key} unique, lower-case words joined by {@code -}; {@code scope} optional,
 *     {@code "federal"} (the default) or {@code "dc-area"} (only in the Washington DC area
 *     calendar); {@code observance} an observance id; {@code rules} a non-empty array, sorted and
 *     non-overlapping, of {@code {"validFrom", "validTo", "everyYears", "date", "sources"}}: {@code
 *     validFrom} a year from {@value UsFederalHolidays#FIRST_YEAR} to {@value
 *     UsFederalHolidays#LAST_YEAR}, {@code validTo} optional (absent: no end), {@code everyYears}
 *     optional, from 1 to 100 (default 1: the rule applies to the years {@code validFrom + k *
 *     everyYears}), {@code sources} a non-empty array of source ids, and {@code date} one of
 *     <ul>
 *     <li>{@code {"type": "fixed", "month": 1-12, "day": 1-31}} (a day that exists in every year),</li>
 *     <li>{@code {"type": "nth-weekday", "month": 1-12, "ordinal": 1-4, "dayOfWeek": "MONDAY"}},</li>
 *     <li>{@code {"type": "last-weekday", "month": 1-12, "dayOfWeek": "MONDAY"}}.</li>
 *     </ul></li>
 * <li>{@code closings}: an array of executive-order closings in date order, {@code {"date", "key",
 *     "halfDay", "executiveOrder", "names", "sources"}}: {@code date} an ISO date from Monday to
 *     Friday within the covered years; {@code key} as for holidays but distinct from every holiday
 *     key, with ({@code key}, year) unique; {@code halfDay} true when the order closes only the
 *     last half of the scheduled workday; {@code executiveOrder} {@code "EO"} and a number; {@code
 *     orderDate} optional, the date of the order where the sources give it, not after the closing;
 *     {@code sources} a non-empty array of source ids whose first is an {@code EXECUTIVE_ORDER} citing
 *     that order.</li>
 * </ul>
 * A malformed resource fails with a {@link DataFileException} whose message names the resource,
 * the line and column, the JSON path of the value (e.g. {@code $.holidays[8].rules[0].date.month}),
 * the rule and the value found; nothing is kept from it.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class UsFederalData {

    /** The resource name, relative to this class. */
    static final String RESOURCE = "/org/consularkit/calendar/us-federal.json";

    /** The resource path, as used in error messages. */
    static final String RESOURCE_PATH = "org/consularkit/calendar/us-federal.json";

    /** The format this parser reads. */
    static final String FORMAT = "consularkit.us-federal/1";

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern EXECUTIVE_ORDER = Pattern.compile("EO [0-9]+");
    private static final String KEY_RULE = "lower-case words joined by '-'";
    private static final int OPEN_END = 9999;

    private final DataHeader header;
    private final ImmutableMap<String, LocalizedText> calendarNames;
    private final ImmutableList<HolidayRules> holidays;
    private final ImmutableList<Closing> closings;

    private UsFederalData(DataHeader header, ImmutableMap<String, LocalizedText> calendarNames,
            ImmutableList<HolidayRules> holidays, ImmutableList<Closing> closings) {
        this.header = header;
        this.calendarNames = calendarNames;
        this.holidays = holidays;
        this.closings = closings;
    }

    /**
     * Loads the built-in resource.
     *
     * @return the data, not null
     * @throws DataFileException if the resource is malformed
     * @throws IllegalStateException if the resource is missing
     * @throws UncheckedIOException if it cannot be read
     */
    public static UsFederalData load() {
        try (InputStream in = UsFederalData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + RESOURCE_PATH + " not found");
            }
            return parse(RESOURCE_PATH, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE_PATH, e);
        }
    }

    /**
     * Parses and validates a resource in the format described in the class documentation.
     *
     * @param resource the name of the resource, for messages, not null
     * @param in the JSON text in UTF-8, at most 16 MiB, not closed, not null
     * @return the data, not null
     * @throws DataFileException if the text is not valid JSON or breaks a rule of the format
     * @throws UncheckedIOException if the stream cannot be read
     */
    static UsFederalData parse(String resource, InputStream in) {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(in, "in");
        DataReader reader = DataReader.of(resource);
        JsonObject root;
        try {
            root = reader.readObject(in, "format", "version", "sources", "calendars", "observances", "holidays",
                    "closings");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return new Parser(reader).root(root);
    }

    //-----------------------------------------------------------------------
    /** The date the facts were last changed or verified (the header's {@code version}). */
    LocalDate version() {
        return header.version();
    }

    /**
     * Returns the date of the newest executive order of the closings that give one: the version of
     * the data in the sense of {@code HolidayCalendar.dataVersion()}.
     *
     * @return the date, or empty when no closing gives one
     */
    public Optional<LocalDate> newestOrder() {
        @Nullable LocalDate newest = null;
        for (Closing c : closings) {
            LocalDate d = c.orderDate();
            if (d != null && (newest == null || d.isAfter(newest))) {
                newest = d;
            }
        }
        return Optional.ofNullable(newest);
    }

    /**
     * Returns the keys of the holidays, which a closing's key must not be.
     *
     * @return the keys
     */
    public Set<String> holidayKeys() {
        Set<String> out = new HashSet<>();
        holidays.forEach(h -> out.add(h.key()));
        return out;
    }

    /**
     * Returns these data with more closings, in date order.
     *
     * @param extra the closings to add, valid and distinct from these (checked by their reader)
     * @return the new data
     */
    public UsFederalData withClosings(List<Closing> extra) {
        List<Closing> all = new ArrayList<>(closings);
        all.addAll(extra);
        all.sort(java.util.Comparator.comparing(Closing::date));
        return new UsFederalData(header, calendarNames, holidays, ImmutableList.copyOf(all));
    }

    /** The documents the file draws from (the header's {@code sources}). */
    List<Source> sources() {
        return header.sources();
    }

    /**
     * Returns the name of one of the two calendars.
     *
     * @param calendarId {@code us-federal} or {@code us-federal-dc}, not null
     * @return the name, not null
     */
    public LocalizedText calendarName(String calendarId) {
        return Objects.requireNonNull(calendarNames.get(calendarId), calendarId);
    }

    List<HolidayRules> holidays() {
        return holidays;
    }

    List<Closing> closings() {
        return closings;
    }

    //-----------------------------------------------------------------------
    /** The format of a file of executive-order closings supplied at run time. */
    public static final String CLOSINGS_FORMAT = "consularkit.us-closings/1";

    /**
     * Closings read from a file of the format {@value #CLOSINGS_FORMAT}.
     *
     * @param version the version of the file
     * @param closings the new closings, in date order (those already in the base data left out)
     * @param warnings what the reader should know
     */
    public record LoadedClosings(LocalDate version, List<Closing> closings, List<String> warnings) {
    }

    /**
     * Reads a file of executive-order closings (format {@value #CLOSINGS_FORMAT}, documented by
     * {@code DataOverrides}) against base data: its closings must not reuse a key of a holiday,
     * nor a (key, year) of the base data unless they are the same closing (same date and order,
     * left out with a warning).
     *
     * @param name the name of the file, for messages
     * @param in the JSON text, not closed
     * @param base the data the closings are added to
     * @return the closings read
     * @throws DataFileException if the file breaks a rule
     * @throws IOException if the stream cannot be read
     */
    public static LoadedClosings readClosings(String name, InputStream in, UsFederalData base) throws IOException {
        DataReader reader = DataReader.of(name);
        JsonObject root = reader.readObject(in, "format", "version", "closings", "description", "note");
        JsonValue format = root.required("format", "the format id " + CLOSINGS_FORMAT);
        if (!format.isString() || !format.text().equals(CLOSINGS_FORMAT)) {
            throw reader.fail(format, "the format id \"" + CLOSINGS_FORMAT + "\"");
        }
        for (String free : List.of("description", "note")) {
            Optional<JsonValue> v = root.optional(free);
            if (v.isPresent() && !v.get().isString()) {
                throw reader.fail(v.get(), "a string (free text)");
            }
        }
        LocalDate version = root.date("version");
        Set<String> holidayKeys = base.holidayKeys();
        Map<String, Closing> existing = new LinkedHashMap<>();
        base.closings.forEach(c -> existing.put(c.key() + "/" + c.date().getYear(), c));
        Set<String> ids = new HashSet<>();
        List<Closing> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        @Nullable LocalDate previous = null;
        for (JsonValue node : root.nonEmptyArray("closings", "closing")) {
            JsonObject c = reader.object(node, "date", "key", "halfDay", "executiveOrder", "orderDate", "names",
                    "citation", "url", "note");
            LocalDate date = closingDate(reader, c, previous);
            previous = date;
            String key = c.string("key");
            JsonValue keyNode = c.required("key", KEY_RULE);
            if (!KEY.matcher(key).matches()) {
                throw reader.fail(keyNode, KEY_RULE);
            }
            if (holidayKeys.contains(key)) {
                throw reader.fail(keyNode, "a key that is not a holiday's key");
            }
            if (!ids.add(key + "/" + date.getYear())) {
                throw reader.fail(keyNode, "a key used once in " + date.getYear());
            }
            boolean halfDay = c.bool("halfDay");
            String order = c.string("executiveOrder");
            if (!EXECUTIVE_ORDER.matcher(order).matches()) {
                throw reader.fail(c.required("executiveOrder", "\"EO\" and a number"), "\"EO\" and a number");
            }
            LocalDate orderDate = c.date("orderDate");
            if (orderDate.isAfter(date)) {
                throw reader.fail(c.required("orderDate", "a date"), "the date of an order issued on or before the "
                        + "closing " + date);
            }
            if (orderDate.isAfter(version)) {
                throw reader.fail(c.required("orderDate", "a date"), "an order dated on or before the file's version "
                        + version);
            }
            Optional<JsonValue> note = c.optional("note");
            if (note.isPresent() && !note.get().isString()) {
                throw reader.fail(note.get(), "a string (free text)");
            }
            LocalizedText names = c.localized("names");
            String citation = order + " of " + orderDate + c.optionalString("citation").map(t -> ", " + t).orElse("");
            Optional<java.net.URI> url = c.optionalUrl("url");
            Source source = url.isPresent() ? Source.of(SourceType.EXECUTIVE_ORDER, citation, url.get())
                    : Source.of(SourceType.EXECUTIVE_ORDER, citation);
            Closing closing = new Closing(key, date, names, halfDay, order, orderDate, List.of(source));
            Closing same = existing.get(key + "/" + date.getYear());
            if (same != null) {
                if (same.date().equals(date) && same.executiveOrder().equals(order) && same.halfDay() == halfDay) {
                    warnings.add(name + ": " + node.path().substring(2) + ": " + order + " closing " + date
                            + " is already in the bundled data; left out");
                    continue;
                }
                throw reader.fail(keyNode, "a key not used in " + date.getYear() + " by the bundled closing of "
                        + same.date() + " (" + same.executiveOrder() + ")");
            }
            out.add(closing);
        }
        return new LoadedClosings(version, List.copyOf(out), List.copyOf(warnings));
    }

    //-----------------------------------------------------------------------
    /** What the nominal date becomes when it falls on a Saturday or Sunday. */
    enum Shift {
        /** The Friday before is the day off. */
        FRIDAY_BEFORE,
        /** The Monday after is the day off. */
        MONDAY_AFTER,
        /** No holiday that year at all. */
        NO_HOLIDAY
    }

    /** Where a holiday applies. */
    enum Scope {
        /** Every federal employee, at home and abroad. */
        FEDERAL,
        /** Only the Washington DC area (5 U.S.C. 6103(c)). */
        DC_AREA
    }

    /** How a calendar date is derived from a year. */
    sealed interface DateRule permits Fixed, NthWeekday, LastWeekday {
        LocalDate dateIn(int year);
    }

    /** A fixed month and day. */
    record Fixed(Month month, int day) implements DateRule {
        @Override
        public LocalDate dateIn(int year) {
            return LocalDate.of(year, month, day);
        }
    }

    /** The n-th given weekday of a month. */
    record NthWeekday(Month month, int ordinal, DayOfWeek dayOfWeek) implements DateRule {
        @Override
        public LocalDate dateIn(int year) {
            return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
        }
    }

    /** The last given weekday of a month. */
    record LastWeekday(Month month, DayOfWeek dayOfWeek) implements DateRule {
        @Override
        public LocalDate dateIn(int year) {
            return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(dayOfWeek));
        }
    }

    /** The observed-date rule of a holiday. */
    record Observance(String id, Shift saturday, Shift sunday, List<Source> sources) {
    }

    /** One era of a holiday's rule. */
    record Rule(int validFrom, int validTo, int everyYears, DateRule date, List<Source> sources) {
        boolean appliesTo(int year) {
            return year >= validFrom && year <= validTo && (year - validFrom) % everyYears == 0;
        }
    }

    /** A holiday with its rules over time. */
    record HolidayRules(String key, LocalizedText names, Scope scope, Observance observance, List<Rule> rules) {
        Optional<Rule> ruleFor(int year) {
            return rules.stream().filter(r -> r.appliesTo(year)).findFirst();
        }
    }

    /** An executive-order closing. */
    /**
     * An executive-order closing.
     *
     * @param key the key, unique per year
     * @param date the day closed
     * @param names the names
     * @param halfDay true for a closing of the second half of the day
     * @param executiveOrder {@code EO} and the number
     * @param orderDate the date of the order, or null when the sources do not give it
     * @param sources the sources, the order first
     */
    public record Closing(String key, LocalDate date, LocalizedText names, boolean halfDay, String executiveOrder,
            @Nullable LocalDate orderDate, List<Source> sources) {
    }

    //-----------------------------------------------------------------------
    /** Walks the tree; every error is worded by the {@link DataReader}. */
    private static final class Parser {
        private final DataReader reader;
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private final Set<String> usedSources = new HashSet<>();

        Parser(DataReader reader) {
            this.reader = reader;
        }

        UsFederalData root(JsonObject root) {
            DataHeader header = DataHeader.readNamed(reader, root, FORMAT, sources);
            JsonValue sourcesNode = root.required("sources", "an object of sources");
            for (String id : sources.keySet()) {
                if (!KEY.matcher(id).matches()) {
                    throw reader.failName(sourcesNode, id, "a source id of " + KEY_RULE);
                }
            }
            ImmutableMap<String, LocalizedText> calendars = calendars(
                    root.object("calendars", UsFederalHolidays.ID, UsFederalHolidays.DC_AREA_ID));
            Map<String, Observance> observances = observances(root.object("observances"));
            ImmutableList<HolidayRules> holidays = holidays(root.nonEmptyArray("holidays", "holiday"), observances);
            ImmutableList<Closing> closings = closings(root.array("closings"), holidays);
            for (String id : sources.keySet()) {
                if (!usedSources.contains(id)) {
                    throw reader.fail(Objects.requireNonNull(sourcesNode.get(id)),
                            "a source that is referred to by some entry");
                }
            }
            return new UsFederalData(header, calendars, holidays, closings);
        }

        private ImmutableMap<String, LocalizedText> calendars(JsonObject node) {
            return ImmutableMap.of(
                    UsFederalHolidays.ID, node.localized(UsFederalHolidays.ID),
                    UsFederalHolidays.DC_AREA_ID, node.localized(UsFederalHolidays.DC_AREA_ID));
        }

        private Map<String, Observance> observances(JsonObject node) {
            Map<String, Observance> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> e : node.value().members().entrySet()) {
                String id = e.getKey();
                if (id.equals(DataReader.COMMENT)) {
                    continue;
                }
                if (!KEY.matcher(id).matches()) {
                    throw reader.failName(node.value(), id, "an observance id of " + KEY_RULE);
                }
                JsonObject o = reader.object(e.getValue(), "saturday", "sunday", "sources");
                Shift saturday = shift(o, "saturday", Shift.FRIDAY_BEFORE);
                Shift sunday = shift(o, "sunday", Shift.MONDAY_AFTER);
                out.put(id, new Observance(id, saturday, sunday, sourceRefs(o)));
            }
            if (out.isEmpty()) {
                throw reader.fail(node.value(), "at least one observance");
            }
            return out;
        }

        private Shift shift(JsonObject node, String field, Shift allowed) {
            String allowedText = allowed.name().toLowerCase(Locale.ROOT).replace('_', '-');
            String rule = "\"" + allowedText + "\" or \"no-holiday\"";
            JsonValue v = node.required(field, rule);
            if (v.isString() && v.text().equals(allowedText)) {
                return allowed;
            }
            if (v.isString() && v.text().equals("no-holiday")) {
                return Shift.NO_HOLIDAY;
            }
            throw reader.fail(v, rule);
        }

        private ImmutableList<HolidayRules> holidays(List<JsonValue> nodes, Map<String, Observance> observances) {
            ImmutableList.Builder<HolidayRules> out = ImmutableList.builder();
            Set<String> keys = new HashSet<>();
            for (JsonValue node : nodes) {
                JsonObject h = reader.object(node, "key", "names", "scope", "observance", "rules");
                String key = key(h);
                if (!keys.add(key)) {
                    throw reader.fail(h.required("key", KEY_RULE), "a key not used by another holiday");
                }
                LocalizedText names = h.localized("names");
                Scope scope = h.optional("scope").map(this::scope).orElse(Scope.FEDERAL);
                JsonValue obsNode = h.required("observance", "an observance id");
                Observance observance = obsNode.isString() ? observances.get(obsNode.text()) : null;
                if (observance == null) {
                    throw reader.fail(obsNode, "one of the observances " + String.join(", ", observances.keySet()));
                }
                out.add(new HolidayRules(key, names, scope, observance, rules(h.nonEmptyArray("rules", "rule"))));
            }
            return out.build();
        }

        private Scope scope(JsonValue v) {
            if (v.isString() && v.text().equals("federal")) {
                return Scope.FEDERAL;
            }
            if (v.isString() && v.text().equals("dc-area")) {
                return Scope.DC_AREA;
            }
            throw reader.fail(v, "\"federal\" or \"dc-area\"");
        }

        private List<Rule> rules(List<JsonValue> nodes) {
            List<Rule> out = new ArrayList<>();
            int previousEnd = Integer.MIN_VALUE;
            for (JsonValue node : nodes) {
                JsonObject r = reader.object(node, "validFrom", "validTo", "everyYears", "date", "sources");
                int from = r.integer("validFrom", UsFederalHolidays.FIRST_YEAR, UsFederalHolidays.LAST_YEAR);
                if (from <= previousEnd) {
                    throw reader.fail(r.required("validFrom", "a year"), "a year after " + previousEnd
                            + " (the end of the rule before)");
                }
                int to = r.has("validTo") ? r.integer("validTo", from, OPEN_END - 1) : OPEN_END;
                int every = r.has("everyYears") ? r.integer("everyYears", 1, 100) : 1;
                DateRule date = dateRule(r.required("date", "an object {\"type\": ...}"));
                out.add(new Rule(from, to, every, date, sourceRefs(r)));
                previousEnd = to;
            }
            return ImmutableList.copyOf(out);
        }

        private DateRule dateRule(JsonValue node) {
            JsonValue type = reader.object(node).required("type",
                    "\"fixed\", \"nth-weekday\" or \"last-weekday\"");
            return switch (type.isString() ? type.text() : "") {
                case "fixed" -> {
                    JsonObject d = reader.object(node, "type", "month", "day");
                    Month month = Month.of(d.integer("month", 1, 12));
                    int day = d.integer("day", 1, 31);
                    if (day > month.minLength()) {
                        throw reader.fail(d.required("day", "a day"), "a day that " + month
                                + " has in every year, 1 to " + month.minLength());
                    }
                    yield new Fixed(month, day);
                }
                case "nth-weekday" -> {
                    JsonObject d = reader.object(node, "type", "month", "ordinal", "dayOfWeek");
                    Month month = Month.of(d.integer("month", 1, 12));
                    int ordinal = d.integer("ordinal", 1, 4);
                    yield new NthWeekday(month, ordinal, d.enumValue("dayOfWeek", DayOfWeek.class));
                }
                case "last-weekday" -> {
                    JsonObject d = reader.object(node, "type", "month", "dayOfWeek");
                    Month month = Month.of(d.integer("month", 1, 12));
                    yield new LastWeekday(month, d.enumValue("dayOfWeek", DayOfWeek.class));
                }
                default -> throw reader.fail(type, "\"fixed\", \"nth-weekday\" or \"last-weekday\"");
            };
        }

        private ImmutableList<Closing> closings(List<JsonValue> nodes, List<HolidayRules> holidays) {
            Set<String> holidayKeys = new HashSet<>();
            holidays.forEach(h -> holidayKeys.add(h.key()));
            Set<String> ids = new HashSet<>();
            ImmutableList.Builder<Closing> out = ImmutableList.builder();
            LocalDate previous = null;
            for (JsonValue node : nodes) {
                JsonObject c = reader.object(node, "date", "key", "halfDay", "executiveOrder", "orderDate", "names",
                        "sources");
                LocalDate date = closingDate(reader, c, previous);
                previous = date;
                String key = key(c);
                if (holidayKeys.contains(key)) {
                    throw reader.fail(c.required("key", KEY_RULE), "a key that is not a holiday's key");
                }
                if (!ids.add(key + "/" + date.getYear())) {
                    throw reader.fail(c.required("key", KEY_RULE), "a key used once in " + date.getYear());
                }
                boolean halfDay = c.bool("halfDay");
                String order = c.string("executiveOrder");
                if (!EXECUTIVE_ORDER.matcher(order).matches()) {
                    throw reader.fail(c.required("executiveOrder", "\"EO\" and a number"), "\"EO\" and a number");
                }
                LocalizedText names = c.localized("names");
                List<Source> refs = sourceRefs(c);
                Source first = refs.get(0);
                if (first.type() != SourceType.EXECUTIVE_ORDER
                        || !(first.citation().equals(order) || first.citation().startsWith(order + ",")
                                || first.citation().startsWith(order + " "))) {
                    throw reader.fail(c.array("sources").get(0), "an EXECUTIVE_ORDER source citing " + order);
                }
                LocalDate orderDate = c.optionalDate("orderDate").orElse(null);
                if (orderDate != null && orderDate.isAfter(date)) {
                    throw reader.fail(c.required("orderDate", "a date"), "the date of an order issued on or before the "
                            + "closing " + date);
                }
                out.add(new Closing(key, date, names, halfDay, order, orderDate, refs));
            }
            return out.build();
        }

        //-------------------------------------------------------------------
        private List<Source> sourceRefs(JsonObject node) {
            List<Source> out = new ArrayList<>();
            for (JsonValue ref : node.nonEmptyArray("sources", "source id")) {
                Source s = ref.isString() ? sources.get(ref.text()) : null;
                if (s == null) {
                    throw reader.fail(ref, "one of the source ids in $.sources");
                }
                if (out.contains(s)) {
                    throw reader.fail(ref, "a source id not listed twice");
                }
                usedSources.add(ref.text());
                out.add(s);
            }
            return ImmutableList.copyOf(out);
        }

        private String key(JsonObject node) {
            String key = node.string("key");
            if (!KEY.matcher(key).matches()) {
                throw reader.fail(node.required("key", KEY_RULE), KEY_RULE);
            }
            return key;
        }
    }

    /**
     * Reads the date of a closing and checks it: inside the calendar's years, a Monday to Friday, and
     * after the previous closing's date (the built-in file and a file loaded at run time alike).
     */
    private static LocalDate closingDate(DataReader reader, JsonObject closing, @Nullable LocalDate previous) {
        LocalDate date = closing.date("date");
        JsonValue dateNode = closing.required("date", "a date");
        if (date.getYear() < UsFederalHolidays.FIRST_YEAR || date.getYear() > UsFederalHolidays.LAST_YEAR) {
            throw reader.fail(dateNode, "a date in the years " + UsFederalHolidays.FIRST_YEAR + "-"
                    + UsFederalHolidays.LAST_YEAR);
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw reader.fail(dateNode, "a Monday to Friday, not a " + date.getDayOfWeek());
        }
        if (previous != null && !date.isAfter(previous)) {
            throw reader.fail(dateNode, "a date after " + previous + " (closings in date order)");
        }
        return date;
    }
}
