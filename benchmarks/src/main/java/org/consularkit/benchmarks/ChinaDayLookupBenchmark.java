package org.consularkit.benchmarks;

import com.nlf.calendar.Holiday;
import com.nlf.calendar.util.HolidayUtil;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.core.calendar.HolidayCalendar;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Day lookup for China's public holidays: "is this date a working day?" for random dates
 * 2007-2023 (the years both libraries have official schedules for), ConsularKit's {@link
 * HolidayCalendar#isWorkingDay(LocalDate)} on {@link ChinaHolidays#calendar()} against
 * lunar-java's {@link HolidayUtil#getHoliday(int, int, int)}.
 *
 * <p>lunar-java answers with the holiday record of the date, or null: a record marked {@code
 * work} is a make-up working day (调休上班), any other record a day off, and a date without a
 * record a working day unless it falls on a weekend. That is the whole question, make-up days
 * included, so both methods return the same answer for every date (checked by the test).
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
public class ChinaDayLookupBenchmark {

    /** The first year measured, {@value}. */
    static final int FIRST_YEAR = 2007;
    /** The last year measured, {@value}. */
    static final int LAST_YEAR = 2023;

    private final LocalDate[] dates = RandomDates.between(LocalDate.of(FIRST_YEAR, 1, 1),
            LocalDate.of(LAST_YEAR, 12, 31));
    private final HolidayCalendar consularKit = ChinaHolidays.calendar();
    private int index;

    /** Creates the state; JMH calls this. */
    public ChinaDayLookupBenchmark() {
    }

    /** Asks both libraries about every date once, so that both answer from warm caches. */
    @Setup(Level.Trial)
    public void warmCaches() {
        for (LocalDate d : dates) {
            consularKit.isWorkingDay(d);
            lunarJavaIsWorkingDay(d);
        }
    }

    /**
     * ConsularKit: is the next date a working day in China?
     *
     * @return the answer
     */
    @Benchmark
    public boolean consularKitIsWorkingDay() {
        return consularKit.isWorkingDay(dates[index++ & RandomDates.MASK]);
    }

    /**
     * lunar-java: is the next date a working day in China?
     *
     * @return the answer
     */
    @Benchmark
    public boolean lunarJavaIsWorkingDay() {
        return lunarJavaIsWorkingDay(dates[index++ & RandomDates.MASK]);
    }

    static boolean lunarJavaIsWorkingDay(LocalDate d) {
        @Nullable Holiday h = HolidayUtil.getHoliday(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        return h != null ? h.isWork() : !Weekends.isWeekend(d);
    }

    LocalDate[] dates() {
        return dates.clone();
    }

    HolidayCalendar consularKit() {
        return consularKit;
    }
}
