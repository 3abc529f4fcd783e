package org.consularkit.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.consularkit.calendar.lunar.LunarDate;
import org.consularkit.calendar.lunar.UncertainMonth;
import org.consularkit.examples.cli.Table.Column;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lunar --from DATE --to DATE} or {@code lunar --date DATE}: the Chinese lunisolar date of
 * each date, from {@link LunarDate#from(LocalDate)}, and whether it is certain ({@link
 * LunarDate#isCertain()}, {@link LunarDate#uncertainty()}).
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "lunar",
        description = "The Chinese lunisolar date (农历) of each date from --from to --to (both included), "
                + "or of one --date; dates from 1901-01-01 to 2100-12-31.",
        footerHeading = "%nOutput:%n",
        footer = {
            "CSV columns: date,lunarYear,lunarMonth,leapMonth,lunarDay (with --with-certainty, then",
            "certain,alternativeStart)",
            "  lunarYear         the Gregorian year in which the lunar year begins",
            "  lunarMonth        the month number, 1 to 12; for a leap (intercalary) month, the number of",
            "                    the month it repeats",
            "  leapMonth         true for a day of a leap month",
            "  lunarDay          the day of the month, 1 to 30",
            "  certain           false when the date depends on a month whose first day no calculation can",
            "                    be sure of: its new moon is computed within minutes of midnight (the 9th",
            "                    month of 2057, the 8th of 2089, the 7th of 2097)",
            "  alternativeStart  for such a date, the other day on which that month may begin; empty",
            "                    otherwise",
            "JSON: an array of objects with all these fields (numbers and booleans; alternativeStart null",
            "when certain).",
            "Text adds the column lunar, the text form of the lunar date (yyyy-MM-dd, with L after the",
            "month of a leap month: 2023-02L-15), and ends with the column note, which marks an uncertain",
            "date: uncertain: 2089-08 may begin 2089-09-05.",
            "Before 1929 the months follow Beijing local mean time (UTC+7:45:40), as the calendar of the",
            "time did; from 1929 China Standard Time (UTC+8)."},
        exitCodeList = {"0:success", "2:bad usage or bad input (message on stderr)"})
final class LunarCommand extends CliCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Dates dates = new Dates();

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Option(names = "--with-certainty",
            description = "CSV: add the columns certain and alternativeStart (JSON and text always show them).")
    private boolean withCertainty;

    @Override
    public Integer call() {
        LocalDate first = dates.range != null ? dates.range.from : dates.date;
        LocalDate last = dates.range != null ? dates.range.to : dates.date;
        if (last.isBefore(first)) {
            throw new BadInputException("Range end " + last + " is before its start " + first);
        }
        // Both ends first, so that a range reaching outside the tables fails before any output.
        try {
            LunarDate.from(first);
            LunarDate.from(last);
        } catch (DateTimeException e) {
            throw new BadInputException(e);
        }
        Column<Row> date = Column.text("date", Row::date);
        Column<Row> lunarYear = Column.number("lunarYear", r -> r.lunar().lunarYear());
        Column<Row> lunarMonth = Column.number("lunarMonth", r -> r.lunar().month());
        Column<Row> leapMonth = Column.bool("leapMonth", r -> r.lunar().isLeapMonth());
        Column<Row> lunarDay = Column.number("lunarDay", r -> r.lunar().day());
        Column<Row> lunar = Column.text("lunar", Row::lunar);
        Column<Row> certain = Column.bool("certain", r -> r.lunar().isCertain());
        Column<Row> alternativeStart = Column.optional("alternativeStart",
                r -> r.lunar().uncertainty().map(UncertainMonth::alternativeStart));
        Column<Row> note = Column.text("note", r -> r.lunar().uncertainty()
                .map(m -> "uncertain: " + m.label() + " may begin " + m.alternativeStart()).orElse(""));
        List<Column<Row>> csv = withCertainty
                ? List.of(date, lunarYear, lunarMonth, leapMonth, lunarDay, certain, alternativeStart)
                : List.of(date, lunarYear, lunarMonth, leapMonth, lunarDay);
        Table<Row> table = Table.open(out(), output.format, csv,
                List.of(date, lunarYear, lunarMonth, leapMonth, lunarDay, certain, alternativeStart),
                List.of(date, lunar, lunarYear, lunarMonth, leapMonth, lunarDay, note));
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            table.add(new Row(d, LunarDate.from(d)));
        }
        table.finish();
        return ConsularKitCli.OK;
    }

    /** A row: a date and its lunisolar date. */
    private record Row(LocalDate date, LunarDate lunar) {
    }

    /** One date, or a range of dates: {@code --date} and {@code --from/--to} exclude each other. */
    static final class Dates {

        @Option(names = "--date", required = true, paramLabel = "DATE", converter = Converters.Date.class,
                description = "One date, yyyy-MM-dd (instead of --from/--to).")
        LocalDate date = LocalDate.MIN;

        @ArgGroup(exclusive = false, multiplicity = "1")
        @Nullable DateRange range;
    }

    /** {@code --from} and {@code --to}, which go together. */
    static final class DateRange {

        @Option(names = "--from", required = true, paramLabel = "DATE", converter = Converters.Date.class,
                description = "First date, yyyy-MM-dd (with --to).")
        LocalDate from = LocalDate.MIN;

        @Option(names = "--to", required = true, paramLabel = "DATE", converter = Converters.Date.class,
                description = "Last date, yyyy-MM-dd, included (with --from).")
        LocalDate to = LocalDate.MIN;
    }
}
