package org.consularkit.examples.cli;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.consularkit.calendar.lunar.SolarTerm;
import org.consularkit.calendar.lunar.SolarTermOccurrence;
import org.consularkit.examples.cli.Table.Column;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
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
        exitCodeList = {"0:success", "2:bad usage or bad input (message on stderr)"})
final class SolarTermsCommand extends CliCommand {

    /** ISO-8601 to the minute, with the offset: {@code 2026-04-05T02:40+08:00}. */
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX");

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Years years = new Years();

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        int first = years.range != null ? years.range.fromYear : years.year;
        int last = years.range != null ? years.range.toYear : years.year;
        if (last < first) {
            throw new BadInputException("Last year " + last + " is before the first year " + first);
        }
        // Both ends first, so that a range reaching outside the tables fails before any output.
        try {
            SolarTerm.occurrences(first);
            SolarTerm.occurrences(last);
        } catch (DateTimeException e) {
            throw new BadInputException(e);
        }
        Column<Row> index = Column.number("index", r -> r.term().term().index());
        Column<Row> name = Column.text("name", r -> r.term().term().displayName(output.locale));
        Column<Row> date = Column.text("date", r -> r.term().date());
        Column<Row> moment = Column.text("moment", r -> minute(r.term().moment()));
        Column<Row> year = Column.number("year", Row::year);
        List<Column<Row>> columns = List.of(index, name, date, moment);
        Table<Row> table = Table.open(out(), output.format, columns, columns, List.of(year, index, date, moment, name));
        for (int y = first; y <= last; y++) {
            for (SolarTermOccurrence o : SolarTerm.occurrences(y)) {
                table.add(new Row(y, o));
            }
        }
        table.finish();
        return ConsularKitCli.OK;
    }

    private static String minute(OffsetDateTime moment) {
        return MINUTE.format(moment);
    }

    /** A row: a solar term of a year. */
    private record Row(int year, SolarTermOccurrence term) {
    }

    /** A year, or a range of years: {@code --year} and {@code --from-year/--to-year} exclude each other. */
    static final class Years {

        @Option(names = "--year", required = true, paramLabel = "YYYY",
                description = "The year (instead of --from-year/--to-year).")
        int year;

        @ArgGroup(exclusive = false, multiplicity = "1")
        @Nullable YearRange range;
    }

    /** {@code --from-year} and {@code --to-year}, which go together. */
    static final class YearRange {

        @Option(names = "--from-year", required = true, paramLabel = "YYYY", description = "First year (with --to-year).")
        int fromYear;

        @Option(names = "--to-year", required = true, paramLabel = "YYYY",
                description = "Last year, included (with --from-year).")
        int toYear;
    }
}
