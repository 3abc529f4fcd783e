package org.consularkit.benchmarks;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.consularkit.calendar.Calendars;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.ical.HolidayFeed;
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
 * Generating the iCalendar feed of the Chengdu post's closures ({@code post:chengdu}) for the 24
 * years 2007-2030 (the post calendars cover 2000-2100): {@code
 * HolidayFeed.builder(calendar).years(2007, 2030).build().toBytes()}, in English, each operation
 * building the feed afresh (events, validation gate, folding, UTF-8 bytes). There is no anchor: no
 * other library writes these calendars as feeds.
 *
 * <h2>Implementation Requirements</h2>
 * A JMH state: one instance per benchmark thread, not shared.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HolidayFeedBenchmark {

    /** The first year of the feed, {@value}. */
    static final int FROM = 2007;
    /** The last year of the feed, {@value}. */
    static final int TO = 2030;

    private final HolidayCalendar calendar = Calendars.byId("post:chengdu");
    private final HolidayCalendar china = Calendars.byId("cn");
    private final HolidayCalendar us = Calendars.byId("us-federal");

    /** Creates the state; JMH calls this. */
    public HolidayFeedBenchmark() {
    }

    /** Builds the feed once, so that the calendar's year tables are built before measuring. */
    @Setup(Level.Trial)
    public void warmCaches() {
        consularKit();
        chinaZh();
        usFederal();
    }

    /**
     * Builds the feed and returns its bytes.
     *
     * @return the feed, UTF-8
     */
    @Benchmark
    public byte[] consularKit() {
        return HolidayFeed.builder(calendar).years(FROM, TO).build().toBytes();
    }

    /**
     * The feed of China's holidays, 2007-2030, in Chinese ({@code ics --calendar cn --locale zh-CN}).
     *
     * @return the feed, UTF-8
     */
    @Benchmark
    public byte[] chinaZh() {
        return HolidayFeed.builder(china).years(FROM, TO).locale(Locale.forLanguageTag("zh-CN")).build().toBytes();
    }

    /**
     * The feed of US federal holidays over all the years of the calendar, 1971-2100.
     *
     * @return the feed, UTF-8
     */
    @Benchmark
    public byte[] usFederal() {
        return HolidayFeed.builder(us).years(1971, 2100).build().toBytes();
    }

    /**
     * The {@code post:chengdu} feed with ical4j's validation as well ({@link HolidayFeed#validate()},
     * which builds ical4j's object model, validates it and compares its serialization with the
     * bytes): what every write cost before the feeds were written directly.
     */
    @Benchmark
    public void consularKitValidated() {
        HolidayFeed.builder(calendar).years(FROM, TO).build().validate();
    }
}
