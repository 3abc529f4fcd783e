package org.consularkit.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import org.consularkit.core.Source;
import org.consularkit.core.calendar.DateRange;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.examples.cli.Table.Column;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code holidays --calendar ID --year YYYY} (or {@code --from DATE --to DATE}): one row per
 * holiday occurrence, from {@link HolidayCalendar#holidays(int)} or {@link
 * HolidayCalendar#holidays(DateRange)}.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "holidays",
        description = {
            "One row per holiday occurrence in a year, or in the range --from/--to (both included), "
                    + "ordered by the first date each occurrence touches (so an occurrence whose make-up "
                    + "working day comes first, e.g. China's National Day 2026 from 2026-09-20, may precede "
                    + "one with an earlier nominal date).",
            "An occurrence is listed when one of the dates it gives a type (a day off, a make-up "
                    + "working day, a statutory day on a weekend) is in the range: New Year's Day "
                    + "2022, observed on 2021-12-31, is listed for 2021 and for 2022."},
        footerHeading = "%nOutput:%n",
        footer = {
            "CSV columns: name,date,observed,firstDayOff,lastDayOff,daysOff,makeupWorkdays,kind,status,",
            "             key,year,earlyClosing,sources",
            "  name            the name (--locale)",
            "  date            the nominal date (the statutory or festival date)",
            "  observed        the date it is observed (a US holiday on a Saturday: the Friday before)",
            "  firstDayOff     the first day off (empty for an early closing)",
            "  lastDayOff      the last day off (empty for an early closing)",
            "  daysOff         every day off, weekend days inside a block included, joined with ';'",
            "  makeupWorkdays  the make-up working days (a weekend day made a working day), joined",
            "                  with ';'",
            "  kind            STATUTORY, SPECIAL, CLOSURE or EARLY_CLOSING",
            "  status          OFFICIAL, PROVISIONAL or FORECAST (with --forecast)",
            "  key             the key of the holiday, the same every year, e.g. independence-day",
            "  year            the year the occurrence belongs to (China: the year of the notice; a",
            "                  make-up day may fall in December of the year before)",
            "  earlyClosing    the local closing time HH:mm of an early closing, when known",
            "  sources         the distinct URLs (or citations) of the documents that fix it, joined with ';'",
            "JSON: an array of objects with the same fields (daysOff, makeupWorkdays and sources as",
            "arrays; earlyClosing null when absent) plus days, an object mapping each date the",
            "occurrence touches to the day type it gives that date.",
            "A year or date outside the years of the calendar is an error (exit status 2)."},
        exitCodeList = {"0:success", "2:bad usage or bad input (message on stderr)"})
final class HolidaysCommand extends CliCommand {

    @Option(names = "--calendar", required = true, paramLabel = "ID",
            description = "Calendar id: us-federal, cn or post:<post-id>.")
    private String calendar = "";

    @Mixin
    private ScheduleOptions schedules = new ScheduleOptions();

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Period period = new Period();

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        HolidayCalendar cal = schedules.calendar(calendars(), calendar, err(), "consularkit holidays");
        List<Holiday> holidays;
        try {
            holidays = period.range != null ? cal.holidays(DateRange.ofClosed(period.range.from, period.range.to))
                    : cal.holidays(period.year);
        } catch (DateTimeException e) {
            throw new BadInputException(e);
        }
        Column<Holiday> name = Column.text("name", h -> h.displayName(output.locale));
        Column<Holiday> date = Column.text("date", Holiday::date);
        Column<Holiday> observed = Column.text("observed", Holiday::observedDate);
        Column<Holiday> firstDayOff = Column.optional("firstDayOff", h -> first(h.daysOff()));
        Column<Holiday> lastDayOff = Column.optional("lastDayOff", h -> first(h.daysOff().descendingSet()));
        Column<Holiday> daysOff = Column.list("daysOff", Holiday::daysOff);
        Column<Holiday> makeupWorkdays = Column.list("makeupWorkdays", Holiday::makeupWorkdays);
        Column<Holiday> kind = Column.text("kind", Holiday::kind);
        Column<Holiday> status = Column.text("status", Holiday::status);
        Column<Holiday> key = Column.text("key", Holiday::key);
        Column<Holiday> year = Column.number("year", Holiday::year);
        Column<Holiday> earlyClosing = Column.optional("earlyClosing", Holiday::earlyClosing);
        Column<Holiday> sources = Column.list("sources",
                h -> h.sources().stream().map(Source::reference).distinct().toList());
        Column<Holiday> days = Column.entries("days", Holiday::dayTypes);
        Column<Holiday> summary = Column.text("daysOff", h -> summary(h.daysOff()));
        List<Column<Holiday>> csv = List.of(name, date, observed, firstDayOff, lastDayOff, daysOff, makeupWorkdays,
                kind, status, key, year, earlyClosing, sources);
        List<Column<Holiday>> json = new ArrayList<>(csv);
        json.add(days);
        Table<Holiday> table = Table.open(out(), output.format, csv, json,
                List.of(date, observed, summary, makeupWorkdays, kind, status, name));
        holidays.forEach(table::add);
        table.finish();
        return ConsularKitCli.OK;
    }

    /** Returns the first date of a set, or empty. */
    private static Optional<LocalDate> first(NavigableSet<LocalDate> dates) {
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.first());
    }

    /** Returns {@code first..last (n)} for a text table, or the single date, or empty. */
    private static String summary(NavigableSet<LocalDate> off) {
        if (off.isEmpty()) {
            return "";
        }
        if (off.size() == 1) {
            return off.first().toString();
        }
        return off.first() + ".." + off.last() + " (" + off.size() + ")";
    }

    /** A year, or a range of dates: {@code --year} and {@code --from/--to} exclude each other. */
    static final class Period {

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year.")
        int year;

        @ArgGroup(exclusive = false, multiplicity = "1")
        @Nullable Dates range;
    }

    /** {@code --from} and {@code --to}, which go together. */
    static final class Dates {

        @Option(names = "--from", required = true, paramLabel = "DATE", converter = Converters.Date.class,
                description = "First date, yyyy-MM-dd (instead of --year; with --to).")
        LocalDate from = LocalDate.MIN;

        @Option(names = "--to", required = true, paramLabel = "DATE", converter = Converters.Date.class,
                description = "Last date, yyyy-MM-dd, included (with --from).")
        LocalDate to = LocalDate.MIN;
    }
}
