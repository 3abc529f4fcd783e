package org.consularkit.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consularkit.calendar.lunar.LunarDate;
import org.consularkit.examples.cli.Table.Column;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lunar --from DATE --to DATE} or {@code lunar --date DATE}: the Chinese lunisolar date of
 * each date, from {@link LunarDate#from(LocalDate)}.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "lunar",
        mixinStandardHelpOptions = true,
        versionProvider = ConsularKitCli.Version.class,
        description = "The Chinese lunisolar date (农历) of each date from --from to --to (both included), "
                + "or of one --date; dates from 1901-01-01 to 2100-12-31.",
        footerHeading = "%nOutput:%n",
        footer = {
            "CSV columns: date,lunarYear,lunarMonth,leapMonth,lunarDay",
            "  lunarYear   the Gregorian year in which the lunar year begins",
            "  lunarMonth  the month number, 1 to 12; for a leap (intercalary) month, the number of the",
            "              month it repeats",
            "  leapMonth   true for a day of a leap month",
            "  lunarDay    the day of the month, 1 to 30",
            "JSON: an array of objects with the same fields (numbers and booleans).",
            "Text adds the column lunar, the text form of the lunar date (yyyy-MM-dd, with L after the",
            "month of a leap month: 2023-02L-15)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "2:bad usage or bad input (message on stderr)"})
final class LunarCommand extends CliCommand {

    @Option(names = "--date", paramLabel = "DATE", converter = Converters.Date.class,
            description = "One date, yyyy-MM-dd (instead of --from/--to).")
    private @Nullable LocalDate date;

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.Date.class,
            description = "First date, yyyy-MM-dd (with --to).")
    private @Nullable LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.Date.class,
            description = "Last date, yyyy-MM-dd, included (with --from).")
    private @Nullable LocalDate to;

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        if (date != null && (from != null || to != null)) {
            throw usage("--date cannot be combined with --from or --to");
        }
        if (date == null && (from == null || to == null)) {
            throw usage("Give --date DATE, or both --from DATE and --to DATE");
        }
        LocalDate first = date != null ? date : from;
        LocalDate last = date != null ? date : to;
        if (last.isBefore(first)) {
            throw new DateTimeException("Range end " + last + " is before its start " + first);
        }
        // Both ends first, so that a range reaching outside the tables fails before any output.
        LunarDate.from(first);
        LunarDate.from(last);
        List<String> columns = List.of("date", "lunarYear", "lunarMonth", "leapMonth", "lunarDay");
        List<String> keys = new ArrayList<>(columns);
        keys.add("lunar");
        Table table = Table.open(out(), output.format, keys, columns, columns, List.of(Column.of("date"),
                Column.of("lunar"), Column.of("lunarYear"), Column.of("lunarMonth"), Column.of("leapMonth"),
                Column.of("lunarDay")));
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            LunarDate lunar = LunarDate.from(d);
            table.add(d, lunar.lunarYear(), lunar.month(), lunar.isLeapMonth(), lunar.day(), lunar);
        }
        table.finish();
        return ConsularKitCli.OK;
    }
}
