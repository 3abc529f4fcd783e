package org.consularkit.calendar.internal.cn;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.consularkit.calendar.ChinaPublicHoliday;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.calendar.ChinaScheduleException;
import org.consularkit.calendar.ChinaScheduleLoader.LoadResult;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.internal.json.JsonReader;
import org.consularkit.core.internal.json.JsonValue;
import org.jspecify.annotations.Nullable;
import org.consularkit.calendar.ChinaScheduleLoader;

/**
 * Parses schedule files (the library's format, the built-in multi-year file, the holiday-cn format)
 * with jackson-core's streaming parser into a {@link JsonValue} tree, tracking the JSON path of
 * every value for error messages. One instance reads one document; it is not thread-safe and never
 * shared.
 */
public final class ChinaScheduleParser {

    /** The format of a one-year schedule file. */
    public static final String FORMAT = "consularkit.cn-schedule/1";
    /** The format of the built-in file holding every official year. */
    public static final String MULTI_FORMAT = "consularkit.cn-schedules/1";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String KNOWN_KEYS = Arrays.stream(ChinaPublicHoliday.values()).map(ChinaPublicHoliday::key)
            .collect(Collectors.joining(", "));
    private static final int MAX_VALUE_LENGTH = 80;

    private final String sourceName;
    private final List<String> warnings = new ArrayList<>();

    private ChinaScheduleParser(String sourceName) {
        this.sourceName = sourceName;
    }

    //-----------------------------------------------------------------------
    /**
     * Reads a one-year file in the library's format.
     *
     * @param in the stream, not null
     * @param sourceName the name for messages, not null
     * @return the schedule and its warnings
     * @throws ChinaScheduleException if the document is invalid
     * @throws IOException if the stream cannot be read
     */
    public static LoadResult readOwn(InputStream in, String sourceName) throws IOException {
        ChinaScheduleParser p = new ChinaScheduleParser(sourceName);
        JsonValue root = p.parse(in);
        p.object(root, "$");
        p.allowOnly(root, "", Set.of("format", "year", "sources", "blocks", "description", "note"));
        p.format(root, "", FORMAT);
        ChinaSchedule s = p.schedule(root, "");
        return p.result(s);
    }

    /**
     * Reads the built-in file of every official year.
     *
     * @param in the stream, not null
     * @param sourceName the name for messages, not null
     * @return the schedules in file order
     * @throws ChinaScheduleException if the document is invalid
     * @throws IOException if the stream cannot be read
     */
    public static List<ChinaSchedule> readMulti(InputStream in, String sourceName) throws IOException {
        ChinaScheduleParser p = new ChinaScheduleParser(sourceName);
        JsonValue root = p.parse(in);
        p.object(root, "$");
        p.allowOnly(root, "", Set.of("format", "description", "derivedFrom", "schedules", "note"));
        p.format(root, "", MULTI_FORMAT);
        JsonValue list = p.array(p.required(root, "", "schedules"), "schedules");
        List<ChinaSchedule> out = new ArrayList<>();
        Map<Integer, String> years = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "schedules[" + i + "]";
            JsonValue node = list.elements().get(i);
            p.object(node, path);
            p.allowOnly(node, path + ".", Set.of("year", "sources", "blocks", "note"));
            ChinaSchedule s = p.schedule(node, path + ".");
            String other = years.putIfAbsent(s.year(), path);
            if (other != null) {
                throw p.error(path + ".year", "year " + s.year() + " appears twice (also " + other + ")");
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    /**
     * Reads a file in the holiday-cn format.
     *
     * @param in the stream, not null
     * @param sourceName the name for messages, not null
     * @return the schedule and its warnings
     * @throws ChinaScheduleException if the document is invalid
     * @throws IOException if the stream cannot be read
     */
    public static LoadResult readHolidayCn(InputStream in, String sourceName) throws IOException {
        ChinaScheduleParser p = new ChinaScheduleParser(sourceName);
        JsonValue root = p.parse(in);
        p.object(root, "$");
        int year = p.year(p.required(root, "", "year"), "year");
        JsonValue days = p.array(p.required(root, "", "days"), "days");
        if (days.isEmpty()) {
            throw p.error("days", "no days (the file lists no day off and no working day)");
        }
        JsonValue papers = p.array(p.required(root, "", "papers"), "papers");
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            String path = "papers[" + i + "]";
            URI url = p.url(papers.elements().get(i), path);
            String citation = i == 0 ? "国务院办公厅关于" + year + "年部分节假日安排的通知"
                    : "关于调整" + year + "年节假日安排的通知（第" + (i + 1) + "份文件）";
            sources.add(Source.of(SourceType.NOTICE, citation, url));
        }
        if (sources.isEmpty()) {
            p.warnings.add(sourceName + ": papers: no notice URL; the schedule cites the notice by title only");
            sources.add(Source.of(SourceType.NOTICE, "国务院办公厅关于" + year + "年部分节假日安排的通知"));
        }
        DateRegistry registry = p.new DateRegistry(year);
        // Groups of entries by festival set, merged when they share a festival.
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            String path = "days[" + i + "]";
            JsonValue day = days.elements().get(i);
            p.object(day, path);
            String name = p.text(p.required(day, path + ".", "name"), path + ".name");
            Set<ChinaPublicHoliday> festivals = EnumSet.noneOf(ChinaPublicHoliday.class);
            for (String part : name.split("、")) {
                ChinaPublicHoliday f = ChinaPublicHoliday.fromHolidayCnName(part).orElseThrow(
                        () -> p.error(path + ".name", "unknown festival " + quote(name)));
                festivals.add(f);
            }
            JsonValue dateNode = p.required(day, path + ".", "date");
            LocalDate date = p.date(dateNode, path + ".date");
            boolean off = p.bool(p.required(day, path + ".", "isOffDay"), path + ".isOffDay");
            registry.checkYear(date, path + ".date");
            if (!off && !ChinaOccurrences.isWeekend(date)) {
                p.warnings.add(sourceName + ": " + path + ": " + date + " (" + name + ") is marked as a working day"
                        + " (isOffDay false) but is a " + date.getDayOfWeek() + ", an ordinary working day;"
                        + " not a make-up working day, ignored");
                continue;
            }
            registry.add(date, off, path + ".date");
            @Nullable Group target = null;
            for (Iterator<Group> it = groups.iterator(); it.hasNext();) {
                Group g = it.next();
                if (!Collections.disjoint(g.festivals, festivals)) {
                    if (target == null) {
                        target = g;
                    } else {
                        target.merge(g);
                        it.remove();
                    }
                }
            }
            if (target == null) {
                target = new Group(path);
                groups.add(target);
            }
            target.festivals.addAll(festivals);
            (off ? target.daysOff : target.makeup).add(date);
        }
        List<ChinaSchedule.Block> blocks = new ArrayList<>();
        for (Group g : groups) {
            if (g.daysOff.isEmpty()) {
                throw p.error(g.firstPath, "festival " + g.festivals.stream().map(ChinaPublicHoliday::holidayCnName)
                        .collect(Collectors.joining("、")) + " has make-up working days but no day off");
            }
            if (g.festivals.contains(ChinaPublicHoliday.VICTORY_DAY_2015) && year != 2015) {
                throw p.error(g.firstPath + ".name", "festival " + quote(ChinaPublicHoliday.VICTORY_DAY_2015.holidayCnName())
                        + " is only allowed in 2015");
            }
            // Weekend days between two days off of the block belong to it even when not listed.
            TreeSet<LocalDate> off = new TreeSet<>(g.daysOff);
            for (LocalDate d = off.first(); d.isBefore(off.last()); d = d.plusDays(1)) {
                if (ChinaOccurrences.isWeekend(d) && !registry.contains(d)) {
                    off.add(d);
                }
            }
            blocks.add(ChinaSchedule.Block.of(g.festivals, off, g.makeup));
        }
        return p.result(p.build(year, sources, blocks));
    }

    /** Entries of one block of a holiday-cn file. */
    private static final class Group {
        final String firstPath;
        final Set<ChinaPublicHoliday> festivals = EnumSet.noneOf(ChinaPublicHoliday.class);
        final Set<LocalDate> daysOff = new TreeSet<>();
        final Set<LocalDate> makeup = new TreeSet<>();

        Group(String firstPath) {
            this.firstPath = firstPath;
        }

        void merge(Group other) {
            festivals.addAll(other.festivals);
            daysOff.addAll(other.daysOff);
            makeup.addAll(other.makeup);
        }
    }

    /** The dates seen so far in a document, with their paths and kind, to report duplicates. */
    private final class DateRegistry {
        private final int year;
        private final Map<LocalDate, String> paths = new HashMap<>();
        private final Map<LocalDate, Boolean> offs = new HashMap<>();

        DateRegistry(int year) {
            this.year = year;
        }

        boolean contains(LocalDate d) {
            return paths.containsKey(d);
        }

        void checkYear(LocalDate d, String path) {
            if (d.getYear() < year - 1 || d.getYear() > year + 1) {
                throw error(path, d + " is outside the years " + (year - 1) + "-" + (year + 1)
                        + " (the schedule's year " + year + " ± 1)");
            }
        }

        void add(LocalDate d, boolean off, String path) {
            checkYear(d, path);
            if (!off) {
                DayOfWeek dow = d.getDayOfWeek();
                if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                    throw error(path, d + " is a " + dow + "; a make-up working day must be a Saturday or Sunday");
                }
            }
            String other = paths.putIfAbsent(d, path);
            if (other != null) {
                boolean otherOff = offs.get(d);
                if (otherOff != off) {
                    throw error(path, d + " is both a day off and a make-up working day (also " + other + ")");
                }
                throw error(path, d + " is listed twice (also " + other + ")");
            }
            offs.put(d, off);
        }
    }

    //-----------------------------------------------------------------------
    private ChinaSchedule schedule(JsonValue root, String prefix) {
        int year = year(required(root, prefix, "year"), prefix + "year");
        JsonValue sourcesNode = array(required(root, prefix, "sources"), prefix + "sources");
        if (sourcesNode.isEmpty()) {
            throw error(prefix + "sources", "no sources (at least the notice is needed)");
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < sourcesNode.size(); i++) {
            sources.add(source(sourcesNode.elements().get(i), prefix + "sources[" + i + "]"));
        }
        JsonValue blocksNode = array(required(root, prefix, "blocks"), prefix + "blocks");
        if (blocksNode.isEmpty()) {
            throw error(prefix + "blocks", "no days (the schedule has no block)");
        }
        DateRegistry registry = new DateRegistry(year);
        Map<ChinaPublicHoliday, String> festivalPaths = new LinkedHashMap<>();
        List<ChinaSchedule.Block> blocks = new ArrayList<>();
        for (int i = 0; i < blocksNode.size(); i++) {
            String path = prefix + "blocks[" + i + "]";
            JsonValue b = blocksNode.elements().get(i);
            object(b, path);
            allowOnly(b, path + ".", Set.of("festivals", "daysOff", "makeupWorkdays", "note"));
            JsonValue fs = array(required(b, path + ".", "festivals"), path + ".festivals");
            if (fs.isEmpty()) {
                throw error(path + ".festivals", "no festival");
            }
            List<ChinaPublicHoliday> festivals = new ArrayList<>();
            for (int j = 0; j < fs.size(); j++) {
                String fpath = path + ".festivals[" + j + "]";
                String key = text(fs.elements().get(j), fpath);
                ChinaPublicHoliday f = ChinaPublicHoliday.fromKey(key).orElseThrow(() -> error(fpath,
                        "unknown festival " + quote(key) + "; known: " + KNOWN_KEYS));
                String other = festivalPaths.putIfAbsent(f, fpath);
                if (other != null) {
                    throw error(fpath, "festival " + quote(key) + " is listed twice (also " + other + ")");
                }
                if (f == ChinaPublicHoliday.VICTORY_DAY_2015 && year != 2015) {
                    throw error(fpath, "festival " + quote(key) + " is only allowed in 2015");
                }
                festivals.add(f);
            }
            List<LocalDate> off = dates(required(b, path + ".", "daysOff"), path + ".daysOff", true, registry);
            if (off.isEmpty()) {
                throw error(path + ".daysOff", "no day off");
            }
            JsonValue m = b.get("makeupWorkdays");
            List<LocalDate> makeup = m == null ? List.of()
                    : dates(m, path + ".makeupWorkdays", false, registry);
            blocks.add(ChinaSchedule.Block.of(festivals, off, makeup));
        }
        return build(year, sources, blocks);
    }

    private ChinaSchedule build(int year, List<Source> sources, List<ChinaSchedule.Block> blocks) {
        try {
            return ChinaSchedule.of(year, sources, blocks);
        } catch (IllegalArgumentException e) {
            throw new ChinaScheduleException(sourceName, "$", e.getMessage(), e);
        }
    }

    private LoadResult result(ChinaSchedule s) {
        for (String w : ScheduleChecks.warnings(s)) {
            warnings.add(sourceName + ": " + w);
        }
        return new LoadResult(s, warnings);
    }

    private Source source(JsonValue node, String path) {
        object(node, path);
        allowOnly(node, path + ".", Set.of("citation", "url", "type", "note"));
        String citation = text(required(node, path + ".", "citation"), path + ".citation");
        if (citation.isBlank()) {
            throw error(path + ".citation", "blank citation");
        }
        SourceType type = SourceType.NOTICE;
        JsonValue t = node.get("type");
        if (t != null) {
            String name = text(t, path + ".type");
            try {
                type = SourceType.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw error(path + ".type", "unknown source type " + quote(name) + "; known: "
                        + Arrays.stream(SourceType.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        JsonValue u = node.get("url");
        return u == null ? Source.of(type, citation) : Source.of(type, citation, url(u, path + ".url"));
    }

    private List<LocalDate> dates(JsonValue node, String path, boolean off, DateRegistry registry) {
        array(node, path);
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String p = path + "[" + i + "]";
            JsonValue item = node.elements().get(i);
            String s = text(item, p);
            int slash = s.indexOf('/');
            if (slash < 0) {
                LocalDate d = date(item, p);
                registry.add(d, off, p);
                out.add(d);
            } else {
                LocalDate first = parseDate(s.substring(0, slash), item, p);
                LocalDate last = parseDate(s.substring(slash + 1), item, p);
                if (last.isBefore(first)) {
                    throw error(p, "range ends before it starts: " + quote(s));
                }
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    registry.add(d, off, p);
                    out.add(d);
                }
            }
        }
        return out;
    }

    //-----------------------------------------------------------------------
    private JsonValue parse(InputStream in) throws IOException {
        @Nullable JsonValue root;
        try {
            root = JsonReader.read(in).orElse(null);
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new ChinaScheduleException(sourceName, "$", "malformed JSON" + where + ": "
                    + e.getOriginalMessage(), e);
        }
        if (root == null) {
            throw new ChinaScheduleException(sourceName, "$", "empty file (no JSON document)");
        }
        return root;
    }

    private void format(JsonValue root, String prefix, String expected) {
        String f = text(required(root, prefix, "format"), prefix + "format");
        if (!expected.equals(f)) {
            throw error(prefix + "format", "unsupported format " + quote(f) + "; expected " + quote(expected));
        }
    }

    private int year(JsonValue node, String path) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw typeError(path, "an integer year", node);
        }
        int year = node.intValue();
        if (year < ChinaSchedule.FIRST_YEAR || year > ChinaSchedule.LAST_YEAR) {
            throw error(path, "year " + year + " is outside " + ChinaSchedule.FIRST_YEAR + "-"
                    + ChinaSchedule.LAST_YEAR);
        }
        return year;
    }

    private URI url(JsonValue node, String path) {
        String s = text(node, path);
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw error(path, "not an absolute http(s) URL: " + quote(s));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw error(path, "not an absolute http(s) URL: " + quote(s));
        }
    }

    private LocalDate date(JsonValue node, String path) {
        return parseDate(text(node, path), node, path);
    }

    private LocalDate parseDate(String s, JsonValue node, String path) {
        if (DATE.matcher(s).matches()) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw error(path, "not a date (yyyy-MM-dd): " + render(node));
    }

    private String text(JsonValue node, String path) {
        if (!node.isString()) {
            throw typeError(path, "a string", node);
        }
        return node.textValue();
    }

    private boolean bool(JsonValue node, String path) {
        if (!node.isBoolean()) {
            throw typeError(path, "true or false", node);
        }
        return node.booleanValue();
    }

    private JsonValue array(JsonValue node, String path) {
        if (!node.isArray()) {
            throw typeError(path, "an array", node);
        }
        return node;
    }

    private void object(JsonValue node, String path) {
        if (!node.isObject()) {
            throw typeError(path, "an object", node);
        }
    }

    private JsonValue required(JsonValue obj, String prefix, String field) {
        JsonValue n = obj.get(field);
        if (n == null) {
            throw error(prefix + field, "missing required field");
        }
        return n;
    }

    private void allowOnly(JsonValue obj, String prefix, Set<String> fields) {
        for (String name : obj.members().keySet()) {
            if (!fields.contains(name)) {
                throw error(prefix + name, "unknown field; allowed: " + String.join(", ", new TreeSet<>(fields)));
            }
        }
    }

    private ChinaScheduleException typeError(String path, String expected, JsonValue actual) {
        return error(path, "expected " + expected + " but was " + render(actual));
    }

    private ChinaScheduleException error(String path, String detail) {
        return new ChinaScheduleException(sourceName, path.isEmpty() ? "$" : path, detail);
    }

    private static String render(JsonValue node) {
        String s = node.toString();
        return s.length() <= MAX_VALUE_LENGTH ? s : s.substring(0, MAX_VALUE_LENGTH) + "...";
    }

    private static String quote(String s) {
        return '"' + s + '"';
    }
}
