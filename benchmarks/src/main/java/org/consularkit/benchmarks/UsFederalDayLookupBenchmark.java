package org.consularkit.benchmarks;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.core.calendar.HolidayCalendar;
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
 * Day lookup for US federal holidays: "is this date a working day?" for random dates 1971-2100,
 * ConsularKit's {@link HolidayCalendar#isWorkingDay(LocalDate)} against jollyday's {@link
 * HolidayManager#isHoliday(LocalDate, String...)} on its United States calendar at the country
 * level (no state argument: the federal holidays only).
 *
 * <p>Both libraries answer from warm caches: the setup asks every date once, so ConsularKit's year
 * tables and jollyday's per-year holiday sets are built before the first measurement. The dates
 * are {@link RandomDates#between(LocalDate, LocalDate) pre-generated}; each call takes the next
 * one (a counter and a mask) and returns its answer, which JMH sinks into a blackhole.
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
public class UsFederalDayLookupBenchmark {

    private final LocalDate[] dates = RandomDates.between(LocalDate.of(UsFederalHolidays.FIRST_YEAR, 1, 1),
            LocalDate.of(UsFederalHolidays.LAST_YEAR, 12, 31));
    private final HolidayCalendar consularKit = UsFederalHolidays.calendar();
    private final HolidayManager jollyday = HolidayManager.getInstance(
            ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.UNITED_STATES));
    private int index;

    /** Creates the state; JMH calls this. */
    public UsFederalDayLookupBenchmark() {
    }

    /** Asks both libraries about every date once, so that both answer from warm caches. */
    @Setup(Level.Trial)
    public void warmCaches() {
        for (LocalDate d : dates) {
            consularKit.isWorkingDay(d);
            jollyday.isHoliday(d);
        }
    }

    /**
     * ConsularKit: is the next date a working day?
     *
     * @return the answer
     */
    @Benchmark
    public boolean consularKitIsWorkingDay() {
        return consularKit.isWorkingDay(dates[index++ & RandomDates.MASK]);
    }

    /**
     * jollyday: is the next date a holiday? The call the issue names; it does not know weekends.
     *
     * @return the answer
     */
    @Benchmark
    public boolean jollydayIsHoliday() {
        return jollyday.isHoliday(dates[index++ & RandomDates.MASK]);
    }

    /**
     * jollyday answering the same question as ConsularKit: a working day is a weekday that is not
     * a holiday.
     *
     * @return the answer
     */
    @Benchmark
    public boolean jollydayIsWorkingDay() {
        LocalDate d = dates[index++ & RandomDates.MASK];
        return !Weekends.isWeekend(d) && !jollyday.isHoliday(d);
    }

    LocalDate[] dates() {
        return dates.clone();
    }

    HolidayCalendar consularKit() {
        return consularKit;
    }

    HolidayManager jollyday() {
        return jollyday;
    }
}
