package org.consularkit.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.consularkit.calendar.Calendars;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.booking.OfficeState;
import org.consularkit.core.booking.OfficeStatus;
import org.consularkit.core.hours.OpeningSchedule;
import org.consularkit.core.internal.json.DataHeader;
import org.consularkit.core.internal.json.DataReader.JsonObject;
import org.consularkit.core.internal.json.DataReader;
import org.consularkit.core.internal.json.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Reads a directory file (format {@value #FORMAT}, see {@link Directory}) with the shared {@link
 * DataReader} and validates every field; the first problem is thrown as a {@link
 * DataFileException} in the reader's one wording. One instance reads one file; it is not shared.
 */
final class DirectoryParser {

    /** The format id. */
    static final String FORMAT = "consularkit.directory/1";
    /** The documented older format id, still read. */
    static final String OLDER_FORMAT = "consularkit-directory/1";
    /** The documented older name of {@code version}, still read. */
    static final String OLDER_VERSION = "verifiedOn";

    private static final Pattern POST_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern SOURCE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern CALENDAR_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(:[a-z0-9]+(-[a-z0-9]+)*)?");
    private static final Pattern ITEM_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final String[] PROVENANCE = {"sources", "verifiedOn", "uncertain", "note"};

    private final DataReader r;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private LocalDate version = LocalDate.MIN;

    private DirectoryParser(String file) {
        this.r = DataReader.of(file);
    }

    /**
     * Reads a directory file.
     *
     * @param in the stream, not closed
     * @param file the name for messages
     * @param postIds the ids the posts must have, exactly (the built-in directory), or empty for
     *     any
     */
    static Directory parse(InputStream in, String file, Optional<List<String>> postIds) {
        DirectoryParser p = new DirectoryParser(file);
        JsonObject root;
        try {
            root = p.r.readObject(in, Directory.MAX_BYTES, "format", "version", OLDER_VERSION, "sources", "posts",
                    "districts", "contacts", "appointmentRules", "referrals");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read directory file " + file, e);
        }
        return p.directory(root, postIds);
    }

    //-----------------------------------------------------------------------
    private Directory directory(JsonObject o, Optional<List<String>> postIds) {
        DataHeader header = header(o);
        version = header.version();
        JsonValue postsValue = o.required("posts", "an array of posts");
        List<JsonValue> postValues = r.array(postsValue);
        if (postValues.isEmpty()) {
            throw r.fail(postsValue, "at least one post");
        }
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (int i = 0; i < postValues.size(); i++) {
            @Nullable JsonValue id = postValues.get(i).get("id");
            if (id != null && id.isString() && ids.putIfAbsent(id.text(), i) != null) {
                throw r.fail(id, "an id that no other post has (posts[" + ids.get(id.text()) + "] has it)");
            }
        }
        Map<String, Post> byId = new LinkedHashMap<>();
        for (JsonValue v : postValues) {
            Post post = post(v);
            byId.put(post.id(), post);
        }
        postIds.ifPresent(expected -> {
            if (!Set.copyOf(expected).equals(byId.keySet())) {
                throw new DataFileException(r.source(), postsValue.path(), postsValue.line(), postsValue.column(),
                        "expected the posts " + String.join(", ", expected)
                                + " (the post ids of MissionChinaClosures, their one definition)",
                        String.join(", ", byId.keySet()), null);
            }
        });
        List<DistrictAssignment> districts = o.has("districts") ? districts(member(o, "districts"), byId) : List.of();
        Map<String, List<Province>> served = new LinkedHashMap<>();
        for (DistrictAssignment a : districts) {
            if (a.isCurrent()) {
                served.computeIfAbsent(a.postId(), k -> new ArrayList<>()).add(a.province());
            }
        }
        List<Post> posts = new ArrayList<>();
        for (Post post : byId.values()) {
            posts.add(post.withDistrict(served.getOrDefault(post.id(), List.of()).stream().sorted().toList()));
        }
        List<Contact> contacts = contacts(o.optionalArray("contacts"));
        AppointmentRules rules = o.has("appointmentRules")
                ? appointmentRules(o.object("appointmentRules", "byAppointmentOnly", "separateAppointmentPerService",
                        "arriveMinutesEarly", "cancelledWhenLateMinutes", "printedConfirmationRequired",
                        "prohibitedItems", "bookingUrl"))
                : AppointmentRules.NONE;
        List<Referral> referrals = new ArrayList<>();
        for (JsonValue v : o.optionalArray("referrals")) {
            referrals.add(referral(v));
        }
        return new Directory(r.source(), version, sources, posts, districts, contacts, rules, referrals);
    }

    /**
     * Reads the header: {@code format} (the current id or the documented older one), {@code
     * version} or its documented older name {@code verifiedOn}, and the named {@code sources}.
     */
    private DataHeader header(JsonObject o) {
        JsonValue f = o.required("format", "the format id " + FORMAT);
        String format = f.isString() && f.text().equals(OLDER_FORMAT) ? OLDER_FORMAT : FORMAT;
        DataHeader header;
        if (o.value().get(OLDER_VERSION) == null) {
            header = DataHeader.readNamed(r, o, format, sources);
        } else {
            if (o.value().get("version") != null) {
                throw r.fail(member(o, OLDER_VERSION),
                        "no " + OLDER_VERSION + " next to version (" + OLDER_VERSION + " is its older name)");
            }
            if (!f.isString() || !f.text().equals(format)) {
                throw r.fail(f, "the format id \"" + FORMAT + "\"");
            }
            JsonObject named = o.object("sources");
            if (named.value().members().isEmpty()) {
                throw r.fail(named.value(), "at least one source");
            }
            for (Map.Entry<String, JsonValue> e : named.value().members().entrySet()) {
                if (!e.getKey().equals(DataReader.COMMENT)) {
                    sources.put(e.getKey(), r.source(e.getValue()));
                }
            }
            header = new DataHeader(format, o.date(OLDER_VERSION), List.copyOf(sources.values()));
        }
        for (Map.Entry<String, JsonValue> e : o.object("sources").value().members().entrySet()) {
            if (!e.getKey().equals(DataReader.COMMENT) && !SOURCE_NAME.matcher(e.getKey()).matches()) {
                JsonValue v = e.getValue();
                throw new DataFileException(r.source(), v.path(), v.line(), v.column(),
                        "expected a source name of letters, digits and '_', '.', '-'",
                        "\"" + e.getKey() + "\"", null);
            }
        }
        return header;
    }

    private Post post(JsonValue value) {
        JsonObject o = r.object(value, "id", "name", "kind", "zone", "identity", "status", "address", "contacts",
                "acsEmail", "officeHours", "appointmentHours", "passportPickupHours", "quietAfternoons", "walkIn",
                "closesFor");
        String id = o.string("id");
        if (!POST_ID.matcher(id).matches()) {
            throw r.fail(member(o, "id"), "lower-case letters and digits, words joined by '-'");
        }
        LocalizedText name = o.localized("name");
        PostKind kind = o.enumValue("kind", PostKind.class);
        JsonValue zoneValue = o.required("zone", "a time zone id such as \"Asia/Shanghai\"");
        ZoneId zone;
        try {
            zone = ZoneId.of(r.string(zoneValue));
        } catch (DateTimeException e) {
            throw r.fail(zoneValue, "a time zone id such as \"Asia/Shanghai\"", e);
        }
        Provenance identity = provenance(o.object("identity", PROVENANCE));
        Sourced<OfficeStatus> status = fact(o, "status", (v, prov) -> {
            OfficeState state = v.enumValue("value", OfficeState.class);
            Optional<LocalDate> since = v.optionalDate("since");
            Optional<LocalizedText> reason = v.optional("reason").map(r::localized);
            return OfficeStatus.of(state, since, reason, prov.sources());
        }, "since", "reason");
        Sourced<String> address = o.has("address") ? fact(o, "address", (v, prov) -> v.string("value")) : null;
        List<Contact> contacts = contacts(o.optionalArray("contacts"));
        Sourced<String> email = null;
        if (o.has("acsEmail")) {
            email = fact(o, "acsEmail", (v, prov) -> {
                String e = v.string("value");
                if (!EMAIL.matcher(e).matches()) {
                    throw r.fail(member(v, "value"), "an e-mail address");
                }
                return e;
            });
        }
        Sourced<String> office = o.has("officeHours") ? hours(o, "officeHours") : null;
        Sourced<String> appointments = o.has("appointmentHours") ? hours(o, "appointmentHours") : null;
        Sourced<String> pickup = o.has("passportPickupHours") ? hours(o, "passportPickupHours") : null;
        Sourced<String> quiet = o.has("quietAfternoons") ? hours(o, "quietAfternoons") : null;
        Sourced<Boolean> walkIn = o.has("walkIn") ? fact(o, "walkIn", (v, prov) -> v.bool("value")) : null;
        Sourced<List<String>> closes = fact(o, "closesFor", (v, prov) -> {
            JsonValue array = v.required("value", "an array of calendar ids");
            List<String> calendars = strings(array, CALENDAR_ID, "a calendar id such as \"us-federal\"");
            for (int i = 0; i < calendars.size(); i++) {
                if (!Calendars.ids().contains(calendars.get(i))) {
                    throw r.fail(array.elements().get(i), "the id of a built-in calendar ("
                            + String.join(", ", Calendars.ids()) + ")");
                }
            }
            return calendars;
        });
        return new Post(id, name, kind, zone, identity, status, address, contacts, email, office, appointments,
                pickup, quiet, walkIn, closes, List.of());
    }

    private Sourced<String> hours(JsonObject post, String field) {
        return fact(post, field, (v, prov) -> {
            String text = v.string("value");
            try {
                OpeningSchedule.parse(text);
            } catch (DateTimeParseException e) {
                throw r.fail(member(v, "value"), "opening hours such as \"Mo-Fr 08:00-17:00; PH off\" ("
                        + e.getMessage() + ")", e);
            }
            return text;
        });
    }

    private List<Contact> contacts(List<JsonValue> values) {
        List<Contact> out = new ArrayList<>();
        for (JsonValue value : values) {
            JsonObject o = r.object(value, concat(PROVENANCE, "role", "number", "region"));
            ContactRole role = o.enumValue("role", ContactRole.class);
            String published = o.string("number");
            String region = o.optionalString("region").orElse("CN");
            if (!region.equals("CN") && !region.equals("US")) {
                throw r.fail(member(o, "region"), "\"CN\" or \"US\"");
            }
            PhoneNumber number;
            try {
                number = PhoneNumber.parse(published, region);
            } catch (IllegalArgumentException e) {
                throw r.fail(member(o, "number"), "a valid phone number for region " + region, e);
            }
            out.add(new Contact(role, number, published, provenance(o)));
        }
        return out;
    }

    private List<DistrictAssignment> districts(JsonValue value, Map<String, Post> posts) {
        List<DistrictAssignment> out = new ArrayList<>();
        List<JsonValue> values = new ArrayList<>();
        Map<Province, List<Integer>> byProvince = new EnumMap<>(Province.class);
        for (JsonValue v : r.array(value)) {
            JsonObject o = r.object(v, concat(PROVENANCE, "province", "post", "from", "until"));
            JsonValue codeValue = o.required("province", "the ISO 3166-2:CN code of a mainland division");
            String code = r.string(codeValue);
            Province province;
            try {
                province = Province.of(code);
            } catch (IllegalArgumentException e) {
                throw r.fail(codeValue, "the ISO 3166-2:CN code of a mainland division (" + e.getMessage() + ")", e);
            }
            if (!code.equals(province.isoCode())) {
                throw r.fail(codeValue, "the code in upper case, " + province.isoCode());
            }
            JsonValue postValue = o.required("post", "the id of a post of this file");
            String post = r.string(postValue);
            if (!posts.containsKey(post)) {
                throw r.fail(postValue, "the id of a post of this file");
            }
            Optional<LocalDate> from = o.optionalDate("from");
            Optional<LocalDate> until = o.optionalDate("until");
            if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
                throw r.fail(member(o, "until"), "a date after from (" + from.get() + ")");
            }
            if (until.isEmpty() && !posts.get(post).isOperating()) {
                throw r.fail(postValue, "an operating post for a current assignment (no until), not a "
                        + posts.get(post).status().value().state() + " one");
            }
            DistrictAssignment a = new DistrictAssignment(province, post, from, until, provenance(o));
            List<Integer> earlier = byProvince.computeIfAbsent(province, k -> new ArrayList<>());
            for (int j : earlier) {
                if (overlap(out.get(j), a)) {
                    throw r.problem(v, "overlaps " + values.get(j).path().substring(2) + " (" + province.isoCode()
                            + " to " + out.get(j).postId() + "); a division is served by one post at a time");
                }
            }
            earlier.add(out.size());
            out.add(a);
            values.add(v);
        }
        return out;
    }

    private static boolean overlap(DistrictAssignment a, DistrictAssignment b) {
        LocalDate aFrom = a.from().orElse(LocalDate.MIN);
        LocalDate aUntil = a.until().orElse(LocalDate.MAX);
        LocalDate bFrom = b.from().orElse(LocalDate.MIN);
        LocalDate bUntil = b.until().orElse(LocalDate.MAX);
        return aFrom.isBefore(bUntil) && bFrom.isBefore(aUntil);
    }

    private AppointmentRules appointmentRules(JsonObject o) {
        return new AppointmentRules(
                optionalFact(o, "byAppointmentOnly", (v, prov) -> v.bool("value")),
                optionalFact(o, "separateAppointmentPerService", (v, prov) -> v.bool("value")),
                optionalFact(o, "arriveMinutesEarly", (v, prov) -> v.integer("value", 0, 24 * 60)),
                optionalFact(o, "cancelledWhenLateMinutes", (v, prov) -> v.integer("value", 0, 24 * 60)),
                optionalFact(o, "printedConfirmationRequired", (v, prov) -> v.bool("value")),
                optionalFact(o, "prohibitedItems", (v, prov) -> strings(v.required("value", "an array of item codes"),
                        ITEM_CODE, "an item code such as \"LAPTOP\"")),
                optionalFact(o, "bookingUrl", (v, prov) -> v.url("value")));
    }

    private Referral referral(JsonValue value) {
        JsonObject o = r.object(value, concat(PROVENANCE, "topic", "authority", "guidance", "url"));
        return new Referral(o.enumValue("topic", ReferralTopic.class), o.localized("authority"), o.string("guidance"),
                o.optionalUrl("url"), provenance(o));
    }

    //-----------------------------------------------------------------------
    private <T> Optional<Sourced<T>> optionalFact(JsonObject o, String name,
            BiFunction<JsonObject, Provenance, T> reader) {
        return o.has(name) ? Optional.of(fact(o, name, reader)) : Optional.empty();
    }

    /** Reads a fact: an object with its {@code value} (and {@code extra} members) and its provenance. */
    private <T> Sourced<T> fact(JsonObject parent, String name, BiFunction<JsonObject, Provenance, T> reader,
            String... extra) {
        JsonObject o = parent.object(name, concat(concat(PROVENANCE, "value"), extra));
        Provenance provenance = provenance(o);
        return new Sourced<>(reader.apply(o, provenance), provenance);
    }

    private Provenance provenance(JsonObject o) {
        JsonValue array = o.required("sources", "an array of names of the file's sources");
        List<JsonValue> names = r.array(array);
        if (names.isEmpty()) {
            throw r.fail(array, "at least one source");
        }
        List<Source> list = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonValue name : names) {
            Source s = name.isString() ? sources.get(name.text()) : null;
            if (s == null) {
                throw r.fail(name, "the name of one of the file's sources");
            }
            if (!seen.add(name.text())) {
                throw r.fail(name, "a source not cited before in this list");
            }
            list.add(s);
        }
        LocalDate verified = o.optionalDate("verifiedOn").orElse(version);
        boolean uncertain = o.bool("uncertain", false);
        Optional<String> note = o.optionalString("note");
        if (uncertain && note.isEmpty()) {
            throw r.missing(o.value(), "note", "a note saying why (required when uncertain is true)");
        }
        return new Provenance(list, verified, uncertain, note);
    }

    /** Reads a non-empty array of distinct strings of a form. */
    private List<String> strings(JsonValue array, Pattern pattern, String what) {
        List<JsonValue> values = r.array(array);
        if (values.isEmpty()) {
            throw r.fail(array, "at least one element");
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonValue v : values) {
            if (!v.isString() || !pattern.matcher(v.text()).matches()) {
                throw r.fail(v, what);
            }
            if (!out.add(v.text())) {
                throw r.fail(v, "an element not listed before");
            }
        }
        return List.copyOf(out);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Returns a member known to be present. */
    private static JsonValue member(JsonObject o, String field) {
        return Objects.requireNonNull(o.value().get(field), field);
    }
}
