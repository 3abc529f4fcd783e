package org.consularkit.benchmarks;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.consularkit.calendar.lunar.LunarDate;
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
 * Gregorian to Chinese lunar date for random dates 1901-2100 (the range ConsularKit supports):
 * ConsularKit's {@link LunarDate#from(LocalDate)} against ICU4J's {@link ChineseCalendar} and
 * lunar-java's {@code Solar.fromYmd(y, m, d).getLunar()}.
 *
 * <p>Each method returns what its library gives a caller who wants the lunar date: a {@link
 * LunarDate}, a lunar-java {@link Lunar}, or, for ICU4J, whose calendar is a mutable object, the
 * four fields read from it (extended year, month, leap flag, day) packed into an {@code int}.
 *
 * <p>The ICU4J calendar is created once per benchmark thread, in GMT (the date's midnight UTC is
 * the date itself; ICU computes the new moons and solar terms at UTC+8 whatever the zone) and
 * reused: constructing one loads zone and locale data and costs far more than a conversion, an ICU
 * calendar is not thread-safe, and one calendar per thread is what a careful caller keeps. Each
 * call sets the time and reads the fields, which makes ICU compute them. All three libraries keep
 * their own internal caches (ICU4J caches new-year and winter-solstice moments per year), warmed by
 * the setup.
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
public class LunarConversionBenchmark {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final LocalDate[] dates = RandomDates.between(LocalDate.of(1901, 1, 1), LocalDate.of(2100, 12, 31));
    private final ChineseCalendar icu = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    private int index;

    /** Creates the state; JMH calls this. */
    public LunarConversionBenchmark() {
    }

    /** Converts every date once with each library, so that all three answer from warm caches. */
    @Setup(Level.Trial)
    public void warmCaches() {
        for (LocalDate d : dates) {
            LunarDate.from(d);
            icu4j(icu, d);
            lunarJava(d);
        }
    }

    /**
     * ConsularKit: the lunar date of the next date.
     *
     * @return the lunar date
     */
    @Benchmark
    public LunarDate consularKit() {
        return LunarDate.from(dates[index++ & RandomDates.MASK]);
    }

    /**
     * ICU4J: the lunar date of the next date, read from the reused {@link ChineseCalendar}.
     *
     * @return the fields, packed by {@link #pack(int, int, boolean, int)}
     */
    @Benchmark
    public int icu4j() {
        return icu4j(icu, dates[index++ & RandomDates.MASK]);
    }

    /**
     * lunar-java: the lunar date of the next date.
     *
     * @return the lunar date
     */
    @Benchmark
    public Lunar lunarJava() {
        return lunarJava(dates[index++ & RandomDates.MASK]);
    }

    static int icu4j(ChineseCalendar calendar, LocalDate d) {
        calendar.setTimeInMillis(d.toEpochDay() * MILLIS_PER_DAY);
        return pack(calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.IS_LEAP_MONTH) != 0, calendar.get(Calendar.DAY_OF_MONTH));
    }

    static Lunar lunarJava(LocalDate d) {
        return Solar.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth()).getLunar();
    }

    /**
     * Packs the fields of a lunar date into one {@code int}: {@code ((year * 16 + month) * 2 +
     * leap) * 32 + day}.
     */
    static int pack(int year, int month, boolean leap, int day) {
        return ((year * 16 + month) * 2 + (leap ? 1 : 0)) * 32 + day;
    }

    LocalDate[] dates() {
        return dates.clone();
    }

    ChineseCalendar icu() {
        return icu;
    }
}
