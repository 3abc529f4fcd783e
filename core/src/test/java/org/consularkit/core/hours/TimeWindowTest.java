package org.consularkit.core.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

    @Test
    void isHalfOpen() {
        TimeWindow w = TimeWindow.parse("13:00-16:00");
        assertThat(w.contains(LocalTime.of(12, 59, 59))).isFalse();
        assertThat(w.contains(LocalTime.of(13, 0))).isTrue();
        assertThat(w.contains(LocalTime.of(15, 59, 59, 999_999_999))).isTrue();
        assertThat(w.contains(LocalTime.of(16, 0))).isFalse();
        assertThat(w.duration()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void endsAtMidnight() {
        TimeWindow w = TimeWindow.parse("18:00-24:00");
        assertThat(w.endsAtMidnight()).isTrue();
        assertThat(w.end()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(w.contains(LocalTime.of(23, 59, 59))).isTrue();
        assertThat(TimeWindow.of(LocalTime.of(18, 0), LocalTime.MIDNIGHT)).isEqualTo(w);
        assertThat(w).hasToString("18:00-24:00");
    }

    @Test
    void rejectsEmptyAndBadWindows() {
        assertThatThrownBy(() -> TimeWindow.ofMinutes(600, 600)).isInstanceOf(DateTimeException.class)
                .hasMessage("Window end must be after its start and at most 24:00, but was 10:00-10:00");
        assertThatThrownBy(() -> TimeWindow.of(LocalTime.of(8, 0, 30), LocalTime.of(9, 0)))
                .hasMessage("Window start must be a whole minute, but was 08:00:30");
        assertThatThrownBy(() -> TimeWindow.parse("13:00-16:00x")).isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '13:00-16:00x' could not be parsed at index 11: unexpected text after the end");
    }

    @Test
    void ordersByStartThenEnd() {
        assertThat(TimeWindow.parse("08:00-09:00")).isLessThan(TimeWindow.parse("08:00-10:00"))
                .isLessThan(TimeWindow.parse("09:00-09:30"));
    }

    @Test
    void intervalRoundTripsAndIsHalfOpen() {
        Interval i = Interval.parse("2026-03-03T05:00:00Z/2026-03-03T08:00:00Z");
        assertThat(i).hasToString("2026-03-03T05:00:00Z/2026-03-03T08:00:00Z");
        assertThat(Interval.parse(i.toString())).isEqualTo(i);
        assertThat(i.contains(Instant.parse("2026-03-03T05:00:00Z"))).isTrue();
        assertThat(i.contains(Instant.parse("2026-03-03T08:00:00Z"))).isFalse();
        assertThat(i.duration()).isEqualTo(Duration.ofHours(3));
        assertThat(Interval.of(i.start(), i.start()).isEmpty()).isTrue();
        assertThatThrownBy(() -> Interval.of(i.end(), i.start())).isInstanceOf(DateTimeException.class)
                .hasMessage("Interval end must not be before its start, but was "
                        + "2026-03-03T08:00:00Z/2026-03-03T05:00:00Z");
    }

    /** Equal exactly when start and end are equal; every window of a day has its own hash. */
    @Test
    void equalityAndHashFollowStartAndEnd() {
        TimeWindow w = TimeWindow.parse("09:00-12:00");
        assertThat(w).isEqualTo(TimeWindow.parse("09:00-12:00")).hasSameHashCodeAs(TimeWindow.parse("09:00-12:00"))
                .isNotEqualTo(TimeWindow.parse("09:00-12:01")).isNotEqualTo(TimeWindow.parse("09:01-12:00"))
                .isNotEqualTo("09:00-12:00");
        java.util.Set<Integer> hashes = new java.util.HashSet<>();
        int windows = 0;
        for (int start = 0; start < 1440; start += 15) {
            for (int end = start + 15; end <= 1440; end += 15) {
                hashes.add(TimeWindow.parse(hhmm(start) + "-" + hhmm(end)).hashCode());
                windows++;
            }
        }
        assertThat(hashes).hasSize(windows);
    }

    private static String hhmm(int minute) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    /**
     * Issue 12: a text of a megabyte is quoted by an excerpt around the error and its length, never
     * whole.
     */
    @Test
    void aMegabyteTextIsQuotedByAnExcerpt() {
        String tail = "x".repeat(1 << 20);
        assertThatThrownBy(() -> TimeWindow.parse("13:00-16:00" + tail)).isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '13:00-16:00" + "x".repeat(60) + "…' (1048587 characters) could not be parsed at index"
                        + " 11: unexpected text after the end");
        assertThatThrownBy(() -> TimeWindow.parse("1".repeat(1 << 20))).isInstanceOf(DateTimeParseException.class)
                .hasMessage("Text '" + "1".repeat(62) + "…' (1048576 characters) could not be parsed at index 2:"
                        + " expected a time HH:mm");
    }

    /**
     * Minutes are formatted as HH:mm, 1440 as 24:00; a minute of 100 hours or more, or a negative
     * one (as in the message about a bad window), still prints as digits, with its sign.
     */
    @Test
    void formatMinuteOfDayWritesHoursAndMinutes() {
        assertThat(TimeWindow.formatMinuteOfDay(0)).isEqualTo("00:00");
        assertThat(TimeWindow.formatMinuteOfDay(59)).isEqualTo("00:59");
        assertThat(TimeWindow.formatMinuteOfDay(61)).isEqualTo("01:01");
        assertThat(TimeWindow.formatMinuteOfDay(1439)).isEqualTo("23:59");
        assertThat(TimeWindow.formatMinuteOfDay(1440)).isEqualTo("24:00");
        assertThat(TimeWindow.formatMinuteOfDay(5999)).isEqualTo("99:59");
        assertThat(TimeWindow.formatMinuteOfDay(6000)).isEqualTo("100:00");
        assertThat(TimeWindow.formatMinuteOfDay(6061)).isEqualTo("101:01");
        assertThatThrownBy(() -> TimeWindow.ofMinutes(600, -5)).isInstanceOf(DateTimeException.class)
                .hasMessage("Window end must be after its start and at most 24:00, but was 10:00-00:-5");
    }

    /** The start and end of every window of a day, as times and as minutes. */
    @Test
    void startAndEndOfEveryQuarterHourWindow() {
        for (int start = 0; start < 1440; start += 15) {
            for (int end = start + 15; end <= 1440; end += 15) {
                TimeWindow w = TimeWindow.ofMinutes(start, end);
                assertThat(w.start()).isEqualTo(LocalTime.MIDNIGHT.plusMinutes(start));
                assertThat(w.end()).isEqualTo(LocalTime.MIDNIGHT.plusMinutes(end));
                assertThat(w.startMinute()).isEqualTo(start);
                assertThat(w.endMinute()).isEqualTo(end);
                assertThat(w.endsAtMidnight()).isEqualTo(end == 1440);
                assertThat(TimeWindow.of(w.start(), w.end())).isEqualTo(w);
            }
        }
    }

    /** A window starts from minute 0 to 1439 and ends after its start, at most at minute 1440. */
    @Test
    void ofMinutesChecksTheRange() {
        assertThat(TimeWindow.ofMinutes(0, 1)).hasToString("00:00-00:01");
        assertThat(TimeWindow.ofMinutes(1439, 1440)).hasToString("23:59-24:00");
        assertThatThrownBy(() -> TimeWindow.ofMinutes(-1, 10)).isInstanceOf(DateTimeException.class)
                .hasMessage("Window start minute must be from 0 to 1439, but was -1");
        assertThatThrownBy(() -> TimeWindow.ofMinutes(1440, 1441)).isInstanceOf(DateTimeException.class)
                .hasMessage("Window start minute must be from 0 to 1439, but was 1440");
        assertThatThrownBy(() -> TimeWindow.ofMinutes(600, 1441)).isInstanceOf(DateTimeException.class)
                .hasMessage("Window end must be after its start and at most 24:00, but was 10:00-24:01");
        assertThatThrownBy(() -> TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(9, 0, 0, 1)))
                .hasMessage("Window end must be a whole minute, but was 09:00:00.000000001");
    }
}
