package org.consularkit.benchmarks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.consularkit.calendar.lunar.LunarDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A proposed change to {@code LunarTables.Months.monthIndexOfDay}, measured: the month of a day
 * found with a 16-day bucket index instead of a binary search over the ~2,480 month starts.
 *
 * <p>{@link LunarDate#from(LocalDate)} finds the month of a date with {@code Arrays.binarySearch}:
 * about 11 probes whose branches a random date makes unpredictable. A lunar month lasts at least 29
 * days, so a 16-day bucket contains at most one month start: a table giving, for each bucket, the
 * month its first day belongs to answers with one lookup and one comparison. Both methods here use
 * the same month table (rebuilt from {@link LunarDate}, so they answer exactly as the library does)
 * and return a small result object as {@code LunarDate.from} does: {@link #binarySearch()} is the
 * current algorithm, {@link #bucketIndex()} the proposal. The table of {@value #SHIFT}-bit buckets
 * for 1901-2100 has 4,568 entries (18 KB as {@code int}s, 9 KB as {@code short}s).
 *
 * <h2>Implementation Requirements</h2>
 * A JMH state: one instance per benchmark thread, not shared.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LunarIndexProposalBenchmark {

    /** Buckets of 2<sup>{@value}</sup> = 16 days: shorter than any lunar month. */
    static final int SHIFT = 4;

    /** A lunar date as the library represents it: year, month number, leap flag, day. */
    record Result(int lunarYear, int month, boolean leap, int day) {
    }

    private final LocalDate[] dates = RandomDates.between(LocalDate.of(1901, 1, 1), LocalDate.of(2100, 12, 31));
    /** The epoch day each month begins on, plus the day after the last month. */
    private final int[] start;
    /** For each month: {@code lunarYear << 5 | number << 1 | leap}, as in {@code LunarTables}. */
    private final int[] code;
    /** For each 16-day bucket from {@code start[0]}: the month its first day belongs to. */
    private final int[] bucket;
    private int index;

    /** Creates the state, building the month table from {@link LunarDate}; JMH calls this. */
    public LunarIndexProposalBenchmark() {
        int[] s = new int[2600];
        int[] c = new int[2600];
        int n = 0;
        LocalDate last = LocalDate.of(2100, 12, 31);
        for (LocalDate d = LocalDate.of(1901, 1, 1); !d.isAfter(last); d = d.plusDays(1)) {
            LunarDate l = LunarDate.from(d);
            if (n == 0 || l.day() == 1) {
                s[n] = (int) d.toEpochDay() - (l.day() - 1);
                c[n] = l.lunarYear() << 5 | l.month() << 1 | (l.isLeapMonth() ? 1 : 0);
                n++;
            }
        }
        LunarDate lastDay = LunarDate.from(last);
        s[n] = (int) last.toEpochDay() - lastDay.day() + 1 + lastDay.lengthOfMonth();
        start = Arrays.copyOf(s, n + 1);
        code = Arrays.copyOf(c, n);
        int buckets = ((start[n] - start[0]) >> SHIFT) + 1;
        bucket = new int[buckets];
        int month = 0;
        for (int b = 0; b < buckets; b++) {
            int day = start[0] + (b << SHIFT);
            while (month + 1 < n && start[month + 1] <= day) {
                month++;
            }
            bucket[b] = month;
        }
    }

    /**
     * The current algorithm: binary search for the month of the next date.
     *
     * @return the lunar date
     */
    @Benchmark
    public Result binarySearch() {
        return binarySearch(dates[index++ & RandomDates.MASK]);
    }

    /**
     * The proposal: bucket index for the month of the next date.
     *
     * @return the lunar date
     */
    @Benchmark
    public Result bucketIndex() {
        return bucketIndex(dates[index++ & RandomDates.MASK]);
    }

    Result binarySearch(LocalDate date) {
        int day = (int) date.toEpochDay();
        int i = Arrays.binarySearch(start, day);
        return result(i >= 0 ? i : -i - 2, day);
    }

    Result bucketIndex(LocalDate date) {
        int day = (int) date.toEpochDay();
        int i = bucket[(day - start[0]) >> SHIFT];
        if (start[i + 1] <= day) {
            i++;
        }
        return result(i, day);
    }

    private Result result(int month, int day) {
        int c = code[month];
        return new Result(c >>> 5, (c >>> 1) & 0xF, (c & 1) != 0, day - start[month] + 1);
    }

    int buckets() {
        return bucket.length;
    }
}
