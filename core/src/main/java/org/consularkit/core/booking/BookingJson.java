package org.consularkit.core.booking;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.DataFileException;
import org.consularkit.core.internal.json.DataReader.JsonObject;
import org.consularkit.core.internal.json.DataReader;
import org.consularkit.core.internal.json.JacksonVersion;
import org.consularkit.core.internal.json.JsonValue;

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
 * be absent when it is {@code true}; {@code applicants} (an integer of at least 1) defaults to 1;
 * {@code items} (codes of {@link VisitorItem}, no duplicates) to none; {@code bookedAt} is optional.
 * A {@code null} member counts as absent. Date-times ({@code start}, {@code bookedAt}) must lie in
 * the supported years {@value #MIN_YEAR} to {@value #MAX_YEAR} as written (so that every moment
 * derived from them, in any zone, is one {@code java.time} can represent). A document is at most
 * {@value #MAX_BYTES} bytes (characters, for a {@link Reader}). Any other field, a value of the
 * wrong type, an unknown code, a moment without an offset or outside those years, or a larger
 * document is an error: a {@link DataFileException} naming the source, the line and column, the
 * JSON path, the rule and the value, e.g. {@code booking.json:4:12: $.start: expected an ISO-8601
 * date-time with an offset, e.g. 2026-03-03T14:00+08:00, but was "2026-03-03T14:00"}; nothing of
 * a failed document is kept. The caller's stream or reader is never closed. The JSON Schema of
 * the format is the resource {@code org/consularkit/core/booking/booking.schema.json}.
 *
 * <h2>Validation report</h2>
 * One line: {@code {"valid": false, "violations": [{"code": "...", "severity": "ERROR", "field":
 * "...", "message": "...", "arguments": {...}}]}}, violations in the report's fixed order; {@code
 * field} is {@code null} for a violation that concerns the office rather than a booking field
 * ({@link ViolationCode#POST_SUSPENDED}); {@code message} is in the locale asked for.
 *
 * <p>Every method needs jackson-core 2.15.0 or newer (README, "Dependencies") and throws an {@link
 * IllegalStateException} naming that version if an older one is present.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility and thread-safe.
 *
 * @since 0.1
 */
public final class BookingJson {

    /** The first year of a supported date-time: 1900. */
    public static final int MIN_YEAR = 1900;
    /** The last year of a supported date-time: 9999. */
    public static final int MAX_YEAR = 9999;
    /** The largest booking document accepted, in bytes (or characters): 64 KiB. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final String[] FIELDS =
            {"services", "appointmentType", "start", "walkIn", "applicants", "items", "bookedAt"};
    private static final String MOMENT = "an ISO-8601 date-time with an offset, e.g. 2026-03-03T14:00+08:00";

    /** Writes with jackson-core only; configured once, thread-safe. */
    private static final JsonFactory FACTORY = new JsonFactory();

    private BookingJson() {
    }

    /**
     * Reads a booking from a UTF-8 JSON document.
     *
     * @param in the document, not null; read up to the end of the document and not closed
     * @param sourceName the name of the document for error messages (a file name, {@code <stdin>})
     * @return the booking, not null
     * @throws DataFileException if the document is not a booking in the format of the class
     *     documentation; the message names the source, the field and the value
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Booking readBooking(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        DataReader r = DataReader.of(sourceName);
        try {
            return booking(r, r.readObject(in, MAX_BYTES, FIELDS));
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a booking from a JSON document.
     *
     * @param in the document, not null; read up to the end of the document and not closed
     * @param sourceName the name of the document for error messages
     * @return the booking, not null
     * @throws DataFileException if the document is not a booking; the message names the source,
     *     the field and the value
     * @throws UncheckedIOException if the reader fails
     */
    public static Booking readBooking(Reader in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        DataReader r = DataReader.of(sourceName);
        try {
            return booking(r, r.readObject(in, MAX_BYTES, FIELDS));
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": cannot be read: " + e.getMessage(), e);
        }
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

    private static Booking booking(DataReader r, JsonObject root) {
        JsonValue servicesValue = root.required("services", "an array of service codes");
        List<JsonValue> array = r.array(servicesValue);
        if (array.isEmpty()) {
            throw r.fail(servicesValue, "at least one service");
        }
        List<ConsularService> services = new ArrayList<>();
        for (JsonValue e : array) {
            ConsularService s = r.code(e, ConsularService.values(), ConsularService::code);
            if (services.contains(s)) {
                throw r.fail(e, "a service not listed before");
            }
            services.add(s);
        }
        OffsetDateTime start = moment(r, root.required("start", MOMENT));
        boolean walkIn = root.bool("walkIn", false);
        Optional<JsonValue> type = root.optional("appointmentType");
        Booking.Builder b;
        if (walkIn) {
            if (type.isPresent()) {
                throw r.fail(type.get(), "no appointmentType for a walk-in (walkIn is true)");
            }
            b = Booking.walkIn(start);
        } else {
            if (type.isEmpty()) {
                throw r.missing(root.value(), "appointmentType", "a service code (required unless walkIn is true)");
            }
            b = Booking.appointment(r.code(type.get(), ConsularService.values(), ConsularService::code), start);
        }
        b.services(services);
        Optional<JsonValue> applicants = root.optional("applicants");
        if (applicants.isPresent()) {
            JsonValue n = applicants.get();
            if (!n.isInt() || n.intValue() < 1) {
                throw r.fail(n, "an integer of at least 1");
            }
            b.applicants(n.intValue());
        }
        List<VisitorItem> items = new ArrayList<>();
        for (JsonValue e : root.optionalArray("items")) {
            VisitorItem item = r.enumValue(e, VisitorItem.class);
            if (items.contains(item)) {
                throw r.fail(e, "an item not listed before");
            }
            items.add(item);
        }
        b.items(items);
        root.optional("bookedAt").ifPresent(v -> b.bookedAt(moment(r, v)));
        return b.build();
    }

    /** Reads a date-time with an offset in the supported years. */
    private static OffsetDateTime moment(DataReader r, JsonValue value) {
        if (!value.isString()) {
            throw r.fail(value, MOMENT);
        }
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(value.text());
        } catch (DateTimeParseException e) {
            throw r.fail(value, MOMENT, e);
        }
        if (t.getYear() < MIN_YEAR || t.getYear() > MAX_YEAR) {
            throw r.fail(value, "a date-time in the years " + MIN_YEAR + " to " + MAX_YEAR);
        }
        return t;
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
        JacksonVersion.require();
        return write(true, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("services");
            for (ConsularService s : booking.services()) {
                g.writeString(s.code());
            }
            g.writeEndArray();
            if (booking.appointmentType().isPresent()) {
                g.writeStringField("appointmentType", booking.appointmentType().get().code());
            }
            g.writeStringField("start", booking.start().toString());
            g.writeBooleanField("walkIn", booking.walkIn());
            g.writeNumberField("applicants", booking.applicants());
            g.writeArrayFieldStart("items");
            for (VisitorItem i : booking.items()) {
                g.writeString(i.name());
            }
            g.writeEndArray();
            if (booking.bookedAt().isPresent()) {
                g.writeStringField("bookedAt", booking.bookedAt().get().toString());
            }
            g.writeEndObject();
        });
    }

    /**
     * Returns the JSON form of a validation report (see the class documentation), on one line.
     *
     * @param report the report, not null
     * @param locale the language of the messages, not null
     * @return the JSON text, without a newline, not null
     */
    public static String write(ValidationReport report, Locale locale) {
        JacksonVersion.require();
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(locale, "locale");
        return write(false, g -> {
            g.writeStartObject();
            g.writeBooleanField("valid", report.isValid());
            g.writeArrayFieldStart("violations");
            for (Violation v : report.violations()) {
                g.writeStartObject();
                g.writeStringField("code", v.code().name());
                g.writeStringField("severity", v.severity().name());
                if (v.field().isPresent()) {
                    g.writeStringField("field", v.field().get());
                } else {
                    g.writeNullField("field");
                }
                g.writeStringField("message", v.message(locale));
                g.writeObjectFieldStart("arguments");
                for (Map.Entry<String, String> e : v.arguments().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** Writes one document with a generator of jackson-core. */
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(boolean multiLine, Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new Layout(multiLine));
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write JSON: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * The layout of the written JSON: {@code ": "} after a name, {@code ", "} between array
     * elements, arrays on one line, {@code []} and {@code {}} when empty; object members either
     * one per line indented by two spaces per level with LF line ends ({@code multiLine}), or
     * separated by {@code ", "} on one line. Written against the {@link PrettyPrinter} interface of
     * jackson-core 2.0 (no {@code Separators} spacing options, which need 2.16). One instance per
     * document (it counts the nesting).
     */
    private static final class Layout implements PrettyPrinter {
        private final boolean multiLine;
        private int depth;

        Layout(boolean multiLine) {
            this.multiLine = multiLine;
        }

        private void newLine(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
            for (int i = 0; i < depth; i++) {
                g.writeRaw("  ");
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(' ');
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
            depth++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            if (multiLine) {
                newLine(g);
            }
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            if (multiLine) {
                g.writeRaw(',');
                newLine(g);
            } else {
                g.writeRaw(", ");
            }
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            depth--;
            // the one multi-line document, a booking, is a single object with fields: never empty
            if (multiLine) {
                newLine(g);
            }
            g.writeRaw('}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            // elements follow the bracket directly
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            g.writeRaw(']');
        }
    }
}
