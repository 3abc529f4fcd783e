package org.consularkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.consularkit.core.calendar.Holiday;
import org.junit.jupiter.api.Test;

/**
 * ConsularKit and jollyday answer the same question in the US benchmark, and differ exactly where
 * the README says: jollyday's United States calendar (country level) has no Columbus Day, keeps
 * Veterans Day on November 11 in 1971-1977, misses New Year's Day observed on Friday December 31,
 * and has no executive-order closings.
 */
class UsFederalDayLookupBenchmarkTest {

    private final UsFederalDayLookupBenchmark benchmark = new UsFederalDayLookupBenchmark();

    @Test
    void differencesOnEveryDate1971To2100AreTheDocumentedOnes() {
        Map<String, List<LocalDate>> differences = new TreeMap<>();
        for (LocalDate d = LocalDate.of(1971, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            boolean consularKit = benchmark.consularKit().isWorkingDay(d);
            boolean jollyday = !Weekends.isWeekend(d) && !benchmark.jollyday().isHoliday(d);
            if (consularKit != jollyday) {
                differences.computeIfAbsent(reason(d, consularKit), k -> new ArrayList<>()).add(d);
            }
        }
        assertThat(differences.keySet()).containsExactly("columbus-day", "executive-order-closing",
                "new-years-day-on-december-31", "veterans-day-1971-1977");
        assertThat(differences.get("columbus-day")).hasSize(130);
        assertThat(differences.get("new-years-day-on-december-31")).hasSize(20);
        assertThat(differences.get("veterans-day-1971-1977")).hasSize(14);
        assertThat(differences.get("executive-order-closing")).hasSize(16);
    }

    private String reason(LocalDate d, boolean consularKitWorking) {
        List<String> keys = new ArrayList<>();
        for (Holiday h : benchmark.consularKit().day(d).holidays()) {
            keys.add(h.key());
        }
        if (d.getYear() <= 1977 && (keys.contains("veterans-day")
                || (consularKitWorking && d.getMonth() == Month.NOVEMBER && Math.abs(d.getDayOfMonth() - 11) <= 1))) {
            return "veterans-day-1971-1977";
        }
        if (consularKitWorking) {
            return "unexplained: jollyday closed on " + d;
        }
        if (keys.equals(List.of("columbus-day"))) {
            return "columbus-day";
        }
        if (keys.equals(List.of("new-years-day")) && d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 31) {
            return "new-years-day-on-december-31";
        }
        if (keys.size() == 1 && (keys.get(0).endsWith("-closing") || keys.get(0).equals("national-day-of-mourning"))) {
            return "executive-order-closing";
        }
        return "unexplained: " + d + " " + keys;
    }

    @Test
    void benchmarkMethodsAnswerForTheirDates() {
        for (int i = 0; i < RandomDates.COUNT; i++) {
            benchmark.consularKitIsWorkingDay();
            benchmark.jollydayIsHoliday();
            benchmark.jollydayIsWorkingDay();
        }
        assertThat(benchmark.dates()).allMatch(d -> d.getYear() >= 1971 && d.getYear() <= 2100);
    }
}
