package org.consularkit.core.internal.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Objects;
import org.consularkit.core.DataFileException;
import org.consularkit.core.internal.json.JsonValue.ArrayValue;
import org.consularkit.core.internal.json.JsonValue.ObjectValue;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON reading path of ConsularKit: reads a whole document with jackson-core's streaming
 * parser into a {@link JsonValue} tree, and reports every problem of the text as a {@link
 * DataFileException} that names the source, the line and the column.
 *
 * <p>Rules: the document is one JSON value and nothing after it; a member name may appear once per
 * object; the text is at most {@code maxBytes} bytes (or characters, for a {@link Reader}); values
 * nest at most {@value #MAX_DEPTH} deep; strings are at most as long as the document may be. The
 * caller's stream is read up to the end of the document (or the limit) and is never closed.
 *
 * <h2>Implementation Requirements</h2>
 * A stateless utility; thread-safe.
 */
public final class JsonReader {

    /** The default limit of a document's size: 16 MiB. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    /** How deep values may nest. */
    public static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(1000)
                    .maxStringLength((int) DEFAULT_MAX_BYTES)
                    .build())
            .build();

    private JsonReader() {
    }

    /**
     * Reads a document of at most {@link #DEFAULT_MAX_BYTES} bytes.
     *
     * @param in the JSON text in UTF-8 (RFC 8259; a leading byte-order mark is skipped), not closed,
     *     not null
     * @param source the name of the file or stream for messages, not null
     * @return the root value, not null
     * @throws DataFileException if the text is empty, too large, not one well-formed JSON value,
     *     or repeats a member name in an object
     * @throws IOException if the stream cannot be read
     */
    public static JsonValue read(InputStream in, String source) throws IOException {
        return read(in, source, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads a document of at most {@code maxBytes} bytes.
     *
     * @param in the JSON text in UTF-8 (RFC 8259; a leading byte-order mark is skipped), not closed,
     *     not null
     * @param source the name of the file or stream for messages, not null
     * @param maxBytes the largest document accepted, positive
     * @return the root value, not null
     * @throws DataFileException if the text is empty, larger than {@code maxBytes}, not one
     *     well-formed JSON value, or repeats a member name in an object
     * @throws IOException if the stream cannot be read
     */
    public static JsonValue read(InputStream in, String source, long maxBytes) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Limited limited = new Limited(in, maxBytes);
        // Decoded here, not by the parser, so that columns count characters, not bytes, and
        // malformed UTF-8 is an error rather than a replacement character.
        PushbackReader text = new PushbackReader(new InputStreamReader(limited, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1);
        try {
            int first = text.read();
            if (first >= 0 && first != '\uFEFF') {
                text.unread(first);
            }
        } catch (TooLarge e) {
            throw tooLarge(source, limited, 0, 0, e);
        } catch (CharacterCodingException e) {
            throw new DataFileException(source, "$", 1, 1, "expected UTF-8 text", "malformed", e);
        }
        try (JsonParser p = FACTORY.createParser(text)) {
            return document(p, source, limited);
        } catch (TooLarge e) {
            throw tooLarge(source, limited, 0, 0, e);
        }
    }

    /**
     * Reads a document of at most {@code maxChars} characters.
     *
     * @param in the JSON text, not closed, not null
     * @param source the name of the file or stream for messages, not null
     * @param maxChars the largest document accepted, positive
     * @return the root value, not null
     * @throws DataFileException if the text is empty, too large, not one well-formed JSON value,
     *     or repeats a member name in an object
     * @throws IOException if the reader fails
     */
    public static JsonValue read(Reader in, String source, long maxChars) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        LimitedReader limited = new LimitedReader(in, maxChars);
        try (JsonParser p = FACTORY.createParser(limited)) {
            return document(p, source, limited);
        } catch (TooLarge e) {
            throw tooLarge(source, limited, 0, 0, e);
        }
    }

    private static JsonValue document(JsonParser p, String source, Counter counter) throws IOException {
        try {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new DataFileException(source, "$", 0, 0, "expected a JSON document", "empty", null);
            }
            JsonValue root = value(p, first, null, null, 0, source);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new DataFileException(source, "$", at.getLineNr(), at.getColumnNr(),
                        "expected the end of the document after its value", "more content", null);
            }
            return root;
        } catch (TooLarge e) {
            // where the limit is reached is no position of a value: reported without one
            throw tooLarge(source, counter, 0, 0, e);
        } catch (CharacterCodingException e) {
            JsonLocation at = p.currentLocation();
            throw new DataFileException(source, "$", at.getLineNr(), at.getColumnNr(), "expected UTF-8 text",
                    "malformed", e);
        } catch (StreamConstraintsException e) {
            JsonLocation at = p.currentLocation();
            throw new DataFileException(source, pathOf(p.getParsingContext()), at.getLineNr(), at.getColumnNr(),
                    "exceeds a limit of the reader (values nest at most " + MAX_DEPTH
                            + " deep, numbers have at most 1000 digits, strings at most " + counter.limit()
                            + " characters)", null, e);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            throw new DataFileException(source, "$", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : JacksonVersion.errorColumn(message, at.getColumnNr()),
                    "malformed JSON: " + DataFileException.shorten(message == null ? e.toString() : message, 200),
                    null, e);
        }
    }

    /**
     * The JSON path of the value being parsed when the parser stopped (a limit exceeded): the
     * member or element whose number or string is too long, or the array or object nested too deep.
     */
    static String pathOf(@Nullable JsonStreamContext context) {
        ArrayDeque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                steps.push(JsonValue.memberPath(c.getCurrentName()));
            } else if (c.inArray()) {
                steps.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        StringBuilder sb = new StringBuilder("$");
        // a path of a deeply nested value is kept short: its first steps, then how many more
        int shown = 0;
        for (String step : steps) {
            if (shown == 16) {
                sb.append("…(").append(steps.size() - shown).append(" more)");
                break;
            }
            sb.append(step);
            shown++;
        }
        return sb.toString();
    }

    private static DataFileException tooLarge(String source, Counter counter, int line, int column, TooLarge e) {
        return new DataFileException(source, "$", line, column,
                "expected a document of at most " + counter.limit() + " " + counter.unit(), "larger", e);
    }

    private static JsonValue value(JsonParser p, @Nullable JsonToken token, @Nullable JsonValue parent,
            @Nullable String name, int index, String source) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (token == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected end-of-input", p.currentLocation());
        }
        return switch (token) {
            case START_OBJECT -> {
                ObjectValue object = new ObjectValue(parent, name, index, line, column);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String member = p.currentName();
                    object.put(member, value(p, p.nextToken(), object, member, 0, source));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayValue array = new ArrayValue(parent, name, index, line, column);
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(value(p, t, array, null, array.size(), source));
                }
                array.trim();
                yield array;
            }
            case VALUE_STRING -> new JsonValue.StringValue(parent, name, index, line, column, p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonValue.NumberValue(parent, name, index, line, column, p.getText());
            case VALUE_TRUE -> new JsonValue.BooleanValue(parent, name, index, line, column, true);
            case VALUE_FALSE -> new JsonValue.BooleanValue(parent, name, index, line, column, false);
            case VALUE_NULL -> new JsonValue.NullValue(parent, name, index, line, column);
            // the parser reports every other token sequence as malformed before we get here
            default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected token " + token, at);
        };
    }

    //-----------------------------------------------------------------------
    /** Thrown by the limited streams once the document is larger than allowed. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("document too large");
        }
    }

    interface Counter {
        long limit();

        String unit();
    }

    /** Counts the bytes read, fails beyond the limit, and never closes the caller's stream. */
    static final class Limited extends FilterInputStream implements Counter {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            if (limit <= 0) {
                throw new IllegalArgumentException("limit must be positive, but was " + limit);
            }
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, (int) Math.min(len, limit - count + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge();
            }
        }

        @Override
        public void close() {
            // the caller's stream stays open
        }

        @Override
        public long limit() {
            return limit;
        }

        @Override
        public String unit() {
            return "bytes";
        }
    }

    /** Counts the characters read, fails beyond the limit, and never closes the caller's reader. */
    static final class LimitedReader extends FilterReader implements Counter {
        private final long limit;
        private long count;

        LimitedReader(Reader in, long limit) {
            super(in);
            if (limit <= 0) {
                throw new IllegalArgumentException("limit must be positive, but was " + limit);
            }
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int c = in.read();
            if (c >= 0 && ++count > limit) {
                throw new TooLarge();
            }
            return c;
        }

        @Override
        public int read(char[] b, int off, int len) throws IOException {
            int n = in.read(b, off, (int) Math.min(len, limit - count + 1));
            if (n > 0) {
                count += n;
                if (count > limit) {
                    throw new TooLarge();
                }
            }
            return n;
        }

        @Override
        public void close() {
            // the caller's reader stays open
        }

        @Override
        public long limit() {
            return limit;
        }

        @Override
        public String unit() {
            return "characters";
        }
    }
}
