package org.consularkit.core.booking;

import com.google.common.collect.ImmutableSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.consularkit.core.booking.ConsularService;
import org.consularkit.core.booking.ServiceInfo;
import org.jspecify.annotations.Nullable;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;

/**
 * The consular services of a mission and how each is obtained ({@link ServiceInfo}), with the
 * mission-wide {@linkplain VisitRules visit rules}.
 *
 * <p>{@link #missionChina()} is the catalogue of US Mission China, read from the resource {@code
 * org/consularkit/core/service-catalogue.json}: the services of the Chengdu ACS page (the seed of
 * this library) and the Mission-wide rules, each entry with its sources; entries the sources do not
 * confirm (diploma authentication, the marriage-registration place after May 2025) are marked
 * {@linkplain ServiceInfo#confirmed() unconfirmed} with a note. Users may {@linkplain
 * #read(InputStream, String) read} their own catalogue in the same format.
 *
 * <h2>File format</h2>
 * A JSON object with {@code id}, {@code description}, {@code verified} (ISO date), {@code sources}
 * (an object from key to {@code {"type", "citation", "url"}}), {@code services} (an array of {@code
 * {"code", "channels", "summary", "directions", "confirmed", "notes", "sources"}}, texts as {@code
 * {"en", "zh"}}, sources as keys) and {@code visitRules} ({@code separateAppointmentPerService},
 * {@code arriveEarlyMinutes}, {@code lateCancellationMinutes}, {@code printedConfirmationRequired},
 * {@code prohibitedItems}, {@code noAppointmentNeeded}, {@code notes}, {@code sources}).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ServiceCatalogue {

    private static final String RESOURCE = "service-catalogue.json";

    private final String id;
    private final Map<ConsularService, ServiceInfo> services;
    private final VisitRules rules;
    private final @Nullable LocalDate verified;

    private ServiceCatalogue(String id, Map<ConsularService, ServiceInfo> services, VisitRules rules,
            @Nullable LocalDate verified) {
        this.id = id;
        this.services = services;
        this.rules = rules;
        this.verified = verified;
    }

    /**
     * Obtains a catalogue from its entries and visit rules.
     *
     * @param id the identifier of the catalogue, not blank
     * @param services the entries, at most one per service
     * @param rules the visit rules, not null
     * @return the catalogue, not null
     * @throws IllegalArgumentException if the id is blank or a service has two entries
     */
    public static ServiceCatalogue of(String id, Collection<ServiceInfo> services, VisitRules rules) {
        return create(id, services, rules, null);
    }

    private static ServiceCatalogue create(String id, Collection<ServiceInfo> services, VisitRules rules,
            @Nullable LocalDate verified) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(rules, "rules");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Catalogue id must not be blank");
        }
        Map<ConsularService, ServiceInfo> map = new EnumMap<>(ConsularService.class);
        for (ServiceInfo s : services) {
            if (map.put(s.service(), s) != null) {
                throw new IllegalArgumentException("Catalogue " + id + " lists service " + s.service() + " twice");
            }
        }
        return new ServiceCatalogue(id, java.util.Collections.unmodifiableMap(map), rules, verified);
    }

    /**
     * Returns the catalogue of US Mission China (see the class documentation).
     *
     * @return the catalogue, not null
     */
    public static ServiceCatalogue missionChina() {
        return MissionChina.INSTANCE;
    }

    /** Lazily initialised immutable singleton. */
    private static final class MissionChina {
        static final ServiceCatalogue INSTANCE = load();

        private static ServiceCatalogue load() {
            String name = "org/consularkit/core/" + RESOURCE;
            try (InputStream in = ServiceCatalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Resource " + name + " is missing");
                }
                return read(in, name);
            } catch (IOException e) {
                throw new UncheckedIOException("Resource " + name + " cannot be read", e);
            }
        }
    }

    /**
     * Reads a catalogue in the format of the class documentation.
     *
     * @param in the UTF-8 JSON document, not null; not closed
     * @param sourceName the name of the document for error messages, e.g. a file name, not null
     * @return the catalogue, not null
     * @throws DataFileException if the document is malformed; the message names the source, the
     *     field and the value
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static ServiceCatalogue read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Json j = Json.of(sourceName);
        JsonNode root = j.object(j.parse(in), "");
        j.onlyFields(root, "", ImmutableSet.of("id", "description", "verified", "sources", "services", "visitRules"));
        String id = j.text(root, "", "id");
        LocalDate verified;
        JsonNode v = j.required(root, "", "verified");
        try {
            verified = LocalDate.parse(j.text(v, "verified"));
        } catch (DateTimeParseException e) {
            throw j.error("verified", v, "is not an ISO date", e);
        }
        Map<String, Source> sources = readSources(j, j.object(j.required(root, "", "sources"), "sources"));
        List<ServiceInfo> infos = new ArrayList<>();
        Set<ConsularService> seen = EnumSet.noneOf(ConsularService.class);
        List<JsonNode> array = j.array(root, "", "services");
        for (int i = 0; i < array.size(); i++) {
            String path = "services[" + i + "]";
            JsonNode s = j.object(array.get(i), path);
            j.onlyFields(s, path, ImmutableSet.of("code", "channels", "summary", "directions", "confirmed", "notes", "sources"));
            JsonNode codeNode = j.required(s, path, "code");
            ConsularService service = code(j, codeNode, path + ".code", ConsularService.class);
            if (!seen.add(service)) {
                throw j.error(path + ".code", codeNode, "is listed twice");
            }
            Set<AccessChannel> channels = EnumSet.noneOf(AccessChannel.class);
            List<JsonNode> ch = j.array(s, path, "channels");
            for (int k = 0; k < ch.size(); k++) {
                channels.add(code(j, ch.get(k), path + ".channels[" + k + "]", AccessChannel.class));
            }
            if (channels.isEmpty()) {
                throw j.error(path + ".channels", s.get("channels"), "must name at least one channel");
            }
            infos.add(new ServiceInfo(service, channels,
                    j.localized(j.required(s, path, "summary"), path + ".summary"),
                    j.localized(j.required(s, path, "directions"), path + ".directions"),
                    j.bool(s, path, "confirmed"),
                    texts(j, s, path, "notes"),
                    refs(j, s, path, sources)));
        }
        JsonNode r = j.object(j.required(root, "", "visitRules"), "visitRules");
        String rp = "visitRules";
        j.onlyFields(r, rp, ImmutableSet.of("separateAppointmentPerService", "arriveEarlyMinutes", "lateCancellationMinutes",
                "printedConfirmationRequired", "prohibitedItems", "noAppointmentNeeded", "notes", "sources"));
        Set<VisitorItem> items = EnumSet.noneOf(VisitorItem.class);
        List<JsonNode> it = j.array(r, rp, "prohibitedItems");
        for (int k = 0; k < it.size(); k++) {
            items.add(code(j, it.get(k), rp + ".prohibitedItems[" + k + "]", VisitorItem.class));
        }
        VisitRules rules = new VisitRules(
                j.bool(r, rp, "separateAppointmentPerService"),
                minutes(j, r, rp, "arriveEarlyMinutes"),
                minutes(j, r, rp, "lateCancellationMinutes"),
                j.bool(r, rp, "printedConfirmationRequired"),
                items,
                texts(j, r, rp, "noAppointmentNeeded"),
                texts(j, r, rp, "notes"),
                refs(j, r, rp, sources));
        return create(id, infos, rules, verified);
    }

    private static Duration minutes(Json j, JsonNode object, String path, String name) {
        JsonNode v = j.required(object, path, name);
        int m = j.integer(v, path + "." + name);
        if (m < 0) {
            throw j.error(path + "." + name, v, "must not be negative");
        }
        return Duration.ofMinutes(m);
    }

    private static List<LocalizedText> texts(Json j, JsonNode object, String path, String name) {
        List<LocalizedText> out = new ArrayList<>();
        List<JsonNode> a = j.array(object, path, name);
        for (int k = 0; k < a.size(); k++) {
            out.add(j.localized(a.get(k), path + "." + name + "[" + k + "]"));
        }
        return out;
    }

    private static List<Source> refs(Json j, JsonNode object, String path, Map<String, Source> sources) {
        List<Source> out = new ArrayList<>();
        List<JsonNode> a = j.array(object, path, "sources");
        if (a.isEmpty()) {
            throw j.error(path + ".sources", object.get("sources"), "must cite at least one source");
        }
        for (int k = 0; k < a.size(); k++) {
            String key = j.text(a.get(k), path + ".sources[" + k + "]");
            Source s = sources.get(key);
            if (s == null) {
                throw j.error(path + ".sources[" + k + "]", a.get(k), "is not a key of the sources object");
            }
            out.add(s);
        }
        return out;
    }

    private static Map<String, Source> readSources(Json j, JsonNode object) {
        Map<String, Source> out = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "sources." + e.getKey();
            JsonNode s = j.object(e.getValue(), path);
            j.onlyFields(s, path, ImmutableSet.of("type", "citation", "url"));
            SourceType type = code(j, j.required(s, path, "type"), path + ".type", SourceType.class);
            String citation = j.text(s, path, "citation");
            JsonNode u = j.optional(s, "url");
            if (u == null) {
                out.put(e.getKey(), Source.of(type, citation));
            } else {
                try {
                    out.put(e.getKey(), Source.of(type, citation, new URI(j.text(u, path + ".url"))));
                } catch (URISyntaxException | IllegalArgumentException ex) {
                    throw j.error(path + ".url", u, "is not an absolute http(s) URL", ex);
                }
            }
        }
        return out;
    }

    static <E extends Enum<E>> E code(Json j, JsonNode node, String path, Class<E> type) {
        String text = j.text(node, path);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw j.error(path, node, "is not a known code; expected one of " + names);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the identifier of this catalogue, e.g. {@code mission-china}.
     *
     * @return the identifier, not blank
     */
    public String id() {
        return id;
    }

    /**
     * Returns the date the catalogue's facts were last verified against their sources, when known.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> verified() {
        return Optional.ofNullable(verified);
    }

    /**
     * Returns the entry of a service.
     *
     * @param service the service, not null
     * @return the entry, or empty if the catalogue does not list the service
     */
    public Optional<ServiceInfo> info(ConsularService service) {
        return Optional.ofNullable(services.get(Objects.requireNonNull(service, "service")));
    }

    /**
     * Tells whether the catalogue lists a service.
     *
     * @param service the service, not null
     * @return true if listed
     */
    public boolean contains(ConsularService service) {
        return services.containsKey(Objects.requireNonNull(service, "service"));
    }

    /**
     * Returns every entry, in the order of {@link ConsularService}.
     *
     * @return an immutable list
     */
    public List<ServiceInfo> services() {
        return ImmutableList.copyOf(services.values());
    }

    /**
     * Returns the services that can be booked as appointments, in the order of {@link
     * ConsularService}.
     *
     * @return an immutable set
     */
    public Set<ConsularService> appointmentServices() {
        Set<ConsularService> out = EnumSet.noneOf(ConsularService.class);
        services.values().stream().filter(ServiceInfo::byAppointment).forEach(s -> out.add(s.service()));
        return java.util.Collections.unmodifiableSet(out);
    }

    /**
     * Returns the visit rules.
     *
     * @return the rules, not null
     */
    public VisitRules rules() {
        return rules;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof ServiceCatalogue o
                && id.equals(o.id)
                && services.equals(o.services)
                && rules.equals(o.rules)
                && Objects.equals(verified, o.verified);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, services, rules, verified);
    }

    /**
     * Returns the id and the service codes, e.g. {@code ServiceCatalogue[mission-china: PASSPORT,
     * CRBA, ...]}.
     *
     * @return a readable description, not null
     */
    @Override
    public String toString() {
        return "ServiceCatalogue[" + id + ": " + String.join(", ", services.keySet().stream().map(Enum::name)
                .toList()) + "]";
    }
}
