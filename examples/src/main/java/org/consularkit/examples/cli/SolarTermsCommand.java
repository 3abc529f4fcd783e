package org.consularkit.examples.cli;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.consularkit.calendar.lunar.SolarTerm;
import org.consularkit.calendar.lunar.SolarTermOccurrence;
import org.consularkit.examples.cli.Table.Column;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code solar-terms --year YYYY} or {@code --from-year Y --to-year Y}: the 24 solar terms of each
 * year, from {@link SolarTerm#occurrences(int)}.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "solar-terms",
        mixinStandardHelpOptions = true,
        versionProvider = ConsularKitCli.Version.class,
        description = "The 24 solar terms (二十四节气) of a year, or of each year from --from-year to "
                + "--to-year, with their date and moment in China Standard Time; years 1901 to 2100.",
        footerHeading = "%nOutput:%n",
        footer = {
            "CSV columns: index,name,date,moment",
            "  index   1 to 24 in order within the Gregorian year (1 Minor Cold, early January; 7 Qingming;",
            "          24 Winter Solstice)",
            "  name    the name (--locale)",
            "  date    the date in China Standard Time (UTC+8)",
            "  moment  the moment, ISO-8601 with offset +08:00, to the minute (rounded), e.g.",
            "          2026-04-05T02:40+08:00",
            "JSON: an array of objects with the same fields (index a number).",
            "Text adds the column year."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "2:bad usage or bad input (message on stderr)"})
final class SolarTermsCommand extends CliCommand {

    /** ISO-8601 to the minute, with the offset: {@code 2026-04-05T02:40+08:00}. */
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX");

    @Option(names = "--year", paramLabel = "YYYY", description = "The year (instead of --from-year/--to-year).")
    private @Nullable Integer year;

    @Option(names = "--from-year", paramLabel = "YYYY", description = "First year (with --to-year).")
    private @Nullable Integer fromYear;

    @Option(names = "--to-year", paramLabel = "YYYY", description = "Last year, included (with --from-year).")
    private @Nullable Integer toYear;

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        if (year != null && (fromYear != null || toYear != null)) {
            throw usage("--year cannot be combined with --from-year or --to-year");
        }
        if (year == null && (fromYear == null || toYear == null)) {
            throw usage("Give --year YYYY, or both --from-year YYYY and --to-year YYYY");
        }
        int first = year != null ? year : fromYear;
        int last = year != null ? year : toYear;
        if (last < first) {
            throw new DateTimeException("Last year " + last + " is before the first year " + first);
        }
        // Both ends first, so that a range reaching outside the tables fails before any output.
        SolarTerm.occurrences(first);
        SolarTerm.occurrences(last);
        List<String> columns = List.of("index", "name", "date", "moment");
        Table table = Table.open(out(), output.format, List.of("index", "name", "date", "moment", "year"),
                columns, columns, List.of(Column.of("year"), Column.of("index"), Column.of("date"),
                        Column.of("moment"), Column.of("name")));
        for (int y = first; y <= last; y++) {
            for (SolarTermOccurrence o : SolarTerm.occurrences(y)) {
                table.add(o.term().index(), o.term().displayName(output.locale), o.date(), minute(o.moment()), y);
            }
        }
        table.finish();
        return ConsularKitCli.OK;
    }

    private static String minute(OffsetDateTime moment) {
        return MINUTE.format(moment);
    }
}
