package org.consularkit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link DateRange}: half-open ranges of dates with a closed factory. */
class DateRangeTest {

    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);

    @Nested
    class Factories {
        @Test
        void ofIsHalfOpen() {
            DateRange r = DateRange.of(JAN1, JAN1.plusDays(3));
            assertThat(r.contains(JAN1)).isTrue();
            assertThat(r.contains(JAN1.plusDays(2))).isTrue();
            assertThat(r.contains(JAN1.plusDays(3))).isFalse();
            assertThat(r.lengthInDays()).isEqualTo(3);
            assertThat(r.endInclusive()).isEqualTo(JAN1.plusDays(2));
        }

        @Test
        void ofClosedIncludesTheLastDate() {
            DateRange r = DateRange.ofClosed(JAN1, JAN1);
            assertThat(r.end()).isEqualTo(JAN1.plusDays(1));
            assertThat(r.stream()).containsExactly(JAN1);
            assertThat(DateRange.ofClosed(JAN1, LocalDate.of(2026, 12, 31))).isEqualTo(DateRange.ofYear(2026));
        }

        @Test
        void emptyRangesContainNothing() {
            DateRange r = DateRange.of(JAN1, JAN1);
            assertThat(r.isEmpty()).isTrue();
            assertThat(r.contains(JAN1)).isFalse();
            assertThat(r.stream()).isEmpty();
            assertThatThrownBy(r::endInclusive).isInstanceOf(DateTimeException.class)
                    .hasMessage("Range 2026-01-01/2026-01-01 is empty; it has no last date");
        }

        @Test
        void reversedRangesAndTheLastDateOfTimeAreRejected() {
            assertThatThrownBy(() -> DateRange.of(JAN1, JAN1.minusDays(1))).isInstanceOf(DateTimeException.class)
                    .hasMessage("Range end 2025-12-31 is before its start 2026-01-01");
            assertThatThrownBy(() -> DateRange.ofClosed(JAN1, JAN1.minusDays(1))).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> DateRange.ofClosed(JAN1, LocalDate.MAX)).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> DateRange.of(null, JAN1)).isInstanceOf(NullPointerException.class).hasMessage("start");
        }
    }

    @Test
    void textFormRoundTrips() {
        long seed = new Random().nextLong();
        System.out.println("DateRangeTest seed " + seed);
        Random random = new Random(seed);
        for (int i = 0; i < 1000; i++) {
            LocalDate a = LocalDate.ofEpochDay(random.nextInt(100_000));
            DateRange r = DateRange.of(a, a.plusDays(random.nextInt(400)));
            assertThat(DateRange.parse(r.toString())).as("seed %d", seed).isEqualTo(r);
        }
        assertThat(DateRange.ofYear(2026)).hasToString("2026-01-01/2027-01-01");
        assertThatThrownBy(() -> DateRange.parse("2026-01-01")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> DateRange.parse("2026-01-02/2026-01-01")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void equalityIsByStartAndEnd() {
        assertThat(DateRange.of(JAN1, JAN1.plusDays(1))).isEqualTo(DateRange.ofClosed(JAN1, JAN1))
                .hasSameHashCodeAs(DateRange.ofClosed(JAN1, JAN1))
                .isNotEqualTo(DateRange.of(JAN1, JAN1.plusDays(2)));
    }

    @Nested
    class Parse {
        @Test
        void aTextWithoutSlashIsAnError() {
            assertParseError("2026-01-01", "Range '2026-01-01' could not be parsed: no '/'", 0);
        }

        @Test
        void aBadStartIsAnErrorAtItsIndex() {
            assertParseError("/2026-01-01", "Range '/2026-01-01' could not be parsed: Text '' could not be parsed at index 0", 0);
            assertParseError("2026-1-01/2026-01-02",
                    "Range '2026-1-01/2026-01-02' could not be parsed: Text '2026-1-01' could not be parsed at index 5", 5);
        }

        @Test
        void aBadEndIsAnErrorAtItsIndexInTheWholeText() {
            assertParseError("2026-01-01/2026-01-0x", "Range '2026-01-01/2026-01-0x' could not be parsed:"
                    + " Text '2026-01-0x' could not be parsed at index 8", 19);
            assertParseError("2026-01-01/", "Range '2026-01-01/' could not be parsed: Text '' could not be parsed at index 0", 11);
        }

        @Test
        void anEndBeforeTheStartIsAnErrorAtTheEnd() {
            assertParseError("2026-01-02/2026-01-01", "Range '2026-01-02/2026-01-01' could not be parsed: end is before start",
                    11);
        }

        @Test
        void anEmptyRangeIsParsed() {
            assertThat(DateRange.parse("2026-01-01/2026-01-01")).isEqualTo(DateRange.of(JAN1, JAN1));
        }

        @Test
        void aMegabyteOfTextIsQuotedByItsBeginningOnly() {
            String huge = "x".repeat(1_000_000);
            String quoted = "x".repeat(58) + "… (1000000 characters)";
            assertParseError(huge, "Range '" + quoted + "' could not be parsed: no '/'", 0);
            DateTimeParseException start = parseError(huge + "/2026-01-01");
            assertThat(start.getMessage()).hasSizeLessThan(300)
                    .startsWith("Range '" + "x".repeat(58) + "… (1000011 characters)' could not be parsed: Text 'xxx");
            assertThat(start.getParsedString()).hasSize(1_000_011);
            DateTimeParseException end = parseError("2026-01-01/" + huge);
            assertThat(end.getMessage()).hasSizeLessThan(300)
                    .startsWith("Range '2026-01-01/" + "x".repeat(47) + "… (1000011 characters)' could not be parsed:");
            assertThat(end.getErrorIndex()).isEqualTo(11);
        }

        private void assertParseError(String text, String message, int index) {
            DateTimeParseException e = parseError(text);
            assertThat(e).hasMessage(message);
            assertThat(e.getErrorIndex()).as("error index").isEqualTo(index);
            assertThat(e.getParsedString()).isEqualTo(text);
        }

        private DateTimeParseException parseError(String text) {
            try {
                DateRange.parse(text);
            } catch (DateTimeParseException e) {
                return e;
            }
            throw new AssertionError("no error for " + text.substring(0, Math.min(text.length(), 40)));
        }
    }

    @Test
    void unequalRangesHaveDifferentHashCodes() {
        java.util.List<DateRange> ranges = java.util.List.of(DateRange.of(JAN1, JAN1), DateRange.of(JAN1, JAN1.plusDays(1)),
                DateRange.of(JAN1.minusDays(1), JAN1), DateRange.of(JAN1.minusDays(1), JAN1.plusDays(1)));
        assertThat(ranges.stream().map(DateRange::hashCode).distinct()).hasSize(ranges.size());
    }
}
