package org.consularkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.consularkit.core.internal.json.JsonReader;
import org.consularkit.core.internal.json.JsonValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JsonReader} reads what jackson-databind's {@code readTree} (with strict duplicate detection
 * and no trailing tokens, as the data-file parsers used it) reads, and fails with the same messages
 * at the same locations: every case is checked against jackson-databind itself.
 */
class JsonReaderTest {

    private static final ObjectReader DATABIND = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build()
            .reader();

    /** The outcome of reading a text: the compact JSON text, "empty", or the error. */
    private static String outcome(String text, boolean ours) {
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        try {
            if (ours) {
                return JsonReader.read(in).map(JsonValue::toString).orElse("empty");
            }
            JsonNode node = DATABIND.readTree(in);
            return node == null || node.isMissingNode() ? "empty" : node.toString();
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            return "error at " + (loc == null ? "?" : loc.getLineNr() + ":" + loc.getColumnNr()) + ": "
                    + e.getOriginalMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSameAsDatabind(String text, String message) {
        assertThat(outcome(text, true)).as(message).isEqualTo(outcome(text, false));
    }

    @Nested
    class Read {
        @ParameterizedTest
        @ValueSource(strings = {
            "{}", "[]", "null", "true", "false", "0", "-0", "1", "-1", "2147483647", "2147483648",
            "-2147483649", "9223372036854775807", "9223372036854775808", "123456789012345678901234567890",
            "1.0", "-0.0", "1.5e3", "1E2", "1e-7", "0.1", "123.456e-300", "1e400", "-1e400", "4.9e-324",
            "2e-3", "1.0E22", "\"\"", "\"a\\u0000b\\u001f\\u007f\\b\\t\\n\\f\\r\\\"\\\\\\/\"",
            "\"é中文\\u2028\\ud83d\\ude00\"", "\"\\ud800 lone\"",
            "{\"a\":1,\"b\":[1,2,{\"c\":null}],\"d\":{\"e\":\"f\"}}", " \n\t{ \"a\" : [ ] } \n ",
            "{\"$comment\":\"x\",\"a b\":1,\"\":2}",
        })
        void givesTheTextJacksonDatabindGives(String text) {
            assertSameAsDatabind(text, text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", " \n\t\r "})
        void emptyDocumentIsEmpty(String text) throws IOException {
            assertThat(JsonReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(Optional.empty());
            assertSameAsDatabind(text, "'" + text + "'");
        }

        @Test
        void everyValueKnowsItsPath() throws IOException {
            JsonValue root = JsonReader.read(new ByteArrayInputStream(
                    "{\"a\":[1,{\"b\":true}],\"c\":{\"d\":null}}".getBytes(StandardCharsets.UTF_8))).orElseThrow();
            List<String> paths = new ArrayList<>();
            collectPaths(root, paths);
            assertThat(paths).containsExactly("$", "$.a", "$.a[0]", "$.a[1]", "$.a[1].b", "$.c", "$.c.d");
        }

        @Test
        void keepsTheOrderOfMembers() throws IOException {
            JsonValue root = JsonReader.read(new ByteArrayInputStream(
                    "{\"z\":1,\"a\":2,\"m\":3}".getBytes(StandardCharsets.UTF_8))).orElseThrow();
            assertThat(root.members().keySet()).containsExactly("z", "a", "m");
        }

        @Test
        void randomDocumentsAreReadAsJacksonDatabindReadsThem() {
            long seed = 20261127L;
            Random random = new Random(seed);
            for (int i = 0; i < 2000; i++) {
                String text = randomValue(random, 0);
                assertSameAsDatabind(text, "seed " + seed + ", document " + i + ": " + text);
            }
        }

        @Test
        void builtInDataFilesAreReadAsJacksonDatabindReadsThem() throws IOException {
            for (String resource : List.of("/org/consularkit/core/booking/service-catalogue.json")) {
                try (InputStream in = JsonReaderTest.class.getResourceAsStream(resource)) {
                    assertThat(in).as(resource).isNotNull();
                    assertSameAsDatabind(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
                }
            }
        }
    }

    @Nested
    class Errors {
        @ParameterizedTest
        @ValueSource(strings = {
            "{", "[", "[1,]", "{\"a\" 1}", "{\"a\":}", "nul", "{} x", "{\"a\":1} {", "{\"a\":1}\n  [1]",
            "1 2", "\"x\"  \"y\"", "{\"a\":1} null", "[] ]", "{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1,\"b\":2}}",
            "[{\"x\":1,\"y\":2,\"x\":3}]", "\"unterminated", "{\"a\":01}", "{'a':1}", "[1 2]", "\"\t\"",
            "{\"a\":NaN}", "{\n  \"year\": 2026,\n  \"x\": }",
        })
        void failLikeJacksonDatabindWithTheSameLineColumnAndMessage(String text) {
            assertThat(outcome(text, true)).startsWith("error at ");
            assertSameAsDatabind(text, text);
        }

        @Test
        void trailingTokenMessageIsJacksonDatabinds() {
            assertThat(outcome("{\"a\":1}\n  [1]", true)).isEqualTo("error at 2:3: Trailing token (of type"
                    + " START_ARRAY) found after value (bound as `com.fasterxml.jackson.databind.JsonNode`):"
                    + " not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
        }

        @Test
        void duplicateMemberIsNamed() {
            assertThat(outcome("{\"a\":1,\"a\":2}", true)).isEqualTo("error at 1:11: Duplicate field 'a'");
        }

        @Test
        void nullStreamIsRejected() {
            assertThatThrownBy(() -> JsonReader.read(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("in");
        }
    }

    //-----------------------------------------------------------------------
    private static void collectPaths(JsonValue value, List<String> out) {
        out.add(value.path());
        for (Map.Entry<String, JsonValue> e : value.members().entrySet()) {
            collectPaths(e.getValue(), out);
        }
        for (JsonValue e : value.elements()) {
            collectPaths(e, out);
        }
    }

    private static final String[] NUMBERS = {
        "0", "-0", "7", "-12", "2147483647", "-2147483648", "2147483648", "99999999999", "-9223372036854775808",
        "18446744073709551616", "0.5", "-0.0", "3.14159", "1e5", "1E-5", "2.5e+10", "6.02214076e23", "1e308",
        "1e309", "0.000001", "0.0000001", "123456789.123456789",
    };

    private static String randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 5 : 7);
        switch (kind) {
            case 0:
                return "null";
            case 1:
                return random.nextBoolean() ? "true" : "false";
            case 2:
                return random.nextBoolean() ? NUMBERS[random.nextInt(NUMBERS.length)]
                        : Long.toString(random.nextLong() >> random.nextInt(64));
            case 3:
            case 4:
                return randomString(random);
            case 5: {
                StringBuilder out = new StringBuilder("[");
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    out.append(i > 0 ? "," : "").append(random.nextBoolean() ? " " : "").append(randomValue(random,
                            depth + 1));
                }
                return out.append(']').toString();
            }
            default: {
                StringBuilder out = new StringBuilder("{");
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    // the index keeps the names distinct
                    out.append(i > 0 ? ",\n" : "").append(randomString(random).replaceFirst("\"$", i + "\""))
                            .append(':').append(randomValue(random, depth + 1));
                }
                return out.append('}').toString();
            }
        }
    }

    private static String randomString(Random random) {
        StringBuilder out = new StringBuilder("\"");
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            int c = switch (random.nextInt(6)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> "\"\\/".charAt(random.nextInt(3));
                case 2 -> 0x80 + random.nextInt(0x3000);
                case 3 -> 0xD800 + random.nextInt(0x800);
                default -> 0x20 + random.nextInt(0x5F);
            };
            if (c < 0x20 || c == '"' || c == '\\' || (c >= 0xD800 && c < 0xE000) || random.nextInt(10) == 0) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.append((char) c);
            }
        }
        return out.append('"').toString();
    }
}
