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
}
