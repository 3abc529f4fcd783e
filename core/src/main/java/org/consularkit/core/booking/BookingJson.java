package org.consularkit.core.booking;

import com.google.common.collect.ImmutableSet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.consularkit.core.booking.Booking;
import org.jspecify.annotations.Nullable;
import org.consularkit.core.DataFileException;

/**
 * The JSON forms of {@link Booking}s and {@link ValidationReport}s, as the {@code consularkit
 * validate} command reads and prints them.
 *
 * <h2>Booking</h2>
 * <pre>{@code
 * {
 *   "services": ["NOTARIAL"],
 *   "appointmentType": "NOTARIAL",
 *   "start": "2026-03-03T14:00+08:00",
 *   "walkIn": false,
 *   "applicants": 1,
 *   "items": ["LAPTOP"],
 *   "bookedAt": "2026-02-20T10:00+08:00"
 * }
 * }</pre>
 * {@code services} (service codes of {@link ConsularService}, at least one, no duplicates) and
 * {@code start} (ISO-8601 date-time with an offset) are required. {@code walkIn} defaults to
 * {@code false}; {@code appointmentType} is required when {@code walkIn} is {@code false} and must
 * be absent when it is {@code true}; {@code applicants} defaults to 1; {@code items} (codes of
 * {@link VisitorItem}) to none; {@code bookedAt} is optional. Any other field, a value of the wrong
 * type, an unknown code or a moment without an offset is an error ({@link DataFileException} naming
 * the source, the field and the value); nothing of a failed document is kept.
 *
 * <h2>Validation report</h2>
 * One line: {@code {"valid": false, "violations": [{"code": "...", "severity": "ERROR", "field":
 * "...", "message": "...", "arguments": {...}}]}}, violations in the report's fixed order; {@code
 * field} is {@code null} for a violation that concerns the office rather than a booking field
 * ({@link ViolationCode#POST_SUSPENDED}); {@code message} is in the locale asked for.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility and thread-safe.
 *
 * @since 0.1
 */
public final class BookingJson {

    private static final Set<String> FIELDS =
            ImmutableSet.of("services", "appointmentType", "start", "walkIn", "applicants", "items", "bookedAt");

    /** Field per line, arrays inline, {@code ": "} and {@code ", "}; LF line ends. */
    private static final ObjectWriter BOOKING_WRITER = Json.MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance));

    /** One line with {@code ": "} and {@code ", "}. */
    private static final ObjectWriter LINE_WRITER = Json.MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEntrySpacing(Separators.Spacing.AFTER)
                    .withArrayValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withObjectIndenter(DefaultPrettyPrinter.NopIndenter.instance)
            .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance));

    private BookingJson() {
    }

    /**
     * Reads a booking from a UTF-8 JSON document.
     *
     * @param in the document, not null; not closed
     * @param sourceName the name of the document for error messages (a file name, {@code <stdin>})
     * @return the booking, not null
     * @throws DataFileException if the document is not a booking in the format of the class
     *     documentation; the message names the source, the field and the value
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Booking readBooking(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Json j = Json.of(sourceName);
        return booking(j, j.parse(in));
    }

    /**
     * Reads a booking from a JSON document.
     *
     * @param in the document, not null; not closed
     * @param sourceName the name of the document for error messages
     * @return the booking, not null
     * @throws DataFileException if the document is not a booking; the message names the source,
     *     the field and the value
     * @throws UncheckedIOException if the reader fails
     */
    public static Booking readBooking(Reader in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Json j = Json.of(sourceName);
        return booking(j, j.parse(in));
    }

    /**
     * Parses a booking from JSON text.
     *
     * @param json the JSON text, not null
     * @param sourceName the name of the document for error messages
     * @return the booking, not null
     * @throws DataFileException if the text is not a booking; the message names the source, the
     *     field and the value
     */
    public static Booking parseBooking(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        return readBooking(new StringReader(json), sourceName);
    }

    private static Booking booking(Json j, JsonNode root) {
        j.object(root, "");
        j.onlyFields(root, "", FIELDS);
        List<ConsularService> services = new ArrayList<>();
        List<JsonNode> array = j.array(root, "", "services");
        if (array.isEmpty()) {
            throw j.error("services", root.get("services"), "must list at least one service");
        }
        for (int i = 0; i < array.size(); i++) {
            ConsularService s = ServiceCatalogue.code(j, array.get(i), "services[" + i + "]", ConsularService.class);
            if (services.contains(s)) {
                throw j.error("services[" + i + "]", array.get(i), "is listed twice");
            }
            services.add(s);
        }
        OffsetDateTime start = moment(j, j.required(root, "", "start"), "start");
        JsonNode walkInNode = j.optional(root, "walkIn");
        boolean walkIn = walkInNode != null && j.bool(root, "", "walkIn");
        JsonNode typeNode = j.optional(root, "appointmentType");
        Booking.Builder b;
        if (walkIn) {
            if (typeNode != null) {
                throw j.error("appointmentType", typeNode, "must be absent for a walk-in (walkIn is true)");
            }
            b = Booking.walkIn(start);
        } else {
            if (typeNode == null) {
                throw Json.legacy(j.source(), "appointmentType", "",
                        "is missing (required unless walkIn is true)", null);
            }
            b = Booking.appointment(ServiceCatalogue.code(j, typeNode, "appointmentType", ConsularService.class), start);
        }
        b.services(services);
        JsonNode applicants = j.optional(root, "applicants");
        if (applicants != null) {
            int n = j.integer(applicants, "applicants");
            if (n < 1) {
                throw j.error("applicants", applicants, "must be at least 1");
            }
            b.applicants(n);
        }
        if (j.optional(root, "items") != null) {
            List<VisitorItem> items = new ArrayList<>();
            List<JsonNode> a = j.array(root, "", "items");
            for (int i = 0; i < a.size(); i++) {
                VisitorItem item = ServiceCatalogue.code(j, a.get(i), "items[" + i + "]", VisitorItem.class);
                if (items.contains(item)) {
                    throw j.error("items[" + i + "]", a.get(i), "is listed twice");
                }
                items.add(item);
            }
            b.items(items);
        }
        JsonNode bookedAt = j.optional(root, "bookedAt");
        if (bookedAt != null) {
            b.bookedAt(moment(j, bookedAt, "bookedAt"));
        }
        return b.build();
    }

    private static OffsetDateTime moment(Json j, JsonNode node, String field) {
        String text = j.text(node, field);
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw j.error(field, node, "is not an ISO-8601 date-time with an offset, e.g. 2026-03-03T14:00+08:00", e);
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the JSON form of a booking (see the class documentation), one field per line, all
     * fields present except an absent {@code appointmentType} or {@code bookedAt}.
     *
     * @param booking the booking, not null
     * @return the JSON text, ending without a newline, not null
     */
    public static String write(Booking booking) {
        Objects.requireNonNull(booking, "booking");
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode services = root.putArray("services");
        booking.services().forEach(s -> services.add(s.code()));
        booking.appointmentType().ifPresent(t -> root.put("appointmentType", t.code()));
        root.put("start", booking.start().toString());
        root.put("walkIn", booking.walkIn());
        root.put("applicants", booking.applicants());
        ArrayNode items = root.putArray("items");
        booking.items().forEach(i -> items.add(i.name()));
        booking.bookedAt().ifPresent(t -> root.put("bookedAt", t.toString()));
        return write(BOOKING_WRITER, root);
    }

    /**
     * Returns the JSON form of a validation report (see the class documentation), on one line.
     *
     * @param report the report, not null
     * @param locale the language of the messages, not null
     * @return the JSON text, without a newline, not null
     */
    public static String write(ValidationReport report, Locale locale) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(locale, "locale");
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("valid", report.isValid());
        ArrayNode array = root.putArray("violations");
        for (Violation v : report.violations()) {
            ObjectNode o = array.addObject();
            o.put("code", v.code().name());
            o.put("severity", v.severity().name());
            @Nullable String field = v.field().orElse(null);
            if (field == null) {
                o.putNull("field");
            } else {
                o.put("field", field);
            }
            o.put("message", v.message(locale));
            ObjectNode args = o.putObject("arguments");
            for (Map.Entry<String, String> e : v.arguments().entrySet()) {
                args.put(e.getKey(), e.getValue());
            }
        }
        return write(LINE_WRITER, root);
    }

    private static String write(ObjectWriter writer, JsonNode node) {
        try {
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
        }
    }
}
