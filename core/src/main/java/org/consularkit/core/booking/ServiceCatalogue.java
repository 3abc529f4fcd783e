package org.consularkit.core.booking;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.internal.json.DataHeader;
import org.consularkit.core.internal.json.DataReader.JsonObject;
import org.consularkit.core.internal.json.DataReader;
import org.consularkit.core.internal.json.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The consular services of a mission and how each is obtained ({@link ServiceInfo}), with the
 * mission-wide {@linkplain VisitRules visit rules}.
 *
 * <p>A catalogue is built with {@link #of(String, Collection, VisitRules)} or {@linkplain
 * #read(InputStream, String) read} from a file in the format below. The catalogue of US Mission
 * China is data of the directory module ({@code org.consularkit.directory.MissionChina}): core
 * holds no country data.
 *
 * <h2>File format {@value #FORMAT}</h2>
 * One UTF-8 JSON object of at most {@value #MAX_BYTES} bytes; unknown fields, duplicate keys and
 * trailing content are errors. It starts with the header every data file of ConsularKit has:
 * {@code format} ({@value #FORMAT}), {@code version} (the date the facts were last verified
 * against their sources, {@code yyyy-MM-dd}) and {@code sources} (an object of named citations
 * {@code {"type", "citation", "url"}}, url optional, at least one); then {@code id} and {@code
 * description} (non-blank strings), {@code services} (an array of {@code {"code", "channels",
 * "summary", "directions", "confirmed", "notes", "sources"}}: a code of {@link ConsularService}
 * listed once, at least one {@link AccessChannel}, texts as {@code {"en", "zh"}}, sources as names
 * of the header's sources, at least one) and {@code visitRules} ({@code
 * separateAppointmentPerService}, {@code arriveEarlyMinutes} and {@code lateCancellationMinutes}
 * (0 to 1440), {@code printedConfirmationRequired}, {@code prohibitedItems} (codes of {@link
 * VisitorItem}), {@code noAppointmentNeeded}, {@code notes}, {@code sources}). A member {@code
 * $comment} with a string is allowed in every object. The JSON Schema of the format is the
 * resource {@code org/consularkit/core/booking/service-catalogue.schema.json}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ServiceCatalogue {

    /** The format id of a catalogue file. */
    public static final String FORMAT = "consularkit.service-catalogue/1";
    /** The largest catalogue file {@link #read(InputStream, String)} accepts, in bytes: 1 MiB. */
    public static final int MAX_BYTES = 1024 * 1024;

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
     * Reads a catalogue in the format of the class documentation.
     *
     * @param in the UTF-8 JSON document, not null; not closed
     * @param sourceName the name of the document for error messages, e.g. a file name, not null
     * @return the catalogue, not null
     * @throws DataFileException if the document is malformed, larger than {@value #MAX_BYTES}
     *     bytes or breaks a rule of the format; the message names the source, the line and column,
     *     the JSON path, the rule and the value
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static ServiceCatalogue read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        DataReader r = DataReader.of(sourceName);
        JsonObject root;
        try {
            root = r.readObject(in, MAX_BYTES, "format", "version", "sources", "id", "description", "services",
                    "visitRules");
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": cannot be read: " + e.getMessage(), e);
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        DataHeader header = DataHeader.readNamed(r, root, FORMAT, sources);
        String id = root.string("id");
        root.string("description");
        List<ServiceInfo> infos = new ArrayList<>();
        Set<ConsularService> seen = EnumSet.noneOf(ConsularService.class);
        for (JsonValue v : root.array("services")) {
            JsonObject s = r.object(v, "code", "channels", "summary", "directions", "confirmed", "notes", "sources");
            JsonValue code = s.required("code", "a service code");
            ConsularService service = r.code(code, ConsularService.values(), ConsularService::code);
            if (!seen.add(service)) {
                throw r.fail(code, "a service not listed before");
            }
            Set<AccessChannel> channels = codes(r, s.required("channels", "an array of channels"), AccessChannel.class,
                    "a channel not listed before");
            if (channels.isEmpty()) {
                throw r.fail(s.required("channels", "an array of channels"), "at least one channel");
            }
            infos.add(new ServiceInfo(service, channels, s.localized("summary"), s.localized("directions"),
                    s.bool("confirmed"), texts(r, s, "notes"), refs(r, s, sources)));
        }
        JsonObject v = root.object("visitRules", "separateAppointmentPerService", "arriveEarlyMinutes",
                "lateCancellationMinutes", "printedConfirmationRequired", "prohibitedItems", "noAppointmentNeeded",
                "notes", "sources");
        VisitRules rules = new VisitRules(
                v.bool("separateAppointmentPerService"),
                Duration.ofMinutes(v.integer("arriveEarlyMinutes", 0, 24 * 60)),
                Duration.ofMinutes(v.integer("lateCancellationMinutes", 0, 24 * 60)),
                v.bool("printedConfirmationRequired"),
                codes(r, v.required("prohibitedItems", "an array of item codes"), VisitorItem.class,
                        "an item not listed before"),
                texts(r, v, "noAppointmentNeeded"),
                texts(r, v, "notes"),
                refs(r, v, sources));
        return create(id, infos, rules, header.version());
    }

    /** Reads an array of enum codes, each listed once. */
    private static <E extends Enum<E>> Set<E> codes(DataReader r, JsonValue array, Class<E> type, String once) {
        Set<E> out = EnumSet.noneOf(type);
        for (JsonValue e : r.array(array)) {
            if (!out.add(r.enumValue(e, type))) {
                throw r.fail(e, once);
            }
        }
        return out;
    }

    private static List<LocalizedText> texts(DataReader r, JsonObject object, String field) {
        List<LocalizedText> out = new ArrayList<>();
        for (JsonValue e : object.array(field)) {
            out.add(r.localized(e));
        }
        return out;
    }

    /** Reads the names of the file's sources that a part cites, at least one. */
    private static List<Source> refs(DataReader r, JsonObject object, Map<String, Source> sources) {
        JsonValue array = object.required("sources", "an array of names of the file's sources");
        List<JsonValue> names = r.array(array);
        if (names.isEmpty()) {
            throw r.fail(array, "at least one source");
        }
        List<Source> out = new ArrayList<>();
        for (JsonValue name : names) {
            Source s = name.isString() ? sources.get(name.text()) : null;
            if (s == null) {
                throw r.fail(name, "the name of one of the file's sources");
            }
            out.add(s);
        }
        return out;
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
     * Returns the date the catalogue's facts were last verified against their sources (the {@code
     * version} of a catalogue file), when known.
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
