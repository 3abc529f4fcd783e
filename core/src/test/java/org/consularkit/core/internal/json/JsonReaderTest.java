package org.consularkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.consularkit.core.DataFileException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link JsonReader}: the one JSON reading path, its tree, its limits and its messages. */
class JsonReaderTest {

    static JsonValue read(String text) throws IOException {
        return JsonReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json");
    }

    static DataFileException error(String text) {
        try {
            read(text);
        } catch (DataFileException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error for " + text);
    }

    @Nested
    class Tree {
        @Test
        void everyValueKnowsItsPathLineAndColumn() throws IOException {
            JsonValue root = read("{\"a\": [1, {\"b c\": true}],\n \"d\": null}");
            JsonValue b = root.get("a").elements().get(1).get("b c");
            assertThat(root.path()).isEqualTo("$");
            assertThat(root.get("a").elements().get(0).path()).isEqualTo("$.a[0]");
            assertThat(b.path()).isEqualTo("$.a[1][\"b c\"]");
            assertThat(b.line()).isEqualTo(1);
            assertThat(b.column()).isEqualTo(19);
            assertThat(root.get("d").line()).isEqualTo(2);
            assertThat(root.get("d").isNull()).isTrue();
        }

        @Test
        void keepsTheOrderOfMembersAndTheTextOfNumbers() throws IOException {
            JsonValue root = read("{\"z\": 1e400, \"a\": -0, \"m\": 12.50}");
            assertThat(root.members().keySet()).containsExactly("z", "a", "m");
            assertThat(root.toString()).isEqualTo("{\"z\":1e400,\"a\":-0,\"m\":12.50}");
            assertThat(root.get("z").isInt()).isFalse();
            assertThat(root.get("a").isInt()).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"0, true", "2147483647, true", "-2147483648, true", "2147483648, false", "1.0, true",
            "1.5, false", "1e2, true", "1e400, false"})
        void onlyIntegersOfIntRangeAreInts(String number, boolean isInt) throws IOException {
            assertThat(read(number).isInt()).as(number).isEqualTo(isInt);
        }

        @Test
        void wrongKindAccessorsFailNamingThePath() throws IOException {
            JsonValue v = read("{\"a\": 1}").get("a");
            assertThatThrownBy(v::text).isInstanceOf(IllegalStateException.class).hasMessage("$.a is a number, not a string");
            assertThat(v.members()).isEmpty();
            assertThat(v.elements()).isEmpty();
            assertThat(v.get("x")).isNull();
        }

        @Test
        void excerptsAreShortWhateverTheValue() throws IOException {
            String big = "x".repeat(1_000_000);
            JsonValue v = read("[\"" + big + "\", {\"k\": \"" + big + "\"}]");
            assertThat(v.excerpt()).hasSizeLessThanOrEqualTo(DataFileException.MAX_EXCERPT).endsWith("…");
            assertThat(v.elements().get(1).excerpt()).startsWith("{\"k\":\"xxx").endsWith("…");
            assertThat(read("\"a\\\"b\\n\"").excerpt()).isEqualTo("\"a\\\"b\\n\"");
        }

        /** Seeded random documents: our tree has the structure and values jackson-databind reads. */
        @Test
        void randomDocumentsAreReadAsJacksonDatabindReadsThem() throws IOException {
            long seed = new Random().nextLong();
            System.out.println("JsonReaderTest seed " + seed);
            Random random = new Random(seed);
            JsonMapper mapper = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
            for (int i = 0; i < 2000; i++) {
                String text = randomValue(random, 0);
                assertSame(read(text), mapper.readTree(text), "seed " + seed + ", document " + i + ": " + text);
            }
        }
    }

    @Nested
    class Errors {
        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\n\t"})
        void anEmptyDocumentIsAnError(String text) {
            assertThat(error(text)).hasMessage("t.json: $: expected a JSON document, but was empty");
        }

        @Test
        void malformedJsonNamesLineAndColumn() {
            DataFileException e = error("{\"a\": [1,\n 2,}");
            assertThat(e.getMessage()).startsWith("t.json:2:4: $: malformed JSON: Unexpected character ('}'");
            assertThat(e.line()).hasValue(2);
            assertThat(e.column()).hasValue(4);
        }

        @Test
        void contentAfterTheDocumentIsAnError() {
            assertThat(error("{} []")).hasMessage("t.json:1:4: $: expected the end of the document after its value,"
                    + " but was more content");
        }

        @Test
        void aRepeatedMemberIsAnError() {
            assertThat(error("{\"a\": 1, \"a\": 2}").getMessage()).startsWith("t.json:1:13: $: malformed JSON: Duplicate field 'a'");
        }

        @Test
        void aDocumentLargerThanTheLimitIsAnErrorOfBoundedLength() {
            String text = "[\"" + "y".repeat(2000) + "\"]";
            assertThatThrownBy(() -> JsonReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    "big.json", 1000))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith("big.json:")
                    .hasMessageEndingWith("$: expected a document of at most 1000 bytes, but was larger");
            assertThatThrownBy(() -> JsonReader.read(new StringReader(text), "big.json", 1000))
                    .hasMessageEndingWith("$: expected a document of at most 1000 characters, but was larger");
        }

        @Test
        void deepNestingIsAnErrorNotAStackOverflow() {
            String text = "[".repeat(100_000);
            assertThat(error(text).getMessage()).startsWith("t.json:1:").contains("values nest at most 64 deep");
        }

        @Test
        void theCallersStreamIsNotClosed() throws IOException {
            boolean[] closed = {false};
            InputStream in = new ByteArrayInputStream("{} ".getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            JsonReader.read(in, "s");
            assertThat(closed[0]).isFalse();
        }

        @Test
        void columnsCountCharactersNotBytes() {
            assertThat(error("{\"名前\": tru}")).hasMessageStartingWith("t.json:1:8: $: malformed JSON");
        }

        @Test
        void malformedUtf8IsAnErrorAndAByteOrderMarkIsSkipped() throws IOException {
            byte[] bad = {'[', '"', (byte) 0xC3, '"', ']'};
            assertThatThrownBy(() -> JsonReader.read(new ByteArrayInputStream(bad), "b.json"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith("b.json:")
                    .hasMessageEndingWith("$: expected UTF-8 text, but was malformed");
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ']'};
            assertThat(JsonReader.read(new ByteArrayInputStream(bom), "bom.json").elements()).hasSize(1);
        }

        @Test
        void aNumberLongerThanTheLimitNamesItsPathLineAndColumn() {
            DataFileException e = error("{\"a\": [1, 2, " + "9".repeat(1001) + "]}");
            assertThat(e.getMessage()).startsWith("t.json:1:").endsWith(": $.a[2]: exceeds a limit of the reader (values"
                    + " nest at most 64 deep, numbers have at most 1000 digits, strings at most 16777216 characters)");
            assertThat(e.path()).isEqualTo("$.a[2]");
            assertThat(e.line()).hasValue(1);
        }

        @Test
        void messagesStayShortForHugeInvalidInput() {
            String text = "{\"" + "k".repeat(3_000_000) + "\": tru}";
            assertThat(error(text).getMessage()).hasSizeLessThan(600);
        }
    }

    //-----------------------------------------------------------------------
    static void assertSame(JsonValue ours, JsonNode theirs, String message) {
        switch (theirs.getNodeType()) {
            case OBJECT -> {
                assertThat(ours.isObject()).as(message).isTrue();
                List<String> names = new ArrayList<>();
                theirs.fieldNames().forEachRemaining(names::add);
                assertThat(ours.members().keySet()).as(message).containsExactlyElementsOf(names);
                for (Map.Entry<String, JsonValue> e : ours.members().entrySet()) {
                    assertSame(e.getValue(), theirs.get(e.getKey()), message);
                }
            }
            case ARRAY -> {
                assertThat(ours.elements()).as(message).hasSize(theirs.size());
                Iterator<JsonNode> it = theirs.elements();
                for (JsonValue v : ours.elements()) {
                    assertSame(v, it.next(), message);
                }
            }
            case STRING -> assertThat(ours.text()).as(message).isEqualTo(theirs.textValue());
            case NUMBER -> assertThat(ours.decimalValue()).as(message).isEqualByComparingTo(theirs.decimalValue());
            case BOOLEAN -> assertThat(ours.booleanValue()).as(message).isEqualTo(theirs.booleanValue());
            case NULL -> assertThat(ours.isNull()).as(message).isTrue();
            default -> throw new AssertionError(message + ": " + theirs.getNodeType());
        }
    }

    static String randomValue(Random r, int depth) {
        int kind = depth > 4 ? 2 + r.nextInt(5) : r.nextInt(7);
        return switch (kind) {
            case 0 -> {
                StringBuilder sb = new StringBuilder("{");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append(i > 0 ? ", " : "").append('"').append("k").append(i).append(r.nextInt(3) == 0 ? " é" : "")
                            .append("\": ").append(randomValue(r, depth + 1));
                }
                yield sb.append('}').toString();
            }
            case 1 -> {
                StringBuilder sb = new StringBuilder("[");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append(i > 0 ? "," : "").append(randomValue(r, depth + 1));
                }
                yield sb.append(']').toString();
            }
            case 2 -> "\"" + List.of("", "a", "日本", "q\\\"uote", "tab\\t", "\\u00e9").get(r.nextInt(6)) + "\"";
            case 3 -> List.of("0", "-1", "12345678901234567890", "1.5", "-2e3", "1E-5", "2147483648").get(r.nextInt(7));
            case 4 -> "true";
            case 5 -> "false";
            default -> "null";
        };
    }
}
