package org.consularkit.ical.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.consularkit.ical.IcsValidationException;
import org.junit.jupiter.api.Test;

class ContentLinesTest {

    /** ical4j's TEXT escaping (PropertyCodec.encode), as the former write path applied it. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replaceAll("\r?\n", "\\\\n").replaceAll("([,;])", "\\\\$1");
    }

    private static String former(String name, String escapedValue) {
        return new String(IcsWriter.toBytes(name + ":" + escapedValue + "\r\n", "test"), StandardCharsets.UTF_8);
    }

    @Test
    void randomTextIsEscapedAndFoldedExactlyAsTheFormerWriterDid() {
        long seed = 20261207L;
        System.out.println("ContentLinesTest seed " + seed);
        Random random = new Random(seed);
        int[] pool = {'a', 'Z', '7', ' ', ';', ',', '\\', '\n', '\r', '\t', ':', '"', 'é', 'ß', '春', '\u3002',
            0x1F389, 0x20000};
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(300);
            for (int i = 0; i < length; i++) {
                int cp = pool[random.nextInt(pool.length)];
                if (cp == '\r') {
                    sb.append("\r\n");   // a bare CR is an error, tested below
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            String value = sb.toString();
            String written = new String(new ContentLines(16).text("DESCRIPTION", value).toBytes("test"),
                    StandardCharsets.UTF_8);
            assertThat(written).as("seed %d, value %d", seed, n).isEqualTo(former("DESCRIPTION", escape(value)));
            String raw = value.replace("\r", "").replace("\n", "");
            assertThat(new String(new ContentLines(16).raw("X-RAW", raw).toBytes("test"), StandardCharsets.UTF_8))
                    .as("seed %d, raw value %d", seed, n).isEqualTo(former("X-RAW", raw));
        }
    }

    @Test
    void datesAndUtcDateTimesAreWrittenAsIcal4jWritesThem() {
        ContentLines out = new ContentLines(0).date("DTSTART;VALUE=DATE", LocalDate.of(987, 6, 5));
        assertThat(new String(out.toBytes("test"), StandardCharsets.US_ASCII)).isEqualTo("DTSTART;VALUE=DATE:09870605\r\n");
        assertThat(ContentLines.utc(Instant.parse("2025-12-18T00:00:00Z"))).isEqualTo("20251218T000000Z");
        assertThat(ContentLines.utc(Instant.parse("0001-02-03T04:05:06.789Z"))).isEqualTo("00010203T040506Z");
        assertThat(ContentLines.utc(Instant.parse("2026-03-03T06:00:00Z")))
                .isEqualTo(FeedWriter.utc(Instant.parse("2026-03-03T06:00:00Z")));
    }

    @Test
    void aControlCharacterIsReportedWithItsContentLineAsTheFormerWriterReportedIt() {
        ContentLines out = new ContentLines(0).begin("VCALENDAR").text("SUMMARY", "a\u0007b")
                .text("SUMMARY", "c\uDC00").text("SUMMARY", "bare\rcr").end("VCALENDAR");
        assertThatThrownBy(() -> out.toBytes("holiday feed x (en) 2026-2026"))
                .isInstanceOf(IcsValidationException.class)
                .satisfies(e -> assertThat(((IcsValidationException) e).problems()).containsExactly(
                        "content line 2 (SUMMARY:a\\u0007b) contains the control character U+0007",
                        "content line 3 (SUMMARY:c\\uDC00) contains the unpaired surrogate U+DC00",
                        "content line 4 (SUMMARY:bare\\u000Dcr) contains a bare CR"));
    }

    @Test
    void aRawValueIsCheckedLikeATextValue() {
        ContentLines out = new ContentLines(0).raw("X-RAW", "a\u0001b").raw("X-RAW", "a\u007Fb").raw("X-RAW", "a b");
        assertThatThrownBy(() -> out.toBytes("test"))
                .isInstanceOf(IcsValidationException.class)
                .satisfies(e -> assertThat(((IcsValidationException) e).problems()).containsExactly(
                        "content line 1 (X-RAW:a\\u0001b) contains the control character U+0001",
                        "content line 2 (X-RAW:a\\u007Fb) contains the control character U+007F"));
    }

    @Test
    void aNameIsWrittenAsGivenAndCheckedLikeTheValue() {
        // a parameter value may contain a space (RFC 5545 §3.1, paramtext)
        ContentLines ok = new ContentLines(0).raw("ATTENDEE;CN=Jane Doe", "mailto:jane@example.org");
        assertThat(new String(ok.toBytes("test"), StandardCharsets.US_ASCII))
                .isEqualTo("ATTENDEE;CN=Jane Doe:mailto:jane@example.org\r\n");
        ContentLines bad = new ContentLines(0).raw("X-A\u007F", "v");
        assertThatThrownBy(() -> bad.toBytes("test"))
                .isInstanceOf(IcsValidationException.class)
                .hasMessage("Invalid iCalendar output for test: content line 1 (X-A\\u007F:v) contains the control"
                        + " character U+007F");
    }

    @Test
    void aBareCrOrALoneHighSurrogateAtTheEndOfAValueIsAProblemWhateverTheValueBefore() {
        // the characters of a longer value written before stay in the writer's buffer: they must
        // not complete the CR LF or the surrogate pair of a shorter value
        ContentLines out = new ContentLines(0).text("DESCRIPTION", "xx\n").text("SUMMARY", "x\r")
                .text("DESCRIPTION", "\uD83C\uDF89").text("SUMMARY", "\uD83C");
        assertThatThrownBy(() -> out.toBytes("test"))
                .isInstanceOf(IcsValidationException.class)
                .satisfies(e -> assertThat(((IcsValidationException) e).problems()).containsExactly(
                        "content line 2 (SUMMARY:x\\u000D) contains a bare CR",
                        "content line 4 (SUMMARY:\\uD83C) contains the unpaired surrogate U+D83C"));
    }

    @Test
    void everyUtf8LengthIsEncodedAsTheJdkEncodesIt() {
        // the first and last code point of each UTF-8 length, and 4-octet code points whose first
        // octet is not F0
        int[] cps = {0x09, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x3FFFF, 0x40000, 0xE0041, 0x10FFFF};
        for (int cp : cps) {
            String value = "v" + new String(Character.toChars(cp)) + "w";
            assertThat(new ContentLines(0).text("X-T", value).toBytes("test")).as("U+%04X", cp)
                    .isEqualTo(("X-T:" + value + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    @SuppressWarnings({"UnnecessaryStringBuilder", "JdkObsolete"}) // each kind of CharSequence on purpose
    void anyCharSequenceIsWrittenAsItsText() {
        String value = "a;b,c\\d\ne 春";
        byte[] expected = new ContentLines(0).text("SUMMARY", value).toBytes("test");
        assertThat(new ContentLines(0).text("SUMMARY", new StringBuilder(value)).toBytes("test")).isEqualTo(expected);
        assertThat(new ContentLines(0).text("SUMMARY", new StringBuffer(value)).toBytes("test")).isEqualTo(expected);
        assertThat(new ContentLines(0).text("SUMMARY", CharBuffer.wrap(value)).toBytes("test")).isEqualTo(expected);
        assertThat(new String(expected, StandardCharsets.UTF_8)).isEqualTo("SUMMARY:a\\;b\\,c\\\\d\\ne 春\r\n");
    }
}
