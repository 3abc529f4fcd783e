package org.consularkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.nlf.calendar.Lunar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consularkit.calendar.lunar.LunarDate;
import org.junit.jupiter.api.Test;

/**
 * The three libraries of the lunar benchmark compute the same thing: they give the same lunar date
 * for the benchmark dates, except in the months where {@code LunarCalendar} documents that they
 * differ (lunar-java: a few months before 1929, counted in Beijing local mean time; ICU4J: 15
 * months that begin a day apart or leap months placed a month later).
 */
class LunarConversionBenchmarkTest {

    /** The months, first and last day, where ICU4J 78.1 and ConsularKit disagree (found over 1901-2100). */
    private static final List<LocalDate[]> ICU_MONTHS = List.of(
            range("1914-11-17", "1914-12-16"), range("1916-02-03", "1916-03-03"), range("1917-03-23", "1917-05-20"),
            range("1920-11-10", "1920-12-09"), range("1922-06-25", "1922-08-22"),
            range("1954-02-03", "1954-03-04"), range("1955-02-22", "1955-03-23"),
            range("1987-07-26", "1987-09-22"), range("1999-01-17", "1999-02-15"),
            range("2012-08-17", "2012-09-15"), range("2018-11-07", "2018-12-06"),
            range("2027-02-06", "2027-03-07"), range("2030-02-02", "2030-03-03"),
            range("2057-09-28", "2057-10-27"), range("2070-03-12", "2070-04-10"));

    private final LunarConversionBenchmark benchmark = new LunarConversionBenchmark();

    @Test
    void agreeOnTheBenchmarkDatesExceptInTheDocumentedMonths() {
        List<LocalDate> lunarJavaDiffers = new ArrayList<>();
        List<LocalDate> icuDiffers = new ArrayList<>();
        for (LocalDate d : benchmark.dates()) {
            LunarDate ck = LunarDate.from(d);
            int expected = LunarConversionBenchmark.pack(ck.lunarYear(), ck.month(), ck.isLeapMonth(), ck.day());
            Lunar lj = LunarConversionBenchmark.lunarJava(d);
            if (LunarConversionBenchmark.pack(lj.getYear(), Math.abs(lj.getMonth()), lj.getMonth() < 0, lj.getDay())
                    != expected) {
                lunarJavaDiffers.add(d);
            }
            // ICU4J 78's EXTENDED_YEAR of the Chinese calendar is the related Gregorian year: our lunar year
            if (LunarConversionBenchmark.icu4j(benchmark.icu(), d) != expected) {
                icuDiffers.add(d);
            }
        }
        assertThat(lunarJavaDiffers).allMatch(d -> d.getYear() < 1929).hasSizeLessThan(10);
        assertThat(icuDiffers).allMatch(LunarConversionBenchmarkTest::inAnIcuMonth).hasSizeLessThan(50);
    }

    private static boolean inAnIcuMonth(LocalDate d) {
        return ICU_MONTHS.stream().anyMatch(r -> !d.isBefore(r[0]) && !d.isAfter(r[1]));
    }

    private static LocalDate[] range(String first, String last) {
        return new LocalDate[] {LocalDate.parse(first), LocalDate.parse(last)};
    }

    @Test
    void benchmarkMethodsConvertTheirDates() {
        for (int i = 0; i < 16; i++) {
            assertThat(benchmark.consularKit()).isNotNull();
            assertThat(benchmark.icu4j()).isPositive();
            assertThat(benchmark.lunarJava()).isNotNull();
        }
    }

    @Test
    void packKeepsTheFields() {
        assertThat(LunarConversionBenchmark.pack(2023, 2, true, 15))
                .isEqualTo(((2023 * 16 + 2) * 2 + 1) * 32 + 15);
    }
}
