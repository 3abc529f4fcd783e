package org.consularkit.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.core.calendar.HolidayCalendar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Where ConsularKit's cold start goes: one fresh JVM per step, each doing one part of the work of
 * {@link ColdStartConsularKit} and printing the microseconds it took from the start of {@code
 * main}. Run by {@code benchmarks/coldstart.sh --breakdown}.
 *
 * <ul>
 * <li>{@code jvm}: nothing (the JVM's own start and exit);</li>
 * <li>{@code resource}: read the bytes of {@code us-federal.json} from the calendar jar, without
 *     parsing them: the least a program that answers from bundled data must do;</li>
 * <li>{@code jackson-core}: read the tokens of {@code us-federal.json} with jackson-core's
 *     streaming parser, the cheapest way to read the file with Jackson;</li>
 * <li>{@code jackson-databind}: build a {@code JsonMapper}, as the library did before it read its
 *     data with jackson-core alone, and read the same file into a tree;</li>
 * <li>{@code picocli}: parse the arguments {@code --calendar cn --from 2026-10-01 --to 2026-10-01}
 *     with a picocli command of three options and print one of them: the least the CLI, built on
 *     picocli, does before its own work;</li>
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
            case "resource" -> {
                try (InputStream in = usFederalJson()) {
                    sb.append(" bytes=").append(in.readAllBytes().length);
                }
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
            case "picocli" -> {
                Floor floor = new Floor();
                int exit = new CommandLine(floor).execute("--calendar", "cn", "--from", "2026-10-01", "--to", "2026-10-01");
                sb.append(" exit=").append(exit).append(" calendar=").append(floor.calendar);
            }
            case "us-federal", "cn" -> {
                HolidayCalendar calendar = args[0].equals("cn") ? ChinaHolidays.calendar() : UsFederalHolidays.calendar();
                sb.append(" calendar-us=").append(micros(start));
                sb.append(" working=").append(calendar.isWorkingDay(ColdStart.DATE));
            }
            default -> {
                System.err.println("Usage: ColdStartBreakdown jvm|resource|jackson-core|jackson-databind|picocli|us-federal|cn");
                System.exit(2);
            }
        }
        sb.append(" main-to-answer-us=").append(micros(start));
        System.out.println(sb);
    }

    private static long micros(long start) {
        return (System.nanoTime() - start) / 1000;
    }

    /** The smallest picocli command line like the CLI's: three options, nothing done. */
    @Command(name = "floor")
    static final class Floor implements Callable<Integer> {

        @Option(names = "--calendar")
        String calendar = "";

        @Option(names = "--from")
        String from = "";

        @Option(names = "--to")
        String to = "";

        @Override
        public Integer call() {
            return from.isEmpty() || to.isEmpty() ? 1 : 0;
        }
    }

    private static InputStream usFederalJson() {
        return Objects.requireNonNull(UsFederalHolidays.class.getResourceAsStream("us-federal.json"), "us-federal.json");
    }
}
