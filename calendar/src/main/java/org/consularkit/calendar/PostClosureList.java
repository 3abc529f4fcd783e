package org.consularkit.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayStatus;
import org.consularkit.core.internal.json.DataHeader;
import org.consularkit.core.internal.json.DataReader;
import org.consularkit.core.internal.json.DataReader.JsonObject;
import org.consularkit.core.internal.json.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The closure list of one post of the US Mission in China for one year, read from a file of
 * format {@value #FORMAT} (see {@link DataOverrides}): the explicit, official list that replaces
 * the derived year of {@link MissionChinaClosures}.
 *
 * @param postId the post id, one of {@link MissionChinaClosures#postIds()}
 * @param year the year
 * @param version the date of the file's data
 * @param closures the occurrences, official, in the order of the file
 */
record PostClosureList(String postId, int year, LocalDate version, List<Holiday> closures) {

    /** The format id. */
    static final String FORMAT = "consularkit.post-closures/1";

    /** The kinds of a closure: a whole day closed. */
    private static final HolidayKind[] KINDS = {HolidayKind.STATUTORY, HolidayKind.SPECIAL, HolidayKind.CLOSURE};

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String KEY_RULE = "a key of lower-case words joined by '-'";

    PostClosureList {
        closures = List.copyOf(closures);
    }

    /** Returns every date the list closes, in date order. */
    java.util.SortedSet<LocalDate> dates() {
        java.util.TreeSet<LocalDate> out = new java.util.TreeSet<>();
        closures.forEach(h -> out.addAll(h.daysOff()));
        return out;
    }

    /**
     * Reads and validates a file.
     *
     * @param name the name of the file, for messages
     * @param in the JSON text, not closed
     * @return the list
     * @throws DataFileException naming the file, line, column and path if the file breaks a rule
     * @throws IOException if the stream cannot be read
     */
    static PostClosureList read(String name, InputStream in) throws IOException {
        DataReader reader = DataReader.of(name);
        JsonObject root = reader.readObject(in, "format", "version", "sources", "description", "note", "post", "year",
                "closures");
        Map<String, Source> named = new LinkedHashMap<>();
        DataHeader header = DataHeader.readNamed(reader, root, FORMAT, named);
        for (String free : List.of("description", "note")) {
            Optional<JsonValue> v = root.optional(free);
            if (v.isPresent() && !v.get().isString()) {
                throw reader.fail(v.get(), "a string (free text)");
            }
        }
        JsonValue postNode = root.required("post", "a post id");
        List<String> posts = MissionChinaClosures.postIds();
        if (!postNode.isString() || !posts.contains(postNode.text())) {
            throw reader.fail(postNode, "one of the post ids " + String.join(", ", posts));
        }
        String post = postNode.text();
        int year = root.integer("year", MissionChinaClosures.FIRST_YEAR, MissionChinaClosures.LAST_YEAR);
        Set<String> keys = new HashSet<>();
        Map<LocalDate, String> closedFor = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        List<Holiday> out = new ArrayList<>();
        @Nullable LocalDate previousFirst = null;
        for (JsonValue node : root.nonEmptyArray("closures", "closure")) {
            JsonObject c = reader.object(node, "key", "kind", "names", "dates", "sources", "note");
            JsonValue keyNode = c.required("key", KEY_RULE);
            String key = c.string("key");
            if (!KEY.matcher(key).matches()) {
                throw reader.fail(keyNode, KEY_RULE);
            }
            if (!keys.add(key)) {
                throw reader.fail(keyNode, "a key used once in the list");
            }
            HolidayKind kind = reader.code(c.required("kind", "one of STATUTORY, SPECIAL, CLOSURE"), KINDS, Enum::name);
            LocalizedText names = c.localized("names");
            Optional<JsonValue> note = c.optional("note");
            if (note.isPresent() && !note.get().isString()) {
                throw reader.fail(note.get(), "a string (free text)");
            }
            List<Source> sources = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (JsonValue ref : c.nonEmptyArray("sources", "source id")) {
                if (!ref.isString() || !named.containsKey(ref.text())) {
                    throw reader.fail(ref, "one of the source ids " + String.join(", ", named.keySet()));
                }
                if (!ids.add(ref.text())) {
                    throw reader.fail(ref, "a source id not listed twice");
                }
                used.add(ref.text());
                sources.add(Objects.requireNonNull(named.get(ref.text())));
            }
            DayType type = kind == HolidayKind.CLOSURE ? DayType.CLOSURE : DayType.PUBLIC_HOLIDAY;
            Holiday.Builder b = Holiday.builder(key, year, names, kind).status(HolidayStatus.OFFICIAL).sources(sources);
            @Nullable LocalDate previous = null;
            for (JsonValue d : c.nonEmptyArray("dates", "date")) {
                LocalDate date = reader.date(d);
                if (date.getYear() != year) {
                    throw reader.fail(d, "a date in " + year);
                }
                if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    throw reader.fail(d, "a Monday to Friday (a post closes on weekdays), not a "
                            + date.getDayOfWeek());
                }
                String other = closedFor.putIfAbsent(date, key);
                if (other != null) {
                    throw reader.fail(d, "a date not already closed for " + other
                            + " (a day shared by two holidays is one closure with both names)");
                }
                if (previous == null) {
                    if (previousFirst != null && date.isBefore(previousFirst)) {
                        throw reader.fail(d, "a first date on or after " + previousFirst
                                + " (closures in the order of their first dates)");
                    }
                    previousFirst = date;
                    b.date(date);
                } else if (!date.isAfter(previous)) {
                    throw reader.fail(d, "a date after " + previous + " (the dates of a closure in order)");
                }
                previous = date;
                b.day(date, type);
            }
            out.add(b.build());
        }
        JsonValue sourcesNode = root.required("sources", "an object of sources");
        for (String id : named.keySet()) {
            if (!used.contains(id)) {
                throw reader.fail(Objects.requireNonNull(sourcesNode.get(id)), "a source that a closure refers to");
            }
        }
        return new PostClosureList(post, year, header.version(), out);
    }
}
