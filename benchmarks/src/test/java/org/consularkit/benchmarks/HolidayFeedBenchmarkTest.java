package org.consularkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The feed benchmark writes a whole, stable feed of the 24 years. */
class HolidayFeedBenchmarkTest {

    private final HolidayFeedBenchmark benchmark = new HolidayFeedBenchmark();

    @Test
    void feedOf2007To2030() {
        String ics = new String(benchmark.consularKit(), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("DTSTART;VALUE=DATE:2007").contains("DTSTART;VALUE=DATE:2030");
        assertThat(ics.split("BEGIN:VEVENT", -1).length - 1).as("events").isGreaterThan(24 * 15);
    }

    @Test
    void sameBytesOnEveryCall() {
        assertThat(benchmark.consularKit()).isEqualTo(benchmark.consularKit());
    }
}
