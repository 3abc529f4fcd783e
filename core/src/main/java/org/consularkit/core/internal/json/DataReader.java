package org.consularkit.core.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.jspecify.annotations.Nullable;

/**
 * Typed reading of a JSON data file with one wording for every error: the one place where
 * ConsularKit's readers turn JSON values into strings, numbers, dates, URLs, codes, names and
 * citations, and where every {@link DataFileException} of a data file is made.
 *
 * <p>Wordings (the message adds {@code FILE:LINE:COLUMN: PATH: } in front):
 * <ul>
 *   <li>a value of the wrong kind or breaking a rule: {@code expected RULE, but was VALUE};</li>
 *   <li>a missing value: {@code expected RULE, but was missing} (at the object that lacks it);</li>
 *   <li>a member the format does not have: {@code unknown field (the fields are: a, b, c)};</li>
 *   <li>malformed text: {@code malformed JSON: ...} (from {@link JsonReader}).</li>
 * </ul>
 * A member {@value #COMMENT} with a string value is allowed in every object, for notes.
 *
 * <h2>Implementation Requirements</h2>
 * Immutable and thread-safe.
 */
public final class DataReader {

    /** The name of the member every object may carry for a note. */
    public static final String COMMENT = "$comment";

    private final String source;

    private DataReader(String source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Returns a reader of values of one file.
     *
     * @param source the name of the file, stream or resource, for messages, not null
     * @return the reader, not null
     * @throws IllegalStateException if the jackson-core present is older than {@value
     *     JacksonVersion#OLDEST} ({@link JacksonVersion#require()})
     */
    public static DataReader of(String source) {
        JacksonVersion.require();
        return new DataReader(source);
    }

    /**
     * Reads a whole document from a stream (not closed) of at most {@link
     * JsonReader#DEFAULT_MAX_BYTES} bytes, and returns its root as an object with the given fields.
     *
     * @param in the stream, not null
     * @param fields the fields the root object may have
     * @return the root object, not null
     * @throws DataFileException if the text is not a JSON object with those fields
     * @throws IOException if the stream cannot be read
     */
    public JsonObject readObject(InputStream in, String... fields) throws IOException {
        return object(JsonReader.read(in, source), fields);
    }

    /**
     * Reads a whole document of at most {@code maxBytes} bytes from a stream (not closed), and
     * returns its root as an object with the given fields.
     *
     * @param in the stream, not null
     * @param maxBytes the largest document accepted, positive
     * @param fields the fields the root object may have
     * @return the root object, not null
     * @throws DataFileException if the text is larger, or not a JSON object with those fields
     * @throws IOException if the stream cannot be read
     */
    public JsonObject readObject(InputStream in, long maxBytes, String... fields) throws IOException {
        return object(JsonReader.read(in, source, maxBytes), fields);
    }

    /**
     * Reads a whole document of at most {@code maxChars} characters from a reader (not closed),
     * and returns its root as an object with the given fields.
     *
     * @param in the reader, not null
     * @param maxChars the largest document accepted, positive
     * @param fields the fields the root object may have
     * @return the root object, not null
     * @throws DataFileException if the text is larger, or not a JSON object with those fields
     * @throws IOException if the reader fails
     */
    public JsonObject readObject(Reader in, long maxChars, String... fields) throws IOException {
        return object(JsonReader.read(in, source, maxChars), fields);
    }

    /**
     * Returns the name of the file.
     *
     * @return the name, not null
     */
    public String source() {
        return source;
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the error for a value that breaks a rule: {@code expected RULE, but was VALUE}.
     *
     * @param at the value, not null
     * @param expected the rule, e.g. {@code a date (yyyy-MM-dd)}, not null
     * @return the exception to throw, not null
     */
    public DataFileException fail(JsonValue at, String expected) {
        return new DataFileException(source, at.path(), at.line(), at.column(), "expected " + expected,
                at.excerpt(), null);
    }

    /**
     * Returns the error for a value that breaks a rule, with the underlying failure.
     *
     * @param at the value, not null
     * @param expected the rule, not null
     * @param cause the failure, not null
     * @return the exception to throw, not null
     */
    public DataFileException fail(JsonValue at, String expected, Throwable cause) {
        return new DataFileException(source, at.path(), at.line(), at.column(), "expected " + expected,
                at.excerpt(), cause);
    }

    /**
     * Returns the error for a problem of a value that no rule text describes well, e.g. a
     * contradiction between two fields: {@code PROBLEM} followed by the value.
     *
     * @param at the value, not null
     * @param problem what is wrong, not null
     * @return the exception to throw, not null
     */
    public DataFileException problem(JsonValue at, String problem) {
        return new DataFileException(source, at.path(), at.line(), at.column(), problem, null, null);
    }

    /**
     * Returns the error for a missing member: {@code expected RULE, but was missing}, located at
     * the object that lacks it.
     *
     * @param object the object, not null
     * @param field the missing member, not null
     * @param expected the rule for the member, not null
     * @return the exception to throw, not null
     */
    public DataFileException missing(JsonValue object, String field, String expected) {
        return new DataFileException(source, object.path() + JsonValue.memberPath(field), object.line(),
                object.column(), "expected " + expected, "missing", null);
    }

    /**
     * Returns the error for a member name that breaks a rule, in an object whose member names are
     * ids ({@code {"usc-6103-a": {...}}}): {@code expected RULE, but was "NAME"}, located at the
     * member's value.
     *
     * @param object the object, not null
     * @param name the member name, a member of {@code object}, not null
     * @param expected the rule for names, e.g. {@code a source id of lower-case words joined by
     *     '-'}, not null
     * @return the exception to throw, not null
     * @throws IllegalArgumentException if the object has no such member
     */
    public DataFileException failName(JsonValue object, String name, String expected) {
        @Nullable JsonValue member = object.get(name);
        if (member == null) {
            throw new IllegalArgumentException(object.path() + " has no member " + name);
        }
        // quoted as a string value would be: in JSON form, shortened to an excerpt
        String quoted = new JsonValue.StringValue(null, null, 0, 0, 0, name).excerpt();
        return new DataFileException(source, member.path(), member.line(), member.column(), "expected " + expected,
                quoted, null);
    }

    //-----------------------------------------------------------------------
    /**
     * Checks that a value is an object whose members are among {@code fields} (and {@value
     * #COMMENT}), and returns it for typed access.
     *
     * @param value the value, not null
     * @param fields the allowed members; none means any
     * @return the object, not null
     * @throws DataFileException if the value is not an object or has another member
     */
    public JsonObject object(JsonValue value, String... fields) {
        if (!value.isObject()) {
            throw fail(value, "an object");
        }
        if (fields.length > 0) {
            Set<String> allowed = new LinkedHashSet<>(Arrays.asList(fields));
            for (String name : value.members().keySet()) {
                if (!allowed.contains(name) && !name.equals(COMMENT)) {
                    JsonValue v = Objects.requireNonNull(value.get(name));
                    throw new DataFileException(source, v.path(), v.line(), v.column(),
                            "unknown field (the fields are: " + String.join(", ", allowed) + ")", null, null);
                }
            }
        }
        JsonValue comment = value.get(COMMENT);
        if (comment != null && !comment.isString()) {
            throw fail(comment, "a string (a note)");
        }
        return new JsonObject(value);
    }

    /**
     * Reads a string that is not blank.
     *
     * @param value the value, not null
     * @return the text, not null
     * @throws DataFileException if the value is not a non-blank string
     */
    public String string(JsonValue value) {
        if (!value.isString() || value.text().isBlank()) {
            throw fail(value, "a non-blank string");
        }
        return value.text();
    }

    /**
     * Reads an integer in a range.
     *
     * @param value the value, not null
     * @param min the least value allowed
     * @param max the greatest value allowed
     * @return the integer
     * @throws DataFileException if the value is not an integer from {@code min} to {@code max}
     */
    public int integer(JsonValue value, int min, int max) {
        if (!value.isInt() || value.intValue() < min || value.intValue() > max) {
            throw fail(value, "an integer from " + min + " to " + max);
        }
        return value.intValue();
    }

    /**
     * Reads {@code true} or {@code false}.
     *
     * @param value the value, not null
     * @return the boolean
     * @throws DataFileException if the value is not a boolean
     */
    public boolean bool(JsonValue value) {
        if (!value.isBoolean()) {
            throw fail(value, "true or false");
        }
        return value.booleanValue();
    }

    /**
     * Reads an ISO date {@code yyyy-MM-dd} with a four-digit year.
     *
     * @param value the value, not null
     * @return the date, not null
     * @throws DataFileException if the value is not such a date
     */
    public LocalDate date(JsonValue value) {
        String text = value.isString() ? value.text() : "";
        if (text.length() == 10) {
            try {
                return IsoDates.parse(text);
            } catch (DateTimeParseException e) {
                throw fail(value, "a date (yyyy-MM-dd)", e);
            }
        }
        throw fail(value, "a date (yyyy-MM-dd)");
    }

    /**
     * Reads an absolute {@code http} or {@code https} URL (the scheme in any case, as RFC 3986
     * allows).
     *
     * @param value the value, not null
     * @return the URL, not null
     * @throws DataFileException if the value is not such a URL
     */
    public URI url(JsonValue value) {
        String text = string(value);
        try {
            URI uri = new URI(text);
            if (Source.isWebUrl(uri)) {
                return uri;
            }
        } catch (URISyntaxException e) {
            throw fail(value, "an absolute http(s) URL", e);
        }
        throw fail(value, "an absolute http(s) URL");
    }

    /**
     * Reads the name of an enum constant.
     *
     * @param <E> the enum type
     * @param value the value, not null
     * @param type the enum class, not null
     * @return the constant, not null
     * @throws DataFileException if the value is not the name of a constant
     */
    public <E extends Enum<E>> E enumValue(JsonValue value, Class<E> type) {
        return code(value, type.getEnumConstants(), Enum::name);
    }

    /**
     * Reads a code among known ones.
     *
     * @param <T> the type of the coded values
     * @param value the value, not null
     * @param values the known values, not null
     * @param code the code of a value, not null
     * @return the value whose code the string is, not null
     * @throws DataFileException if the value is not a known code
     */
    public <T> T code(JsonValue value, T[] values, Function<T, String> code) {
        if (value.isString()) {
            for (T t : values) {
                if (code.apply(t).equals(value.text())) {
                    return t;
                }
            }
        }
        List<String> codes = new ArrayList<>();
        for (T t : values) {
            codes.add(code.apply(t));
        }
        throw fail(value, "one of " + String.join(", ", codes));
    }

    /**
     * Reads a name in English and Chinese: {@code {"en": "...", "zh": "..."}}.
     *
     * @param value the value, not null
     * @return the name, not null
     * @throws DataFileException if the value is not such an object
     */
    public LocalizedText localized(JsonValue value) {
        JsonObject o = object(value, "en", "zh");
        return LocalizedText.of(o.string("en"), o.string("zh"));
    }

    /**
     * Reads a citation: {@code {"type": "STATUTE", "citation": "...", "url": "https://..."}} (url
     * optional).
     *
     * @param value the value, not null
     * @return the source, not null
     * @throws DataFileException if the value is not such an object
     */
    public Source source(JsonValue value) {
        JsonObject o = object(value, "type", "citation", "url");
        SourceType type = o.enumValue("type", SourceType.class);
        String citation = o.string("citation");
        Optional<URI> url = o.optionalUrl("url");
        return url.isPresent() ? Source.of(type, citation, url.get()) : Source.of(type, citation);
    }

    /**
     * Reads an array.
     *
     * @param value the value, not null
     * @return the elements, not null
     * @throws DataFileException if the value is not an array
     */
    public List<JsonValue> array(JsonValue value) {
        if (!value.isArray()) {
            throw fail(value, "an array");
        }
        return value.elements();
    }

    //-----------------------------------------------------------------------
    /**
     * An object of the file, with typed access to its members; every accessor reports a missing or
     * bad member with the reader's wording.
     */
    public final class JsonObject {
        private final JsonValue value;

        JsonObject(JsonValue value) {
            this.value = value;
        }

        /**
         * Returns the object itself.
         *
         * @return the value, not null
         */
        public JsonValue value() {
            return value;
        }

        /**
         * Tells whether a member is present and not {@code null}.
         *
         * @param field the member, not null
         * @return true if present
         */
        public boolean has(String field) {
            JsonValue v = value.get(field);
            return v != null && !v.isNull();
        }

        /**
         * Returns a member that must be present (not {@code null}).
         *
         * @param field the member, not null
         * @param expected the rule for the member, for the message when it is missing, not null
         * @return the member, not null
         * @throws DataFileException if it is missing
         */
        public JsonValue required(String field, String expected) {
            JsonValue v = value.get(field);
            if (v == null || v.isNull()) {
                throw missing(value, field, expected);
            }
            return v;
        }

        /**
         * Returns a member, if present and not {@code null}.
         *
         * @param field the member, not null
         * @return the member, or empty
         */
        public Optional<JsonValue> optional(String field) {
            JsonValue v = value.get(field);
            return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
        }

        /**
         * Reads a member that must be a non-blank string.
         *
         * @param field the member, not null
         * @return its text, not null
         * @throws DataFileException if missing or bad
         */
        public String string(String field) {
            return DataReader.this.string(required(field, "a non-blank string"));
        }

        /**
         * Reads an optional member that must be a non-blank string when present.
         *
         * @param field the member, not null
         * @return its text, or empty when absent
         * @throws DataFileException if present but bad
         */
        public Optional<String> optionalString(String field) {
            return optional(field).map(DataReader.this::string);
        }

        /**
         * Reads a member that must be an integer in a range.
         *
         * @param field the member
         * @param min the least value
         * @param max the greatest value
         * @return the integer
         * @throws DataFileException if missing or bad
         */
        public int integer(String field, int min, int max) {
            return DataReader.this.integer(required(field, "an integer from " + min + " to " + max), min, max);
        }

        /**
         * Reads a member that must be {@code true} or {@code false}.
         *
         * @param field the member, not null
         * @return the boolean
         * @throws DataFileException if missing or bad
         */
        public boolean bool(String field) {
            return DataReader.this.bool(required(field, "true or false"));
        }

        /**
         * Reads an optional boolean member.
         *
         * @param field the member, not null
         * @param absent the value when the member is absent
         * @return the boolean
         * @throws DataFileException if present but bad
         */
        public boolean bool(String field, boolean absent) {
            return optional(field).map(DataReader.this::bool).orElse(absent);
        }

        /**
         * Reads a member that must be a date {@code yyyy-MM-dd}.
         *
         * @param field the member, not null
         * @return the date, not null
         * @throws DataFileException if missing or bad
         */
        public LocalDate date(String field) {
            return DataReader.this.date(required(field, "a date (yyyy-MM-dd)"));
        }

        /**
         * Reads an optional date member.
         *
         * @param field the member, not null
         * @return the date, or empty when absent
         * @throws DataFileException if present but bad
         */
        public Optional<LocalDate> optionalDate(String field) {
            return optional(field).map(DataReader.this::date);
        }

        /**
         * Reads a member that must be an absolute http(s) URL.
         *
         * @param field the member, not null
         * @return the URL, not null
         * @throws DataFileException if missing or bad
         */
        public URI url(String field) {
            return DataReader.this.url(required(field, "an absolute http(s) URL"));
        }

        /**
         * Reads an optional URL member.
         *
         * @param field the member, not null
         * @return the URL, or empty when absent
         * @throws DataFileException if present but bad
         */
        public Optional<URI> optionalUrl(String field) {
            return optional(field).map(DataReader.this::url);
        }

        /**
         * Reads a member that must name a constant of an enum.
         *
         * @param <E> the enum type
         * @param field the member
         * @param type the enum class
         * @return the constant
         * @throws DataFileException if missing or bad
         */
        public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
            return DataReader.this.enumValue(required(field, "one of " + names(type)), type);
        }

        /**
         * Reads a member that must be a name in English and Chinese.
         *
         * @param field the member, not null
         * @return the name, not null
         * @throws DataFileException if missing or bad
         */
        public LocalizedText localized(String field) {
            return DataReader.this.localized(required(field, "an object {\"en\": ..., \"zh\": ...}"));
        }

        /**
         * Reads a member that must be an array.
         *
         * @param field the member, not null
         * @return the elements, not null
         * @throws DataFileException if missing or not an array
         */
        public List<JsonValue> array(String field) {
            return DataReader.this.array(required(field, "an array"));
        }

        /**
         * Reads an array that has at least one element: {@code expected an array of at least one
         * ELEMENT, but was missing} when absent, {@code expected at least one ELEMENT, but was []}
         * when empty.
         *
         * @param field the member, not null
         * @param element what an element is, for messages, e.g. {@code block}, not null
         * @return the elements, not empty
         * @throws DataFileException if missing, not an array or empty
         */
        public List<JsonValue> nonEmptyArray(String field, String element) {
            JsonValue v = required(field, "an array of at least one " + element);
            List<JsonValue> elements = DataReader.this.array(v);
            if (elements.isEmpty()) {
                throw fail(v, "at least one " + element);
            }
            return elements;
        }

        /**
         * Reads an optional array member.
         *
         * @param field the member, not null
         * @return the elements, empty when absent
         * @throws DataFileException if present but not an array
         */
        public List<JsonValue> optionalArray(String field) {
            return optional(field).map(DataReader.this::array).orElse(List.of());
        }

        /**
         * Reads a member that must be an object with the given members.
         *
         * @param field the member
         * @param fields the members it may have
         * @return the object
         * @throws DataFileException if missing or bad
         */
        public JsonObject object(String field, String... fields) {
            return DataReader.this.object(required(field, "an object"), fields);
        }

        /**
         * Reads a non-empty array of citations.
         *
         * @param field the member
         * @return the sources, at least one
         * @throws DataFileException if missing, empty or bad
         */
        public List<Source> sources(String field) {
            JsonValue v = required(field, "an array of sources");
            List<JsonValue> elements = DataReader.this.array(v);
            if (elements.isEmpty()) {
                throw fail(v, "at least one source");
            }
            List<Source> out = new ArrayList<>(elements.size());
            for (JsonValue e : elements) {
                out.add(source(e));
            }
            return List.copyOf(out);
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        List<String> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add(e.name());
        }
        return String.join(", ", out);
    }

    /**
     * Throws if a value is present but not wanted, e.g. a field of another version of a format.
     *
     * @param object the object, not null
     * @param field the member, not null
     * @param why why it is not allowed, not null
     * @throws DataFileException if the member is present
     */
    public void absent(JsonObject object, String field, String why) {
        @Nullable JsonValue v = object.value().get(field);
        if (v != null) {
            throw new DataFileException(source, v.path(), v.line(), v.column(), why, v.excerpt(), null);
        }
    }

    /**
     * Wraps a {@link DateTimeException} or {@link IllegalArgumentException} raised while building a
     * value from a member into the reader's error for that member.
     *
     * @param at the value, not null
     * @param expected the rule, not null
     * @param e the failure, not null
     * @return the exception to throw, not null
     */
    public DataFileException wrap(JsonValue at, String expected, RuntimeException e) {
        return fail(at, expected, e);
    }
}
