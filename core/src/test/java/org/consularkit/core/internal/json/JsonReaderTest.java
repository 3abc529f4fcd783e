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
        @CsvSource({"0, true", "2147483647, true", "-2147483648, true", "2147483648, false", "-2147483649, false",
            "1.0, true", "1.5, false", "1e2, true", "10e-1, true", "0.0, true", "-0.0e5, true", "1e400, false",
            "1e-1, false", "1e999999999, false", "1e-999999999, false", "-1e999999999, false"})
        void onlyIntegersOfIntRangeAreInts(String number, boolean isInt) throws IOException {
            assertThat(read(number).isInt()).as(number).isEqualTo(isInt);
        }

        @Test
        void aNumberIsAnIntWhenWrittenInAtMostFortyCharacters() throws IOException {
            String forty = "1." + "0".repeat(38);
            assertThat(forty).hasSize(JsonValue.MAX_INT_TEXT);
            assertThat(read(forty).isInt()).isTrue();
            assertThat(read(forty).intValue()).isEqualTo(1);
            assertThat(read(forty + "0").isInt()).isFalse();
        }

        @Test
        void intValueIsTheExactIntegerOrAnErrorNamingThePath() throws IOException {
            assertThat(read("1e2").intValue()).isEqualTo(100);
            assertThat(read("-2147483648").intValue()).isEqualTo(Integer.MIN_VALUE);
            JsonValue half = read("{\"a\": [1.5]}").get("a").elements().get(0);
            assertThatThrownBy(half::intValue).isInstanceOf(IllegalStateException.class)
                    .hasMessage("$.a[0] is a number, not an integer");
            assertThatThrownBy(read("\"1\"")::intValue).hasMessage("$ is a string, not an integer");
        }

        @Test
        void eachKindAnswersOnlyItsOwnQuestions() throws IOException {
            JsonValue root = read("{\"o\": {}, \"a\": [], \"s\": \"x\", \"n\": 1, \"t\": true, \"f\": false, \"z\": null}");
            List<JsonValue> values = List.copyOf(root.members().values());
            assertThat(values).extracting(JsonValue::kind)
                    .containsExactly("an object", "an array", "a string", "a number", "true", "false", "null");
            assertThat(values).extracting(JsonValue::isObject).containsExactly(true, false, false, false, false, false, false);
            assertThat(values).extracting(JsonValue::isArray).containsExactly(false, true, false, false, false, false, false);
            assertThat(values).extracting(JsonValue::isString).containsExactly(false, false, true, false, false, false, false);
            assertThat(values).extracting(JsonValue::isNumber).containsExactly(false, false, false, true, false, false, false);
            assertThat(values).extracting(JsonValue::isBoolean).containsExactly(false, false, false, false, true, true, false);
            assertThat(values).extracting(JsonValue::isNull).containsExactly(false, false, false, false, false, false, true);
            assertThat(values).extracting(JsonValue::isInt).containsExactly(false, false, false, true, false, false, false);
            assertThat(values).extracting(JsonValue::toString)
                    .containsExactly("{}", "[]", "\"x\"", "1", "true", "false", "null");
            assertThat(root.get("t").booleanValue()).isTrue();
            assertThat(root.get("f").booleanValue()).isFalse();
            assertThatThrownBy(root.get("z")::booleanValue).isInstanceOf(IllegalStateException.class)
                    .hasMessage("$.z is null, not a boolean");
            assertThatThrownBy(root.get("t")::decimalValue).isInstanceOf(IllegalStateException.class)
                    .hasMessage("$.t is true, not a number");
            assertThatThrownBy(root.get("a")::text).hasMessage("$.a is an array, not a string");
            assertThatThrownBy(root.get("o")::intValue).hasMessage("$.o is an object, not an integer");
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

        @Test
        void anExcerptOfExactlyTheLimitIsWholeAndOneMoreIsCut() throws IOException {
            int max = DataFileException.MAX_EXCERPT;
            String whole = "\"" + "x".repeat(max - 2) + "\"";
            assertThat(read(whole).excerpt()).isEqualTo(whole);
            assertThat(read("\"" + "x".repeat(max - 1) + "\"").excerpt()).isEqualTo("\"" + "x".repeat(max - 2) + "…");
        }

        @Test
        void anExcerptIsNotCutInsideASurrogatePair() throws IOException {
            int max = DataFileException.MAX_EXCERPT;
            // the cut falls after the high surrogate of the emoji: the whole emoji is left out
            String text = "\"" + "x".repeat(max - 3) + "😀" + "y".repeat(10) + "\"";
            assertThat(read(text).excerpt()).isEqualTo("\"" + "x".repeat(max - 3) + "…");
            // one character earlier, the emoji fits whole before the cut
            String earlier = "\"" + "x".repeat(max - 4) + "😀" + "y".repeat(10) + "\"";
            assertThat(read(earlier).excerpt()).isEqualTo("\"" + "x".repeat(max - 4) + "😀" + "…");
        }

        @Test
        void anExcerptOfALongNumberIsItsFirstDigits() throws IOException {
            int max = DataFileException.MAX_EXCERPT;
            String digits = "1234567890".repeat(100);
            assertThat(read(digits).excerpt()).isEqualTo(digits.substring(0, max - 1) + "…");
            assertThat(read("[" + digits + "]").excerpt()).isEqualTo("[" + digits.substring(0, max - 2) + "…");
        }

        @Test
        void memberNamesThatAreIdentifiersAreDottedOthersQuotedInBrackets() {
            Map<String, String> steps = new java.util.LinkedHashMap<>();
            steps.put("a", ".a");
            steps.put("z", ".z");
            steps.put("A", ".A");
            steps.put("Z", ".Z");
            steps.put("_", "._");
            steps.put("$comment", ".$comment");
            steps.put("a0", ".a0");
            steps.put("a9", ".a9");
            steps.put("a-b", ".a-b");
            steps.put("0a", "[\"0a\"]");
            steps.put("9", "[\"9\"]");
            steps.put("-a", "[\"-a\"]");
            steps.put("`", "[\"`\"]"); // the character before 'a'
            steps.put("{", "[\"{\"]"); // after 'z'
            steps.put("@", "[\"@\"]"); // before 'A'
            steps.put("[", "[\"[\"]"); // after 'Z'
            steps.put("a/", "[\"a/\"]"); // before '0'
            steps.put("a:", "[\"a:\"]"); // after '9'
            steps.put("a,", "[\"a,\"]"); // before '-'
            steps.put("a.", "[\"a.\"]"); // after '-'
            steps.put("", "[\"\"]");
            steps.put("a b", "[\"a b\"]");
            steps.put("say \"hi\"", "[\"say \\\"hi\\\"\"]");
            steps.forEach((name, step) -> assertThat(JsonValue.memberPath(name)).as(name).isEqualTo(step));
        }

        @Test
        void aMemberNameOfAtMost64CharactersIsDottedALongerOneShortened() {
            String n64 = "n".repeat(64);
            assertThat(JsonValue.memberPath(n64)).isEqualTo("." + n64);
            assertThat(JsonValue.memberPath(n64 + "n")).isEqualTo("[\"" + "n".repeat(47) + "… (65 characters)\"]");
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
        void aNulCharacterBeforeTheDocumentIsMalformed() {
            // (jackson-core 2.23 places this error one column after the character: the column is left out here)
            DataFileException e = error("\u0000[1]");
            assertThat(e.getMessage()).startsWith("t.json:1:").endsWith(": $: malformed JSON: Illegal character"
                    + " ((CTRL-CHAR, code 0)): only regular white space (\\r, \\n, \\t) is allowed between tokens");
        }

        @Test
        void aDeepPathShowsItsFirst16StepsAndHowManyMore() {
            String text = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
            DataFileException e = error(text);
            assertThat(e.path()).isEqualTo("$" + ".a".repeat(16) + "…(48 more)");
            String arrays = "[".repeat(17) + "9".repeat(1001) + "]".repeat(17);
            assertThat(error(arrays).path()).isEqualTo("$" + "[0]".repeat(16) + "…(1 more)");
            String sixteen = "[".repeat(16) + "9".repeat(1001) + "]".repeat(16);
            assertThat(error(sixteen).path()).isEqualTo("$" + "[0]".repeat(16));
        }

        @Test
        void aLimitMustBePositive() {
            InputStream in = new ByteArrayInputStream("1".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> JsonReader.read(in, "s", 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("limit must be positive, but was 0");
            assertThatThrownBy(() -> JsonReader.read(new StringReader("1"), "s", 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be positive, but was 0");
        }

        @Test
        void aLimitOfOneReadsAOneCharacterDocument() throws IOException {
            assertThat(JsonReader.read(new ByteArrayInputStream(new byte[] {'7'}), "s", 1).intValue()).isEqualTo(7);
            assertThat(JsonReader.read(new StringReader("7"), "s", 1).intValue()).isEqualTo(7);
        }

        @Test
        void aTooLargeDocumentIsReadOnlyOneBytePastTheLimit() {
            byte[] text = ("[" + " ".repeat(29_998) + "]").getBytes(StandardCharsets.UTF_8);
            ByteArrayInputStream in = new ByteArrayInputStream(text);
            assertThatThrownBy(() -> JsonReader.read(in, "s", 20_000)).isInstanceOf(DataFileException.class)
                    .hasMessage("s: $: expected a document of at most 20000 bytes, but was larger");
            assertThat(in.available()).isEqualTo(30_000 - 20_001);
        }

        @Test
        void aTooLargeDocumentIsReadOnlyOneCharacterPastTheLimit() throws IOException {
            StringReader in = new StringReader("[" + " ".repeat(29_998) + "]");
            assertThatThrownBy(() -> JsonReader.read(in, "s", 20_000)).isInstanceOf(DataFileException.class)
                    .hasMessage("s: $: expected a document of at most 20000 characters, but was larger");
            long rest = in.skip(Long.MAX_VALUE);
            assertThat(rest).isEqualTo(30_000 - 20_001);
        }

        @Test
        void messagesStayShortForHugeInvalidInput() {
            String text = "{\"" + "k".repeat(3_000_000) + "\": tru}";
            assertThat(error(text).getMessage()).hasSizeLessThan(600);
        }
    }

    /** The counting streams themselves, also through the single-character reads the parser does not use. */
    @Nested
    class CountingStreams {
        @Test
        void singleByteReadsCountEveryByteZeroIncludedAndFailPastTheLimit() throws IOException {
            JsonReader.Limited in = new JsonReader.Limited(new ByteArrayInputStream(new byte[] {0, 0, 0}), 2);
            assertThat(in.read()).isZero();
            assertThat(in.read()).isZero();
            assertThatThrownBy(in::read).isInstanceOf(JsonReader.TooLarge.class).hasMessage("document too large");
        }

        @Test
        void singleByteReadsAtTheEndDoNotCount() throws IOException {
            JsonReader.Limited in = new JsonReader.Limited(new ByteArrayInputStream(new byte[] {5}), 1);
            assertThat(in.read()).isEqualTo(5);
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.limit()).isEqualTo(1);
            assertThat(in.unit()).isEqualTo("bytes");
        }

        @Test
        void singleCharacterReadsCountEveryCharacterNulIncludedAndFailPastTheLimit() throws IOException {
            JsonReader.LimitedReader in = new JsonReader.LimitedReader(new StringReader("\u0000\u0000\u0000"), 2);
            assertThat(in.read()).isZero();
            assertThat(in.read()).isZero();
            assertThatThrownBy(in::read).isInstanceOf(JsonReader.TooLarge.class);
        }

        @Test
        void singleCharacterReadsAtTheEndDoNotCount() throws IOException {
            JsonReader.LimitedReader in = new JsonReader.LimitedReader(new StringReader("x"), 1);
            assertThat(in.read()).isEqualTo('x');
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.limit()).isEqualTo(1);
            assertThat(in.unit()).isEqualTo("characters");
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
