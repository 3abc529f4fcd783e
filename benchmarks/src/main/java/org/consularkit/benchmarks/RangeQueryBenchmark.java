package org.consularkit.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.DateRange;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The library's range queries over ranges of 1, 10 and 100 years, to show how their time and
 * allocation grow with the length of the range (issue 15 asks for O(1) allocation per day or
 * better): {@code days(range)} (one answer per date), {@code holidays(range)} and {@code
 * workingDaysBetween}, on the US federal calendar (from 2001) and China's (from 2001), both with
 * warm year tables. Run with {@code -prof gc} and divide {@code gc.alloc.rate.norm} by the days of
 * the range ({@link #days}). No anchor: the other libraries have no range query of this shape.
 *
 * <h2>Implementation Requirements</h2>
 * A JMH state: one instance per benchmark thread, not shared.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RangeQueryBenchmark {

    /** The calendar: {@code us-federal} or {@code cn}. */
    @Param({"us-federal", "cn"})
    public String calendar = "us-federal";

    /** The length of the range in years, starting on 2001-01-01. */
    @Param({"1", "10", "100"})
    public int years = 1;

    private HolidayCalendar cal = UsFederalHolidays.calendar();
    private DateRange range = DateRange.ofYear(2001);
    private LocalDate start = LocalDate.of(2001, 1, 1);
    private LocalDate end = LocalDate.of(2002, 1, 1);

    /** Creates the state; JMH calls this. */
    public RangeQueryBenchmark() {
    }

    /** Picks the calendar and the range, and fills the year tables of the range. */
    @Setup(Level.Trial)
    public void setUp() {
        cal = "cn".equals(calendar) ? ChinaHolidays.calendar() : UsFederalHolidays.calendar();
        start = LocalDate.of(2001, 1, 1);
        end = start.plusYears(years);
        range = DateRange.of(start, end);
        cal.days(range);
    }

    /**
     * Returns the number of days of the range, to divide the bytes per operation by.
     *
     * @return the days of the range
     */
    public long days() {
        return range.lengthInDays();
    }

    /**
     * One answer per date of the range.
     *
     * @return the answers
     */
    @Benchmark
    public List<CalendarDay> daysOfRange() {
        return cal.days(range);
    }

    /**
     * The holiday occurrences that touch the range.
     *
     * @return the occurrences
     */
    @Benchmark
    public List<Holiday> holidaysOfRange() {
        return cal.holidays(range);
    }

    /**
     * The number of working days of the range.
     *
     * @return the count
     */
    @Benchmark
    public long workingDaysOfRange() {
        return cal.workingDaysBetween(start, end);
    }
}
