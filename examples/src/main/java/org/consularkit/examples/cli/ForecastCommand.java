package org.consularkit.examples.cli;

import java.time.DateTimeException;
import java.util.Locale;
import org.consularkit.calendar.ChinaForecast;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.ChinaScheduleLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code forecast --year YYYY}: a forecast of China's schedule for a year, from {@link
 * ChinaHolidays#forecast(int)}.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "forecast",
        description = {
            "A forecast of China's public holidays for a year without a notice: the blocks and make-up working "
                    + "days that the arrangement principles published before that year's notice give (the 2025 "
                    + "principles for 2026 and later; the regulation's statutory days alone before), with the "
                    + "choices the principles leave open. A forecast is never data: its status is FORECAST."},
        footerHeading = "%nOutput:%n",
        footer = {
            "text (default), csv: one row per day, as 'notice' prints them (date,role,statutory,festivals),",
            "                     then, in text, the principles and the ambiguous choices.",
            "json, holiday-cn:    the forecast schedule in that format; the ambiguous choices on standard error.",
            "A year outside 2000-2100 is an error (exit status 2)."},
        exitCodeList = {"0:success", "2:bad usage or bad input (message on stderr)"})
final class ForecastCommand extends CliCommand {

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year.")
    private int year;

    @Option(names = "--format", paramLabel = "FORMAT", converter = NoticeCommand.NoticeFormat.Converter.class,
            description = "text (default), csv, json or holiday-cn.")
    private NoticeCommand.NoticeFormat format = NoticeCommand.NoticeFormat.TEXT;

    @Option(names = "--locale", paramLabel = "LOCALE", converter = Converters.Language.class,
            description = "Language of names in text and csv: en (default) or zh-CN.")
    private Locale locale = Locale.ENGLISH;

    @Override
    public Integer call() {
        ChinaForecast f;
        try {
            f = ChinaHolidays.forecast(year);
        } catch (DateTimeException e) {
            throw new BadInputException(e);
        }
        switch (format) {
            case JSON -> out().print(ChinaScheduleLoader.toJson(f.schedule()));
            case HOLIDAY_CN -> out().print(ChinaScheduleLoader.toHolidayCnJson(f.schedule()));
            case CSV -> NoticeCommand.days(out(), f.schedule(), Format.CSV, locale);
            case TEXT -> {
                out().print("forecast " + year + ": status " + f.status() + ", principles " + f.principles() + "\n");
                NoticeCommand.days(out(), f.schedule(), Format.TEXT, locale);
                if (!f.ambiguousChoices().isEmpty()) {
                    out().print("ambiguous choices:\n");
                    f.ambiguousChoices().forEach(c -> out().print("  - " + c + "\n"));
                }
            }
        }
        if (format == NoticeCommand.NoticeFormat.JSON || format == NoticeCommand.NoticeFormat.HOLIDAY_CN) {
            f.ambiguousChoices().forEach(c -> err().print(Messages.line("consularkit forecast: ambiguous: ", c, "")
                    + "\n"));
        }
        return ConsularKitCli.OK;
    }
}
