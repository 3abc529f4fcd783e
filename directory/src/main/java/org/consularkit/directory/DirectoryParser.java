package org.consularkit.directory;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.consularkit.calendar.Calendars;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.hours.OpeningSchedule;
import org.jspecify.annotations.Nullable;

/**
 * Reads a directory file (format {@value #FORMAT}, see {@link Directory}) with Jackson's tree model
 * and validates every field; the first problem is thrown as a {@link DirectoryFileException}.
 * One instance reads one file; it is not shared.
 */
final class DirectoryParser {

    static final String FORMAT = "consularkit-directory/1";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Pattern POST_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern SOURCE_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern CALENDAR_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(:[a-z0-9]+(-[a-z0-9]+)*)?");
    private static final Pattern ITEM_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final String[] PROVENANCE = {"sources", "verifiedOn", "uncertain", "note"};

    private final String file;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private LocalDate verifiedOn = LocalDate.MIN;

    private DirectoryParser(String file) {
        this.file = file;
    }

    static Directory parse(InputStream in, String file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "JSON" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new DirectoryFileException(file, where, "malformed JSON: " + e.getOriginalMessage(), null, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read directory file " + file, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new DirectoryFileException(file, "(root)", "the file is empty", null, null);
        }
        return new DirectoryParser(file).directory(root);
    }

    //-----------------------------------------------------------------------
    private Directory directory(JsonNode root) {
        Obj o = new Obj(root, "", "format", "verifiedOn", "sources", "posts", "districts", "contacts",
                "appointmentRules", "referrals");
        String format = text(o.req("format"), o.at("format"));
        if (!FORMAT.equals(format)) {
            throw error(o.at("format"), "must be \"" + FORMAT + "\"", o.req("format"));
        }
        verifiedOn = date(o.req("verifiedOn"), o.at("verifiedOn"));
        Obj src = new Obj(o.req("sources"), "sources");
        for (Map.Entry<String, JsonNode> e : src.node.properties()) {
            sources.put(e.getKey(), source(e.getKey(), e.getValue(), src.at(e.getKey())));
        }
        if (sources.isEmpty()) {
            throw error("sources", "must name at least one source", null);
        }
        List<JsonNode> postNodes = array(o.req("posts"), "posts", 1);
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (int i = 0; i < postNodes.size(); i++) {
            JsonNode id = postNodes.get(i).path("id");
            if (id.isTextual() && ids.putIfAbsent(id.asText(), i) != null) {
                throw error("posts[" + i + "].id", "duplicates the id of posts[" + ids.get(id.asText()) + "]", id);
            }
        }
        Map<String, Post> byId = new LinkedHashMap<>();
        for (int i = 0; i < postNodes.size(); i++) {
            Post post = post(postNodes.get(i), "posts[" + i + "]");
            byId.put(post.id(), post);
        }
        List<DistrictAssignment> districts = o.has("districts") ? districts(o.req("districts"), byId) : List.of();
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
        List<Contact> contacts = o.has("contacts") ? contacts(o.req("contacts"), "contacts") : List.of();
        AppointmentRules rules = o.has("appointmentRules")
                ? appointmentRules(o.req("appointmentRules"), "appointmentRules") : AppointmentRules.NONE;
        List<Referral> referrals = new ArrayList<>();
        if (o.has("referrals")) {
            List<JsonNode> nodes = array(o.req("referrals"), "referrals", 0);
            for (int i = 0; i < nodes.size(); i++) {
                referrals.add(referral(nodes.get(i), "referrals[" + i + "]"));
            }
        }
        return new Directory(file, verifiedOn, sources, posts, districts, contacts, rules, referrals);
    }

    private Source source(String key, JsonNode node, String path) {
        if (!SOURCE_KEY.matcher(key).matches()) {
            throw error(path, "source keys are letters, digits and '_', '.', '-'", null);
        }
        Obj o = new Obj(node, path, "type", "citation", "url");
        SourceType type = enumValue(SourceType.class, o.req("type"), o.at("type"));
        String citation = nonBlank(o.req("citation"), o.at("citation"));
        if (!o.has("url")) {
            return Source.of(type, citation);
        }
        return Source.of(type, citation, url(o.req("url"), o.at("url")));
    }

    private Post post(JsonNode node, String path) {
        Obj o = new Obj(node, path, "id", "name", "kind", "zone", "identity", "status", "address", "contacts",
                "acsEmail", "officeHours", "appointmentHours", "passportPickupHours", "walkIn", "closesFor");
        String id = text(o.req("id"), o.at("id"));
        if (!POST_ID.matcher(id).matches()) {
            throw error(o.at("id"), "must be lower-case letters and digits, words joined by '-'", o.req("id"));
        }
        LocalizedText name = localized(o.req("name"), o.at("name"));
        PostKind kind = enumValue(PostKind.class, o.req("kind"), o.at("kind"));
        String zoneText = text(o.req("zone"), o.at("zone"));
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw error(o.at("zone"), "must be a time zone id such as \"Asia/Shanghai\"", o.req("zone"));
        }
        Provenance identity = provenance(new Obj(o.req("identity"), o.at("identity"), PROVENANCE));
        Sourced<OperatingStatus> status = fact(o.req("status"), o.at("status"), (v, p) -> {
            PostStatus s = enumValue(PostStatus.class, v.req("value"), p + ".value");
            Optional<LocalDate> since = v.has("since")
                    ? Optional.of(date(v.req("since"), p + ".since")) : Optional.empty();
            Optional<LocalizedText> reason = v.has("reason")
                    ? Optional.of(localized(v.req("reason"), p + ".reason")) : Optional.empty();
            return new OperatingStatus(s, since, reason);
        }, "since", "reason");
        Sourced<String> address = o.has("address") ? stringFact(o.req("address"), o.at("address")) : null;
        List<Contact> contacts = o.has("contacts") ? contacts(o.req("contacts"), o.at("contacts")) : List.of();
        Sourced<String> email = null;
        if (o.has("acsEmail")) {
            email = fact(o.req("acsEmail"), o.at("acsEmail"), (v, p) -> {
                String e = text(v.req("value"), p + ".value");
                if (!EMAIL.matcher(e).matches()) {
                    throw error(p + ".value", "must be an e-mail address", v.req("value"));
                }
                return e;
            });
        }
        Sourced<String> office = o.has("officeHours") ? hours(o.req("officeHours"), o.at("officeHours")) : null;
        Sourced<String> appointments = o.has("appointmentHours")
                ? hours(o.req("appointmentHours"), o.at("appointmentHours")) : null;
        Sourced<String> pickup = o.has("passportPickupHours")
                ? hours(o.req("passportPickupHours"), o.at("passportPickupHours")) : null;
        Sourced<Boolean> walkIn = o.has("walkIn")
                ? fact(o.req("walkIn"), o.at("walkIn"), (v, p) -> bool(v.req("value"), p + ".value")) : null;
        Sourced<List<String>> closes = fact(o.req("closesFor"), o.at("closesFor"), (v, p) -> {
            List<String> ids = strings(v.req("value"), p + ".value", CALENDAR_ID, "a calendar id such as \"us-federal\"");
            for (int i = 0; i < ids.size(); i++) {
                if (!Calendars.ids().contains(ids.get(i))) {
                    throw error(p + ".value[" + i + "]", "must be the id of a built-in calendar ("
                            + String.join(", ", Calendars.ids()) + ")", v.req("value").get(i));
                }
            }
            return ids;
        });
        return new Post(id, name, kind, zone, identity, status, address, contacts, email, office, appointments,
                pickup, walkIn, closes, List.of());
    }

    private Sourced<String> hours(JsonNode node, String path) {
        return fact(node, path, (v, p) -> {
            String text = text(v.req("value"), p + ".value");
            try {
                OpeningSchedule.parse(text);
            } catch (DateTimeParseException e) {
                throw error(p + ".value", "must be opening hours such as \"Mo-Fr 08:00-17:00; PH off\" ("
                        + e.getMessage() + ")", v.req("value"));
            }
            return text;
        });
    }

    private List<Contact> contacts(JsonNode node, String path) {
        List<JsonNode> nodes = array(node, path, 0);
        List<Contact> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String p = path + "[" + i + "]";
            Obj o = new Obj(nodes.get(i), p, concat(PROVENANCE, "role", "number", "region"));
            ContactRole role = enumValue(ContactRole.class, o.req("role"), o.at("role"));
            String published = nonBlank(o.req("number"), o.at("number"));
            String region = o.has("region") ? text(o.req("region"), o.at("region")) : "CN";
            if (!region.equals("CN") && !region.equals("US")) {
                throw error(o.at("region"), "must be \"CN\" or \"US\"", o.req("region"));
            }
            PhoneNumber number;
            try {
                number = PhoneNumber.parse(published, region);
            } catch (IllegalArgumentException e) {
                throw error(o.at("number"), "must be a valid phone number for region " + region, o.req("number"));
            }
            out.add(new Contact(role, number, published, provenance(o)));
        }
        return out;
    }

    private List<DistrictAssignment> districts(JsonNode node, Map<String, Post> posts) {
        List<JsonNode> nodes = array(node, "districts", 0);
        List<DistrictAssignment> out = new ArrayList<>();
        Map<Province, List<Integer>> byProvince = new EnumMap<>(Province.class);
        for (int i = 0; i < nodes.size(); i++) {
            String p = "districts[" + i + "]";
            Obj o = new Obj(nodes.get(i), p, concat(PROVENANCE, "province", "post", "from", "until"));
            String code = text(o.req("province"), o.at("province"));
            Province province;
            try {
                province = Province.of(code);
            } catch (IllegalArgumentException e) {
                throw error(o.at("province"), "must be the ISO 3166-2:CN code of a mainland division ("
                        + e.getMessage() + ")", o.req("province"));
            }
            if (!code.equals(province.isoCode())) {
                throw error(o.at("province"), "must be written in upper case, as " + province.isoCode(),
                        o.req("province"));
            }
            String post = text(o.req("post"), o.at("post"));
            if (!posts.containsKey(post)) {
                throw error(o.at("post"), "must be the id of a post of this file", o.req("post"));
            }
            Optional<LocalDate> from = o.has("from") ? Optional.of(date(o.req("from"), o.at("from"))) : Optional.empty();
            Optional<LocalDate> until = o.has("until")
                    ? Optional.of(date(o.req("until"), o.at("until"))) : Optional.empty();
            if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
                throw error(o.at("until"), "must be after from (" + from.get() + ")", o.req("until"));
            }
            if (until.isEmpty() && !posts.get(post).isOperating()) {
                throw error(o.at("post"), "a current assignment (no until) must name an operating post, not a "
                        + posts.get(post).status().value().status() + " one", o.req("post"));
            }
            DistrictAssignment a = new DistrictAssignment(province, post, from, until, provenance(o));
            List<Integer> earlier = byProvince.computeIfAbsent(province, k -> new ArrayList<>());
            for (int j : earlier) {
                if (overlap(out.get(j), a)) {
                    throw error(p, "overlaps districts[" + j + "] (" + province.isoCode() + " to " + out.get(j).postId()
                            + "); a division is served by one post at a time", null);
                }
            }
            earlier.add(out.size());
            out.add(a);
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

    private AppointmentRules appointmentRules(JsonNode node, String path) {
        Obj o = new Obj(node, path, "byAppointmentOnly", "separateAppointmentPerService", "arriveMinutesEarly",
                "cancelledWhenLateMinutes", "printedConfirmationRequired", "prohibitedItems", "bookingUrl");
        return new AppointmentRules(
                optionalFact(o, "byAppointmentOnly", (v, p) -> bool(v.req("value"), p + ".value")),
                optionalFact(o, "separateAppointmentPerService", (v, p) -> bool(v.req("value"), p + ".value")),
                optionalFact(o, "arriveMinutesEarly", (v, p) -> minutes(v.req("value"), p + ".value")),
                optionalFact(o, "cancelledWhenLateMinutes", (v, p) -> minutes(v.req("value"), p + ".value")),
                optionalFact(o, "printedConfirmationRequired", (v, p) -> bool(v.req("value"), p + ".value")),
                optionalFact(o, "prohibitedItems",
                        (v, p) -> strings(v.req("value"), p + ".value", ITEM_CODE, "an item code such as \"LAPTOP\"")),
                optionalFact(o, "bookingUrl", (v, p) -> url(v.req("value"), p + ".value")));
    }

    private Referral referral(JsonNode node, String path) {
        Obj o = new Obj(node, path, concat(PROVENANCE, "topic", "authority", "guidance", "url"));
        ReferralTopic topic = enumValue(ReferralTopic.class, o.req("topic"), o.at("topic"));
        LocalizedText authority = localized(o.req("authority"), o.at("authority"));
        String guidance = nonBlank(o.req("guidance"), o.at("guidance"));
        Optional<URI> url = o.has("url") ? Optional.of(url(o.req("url"), o.at("url"))) : Optional.empty();
        return new Referral(topic, authority, guidance, url, provenance(o));
    }

    //-----------------------------------------------------------------------
    private <T> Optional<Sourced<T>> optionalFact(Obj o, String name, BiFunction<Obj, String, T> reader) {
        return o.has(name) ? Optional.of(fact(o.req(name), o.at(name), reader)) : Optional.empty();
    }

    private Sourced<String> stringFact(JsonNode node, String path) {
        return fact(node, path, (v, p) -> nonBlank(v.req("value"), p + ".value"));
    }

    private <T> Sourced<T> fact(JsonNode node, String path, BiFunction<Obj, String, T> reader, String... extra) {
        Obj o = new Obj(node, path, concat(concat(PROVENANCE, "value"), extra));
        T value = reader.apply(o, path);
        return new Sourced<>(value, provenance(o));
    }

    private Provenance provenance(Obj o) {
        List<JsonNode> keys = array(o.req("sources"), o.at("sources"), 1);
        List<Source> list = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String p = o.at("sources") + "[" + i + "]";
            String key = text(keys.get(i), p);
            Source s = sources.get(key);
            if (s == null) {
                throw error(p, "must be a key of the file's sources", keys.get(i));
            }
            if (!seen.add(key)) {
                throw error(p, "repeats a source", keys.get(i));
            }
            list.add(s);
        }
        LocalDate verified = o.has("verifiedOn") ? date(o.req("verifiedOn"), o.at("verifiedOn")) : verifiedOn;
        boolean uncertain = o.has("uncertain") && bool(o.req("uncertain"), o.at("uncertain"));
        Optional<String> note = o.has("note") ? Optional.of(nonBlank(o.req("note"), o.at("note"))) : Optional.empty();
        if (uncertain && note.isEmpty()) {
            throw error(o.at("note"), "is required when uncertain is true (say why)", null);
        }
        return new Provenance(list, verified, uncertain, note);
    }

    private LocalizedText localized(JsonNode node, String path) {
        Obj o = new Obj(node, path, "en", "zh");
        return LocalizedText.of(nonBlank(o.req("en"), o.at("en")), nonBlank(o.req("zh"), o.at("zh")));
    }

    private List<String> strings(JsonNode node, String path, Pattern pattern, String what) {
        List<JsonNode> nodes = array(node, path, 1);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String p = path + "[" + i + "]";
            String s = text(nodes.get(i), p);
            if (!pattern.matcher(s).matches()) {
                throw error(p, "must be " + what, nodes.get(i));
            }
            if (!out.add(s)) {
                throw error(p, "repeats an earlier element", nodes.get(i));
            }
        }
        return List.copyOf(out);
    }

    private List<JsonNode> array(JsonNode node, String path, int min) {
        if (!node.isArray()) {
            throw error(path, "must be an array", node);
        }
        if (node.size() < min) {
            throw error(path, "must have at least " + min + " element" + (min == 1 ? "" : "s"), node);
        }
        List<JsonNode> out = new ArrayList<>();
        node.forEach(out::add);
        return out;
    }

    private String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw error(path, "must be a string", node);
        }
        return node.asText();
    }

    private String nonBlank(JsonNode node, String path) {
        String s = text(node, path);
        if (s.isBlank()) {
            throw error(path, "must not be blank", node);
        }
        return s;
    }

    private boolean bool(JsonNode node, String path) {
        if (!node.isBoolean()) {
            throw error(path, "must be true or false", node);
        }
        return node.asBoolean();
    }

    private int minutes(JsonNode node, String path) {
        if (!node.isInt() || node.asInt() < 0 || node.asInt() > 24 * 60) {
            throw error(path, "must be a whole number of minutes from 0 to 1440", node);
        }
        return node.asInt();
    }

    private LocalDate date(JsonNode node, String path) {
        String s = text(node, path);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error(path, "must be a date yyyy-MM-dd", node);
        }
    }

    private URI url(JsonNode node, String path) {
        String s = text(node, path);
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (u.isAbsolute() && (scheme.equals("https") || scheme.equals("http")) && u.getHost() != null) {
                return u;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw error(path, "must be an absolute http or https URL", node);
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String path) {
        String s = text(node, path);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw error(path, "must be one of " + Arrays.toString(type.getEnumConstants()), node);
    }

    private DirectoryFileException error(String path, String problem, @Nullable JsonNode value) {
        return new DirectoryFileException(file, path.isEmpty() ? "(root)" : path, problem,
                value == null ? null : value.toString(), null);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** An object node at a path, checked against its allowed field names. */
    private final class Obj {
        final JsonNode node;
        final String path;

        Obj(JsonNode node, String path, String... allowed) {
            if (!node.isObject()) {
                throw error(path, "must be an object", node);
            }
            this.node = node;
            this.path = path;
            if (allowed.length > 0) {
                List<String> names = Arrays.asList(allowed);
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    if (!names.contains(e.getKey())) {
                        throw error(at(e.getKey()), "unknown field; allowed: " + String.join(", ", names), e.getValue());
                    }
                }
            }
        }

        String at(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        boolean has(String field) {
            return node.has(field);
        }

        JsonNode req(String field) {
            JsonNode n = node.get(field);
            if (n == null) {
                throw error(at(field), "required field is missing", null);
            }
            if (n.isNull()) {
                throw error(at(field), "must not be null", null);
            }
            return n;
        }
    }
}
