package org.consularkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ConsularKit and lunar-java answer the same question in the China benchmark: they agree on every
 * date 2007-2023 but two make-up working days that lunar-java 1.6.3 lacks, Sunday 2013-04-07 and
 * Saturday 2013-10-12 (国务院办公厅关于2013年部分节假日安排的通知: 清明节 "4月7日（星期日）上班",
 * 国庆节 "9月29日（星期日）、10月12日（星期六）上班").
 */
class ChinaDayLookupBenchmarkTest {

    private final ChinaDayLookupBenchmark benchmark = new ChinaDayLookupBenchmark();

    @Test
    void agreeOnEveryDate2007To2023ExceptTwoMakeUpDaysLunarJavaLacks() {
        List<LocalDate> differences = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2007, 1, 1); d.getYear() <= 2023; d = d.plusDays(1)) {
            if (benchmark.consularKit().isWorkingDay(d) != ChinaDayLookupBenchmark.lunarJavaIsWorkingDay(d)) {
                differences.add(d);
            }
        }
        assertThat(differences).containsExactly(LocalDate.of(2013, 4, 7), LocalDate.of(2013, 10, 12));
        assertThat(differences).allMatch(d -> benchmark.consularKit().isWorkingDay(d));
    }

    @Test
    void datesAreWithin2007To2023() {
        assertThat(benchmark.dates()).allMatch(d -> d.getYear() >= 2007 && d.getYear() <= 2023);
    }
}
