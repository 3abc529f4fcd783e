package org.consularkit.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON document into a {@link JsonValue} tree with jackson-core's streaming parser.
 *
 * <p>It reads what jackson-databind's {@code readTree} read with {@code
 * STRICT_DUPLICATE_DETECTION} and {@code FAIL_ON_TRAILING_TOKENS}, and fails the same way, with
 * the same messages and locations: malformed JSON and a member name repeated in an object fail
 * with jackson-core's {@link com.fasterxml.jackson.core.JacksonException} (its location the line
 * and column of the problem); anything after the document's value fails with a {@link
 * JsonParseException} located at the start of the extra token, whose message is the one
 * jackson-databind gave ({@code Trailing token (of type START_ARRAY) found after value ...}).
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility, thread-safe.
 */
public final class JsonReader {

    /** The message for content after the value, {@code %s} the token type (jackson-databind's text). */
    static final String TRAILING = "Trailing token (of type %s) found after value (bound as"
            + " `com.fasterxml.jackson.databind.JsonNode`): not allowed as per"
            + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`";

    /** Never reconfigured after this; a configured factory is thread-safe. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonReader() {
    }

    /**
     * Reads a whole JSON document; the stream is read to its end and closed.
     *
     * @param in the JSON text (UTF-8, or UTF-16/32 with detection as jackson-core does), not null
     * @return the root value with path {@code $}, or empty if the text is empty or only white space
     * @throws com.fasterxml.jackson.core.JacksonException if the text is not one well-formed JSON
     *     value, or an object repeats a member name
     * @throws IOException if the stream cannot be read
     */
    public static Optional<JsonValue> read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            JsonValue root = value(p, first, "$");
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new JsonParseException(p, String.format(Locale.ROOT, TRAILING, trailing),
                        p.currentTokenLocation());
            }
            return Optional.of(root);
        }
    }

    private static JsonValue value(JsonParser p, @Nullable JsonToken token, String path) throws IOException {
        if (token == null) {
            // jackson-core reports an unclosed object or array before we get here
            throw new JsonParseException(p, "Unexpected end-of-input", p.currentLocation());
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken t = p.nextToken();
                    members.put(name, value(p, t, path + "." + name));
                }
                return new JsonValue.ObjectValue(path, Collections.unmodifiableMap(members));
            }
            case START_ARRAY: {
                List<JsonValue> elements = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    elements.add(value(p, t, path + "[" + elements.size() + "]"));
                }
                return new JsonValue.ArrayValue(path, Collections.unmodifiableList(elements));
            }
            case VALUE_STRING:
                return new JsonValue.StringValue(path, p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> new JsonValue.NumberValue(path, BigInteger.valueOf(p.getIntValue()), 0);
                    case LONG -> new JsonValue.NumberValue(path, BigInteger.valueOf(p.getLongValue()), 0);
                    default -> new JsonValue.NumberValue(path, p.getBigIntegerValue(), 0);
                };
            case VALUE_NUMBER_FLOAT:
                return new JsonValue.NumberValue(path, null, p.getDoubleValue());
            case VALUE_TRUE:
                return new JsonValue.BooleanValue(path, true);
            case VALUE_FALSE:
                return new JsonValue.BooleanValue(path, false);
            case VALUE_NULL:
                return new JsonValue.NullValue(path);
            default:
                // the parser reports every other token sequence as malformed before we get here
                throw new JsonParseException(p, "Unexpected token " + token, p.currentTokenLocation());
        }
    }
}
