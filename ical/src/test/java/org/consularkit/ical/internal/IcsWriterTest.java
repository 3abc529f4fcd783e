package org.consularkit.ical.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.consularkit.ical.IcsValidationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IcsWriterTest {

    private static int octets(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String unfold(String folded) {
        return folded.replace("\r\n ", "");
    }

    @Nested
    class Fold {
        @Test
        void aLineOf75OctetsStaysWhole() {
            String line = "X".repeat(75);
            assertThat(IcsWriter.fold(line)).isEqualTo(line);
        }

        @Test
        void aLineOf76OctetsIsSplitAfter75AndTheSpaceCounts() {
            String line = "A".repeat(75) + "B".repeat(76);
            assertThat(IcsWriter.fold(line)).isEqualTo(
                    "A".repeat(75) + "\r\n " + "B".repeat(74) + "\r\n " + "BB");
        }

        @Test
        void chineseTextIsCountedInOctetsAndNeverSplitInsideACharacter() {
            // "SUMMARY:" is 8 octets; each Chinese character 3: 22 characters fit (74 octets), not 23
            String line = "SUMMARY:" + "春".repeat(30);
            String folded = IcsWriter.fold(line);
            assertThat(folded).isEqualTo("SUMMARY:" + "春".repeat(22) + "\r\n " + "春".repeat(8));
            assertThat(unfold(folded)).isEqualTo(line);
        }

        @Test
        void aSurrogatePairStaysTogether() {
            // 73 ASCII octets, then a 4-octet character: it goes whole to the next line
            String line = "D".repeat(73) + "\uD83C\uDF89" + "E";
            assertThat(IcsWriter.fold(line)).isEqualTo("D".repeat(73) + "\r\n \uD83C\uDF89E");
        }

        @Test
        void eachUtf8LengthIsCountedAtItsBoundary() {
            // the last code point of each length fits in the 75th octet, the first of the next does not
            assertThat(IcsWriter.fold("X".repeat(74) + "~")).isEqualTo("X".repeat(74) + "~");
            assertThat(IcsWriter.fold("X".repeat(74) + "\u0080")).isEqualTo("X".repeat(74) + "\r\n \u0080");
            assertThat(IcsWriter.fold("X".repeat(73) + "\u07FF")).isEqualTo("X".repeat(73) + "\u07FF");
            assertThat(IcsWriter.fold("X".repeat(73) + "\u0800")).isEqualTo("X".repeat(73) + "\r\n \u0800");
            assertThat(IcsWriter.fold("X".repeat(72) + "\uFFFF")).isEqualTo("X".repeat(72) + "\uFFFF");
            assertThat(IcsWriter.fold("X".repeat(72) + "\uD800\uDC00"))
                    .isEqualTo("X".repeat(72) + "\r\n \uD800\uDC00");
        }

        @Test
        void anUnpairedSurrogateIsRejected() {
            assertThatThrownBy(() -> IcsWriter.fold("AB\uD800C"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Content line has an unpaired surrogate at index 2: AB\\uD800C");
        }

        @Test
        void randomLinesFoldWithinTheLimitAndUnfoldToThemselves() throws CharacterCodingException {
            long seed = 20261127L;
            Random random = new Random(seed);
            int[] pool = {'a', 'Z', '7', ';', '\\', 'é', 'ß', '春', '节', '\u3002', 0x1F389, 0x20000};
            for (int n = 0; n < 2000; n++) {
                StringBuilder sb = new StringBuilder("DESCRIPTION:");
                int length = random.nextInt(200);
                for (int i = 0; i < length; i++) {
                    sb.appendCodePoint(pool[random.nextInt(pool.length)]);
                }
                String line = sb.toString();
                String folded = IcsWriter.fold(line);
                assertThat(unfold(folded)).as("seed %d, line %d", seed, n).isEqualTo(line);
                String[] physical = folded.split("\r\n", -1);
                for (int i = 0; i < physical.length; i++) {
                    String p = physical[i];
                    assertThat(octets(p)).as("seed %d, line %d", seed, n).isLessThanOrEqualTo(75);
                    if (i > 0) {
                        assertThat(p).startsWith(" ").hasSizeGreaterThan(1);
                    }
                    byte[] bytes = p.getBytes(StandardCharsets.UTF_8);
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes));
                }
                // folding is as late as possible: a physical line is split only when the next
                // character would not fit
                for (int i = 0; i + 1 < physical.length; i++) {
                    int next = physical[i + 1].codePointAt(1);
                    assertThat(octets(physical[i]) + octets(new String(Character.toChars(next))))
                            .as("seed %d, line %d", seed, n).isGreaterThan(75);
                }
            }
        }
    }

    @Nested
    class ToBytes {
        @Test
        void foldsEveryLineAndEncodesUtf8WithoutBom() {
            String text = "BEGIN:VCALENDAR\r\nSUMMARY:" + "节".repeat(30) + "\r\nEND:VCALENDAR\r\n";
            byte[] bytes = IcsWriter.toBytes(text, "test");
            assertThat(bytes[0]).isEqualTo((byte) 'B');
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("BEGIN:VCALENDAR\r\nSUMMARY:"
                    + "节".repeat(22) + "\r\n " + "节".repeat(8) + "\r\nEND:VCALENDAR\r\n");
        }

        @ParameterizedTest
        @ValueSource(strings = {"A\nB", "A\rB"})
        void aBareLineBreakInsideALineIsRejected(String line) {
            assertThatThrownBy(() -> IcsWriter.toBytes("BEGIN:X\r\n" + line + "\r\n", "test feed"))
                    .isInstanceOf(IcsValidationException.class)
                    .hasMessageStartingWith("Invalid iCalendar output for test feed: content line 2 (A\\u000")
                    .hasMessageContaining("B) contains a bare ");
        }

        @Test
        void controlCharactersAndUnpairedSurrogatesAreRejected() {
            IcsValidationException e = (IcsValidationException) catchThrowable(
                    "SUMMARY:a\u0007b\r\nSUMMARY:c\uDC00\r\nSUMMARY:tab\tok\r\n");
            assertThat(e.problems()).containsExactly(
                    "content line 1 (SUMMARY:a\\u0007b) contains the control character U+0007",
                    "content line 2 (SUMMARY:c\\uDC00) contains the unpaired surrogate U+DC00");
        }

        @Test
        void anEmptyFirstLineIsAContentLineOfItsOwn() {
            assertThat(new String(IcsWriter.toBytes("\r\nX:1\r\n", "test"), StandardCharsets.UTF_8))
                    .isEqualTo("\r\nX:1\r\n");
        }

        @Test
        void aProblemQuotesAtMost40CharactersOfItsLine() {
            String forty = "SUMMARY:" + "a".repeat(31) + "\u0007";
            IcsValidationException e = (IcsValidationException) catchThrowable(forty + "\r\n" + forty + "b\r\n");
            assertThat(e.problems()).containsExactly(
                    "content line 1 (SUMMARY:" + "a".repeat(31) + "\\u0007) contains the control character U+0007",
                    "content line 2 (SUMMARY:" + "a".repeat(31) + "\\u0007...) contains the control character U+0007");
        }

        @Test
        void aProblemQuotesSpacesAsTheyAreAndControlsAndSurrogatesEscaped() {
            IcsValidationException e = (IcsValidationException) catchThrowable(
                    "SUMMARY:a b\u0007\u007F\r\nX:\uD800\r\nX:\uDFFF\r\n");
            assertThat(e.problems()).containsExactly(
                    "content line 1 (SUMMARY:a b\\u0007\\u007F) contains the control character U+0007",
                    "content line 2 (X:\\uD800) contains the unpaired surrogate U+D800",
                    "content line 3 (X:\\uDFFF) contains the unpaired surrogate U+DFFF");
        }

        @Test
        void theTextMustEndWithCrlf() {
            IcsValidationException e = (IcsValidationException) catchThrowable("BEGIN:X\r\nEND:X");
            assertThat(e.problems()).containsExactly("the text does not end with CRLF");
        }

        private Throwable catchThrowable(String text) {
            try {
                IcsWriter.toBytes(text, "test");
            } catch (IcsValidationException e) {
                return e;
            }
            throw new AssertionError("no exception for " + List.of(text));
        }
    }
}
