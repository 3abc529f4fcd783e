package org.consularkit.calendar.internal.us;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.internal.json.JsonReader;
import org.consularkit.core.internal.json.JsonValue;
import org.jspecify.annotations.Nullable;
import org.consularkit.calendar.UsFederalHolidays;

/**
 * The US federal holiday rules and executive-order closings, parsed from the resource {@code
 * org/consularkit/calendar/us-federal.json} with jackson-core's streaming parser into a {@link
 * JsonValue} tree.
 *
 * <h2>Format {@code consularkit-us-federal/1}</h2>
 * One JSON object; every object may carry a {@code "$comment"} string, any other unknown field is
 * an error.
 * <ul>
 * <li>{@code format}: the string {@code "consularkit-us-federal/1"}.</li>
 * <li>{@code verified}: the ISO date on which the facts were last checked against their sources.</li>
 * <li>{@code calendars}: the names of the calendars {@code us-federal} and {@code us-federal-dc},
 *     each an object {@code {"en": ..., "zh": ...}} (non-blank English and Simplified Chinese).</li>
 * <li>{@code sources}: an object mapping a source id (lower-case words joined by {@code -}) to
 *     {@code {"type", "citation", "url"}}: {@code type} a {@link SourceType} constant name, {@code
 *     citation} non-blank, {@code url} optional, an absolute http(s) URL. Every source must be
 *     referred to somewhere.</li>
 * <li>{@code observances}: an object mapping an observance id to {@code {"saturday", "sunday",
 *     "sources"}}: what happens when the nominal date falls on that day: {@code saturday} is {@code
 *     "friday-before"} or {@code "no-holiday"}, {@code sunday} is {@code "monday-after"} or {@code
 *     "no-holiday"}; {@code "no-holiday"} means there is no holiday at all that year (no day off,
 *     no day in lieu, no occurrence). {@code sources}: a non-empty array of source ids.</li>
 * <li>{@code holidays}: an array of {@code {"key", "names", "scope", "observance", "rules"}}: {@code
 *     key} unique, lower-case words joined by {@code -}; {@code scope} optional, {@code "federal"}
 *     (the default) or {@code "dc-area"} (only in the Washington DC area calendar); {@code
 *     observance} an observance id; {@code rules} a non-empty array, sorted and non-overlapping, of
 *     {@code {"validFrom", "validTo", "everyYears", "date", "sources"}}: {@code validFrom} a year
 *     from {@value UsFederalHolidays#FIRST_YEAR} to {@value UsFederalHolidays#LAST_YEAR}, {@code
 *     validTo} optional (absent: no end), {@code everyYears} optional, from 1 to 100 (default 1:
 *     the rule applies to the years {@code validFrom + k * everyYears}), {@code sources} a
 *     non-empty array of source ids, and {@code date} one of
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
 *     sources} a non-empty array of source ids whose first is an {@code EXECUTIVE_ORDER} citing
 *     that order.</li>
 * </ul>
 * A malformed resource fails with an {@link IllegalArgumentException} whose message names the
 * resource, the JSON path of the field (e.g. {@code $.holidays[8].rules[0].date.month}) and the
 * value found; nothing is kept from it.
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
    static final String FORMAT = "consularkit-us-federal/1";

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern EXECUTIVE_ORDER = Pattern.compile("EO [0-9]+");
    private static final String COMMENT = "$comment";
    private static final int OPEN_END = 9999;

    private final LocalDate verified;
    private final ImmutableMap<String, LocalizedText> calendarNames;
    private final ImmutableList<HolidayRules> holidays;
    private final ImmutableList<Closing> closings;

    private UsFederalData(LocalDate verified, ImmutableMap<String, LocalizedText> calendarNames,
            ImmutableList<HolidayRules> holidays, ImmutableList<Closing> closings) {
        this.verified = verified;
        this.calendarNames = calendarNames;
        this.holidays = holidays;
        this.closings = closings;
    }

    /**
     * Loads the built-in resource.
     *
     * @return the data, not null
     * @throws IllegalArgumentException if the resource is malformed
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
     * @param in the JSON text in UTF-8, not null
     * @return the data, not null
     * @throws IllegalArgumentException if the text is not valid JSON or breaks a rule of the format
     * @throws UncheckedIOException if the stream cannot be read
     */
    static UsFederalData parse(String resource, InputStream in) {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(in, "in");
        @Nullable JsonValue root;
        try {
            root = JsonReader.read(in).orElse(null);
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new IllegalArgumentException(
                    resource + ": malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        Parser parser = new Parser(resource);
        if (root == null) {
            throw parser.fail("$", "expected an object", null);
        }
        return parser.root(root);
    }

    //-----------------------------------------------------------------------
    LocalDate verified() {
        return verified;
    }

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
    record Closing(String key, LocalDate date, LocalizedText names, boolean halfDay, String executiveOrder,
            List<Source> sources) {
    }

    //-----------------------------------------------------------------------
    /** Walks the tree, keeping the JSON path of every value for messages. */
    private static final class Parser {
        private final String resource;
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private final Map<String, JsonValue> sourceNodes = new HashMap<>();
        private final Set<String> usedSources = new HashSet<>();

        Parser(String resource) {
            this.resource = resource;
        }

        UsFederalData root(JsonValue root) {
            String path = "$";
            object(root, path, "format", "verified", "calendars", "sources", "observances", "holidays",
                    "closings");
            String format = text(root, path, "format");
            if (!format.equals(FORMAT)) {
                throw fail(path + ".format", "expected \"" + FORMAT + "\"", root.get("format"));
            }
            LocalDate verified = date(root, path, "verified");
            ImmutableMap<String, LocalizedText> calendars = calendars(required(root, path, "calendars"),
                    path + ".calendars");
            sources(required(root, path, "sources"), path + ".sources");
            Map<String, Observance> observances = observances(required(root, path, "observances"),
                    path + ".observances");
            ImmutableList<HolidayRules> holidays = holidays(required(root, path, "holidays"),
                    path + ".holidays", observances);
            ImmutableList<Closing> closings = closings(required(root, path, "closings"), path + ".closings",
                    holidays);
            for (String id : sources.keySet()) {
                if (!usedSources.contains(id)) {
                    throw fail(path + ".sources." + id, "expected a source that is referred to by some entry",
                            sourceNodes.get(id));
                }
            }
            return new UsFederalData(verified, calendars, holidays, closings);
        }

        private ImmutableMap<String, LocalizedText> calendars(JsonValue node, String path) {
            object(node, path, UsFederalHolidays.ID, UsFederalHolidays.DC_AREA_ID);
            return ImmutableMap.of(
                    UsFederalHolidays.ID, names(node, path, UsFederalHolidays.ID),
                    UsFederalHolidays.DC_AREA_ID, names(node, path, UsFederalHolidays.DC_AREA_ID));
        }

        private void sources(JsonValue node, String path) {
            object(node, path);
            for (Map.Entry<String, JsonValue> e : node.members().entrySet()) {
                if (e.getKey().equals(COMMENT)) {
                    continue;
                }
                String p = path + "." + e.getKey();
                if (!KEY.matcher(e.getKey()).matches()) {
                    throw fail(p, "expected a source id of lower-case words joined by '-'",
                            textNode(p, e.getKey()));
                }
                JsonValue s = e.getValue();
                object(s, p, "type", "citation", "url");
                SourceType type = enumValue(SourceType.class, s, p, "type");
                String citation = text(s, p, "citation");
                JsonValue url = s.get("url");
                Source source;
                if (url == null) {
                    source = Source.of(type, citation);
                } else {
                    source = Source.of(type, citation, url(s, p, "url"));
                }
                sources.put(e.getKey(), source);
                sourceNodes.put(e.getKey(), s);
            }
            if (sources.isEmpty()) {
                throw fail(path, "expected at least one source", node);
            }
        }

        private Map<String, Observance> observances(JsonValue node, String path) {
            object(node, path);
            Map<String, Observance> out = new HashMap<>();
            for (Map.Entry<String, JsonValue> e : node.members().entrySet()) {
                if (e.getKey().equals(COMMENT)) {
                    continue;
                }
                String p = path + "." + e.getKey();
                JsonValue o = e.getValue();
                object(o, p, "saturday", "sunday", "sources");
                Shift saturday = shift(o, p, "saturday", Shift.FRIDAY_BEFORE);
                Shift sunday = shift(o, p, "sunday", Shift.MONDAY_AFTER);
                out.put(e.getKey(), new Observance(e.getKey(), saturday, sunday, sourceRefs(o, p)));
            }
            return out;
        }

        private Shift shift(JsonValue node, String path, String field, Shift allowed) {
            String value = text(node, path, field);
            String allowedText = allowed.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (value.equals(allowedText)) {
                return allowed;
            }
            if (value.equals("no-holiday")) {
                return Shift.NO_HOLIDAY;
            }
            throw fail(path + "." + field, "expected \"" + allowedText + "\" or \"no-holiday\"", node.get(field));
        }

        private ImmutableList<HolidayRules> holidays(JsonValue node, String path,
                Map<String, Observance> observances) {
            array(node, path);
            if (node.isEmpty()) {
                throw fail(path, "expected at least one holiday", node);
            }
            ImmutableList.Builder<HolidayRules> out = ImmutableList.builder();
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String p = path + "[" + i + "]";
                JsonValue h = node.elements().get(i);
                object(h, p, "key", "names", "scope", "observance", "rules");
                String key = key(h, p);
                if (!keys.add(key)) {
                    throw fail(p + ".key", "expected a key not used by another holiday", h.get("key"));
                }
                LocalizedText names = names(h, p, "names");
                Scope scope = Scope.FEDERAL;
                if (h.has("scope")) {
                    String s = text(h, p, "scope");
                    if (s.equals("federal")) {
                        scope = Scope.FEDERAL;
                    } else if (s.equals("dc-area")) {
                        scope = Scope.DC_AREA;
                    } else {
                        throw fail(p + ".scope", "expected \"federal\" or \"dc-area\"", h.get("scope"));
                    }
                }
                String obsId = text(h, p, "observance");
                Observance observance = observances.get(obsId);
                if (observance == null) {
                    throw fail(p + ".observance", "expected one of the observances " + sorted(observances.keySet()),
                            h.get("observance"));
                }
                out.add(new HolidayRules(key, names, scope, observance,
                        rules(required(h, p, "rules"), p + ".rules")));
            }
            return out.build();
        }

        private List<Rule> rules(JsonValue node, String path) {
            array(node, path);
            if (node.isEmpty()) {
                throw fail(path, "expected at least one rule", node);
            }
            List<Rule> out = new ArrayList<>();
            int previousEnd = Integer.MIN_VALUE;
            for (int i = 0; i < node.size(); i++) {
                String p = path + "[" + i + "]";
                JsonValue r = node.elements().get(i);
                object(r, p, "validFrom", "validTo", "everyYears", "date", "sources");
                int from = integer(r, p, "validFrom", UsFederalHolidays.FIRST_YEAR, UsFederalHolidays.LAST_YEAR);
                if (from <= previousEnd) {
                    throw fail(p + ".validFrom", "expected a year after " + previousEnd
                            + " (the end of the rule before)", r.get("validFrom"));
                }
                int to = OPEN_END;
                if (r.has("validTo")) {
                    to = integer(r, p, "validTo", from, OPEN_END - 1);
                }
                int every = 1;
                if (r.has("everyYears")) {
                    every = integer(r, p, "everyYears", 1, 100);
                }
                DateRule date = dateRule(required(r, p, "date"), p + ".date");
                out.add(new Rule(from, to, every, date, sourceRefs(r, p)));
                previousEnd = to;
            }
            return ImmutableList.copyOf(out);
        }

        private DateRule dateRule(JsonValue node, String path) {
            object(node, path, "type", "month", "day", "ordinal", "dayOfWeek");
            String type = text(node, path, "type");
            switch (type) {
                case "fixed": {
                    only(node, path, "type", "month", "day");
                    Month month = Month.of(integer(node, path, "month", 1, 12));
                    int day = integer(node, path, "day", 1, 31);
                    if (day > month.minLength()) {
                        throw fail(path + ".day", "expected a day that " + month + " has in every year, 1 to "
                                + month.minLength(), node.get("day"));
                    }
                    return new Fixed(month, day);
                }
                case "nth-weekday": {
                    only(node, path, "type", "month", "ordinal", "dayOfWeek");
                    Month month = Month.of(integer(node, path, "month", 1, 12));
                    int ordinal = integer(node, path, "ordinal", 1, 4);
                    return new NthWeekday(month, ordinal, enumValue(DayOfWeek.class, node, path, "dayOfWeek"));
                }
                case "last-weekday": {
                    only(node, path, "type", "month", "dayOfWeek");
                    Month month = Month.of(integer(node, path, "month", 1, 12));
                    return new LastWeekday(month, enumValue(DayOfWeek.class, node, path, "dayOfWeek"));
                }
                default:
                    throw fail(path + ".type", "expected \"fixed\", \"nth-weekday\" or \"last-weekday\"",
                            node.get("type"));
            }
        }

        private ImmutableList<Closing> closings(JsonValue node, String path, List<HolidayRules> holidays) {
            array(node, path);
            Set<String> holidayKeys = new HashSet<>();
            holidays.forEach(h -> holidayKeys.add(h.key()));
            Set<String> ids = new HashSet<>();
            ImmutableList.Builder<Closing> out = ImmutableList.builder();
            LocalDate previous = null;
            for (int i = 0; i < node.size(); i++) {
                String p = path + "[" + i + "]";
                JsonValue c = node.elements().get(i);
                object(c, p, "date", "key", "halfDay", "executiveOrder", "names", "sources");
                LocalDate date = date(c, p, "date");
                if (date.getYear() < UsFederalHolidays.FIRST_YEAR || date.getYear() > UsFederalHolidays.LAST_YEAR) {
                    throw fail(p + ".date", "expected a date in the years " + UsFederalHolidays.FIRST_YEAR + "-"
                            + UsFederalHolidays.LAST_YEAR, c.get("date"));
                }
                if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    throw fail(p + ".date", "expected a Monday to Friday, not a " + date.getDayOfWeek(),
                            c.get("date"));
                }
                if (previous != null && !date.isAfter(previous)) {
                    throw fail(p + ".date", "expected a date after " + previous + " (closings in date order)",
                            c.get("date"));
                }
                previous = date;
                String key = key(c, p);
                if (holidayKeys.contains(key)) {
                    throw fail(p + ".key", "expected a key that is not a holiday's key", c.get("key"));
                }
                if (!ids.add(key + "/" + date.getYear())) {
                    throw fail(p + ".key", "expected a key used once in " + date.getYear(), c.get("key"));
                }
                JsonValue halfDay = required(c, p, "halfDay");
                if (!halfDay.isBoolean()) {
                    throw fail(p + ".halfDay", "expected true or false", halfDay);
                }
                String order = text(c, p, "executiveOrder");
                if (!EXECUTIVE_ORDER.matcher(order).matches()) {
                    throw fail(p + ".executiveOrder", "expected \"EO\" and a number", c.get("executiveOrder"));
                }
                LocalizedText names = names(c, p, "names");
                List<Source> refs = sourceRefs(c, p);
                Source first = refs.get(0);
                if (first.type() != SourceType.EXECUTIVE_ORDER
                        || !(first.citation().equals(order) || first.citation().startsWith(order + ",")
                                || first.citation().startsWith(order + " "))) {
                    throw fail(p + ".sources[0]", "expected an EXECUTIVE_ORDER source citing " + order,
                            Objects.requireNonNull(c.get("sources")).get(0));
                }
                out.add(new Closing(key, date, names, halfDay.booleanValue(), order, refs));
            }
            return out.build();
        }

        //-------------------------------------------------------------------
        private List<Source> sourceRefs(JsonValue node, String path) {
            JsonValue refs = required(node, path, "sources");
            String p = path + ".sources";
            array(refs, p);
            if (refs.isEmpty()) {
                throw fail(p, "expected at least one source id", refs);
            }
            List<Source> out = new ArrayList<>();
            for (int i = 0; i < refs.size(); i++) {
                JsonValue ref = refs.elements().get(i);
                if (!ref.isString() || !sources.containsKey(ref.textValue())) {
                    throw fail(p + "[" + i + "]", "expected one of the source ids in $.sources", ref);
                }
                Source s = sources.get(ref.textValue());
                if (out.contains(s)) {
                    throw fail(p + "[" + i + "]", "expected a source id not listed twice", ref);
                }
                usedSources.add(ref.textValue());
                out.add(s);
            }
            return ImmutableList.copyOf(out);
        }

        private String key(JsonValue node, String path) {
            String key = text(node, path, "key");
            if (!KEY.matcher(key).matches()) {
                throw fail(path + ".key", "expected lower-case words joined by '-'", node.get("key"));
            }
            return key;
        }

        private LocalizedText names(JsonValue node, String path, String field) {
            JsonValue n = required(node, path, field);
            String p = path + "." + field;
            object(n, p, "en", "zh");
            return LocalizedText.of(text(n, p, "en"), text(n, p, "zh"));
        }

        private LocalDate date(JsonValue node, String path, String field) {
            String text = text(node, path, field);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw fail(path + "." + field, "expected an ISO date (yyyy-mm-dd)", node.get(field));
            }
        }

        private URI url(JsonValue node, String path, String field) {
            String text = text(node, path, field);
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme();
                if (uri.isAbsolute() && ("http".equals(scheme) || "https".equals(scheme))) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw fail(path + "." + field, "expected an absolute http(s) URL", node.get(field));
        }

        private <E extends Enum<E>> E enumValue(Class<E> type, JsonValue node, String path, String field) {
            String text = text(node, path, field);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                List<String> names = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    names.add(constant.name());
                }
                throw fail(path + "." + field, "expected one of " + names, node.get(field));
            }
        }

        private int integer(JsonValue node, String path, String field, int min, int max) {
            JsonValue n = required(node, path, field);
            if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
                throw fail(path + "." + field, "expected an integer from " + min + " to " + max, n);
            }
            return n.intValue();
        }

        private String text(JsonValue node, String path, String field) {
            JsonValue n = required(node, path, field);
            if (!n.isString() || n.textValue().isBlank()) {
                throw fail(path + "." + field, "expected a non-blank string", n);
            }
            return n.textValue();
        }

        private JsonValue required(JsonValue node, String path, String field) {
            JsonValue n = node.get(field);
            if (n == null || n.isNull()) {
                throw fail(path + "." + field, "expected a value", n);
            }
            return n;
        }

        private void array(JsonValue node, String path) {
            if (!node.isArray()) {
                throw fail(path, "expected an array", node);
            }
        }

        /** Checks that a node is an object with only the given fields (any field when none given). */
        private void object(JsonValue node, String path, String... fields) {
            if (!node.isObject()) {
                throw fail(path, "expected an object", node);
            }
            if (fields.length > 0) {
                only(node, path, fields);
            }
            JsonValue comment = node.get(COMMENT);
            if (comment != null && !comment.isString()) {
                throw fail(path + "." + COMMENT, "expected a string", comment);
            }
        }

        private void only(JsonValue node, String path, String... fields) {
            Set<String> allowed = ImmutableSet.copyOf(fields);
            for (Map.Entry<String, JsonValue> e : node.members().entrySet()) {
                String name = e.getKey();
                if (!name.equals(COMMENT) && !allowed.contains(name)) {
                    throw fail(path + "." + name, "expected no such field (allowed: " + String.join(", ", fields)
                            + ")", node.get(name));
                }
            }
        }

        private static List<String> sorted(Set<String> names) {
            return names.stream().sorted().toList();
        }

        private static JsonValue textNode(String path, String text) {
            return JsonValue.string(path, text);
        }

        IllegalArgumentException fail(String path, String problem, @Nullable JsonValue value) {
            String found = value == null ? "missing" : value.toString();
            return new IllegalArgumentException(resource + ": " + path + ": " + problem + ", but was " + found);
        }
    }
}
