package org.consularkit.examples.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.consularkit.calendar.ChinaHolidayCalendar;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.ChinaNotice;
import org.consularkit.calendar.ChinaNoticeParser;
import org.consularkit.calendar.ChinaPublicHoliday;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.calendar.ChinaSchedule.DayRole;
import org.consularkit.calendar.ChinaScheduleLoader;
import org.consularkit.examples.cli.Table.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code notice FILE...}: reads State Council holiday notices with {@link ChinaNoticeParser} and
 * prints the year's schedule, or compares it with the library's data ({@code --check}).
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "notice",
        description = {
            "Reads the text of a State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知, as on gov.cn, "
                    + "pasted from a web page or copied from a PDF; UTF-8) and prints the year's schedule. Give the "
                    + "year's notice and its amendments together, or an amendment alone for a year the library "
                    + "has. Text the reader cannot account for, a partial copy, or dates that contradict the lunar "
                    + "calendar under the regulation in force are errors (exit status 2).",
            "--check compares the schedule with the library's built-in data instead."},
        footerHeading = "%nOutput:%n",
        footer = {
            "json (default): the schedule in ConsularKit's format consularkit.cn-schedule/1, which --schedule",
            "                and ChinaScheduleLoader read; each block's note lists its statutory days.",
            "holiday-cn:     the schedule in the format of the holiday-cn data set (year, papers, days).",
            "text, csv:      one row per day off or make-up working day.",
            "  CSV columns: date,role,statutory,festivals",
            "  role        DAY_OFF or MAKEUP_WORKDAY",
            "  statutory   true for a statutory day (法定假日) of the regulation in force that year",
            "  festivals   the names (--locale) of the festivals of the day's block, joined with ';'",
            "--check: a report in words; exit status 1 when the notice changes a year that the built-in",
            "data has as official (each changed date is listed), 0 when it agrees with it or is for a",
            "year the built-in data does not have (which it would make official).",
            "Warnings (no title line, no document number) are printed on standard error."},
        exitCodeList = {"0:success; with --check, no change to an official year",
            "1:with --check, the notice changes a year that is official in the built-in data",
            "2:bad usage or bad input (message on stderr)"})
final class NoticeCommand extends CliCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "The notice: a UTF-8 text file, or - for standard input; several for a year's notice "
                    + "and its amendments.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", converter = NoticeFormat.Converter.class,
            description = "json (default), holiday-cn, text or csv.")
    private NoticeFormat format = NoticeFormat.JSON;

    @Option(names = "--check", negatable = false,
            description = "Compare with the built-in data instead of printing the schedule.")
    private boolean check;

    @Option(names = "--locale", paramLabel = "LOCALE", converter = Converters.Language.class,
            description = "Language of names in text and csv: en (default) or zh-CN.")
    private Locale locale = Locale.ENGLISH;

    /** The output formats of this command. */
    enum NoticeFormat {
        /** The library's schedule format. */
        JSON,
        /** The holiday-cn format. */
        HOLIDAY_CN,
        /** A table of days for people. */
        TEXT,
        /** A table of days, CSV. */
        CSV;

        /** Converts {@code json}, {@code holiday-cn}, {@code text} or {@code csv} (any case). */
        static final class Converter implements ITypeConverter<NoticeFormat> {
            @Override
            public NoticeFormat convert(String value) {
                for (NoticeFormat f : values()) {
                    if (f.name().replace('_', '-').equalsIgnoreCase(value)) {
                        return f;
                    }
                }
                throw new TypeConversionException("'" + Messages.excerpt(value)
                        + "' is not a format; use json, holiday-cn, text or csv");
            }
        }
    }

    /** One day of the schedule. */
    private record Row(LocalDate date, DayRole role, boolean statutory, List<ChinaPublicHoliday> festivals) {
    }

    @Override
    public Integer call() {
        List<ChinaNotice> notices = new ArrayList<>();
        boolean stdin = false;
        for (String f : files) {
            if (f.equals("-")) {
                if (stdin) {
                    throw usage("standard input (-) can be read only once");
                }
                stdin = true;
            }
            notices.add(read(f));
        }
        for (ChinaNotice n : notices) {
            for (String w : n.warnings()) {
                err().print(Messages.line("consularkit notice: warning: ", w, "") + "\n");
            }
        }
        ChinaSchedule schedule = schedule(notices);
        if (check) {
            return check(notices, schedule);
        }
        switch (format) {
            case JSON -> out().print(ChinaScheduleLoader.toJson(schedule));
            case HOLIDAY_CN -> out().print(ChinaScheduleLoader.toHolidayCnJson(schedule));
            default -> days(schedule);
        }
        return ConsularKitCli.OK;
    }

    private ChinaNotice read(String file) {
        try {
            if (file.equals("-")) {
                return ChinaNoticeParser.read(in(), "<stdin>");
            }
            Path path;
            try {
                path = Path.of(file);
            } catch (InvalidPathException e) {
                throw new BadInputException("'" + Messages.excerpt(file) + "' is not a file name: " + e.getReason());
            }
            return ChinaNoticeParser.read(path);
        } catch (IOException e) {
            throw BadInputException.file(e);
        }
    }

    /** The year's schedule: the notices combined, or amendments applied to the built-in schedule. */
    private static ChinaSchedule schedule(List<ChinaNotice> notices) {
        try {
            boolean arrangement = notices.stream().anyMatch(n -> n.kind() == ChinaNotice.Kind.ARRANGEMENT);
            if (arrangement) {
                return ChinaNotice.combine(notices);
            }
            int year = notices.get(0).year();
            Optional<ChinaSchedule> base = ChinaHolidays.calendar().schedule(year);
            if (base.isEmpty()) {
                throw new BadInputException("The notices are amendments of " + year + ", a year without an official "
                        + "schedule in the built-in data; give the year's notice too");
            }
            ChinaSchedule s = base.get();
            List<ChinaNotice> sorted = new ArrayList<>(notices);
            sorted.sort(java.util.Comparator.comparing(ChinaNotice::date));
            for (ChinaNotice n : sorted) {
                if (n.year() != year) {
                    throw new BadInputException("Notices of different years: " + year + " and " + n.year());
                }
                s = n.applyTo(s);
            }
            return s;
        } catch (BadInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e);
        }
    }

    private int check(List<ChinaNotice> notices, ChinaSchedule schedule) {
        StringBuilder sb = new StringBuilder();
        for (ChinaNotice n : notices) {
            sb.append("notice: ").append(n.source().citation()).append('\n');
            sb.append("  ").append(n.kind()).append(' ').append(n.year()).append(", ").append(n.items().size())
                    .append(n.items().size() == 1 ? " date rule" : " date rules");
            if (!n.notes().isEmpty()) {
                sb.append(", ").append(n.notes().size()).append(n.notes().size() == 1 ? " note" : " notes");
            }
            sb.append('\n');
        }
        int year = schedule.year();
        ChinaHolidayCalendar builtIn = ChinaHolidays.calendar();
        Optional<ChinaSchedule> official = builtIn.schedule(year);
        int status = ConsularKitCli.OK;
        sb.append("schedule ").append(year).append(": ").append(schedule.daysOff().size()).append(" days off, ")
                .append(schedule.makeupWorkdays().size()).append(" make-up working days\n");
        if (official.isEmpty()) {
            sb.append("built-in data: ").append(year).append(" is ").append(builtIn.yearStatus(year))
                    .append("; this schedule would make it OFFICIAL (load it with --schedule or DataOverrides)\n");
        } else {
            List<ChinaSchedule.Change> changes = schedule.changesFrom(official.get());
            if (changes.isEmpty()) {
                sb.append("built-in data: ").append(year).append(" is OFFICIAL; the notice agrees with it day by day\n");
            } else {
                status = ConsularKitCli.NO;
                sb.append("built-in data: ").append(year).append(" is OFFICIAL; the notice changes ")
                        .append(changes.size()).append(changes.size() == 1 ? " date:\n" : " dates:\n");
                changes.forEach(c -> sb.append("  ").append(c).append('\n'));
            }
        }
        out().print(sb);
        return status;
    }

    private void days(ChinaSchedule schedule) {
        days(out(), schedule, format == NoticeFormat.CSV ? Format.CSV : Format.TEXT, locale);
    }

    /** Prints a schedule as a table of days: text or CSV. */
    static void days(java.io.PrintWriter out, ChinaSchedule schedule, Format format, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (ChinaSchedule.Block b : schedule.blocks()) {
            List<LocalDate> statutory = b.festivals().stream().flatMap(f -> f.statutoryDays(schedule.year()).stream())
                    .toList();
            b.daysOff().forEach(d -> rows.add(new Row(d, DayRole.DAY_OFF, statutory.contains(d), b.festivals())));
            b.makeupWorkdays().forEach(d -> rows.add(new Row(d, DayRole.MAKEUP_WORKDAY, false, b.festivals())));
        }
        rows.sort(java.util.Comparator.comparing(Row::date));
        Column<Row> date = Column.text("date", Row::date);
        Column<Row> day = Column.text("day", r -> r.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale));
        Column<Row> role = Column.text("role", Row::role);
        Column<Row> statutory = Column.bool("statutory", Row::statutory);
        Column<Row> festivals = Column.list("festivals",
                r -> r.festivals().stream().map(f -> f.displayName(locale)).collect(Collectors.toList()));
        List<Column<Row>> csv = List.of(date, role, statutory, festivals);
        Table<Row> table = Table.open(out, format, csv, csv, List.of(date, day, role, statutory, festivals));
        rows.forEach(table::add);
        table.finish();
    }
}
