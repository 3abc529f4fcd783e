package org.consularkit.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import org.consularkit.core.Source;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.DateRange;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.examples.cli.Table.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code days --calendar ID --from DATE --to DATE}: one row per date, both ends included, from
 * {@link HolidayCalendar#days(DateRange)}.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "days",
        description = "One row per date from --from to --to (both included): its day type, the "
                + "holidays it belongs to or is observed for, and the status of the answer.",
        footerHeading = "%nOutput:%n",
        footer = {
            "CSV columns: date,type,names,status",
            "  type    WORKDAY, WEEKEND, PUBLIC_HOLIDAY, REST_DAY, MAKEUP_WORKDAY or CLOSURE; a date",
            "          is a working day exactly when it is WORKDAY or MAKEUP_WORKDAY",
            "  names   the names (--locale) of the holidays the date belongs to or is observed for,",
            "          joined with ';' (empty when none)",
            "  status  OFFICIAL, PROVISIONAL (derived by rule; may change when published) or FORECAST",
            "          (with --forecast: from the published arrangement principles)",
            "JSON: an array of objects with the fields date, type, names (an array), status and",
            "sources (an array of the distinct URLs of the documents, or citations where there is no URL).",
            "A date outside the years of the calendar is an error (exit status 2)."},
        exitCodeList = {"0:success", "2:bad usage or bad input (message on stderr)"})
final class DaysCommand extends CliCommand {

    @Option(names = "--calendar", required = true, paramLabel = "ID",
            description = "Calendar id: us-federal, cn or post:<post-id>.")
    private String calendar = "";

    @Mixin
    private ScheduleOptions schedules = new ScheduleOptions();

    @Option(names = "--from", required = true, paramLabel = "DATE", converter = Converters.Date.class,
            description = "First date, yyyy-MM-dd.")
    private LocalDate from = LocalDate.MIN;

    @Option(names = "--to", required = true, paramLabel = "DATE", converter = Converters.Date.class,
            description = "Last date, yyyy-MM-dd (included).")
    private LocalDate to = LocalDate.MIN;

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        HolidayCalendar cal = schedules.calendar(calendars(), calendar, err(), "consularkit days");
        List<CalendarDay> days;
        try {
            days = cal.days(DateRange.ofClosed(from, to));
        } catch (DateTimeException e) {
            throw new BadInputException(e);
        }
        Column<CalendarDay> date = Column.text("date", CalendarDay::date);
        Column<CalendarDay> type = Column.text("type", CalendarDay::type);
        Column<CalendarDay> names = Column.list("names", d -> d.holidayNames(output.locale));
        Column<CalendarDay> status = Column.text("status", CalendarDay::status);
        Column<CalendarDay> sources = Column.list("sources",
                d -> d.sources().stream().map(Source::reference).distinct().toList());
        Column<CalendarDay> day = Column.text("day",
                d -> d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, output.locale));
        Table<CalendarDay> table = Table.open(out(), output.format,
                List.of(date, type, names, status),
                List.of(date, type, names, status, sources),
                List.of(date, day, type, status, names));
        days.forEach(table::add);
        table.finish();
        return ConsularKitCli.OK;
    }
}
