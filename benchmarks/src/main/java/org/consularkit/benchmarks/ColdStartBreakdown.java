package org.consularkit.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.core.calendar.HolidayCalendar;

/**
 * Where ConsularKit's cold start goes: one fresh JVM per step, each doing one part of the work of
 * {@link ColdStartConsularKit} and printing the microseconds it took from the start of {@code
 * main}. Run by {@code benchmarks/coldstart.sh --breakdown}.
 *
 * <ul>
 * <li>{@code jvm}: nothing (the JVM's own start and exit);</li>
 * <li>{@code jackson-core}: read the tokens of {@code us-federal.json} with jackson-core's
 *     streaming parser, the cheapest way to read the file with Jackson;</li>
 * <li>{@code jackson-databind}: build a {@code JsonMapper}, as the library does, and read the same
 *     file into a tree;</li>
 * <li>{@code us-federal}, {@code cn}: obtain the calendar, then answer for 2026-10-01; the two
 *     times are printed separately.</li>
 * </ul>
 *
 * <h2>Implementation Requirements</h2>
 * A program; no state.
 */
public final class ColdStartBreakdown {

    private ColdStartBreakdown() {
    }

    /**
     * Runs one step and prints its times.
     *
     * @param args one argument: the step, as listed in the class documentation
     * @throws IOException if the data file cannot be read
     */
    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        StringBuilder sb = new StringBuilder(64).append(args.length == 0 ? "" : args[0]);
        switch (args.length == 0 ? "" : args[0]) {
            case "jvm" -> {
                // the JVM's start only
            }
            case "jackson-core" -> {
                int tokens = 0;
                try (InputStream in = usFederalJson(); JsonParser p = new JsonFactory().createParser(in)) {
                    while (p.nextToken() != null) {
                        tokens++;
                    }
                }
                sb.append(" tokens=").append(tokens);
            }
            case "jackson-databind" -> {
                JsonMapper mapper = JsonMapper.builder().build();
                sb.append(" mapper-us=").append(micros(start));
                try (InputStream in = usFederalJson()) {
                    sb.append(" nodes=").append(mapper.readTree(in).size());
                }
            }
            case "us-federal", "cn" -> {
                HolidayCalendar calendar = args[0].equals("cn") ? ChinaHolidays.calendar() : UsFederalHolidays.calendar();
                sb.append(" calendar-us=").append(micros(start));
                sb.append(" working=").append(calendar.isWorkingDay(ColdStart.DATE));
            }
            default -> {
                System.err.println("Usage: ColdStartBreakdown jvm|jackson-core|jackson-databind|us-federal|cn");
                System.exit(2);
            }
        }
        sb.append(" main-to-answer-us=").append(micros(start));
        System.out.println(sb);
    }

    private static long micros(long start) {
        return (System.nanoTime() - start) / 1000;
    }

    private static InputStream usFederalJson() {
        return Objects.requireNonNull(UsFederalHolidays.class.getResourceAsStream("us-federal.json"), "us-federal.json");
    }
}
