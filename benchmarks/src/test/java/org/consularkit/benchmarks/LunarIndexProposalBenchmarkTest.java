package org.consularkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.consularkit.calendar.lunar.LunarDate;
import org.junit.jupiter.api.Test;

/** The proposed bucket index answers exactly as the library and the binary search, for every date. */
class LunarIndexProposalBenchmarkTest {

    private final LunarIndexProposalBenchmark benchmark = new LunarIndexProposalBenchmark();

    @Test
    void everyDate1901To2100() {
        for (LocalDate d = LocalDate.of(1901, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            LunarDate l = LunarDate.from(d);
            LunarIndexProposalBenchmark.Result expected =
                    new LunarIndexProposalBenchmark.Result(l.lunarYear(), l.month(), l.isLeapMonth(), l.day());
            assertThat(benchmark.bucketIndex(d)).as("%s", d).isEqualTo(expected);
            assertThat(benchmark.binarySearch(d)).as("%s", d).isEqualTo(expected);
        }
        assertThat(benchmark.buckets()).isEqualTo(4568);
    }
}
