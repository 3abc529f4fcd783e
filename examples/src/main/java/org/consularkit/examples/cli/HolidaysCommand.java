package org.consularkit.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import org.consularkit.core.Source;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.examples.cli.Table.Column;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code holidays --calendar ID --year YYYY} (or {@code --from DATE --to DATE}): one row per
 * holiday occurrence, from {@link HolidayCalendar#holidays(int)} or {@link
 * HolidayCalendar#holidays(LocalDate, LocalDate)}.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "holidays",
        mixinStandardHelpOptions = true,
        versionProvider = ConsularKitCli.Version.class,
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
            "  status          OFFICIAL or PROVISIONAL",
            "  key             the key of the holiday, the same every year, e.g. independence-day",
            "  year            the year the occurrence belongs to (China: the year of the notice; a",
            "                  make-up day may fall in December of the year before)",
            "  earlyClosing    the local closing time HH:mm of an early closing, when known",
            "  sources         the distinct URLs (or citations) of the documents that fix it, joined with ';'",
            "JSON: an array of objects with the same fields (daysOff, makeupWorkdays and sources as",
            "arrays; earlyClosing null when absent) plus days, an object mapping each date the",
            "occurrence touches to the day type it gives that date.",
            "A year or date outside the years of the calendar is an error (exit status 2)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "2:bad usage or bad input (message on stderr)"})
final class HolidaysCommand extends CliCommand {

    /** The CSV columns; the JSON fields are these plus {@code days}. */
    static final List<String> COLUMNS = List.of("name", "date", "observed", "firstDayOff", "lastDayOff",
            "daysOff", "makeupWorkdays", "kind", "status", "key", "year", "earlyClosing", "sources");

    @Option(names = "--calendar", required = true, paramLabel = "ID",
            description = "Calendar id: us-federal, cn or post:<post-id>.")
    private String calendar = "";

    @Option(names = "--year", paramLabel = "YYYY", description = "The year.")
    private @Nullable Integer year;

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.Date.class,
            description = "First date, yyyy-MM-dd (instead of --year; with --to).")
    private @Nullable LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.Date.class,
            description = "Last date, yyyy-MM-dd, included (with --from).")
    private @Nullable LocalDate to;

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        if (year != null && (from != null || to != null)) {
            throw usage("--year cannot be combined with --from or --to");
        }
        if (year == null && (from == null || to == null)) {
            throw usage("Give --year YYYY, or both --from DATE and --to DATE");
        }
        HolidayCalendar cal = calendars().get(calendar);
        List<Holiday> holidays = year != null ? cal.holidays(year) : cal.holidays(from, to);
        List<String> json = new ArrayList<>(COLUMNS);
        json.add("days");
        List<String> keys = new ArrayList<>(json);
        keys.add("off");
        Table table = Table.open(out(), output.format, keys, COLUMNS, json, List.of(
                Column.of("date"), Column.of("observed"), new Column("off", "daysOff"),
                Column.of("makeupWorkdays"), Column.of("kind"), Column.of("status"), Column.of("name")));
        for (Holiday h : holidays) {
            NavigableSet<LocalDate> off = h.daysOff();
            Map<String, String> days = new LinkedHashMap<>();
            for (Map.Entry<LocalDate, DayType> e : h.dayTypes().entrySet()) {
                days.put(e.getKey().toString(), e.getValue().name());
            }
            table.add(h.displayName(output.locale), h.date(), h.observedDate(),
                    off.isEmpty() ? null : off.first(), off.isEmpty() ? null : off.last(),
                    List.copyOf(off), List.copyOf(h.makeupWorkdays()), h.kind(), h.status(), h.key(), h.year(),
                    h.earlyClosing().map(Object::toString).orElse(null),
                    h.sources().stream().map(Source::reference).distinct().toList(),
                    days, summary(off));
        }
        table.finish();
        return ConsularKitCli.OK;
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
}
