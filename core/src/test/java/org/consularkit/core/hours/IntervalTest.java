package org.consularkit.core.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class IntervalTest {

    private static final Instant NINE = Instant.parse("2026-03-03T01:00:00Z");
    private static final Instant TEN = Instant.parse("2026-03-03T02:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-03-03T03:00:00Z");

    /** Half-open: the start is in, the end is out. */
    @Test
    void containsItsStartButNotItsEnd() {
        Interval i = Interval.of(NINE, TEN);
        assertThat(i.contains(NINE)).isTrue();
        assertThat(i.contains(TEN.minusNanos(1))).isTrue();
        assertThat(i.contains(TEN)).isFalse();
        assertThat(i.contains(NINE.minusNanos(1))).isFalse();
        assertThat(i.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(i.isEmpty()).isFalse();
        assertThat(Interval.of(NINE, NINE).isEmpty()).isTrue();
    }

    @Test
    void enclosesAndOverlaps() {
        Interval nineToEleven = Interval.of(NINE, ELEVEN);
        Interval nineToTen = Interval.of(NINE, TEN);
        Interval tenToEleven = Interval.of(TEN, Duration.ofHours(1));
        assertThat(nineToEleven.encloses(nineToTen)).isTrue();
        assertThat(nineToEleven.encloses(nineToEleven)).isTrue();
        assertThat(nineToTen.encloses(nineToEleven)).isFalse();
        assertThat(tenToEleven.encloses(nineToTen)).isFalse();
        assertThat(nineToEleven.overlaps(tenToEleven)).isTrue();
        assertThat(nineToTen.overlaps(tenToEleven)).isFalse();
        assertThat(tenToEleven.overlaps(nineToTen)).isFalse();
        assertThat(nineToEleven.overlaps(Interval.of(TEN, TEN))).isFalse();
        assertThat(Interval.of(TEN, TEN).overlaps(nineToEleven)).isFalse();
    }

    @Test
    void parseReadsTwoInstantsAndNamesTheProblem() {
        assertThat(Interval.parse("2026-03-03T01:00:00Z/2026-03-03T02:00:00Z")).isEqualTo(Interval.of(NINE, TEN))
                .hasToString("2026-03-03T01:00:00Z/2026-03-03T02:00:00Z");
        assertThatThrownBy(() -> Interval.parse("2026-03-03T01:00:00Z"))
                .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getErrorIndex()).isZero())
                .hasMessage("Interval '2026-03-03T01:00:00Z' could not be parsed: no '/'");
        assertThatThrownBy(() -> Interval.parse("/2026-03-03T01:00:00Z"))
                .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getErrorIndex()).isZero())
                .hasMessage("Interval '/2026-03-03T01:00:00Z' could not be parsed: the start is not an ISO-8601 instant"
                        + " such as 2026-03-03T05:00:00Z");
        assertThatThrownBy(() -> Interval.parse("2026-03-03T01:00:00Z/2026-03-03T0x:00:00Z"))
                .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(21 + 11))
                .hasMessage("Interval '2026-03-03T01:00:00Z/2026-03-03T0x:00:00Z' could not be parsed: the end is not an"
                        + " ISO-8601 instant such as 2026-03-03T08:00:00Z");
        assertThatThrownBy(() -> Interval.parse("2026-03-03T01:00/2026-03-03T02:00:00Z"))
                .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(16))
                .hasMessage("Interval '2026-03-03T01:00/2026-03-03T02:00:00Z' could not be parsed: the start is not an"
                        + " ISO-8601 instant such as 2026-03-03T05:00:00Z");
        assertThatThrownBy(() -> Interval.parse("2026-03-03T02:00:00Z/2026-03-03T01:00:00Z"))
                .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(21))
                .hasMessage("Interval '2026-03-03T02:00:00Z/2026-03-03T01:00:00Z' could not be parsed: end is before start");
        assertThatThrownBy(() -> Interval.of(TEN, NINE)).isInstanceOf(DateTimeException.class)
                .hasMessage("Interval end must not be before its start, but was 2026-03-03T02:00:00Z/2026-03-03T01:00:00Z");
        assertThatThrownBy(() -> Interval.of(TEN, Duration.ofNanos(-1))).isInstanceOf(DateTimeException.class)
                .hasMessage("Interval duration must not be negative, but was PT-0.000000001S");
        assertThat(Interval.of(TEN, Duration.ZERO).isEmpty()).isTrue();
    }

    @Test
    void equalityAndHashFollowStartAndEnd() {
        Interval i = Interval.of(NINE, TEN);
        assertThat(i).isEqualTo(Interval.of(NINE, Duration.ofHours(1))).hasSameHashCodeAs(Interval.of(NINE, TEN))
                .isNotEqualTo(Interval.of(NINE, ELEVEN)).isNotEqualTo(Interval.of(TEN, TEN)).isNotEqualTo("x");
        assertThat(i.hashCode()).isNotEqualTo(Interval.of(NINE, ELEVEN).hashCode())
                .isNotEqualTo(Interval.of(TEN, TEN).hashCode());
    }

    /**
     * Issue 12: a text of a megabyte is quoted by an excerpt around the error and its length, never
     * whole, wherever the error is.
     */
    @Test
    void aMegabyteTextIsQuotedByAnExcerpt() {
        String junk = "x".repeat(1 << 20);
        assertThatThrownBy(() -> Interval.parse(junk)).isInstanceOf(DateTimeParseException.class)
                .hasMessage("Interval '" + "x".repeat(60) + "…' (1048576 characters) could not be parsed: no '/'");
        String badStart = "2026-03-03T01:00:00Z" + junk + "/2026-03-03T02:00:00Z";
        assertThatThrownBy(() -> Interval.parse(badStart))
                .isInstanceOfSatisfying(DateTimeParseException.class, e -> {
                    assertThat(e.getErrorIndex()).isEqualTo(20);
                    assertThat(e.getParsedString()).isEqualTo(badStart);
                })
                .hasMessage("Interval '2026-03-03T01:00:00Z" + "x".repeat(60) + "…' (1048617 characters) could not be"
                        + " parsed: the start is not an ISO-8601 instant such as 2026-03-03T05:00:00Z");
        String badEnd = "2026-03-03T01:00:00Z/" + junk;
        assertThatThrownBy(() -> Interval.parse(badEnd))
                .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(21))
                .hasMessage("Interval '2026-03-03T01:00:00Z/" + "x".repeat(60) + "…' (1048597 characters) could not be"
                        + " parsed: the end is not an ISO-8601 instant such as 2026-03-03T08:00:00Z");
    }
}
