package org.consularkit.ical.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FeedWriterTest {

    private static final String CRLF = "\r\n";

    @Nested
    class Header {
        @Test
        void everyObjectHasProdIdVersionAndCalScaleAndNoMethod() {
            Calendar calendar = FeedWriter.calendar(List.of());
            assertThat(calendar.toString()).isEqualTo("BEGIN:VCALENDAR" + CRLF
                    + "PRODID:-//consularkit.org//ConsularKit//EN" + CRLF
                    + "VERSION:2.0" + CRLF
                    + "CALSCALE:GREGORIAN" + CRLF
                    + "END:VCALENDAR" + CRLF);
        }

        @Test
        void aPublishedFeedAddsItsNameDescriptionZoneAndRefreshHints() {
            Calendar calendar = FeedWriter.feed("Name", "Description", ZoneId.of("Asia/Shanghai"), List.of());
            assertThat(calendar.toString()).isEqualTo("BEGIN:VCALENDAR" + CRLF
                    + "PRODID:-//consularkit.org//ConsularKit//EN" + CRLF
                    + "VERSION:2.0" + CRLF
                    + "CALSCALE:GREGORIAN" + CRLF
                    + "NAME:Name" + CRLF
                    + "X-WR-CALNAME:Name" + CRLF
                    + "X-WR-CALDESC:Description" + CRLF
                    + "X-WR-TIMEZONE:Asia/Shanghai" + CRLF
                    + "REFRESH-INTERVAL;VALUE=DURATION:P1D" + CRLF
                    + "X-PUBLISHED-TTL:P1D" + CRLF
                    + "END:VCALENDAR" + CRLF);
            assertThat(FeedWriter.feed("Name", "Description", null, List.of()).toString())
                    .doesNotContain("X-WR-TIMEZONE");
        }
    }

    @Nested
    class Uids {
        @Test
        void theIdIsPercentEncodedSoThatItHasNoDot() {
            assertThat(FeedWriter.encodeId("us-federal")).isEqualTo("us-federal");
            assertThat(FeedWriter.encodeId("post:beijing")).isEqualTo("post%3Abeijing");
            assertThat(FeedWriter.encodeId("a.b_c")).isEqualTo("a%2Eb%5Fc");
            assertThat(FeedWriter.encodeId("成都")).isEqualTo("%E6%88%90%E9%83%BD");
        }

        @Test
        void exactlyAsciiLettersDigitsAndHyphenAreKept() {
            // the first and last character of each kept range, then their neighbours
            assertThat(FeedWriter.encodeId("azAZ09-")).isEqualTo("azAZ09-");
            assertThat(FeedWriter.encodeId("`{@[/:,.")).isEqualTo("%60%7B%40%5B%2F%3A%2C%2E");
        }

        @Test
        void fieldsFollowTheIdAfterDotsThenTheDomain() {
            assertThat(FeedWriter.uid("post:beijing", "2026", "new-years-day", "en"))
                    .isEqualTo("post%3Abeijing.2026.new-years-day.en@consularkit.org");
            assertThat(FeedWriter.uid("cn")).isEqualTo("cn@consularkit.org");
        }

        @Test
        void utcDateTimesAreInTheBasicFormat() {
            assertThat(FeedWriter.utc(Instant.parse("2026-03-03T06:00:00.5Z"))).isEqualTo("20260303T060000Z");
        }
    }

    @Nested
    class Output {
        @Test
        void textAndStreamCarryTheSameBytes() throws Exception {
            ZoneId shanghai = ZoneId.of("Asia/Shanghai");
            Instant now = Instant.parse("2026-01-01T00:00:00Z");
            byte[] bytes = FeedWriter.toBytes(FeedWriter.calendar(List.of(IcsTimeZones.vtimezone(shanghai, now, now))),
                    "test");
            assertThat(FeedWriter.toText(bytes)).isEqualTo(new String(bytes, StandardCharsets.UTF_8))
                    .startsWith("BEGIN:VCALENDAR\r\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FeedWriter.write(out, () -> bytes);
            assertThat(out.toByteArray()).isEqualTo(bytes);
        }

        @Test
        void anEmptyCalendarFailsValidation() {
            assertThatThrownBy(() -> FeedWriter.toBytes(FeedWriter.calendar(List.of()), "empty"))
                    .hasMessageContaining("Invalid iCalendar output for empty");
        }

        @Test
        void aNullStreamIsRejectedBeforeTheBytesAreComputed() {
            AtomicBoolean computed = new AtomicBoolean();
            assertThatThrownBy(() -> FeedWriter.write(null, () -> {
                computed.set(true);
                return new byte[0];
            })).isInstanceOf(NullPointerException.class).hasMessage("out");
            assertThat(computed).isFalse();
        }
    }
}
