package org.consularkit.calendar.internal.cn;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.consularkit.calendar.ChinaPublicHoliday;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.calendar.ChinaScheduleLoader.LoadResult;
import org.consularkit.core.DataFileException;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.internal.json.DataHeader;
import org.consularkit.core.internal.json.DataReader.JsonObject;
import org.consularkit.core.internal.json.DataReader;
import org.consularkit.core.internal.json.IsoDates;
import org.consularkit.core.internal.json.JsonReader;
import org.consularkit.core.internal.json.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Reads schedule files (the library's format, the built-in multi-year file, the holiday-cn format)
 * with the shared {@link DataReader}: every error is a {@link DataFileException} naming the file,
 * the line and column, the JSON path, the rule and the value. One instance reads one document; it
 * is not thread-safe and never shared.
 */
public final class ChinaScheduleParser {

    /** The format of a one-year schedule file. */
    public static final String FORMAT = "consularkit.cn-schedule/1";
    /** The format of the built-in file holding every official year. */
    public static final String MULTI_FORMAT = "consularkit.cn-schedules/1";
    /** The largest document any of the formats accepts, in bytes: {@value}. */
    public static final long MAX_BYTES = JsonReader.DEFAULT_MAX_BYTES;

    private static final String DATE_OR_RANGE = "a date (yyyy-MM-dd) or a range (yyyy-MM-dd/yyyy-MM-dd)";
    private static final String HOLIDAY_CN_NAME = "a festival name of holiday-cn, or names joined by 、 ("
            + Stream.of(ChinaPublicHoliday.values()).map(ChinaPublicHoliday::holidayCnName)
                    .collect(Collectors.joining(", ")) + ")";

    private final DataReader reader;
    private final String sourceName;
    private final List<String> warnings = new ArrayList<>();

    private ChinaScheduleParser(String sourceName) {
        this.reader = DataReader.of(sourceName);
        this.sourceName = sourceName;
    }

    //-----------------------------------------------------------------------
    /**
     * Reads a one-year file in the library's format.
     *
     * @param in the stream, at most {@value #MAX_BYTES} bytes, not closed, not null
     * @param sourceName the name for messages, not null
     * @return the schedule and its warnings
     * @throws DataFileException if the document is invalid
     * @throws IOException if the stream cannot be read
     */
    public static LoadResult readOwn(InputStream in, String sourceName) throws IOException {
        ChinaScheduleParser p = new ChinaScheduleParser(sourceName);
        JsonObject root = p.reader.readObject(in, "format", "year", "version", "sources", "blocks", "description",
                "note");
        p.format(root, FORMAT);
        root.optionalDate("version");
        p.freeText(root, "description");
        p.freeText(root, "note");
        return p.result(p.schedule(root));
    }

    /**
     * Reads the built-in file of every official year.
     *
     * @param in the stream, at most {@value #MAX_BYTES} bytes, not closed, not null
     * @param sourceName the name for messages, not null
     * @return the schedules in file order
     * @throws DataFileException if the document is invalid
     * @throws IOException if the stream cannot be read
     */
    public static List<ChinaSchedule> readMulti(InputStream in, String sourceName) throws IOException {
        ChinaScheduleParser p = new ChinaScheduleParser(sourceName);
        JsonObject root = p.reader.readObject(in, "format", "version", "sources", "description", "note", "schedules");
        DataHeader.read(p.reader, root, MULTI_FORMAT);
        p.freeText(root, "description");
        p.freeText(root, "note");
        List<ChinaSchedule> out = new ArrayList<>();
        Map<Integer, JsonValue> years = new HashMap<>();
        for (JsonValue node : root.nonEmptyArray("schedules", "schedule")) {
            JsonObject o = p.reader.object(node, "year", "sources", "blocks", "note");
            p.freeText(o, "note");
            ChinaSchedule s = p.schedule(o);
            JsonValue other = years.putIfAbsent(s.year(), o.required("year", "a year"));
            if (other != null) {
                throw p.reader.fail(o.required("year", "a year"), "a year without another schedule (" + s.year()
                        + " is also at " + other.path() + ")");
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    /**
     * Reads a file in the holiday-cn format.
     *
     * @param in the stream, at most {@value #MAX_BYTES} bytes, not closed, not null
     * @param sourceName the name for messages, not null
     * @return the schedule and its warnings
     * @throws DataFileException if the document is invalid
     * @throws IOException if the stream cannot be read
     */
    public static LoadResult readHolidayCn(InputStream in, String sourceName) throws IOException {
        ChinaScheduleParser p = new ChinaScheduleParser(sourceName);
        DataReader reader = p.reader;
        JsonObject root = reader.readObject(in, "$schema", "$id", "year", "papers", "days");
        root.optionalString("$schema");
        root.optionalString("$id");
        int year = root.integer("year", ChinaSchedule.FIRST_YEAR, ChinaSchedule.LAST_YEAR);
        List<JsonValue> papers = root.array("papers");
        List<JsonValue> days = root.nonEmptyArray("days", "day");
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            URI url = reader.url(papers.get(i));
            String citation = i == 0 ? "国务院办公厅关于" + year + "年部分节假日安排的通知"
                    : "关于调整" + year + "年节假日安排的通知（第" + (i + 1) + "份文件）";
            sources.add(Source.of(SourceType.NOTICE, citation, url));
        }
        if (sources.isEmpty()) {
            p.warnings.add(sourceName + ": papers: no notice URL; the schedule cites the notice by title only");
            sources.add(Source.of(SourceType.NOTICE, "国务院办公厅关于" + year + "年部分节假日安排的通知"));
        }
        Dates registry = p.new Dates(year);
        // Groups of entries by festival set, merged when they share a festival.
        List<Group> groups = new ArrayList<>();
        for (JsonValue dayNode : days) {
            JsonObject day = reader.object(dayNode, "name", "date", "isOffDay");
            JsonValue nameNode = day.required("name", HOLIDAY_CN_NAME);
            String name = nameNode.isString() ? nameNode.text() : "";
            Set<ChinaPublicHoliday> festivals = EnumSet.noneOf(ChinaPublicHoliday.class);
            for (String part : name.split("、", -1)) {
                festivals.add(ChinaPublicHoliday.fromHolidayCnName(part)
                        .orElseThrow(() -> reader.fail(nameNode, HOLIDAY_CN_NAME)));
            }
            if (festivals.contains(ChinaPublicHoliday.VICTORY_DAY_2015) && year != 2015) {
                throw reader.fail(nameNode, "a festival of " + year + " ("
                        + ChinaPublicHoliday.VICTORY_DAY_2015.holidayCnName() + " exists only in 2015)");
            }
            LocalDate date = day.date("date");
            JsonValue dateNode = day.required("date", "a date (yyyy-MM-dd)");
            boolean off = day.bool("isOffDay");
            registry.checkYear(date, dateNode);
            if (!off && !ChinaOccurrences.isWeekend(date)) {
                p.warnings.add(sourceName + ": " + dayNode.path().substring(2) + ": " + date + " (" + name
                        + ") is marked as a working day (isOffDay false) but is a " + date.getDayOfWeek()
                        + ", an ordinary working day; not a make-up working day, ignored");
                continue;
            }
            registry.add(date, off, dateNode);
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
                target = new Group(dayNode);
                groups.add(target);
            }
            target.festivals.addAll(festivals);
            (off ? target.daysOff : target.makeup).add(date);
        }
        List<ChinaSchedule.Block> blocks = new ArrayList<>();
        for (Group g : groups) {
            if (g.daysOff.isEmpty()) {
                throw reader.fail(g.first, "a day off for every festival ("
                        + g.festivals.stream().map(ChinaPublicHoliday::holidayCnName).collect(Collectors.joining("、"))
                        + " has make-up working days only)");
            }
            // Weekend days between two days off of the block belong to it even when not listed.
            TreeSet<LocalDate> off = new TreeSet<>(g.daysOff);
            for (LocalDate d = off.first(); d.isBefore(off.last()); d = d.plusDays(1)) {
                if (ChinaOccurrences.isWeekend(d) && !registry.contains(d)) {
                    off.add(d);
                }
            }
            registry.checkReach(off);
            blocks.add(p.block(g.festivals, off, g.makeup, g.first));
        }
        return p.result(p.build(year, sources, blocks, root.value()));
    }

    /** Entries of one block of a holiday-cn file. */
    private static final class Group {
        final JsonValue first;
        final Set<ChinaPublicHoliday> festivals = EnumSet.noneOf(ChinaPublicHoliday.class);
        final Set<LocalDate> daysOff = new TreeSet<>();
        final Set<LocalDate> makeup = new TreeSet<>();

        Group(JsonValue first) {
            this.first = first;
        }

        void merge(Group other) {
            festivals.addAll(other.festivals);
            daysOff.addAll(other.daysOff);
            makeup.addAll(other.makeup);
        }
    }

    /** The dates seen so far in a schedule, with the value that lists each, to report duplicates. */
    private final class Dates {
        private final int year;
        private final Map<LocalDate, Listed> listed = new TreeMap<>();

        /** The value that lists a date, and whether it lists it as a day off. */
        private record Listed(JsonValue node, boolean off) {
        }

        Dates(int year) {
            this.year = year;
        }

        boolean contains(LocalDate d) {
            return listed.containsKey(d);
        }

        void checkYear(LocalDate d, JsonValue node) {
            if (d.getYear() < year - 1 || d.getYear() > year + 1) {
                throw reader.fail(node, "a date in the years " + (year - 1) + "-" + (year + 1)
                        + " (the schedule's year " + year + " ± 1)");
            }
        }

        void add(LocalDate d, boolean off, JsonValue node) {
            checkYear(d, node);
            if (!off) {
                DayOfWeek dow = d.getDayOfWeek();
                if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                    throw reader.fail(node, "a Saturday or Sunday for a make-up working day (" + d + " is a "
                            + dow + ")");
                }
            }
            Listed other = listed.putIfAbsent(d, new Listed(node, off));
            if (other != null) {
                if (other.off() != off) {
                    throw reader.fail(node, "a date that is not both a day off and a make-up working day (" + d
                            + " is also at " + other.node().path() + ")");
                }
                throw reader.fail(node, "a date listed once (" + d + " is also at " + other.node().path() + ")");
            }
        }

        /**
         * Checks that a block's occurrence, which takes in the Saturday and Sunday next to its days
         * off, stays within the schedule's year ± 1, so that the calendar can answer for it.
         */
        void checkReach(NavigableSet<LocalDate> daysOff) {
            LocalDate from = ChinaOccurrences.reachBefore(daysOff.first());
            LocalDate to = ChinaOccurrences.reachAfter(daysOff.last());
            LocalDate out;
            LocalDate edge;
            if (from.getYear() < year - 1) {
                out = from;
                edge = daysOff.first();
            } else if (to.getYear() > year + 1) {
                out = to;
                edge = daysOff.last();
            } else {
                return;
            }
            // The first and last days off of a block are listed ones; only weekends in between are added.
            Listed at = Objects.requireNonNull(listed.get(edge), () -> "the listing of " + edge);
            throw reader.fail(at.node(), "a block of days off that stays within the years " + (year - 1)
                    + "-" + (year + 1) + " with the weekend next to it (" + edge + " reaches " + out + ")");
        }
    }

    //-----------------------------------------------------------------------
    private ChinaSchedule schedule(JsonObject root) {
        int year = root.integer("year", ChinaSchedule.FIRST_YEAR, ChinaSchedule.LAST_YEAR);
        List<Source> sources = new ArrayList<>();
        for (JsonValue s : root.nonEmptyArray("sources", "source")) {
            sources.add(source(s));
        }
        Dates registry = new Dates(year);
        Map<ChinaPublicHoliday, JsonValue> festivalNodes = new EnumMap<>(ChinaPublicHoliday.class);
        List<ChinaSchedule.Block> blocks = new ArrayList<>();
        for (JsonValue node : root.nonEmptyArray("blocks", "block")) {
            JsonObject b = reader.object(node, "festivals", "daysOff", "makeupWorkdays", "note");
            freeText(b, "note");
            List<ChinaPublicHoliday> festivals = new ArrayList<>();
            for (JsonValue f : b.nonEmptyArray("festivals", "festival")) {
                ChinaPublicHoliday festival = reader.code(f, ChinaPublicHoliday.values(), ChinaPublicHoliday::key);
                JsonValue other = festivalNodes.putIfAbsent(festival, f);
                if (other != null) {
                    throw reader.fail(f, "a festival without another block (" + festival.key() + " is also at "
                            + other.path() + ")");
                }
                if (festival == ChinaPublicHoliday.VICTORY_DAY_2015 && year != 2015) {
                    throw reader.fail(f, "a festival of " + year + " (" + festival.key() + " exists only in 2015)");
                }
                festivals.add(festival);
            }
            NavigableSet<LocalDate> off = dates(b.nonEmptyArray("daysOff", "day off"), true, registry);
            NavigableSet<LocalDate> makeup = b.optional("makeupWorkdays")
                    .map(m -> dates(reader.array(m), false, registry)).orElse(new TreeSet<>());
            registry.checkReach(off);
            blocks.add(block(festivals, off, makeup, node));
        }
        return build(year, sources, blocks, root.value());
    }

    private ChinaSchedule.Block block(Collection<ChinaPublicHoliday> festivals, Set<LocalDate> off,
            Set<LocalDate> makeup, JsonValue at) {
        try {
            return ChinaSchedule.Block.of(festivals, off, makeup);
        } catch (IllegalArgumentException e) {
            // the checks above report every broken rule of a block first; this is a safety net
            throw reader.fail(at, "a valid block (" + e.getMessage() + ")", e);
        }
    }

    private ChinaSchedule build(int year, List<Source> sources, List<ChinaSchedule.Block> blocks, JsonValue at) {
        try {
            return ChinaSchedule.of(year, sources, blocks);
        } catch (IllegalArgumentException e) {
            // the checks above report every broken rule of a schedule first; this is a safety net
            throw reader.fail(at, "a valid schedule (" + e.getMessage() + ")", e);
        }
    }

    private LoadResult result(ChinaSchedule s) {
        for (String w : ScheduleChecks.warnings(s)) {
            warnings.add(sourceName + ": " + w);
        }
        return new LoadResult(s, warnings);
    }

    private Source source(JsonValue node) {
        JsonObject o = reader.object(node, "citation", "url", "type", "note");
        freeText(o, "note");
        SourceType type = o.optional("type").map(t -> reader.enumValue(t, SourceType.class)).orElse(SourceType.NOTICE);
        String citation = o.string("citation");
        Optional<URI> url = o.optionalUrl("url");
        return url.isPresent() ? Source.of(type, citation, url.get()) : Source.of(type, citation);
    }

    private NavigableSet<LocalDate> dates(List<JsonValue> items, boolean off, Dates registry) {
        NavigableSet<LocalDate> out = new TreeSet<>();
        for (JsonValue item : items) {
            String s = item.isString() ? item.text() : "";
            int slash = s.indexOf('/');
            if (slash < 0) {
                LocalDate d = parseDate(s, item);
                registry.add(d, off, item);
                out.add(d);
            } else {
                LocalDate first = parseDate(s.substring(0, slash), item);
                LocalDate last = parseDate(s.substring(slash + 1), item);
                if (last.isBefore(first)) {
                    throw reader.fail(item, "a range that does not end before it starts");
                }
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    registry.add(d, off, item);
                    out.add(d);
                }
            }
        }
        return out;
    }

    //-----------------------------------------------------------------------
    private void format(JsonObject root, String expected) {
        JsonValue f = root.required("format", "the format id " + expected);
        if (!f.isString() || !f.text().equals(expected)) {
            throw reader.fail(f, "the format id \"" + expected + "\"");
        }
    }

    /** Checks that an optional member of free text, which the reader ignores, is a string. */
    private void freeText(JsonObject o, String field) {
        Optional<JsonValue> v = o.optional(field);
        if (v.isPresent() && !v.get().isString()) {
            throw reader.fail(v.get(), "a string (free text)");
        }
    }

    private LocalDate parseDate(String s, JsonValue node) {
        if (IsoDates.hasDateShape(s)) {
            try {
                return IsoDates.parse(s);
            } catch (DateTimeParseException e) {
                throw reader.fail(node, DATE_OR_RANGE, e);
            }
        }
        throw reader.fail(node, DATE_OR_RANGE);
    }
}
