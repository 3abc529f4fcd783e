package org.consularkit.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.Locale;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.ical.HolidayFeed;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ics --calendar ID --from-year Y --to-year Y [--output FILE]}: an iCalendar feed of a
 * calendar's holidays, from {@link HolidayFeed#toBytes()}.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "ics",
        description = "An iCalendar feed (RFC 5545, RFC 7986) of the holidays of a calendar from --from-year to "
                + "--to-year, in one language, byte for byte the same for the same input.",
        footerHeading = "%nOutput:%n",
        footer = {
            "The feed, UTF-8 with CRLF line ends as RFC 5545 requires, on standard output or in --output",
            "FILE: one all-day event per run of days off (the observed day of a US holiday), per early",
            "closing and per make-up working day, with stable UIDs (calendar.year.key.language@consularkit.org),",
            "STATUS:CONFIRMED for official and TENTATIVE for provisional (and forecast) occurrences.",
            "Nothing is written when the feed fails validation. --output - writes to standard output."},
        exitCodeList = {"0:success", "2:bad usage or bad input (message on stderr)"})
final class IcsCommand extends CliCommand {

    /** The --output value that means standard output, as {@code -} means a standard stream everywhere. */
    private static final String STANDARD_OUTPUT = "-";

    @Option(names = "--calendar", required = true, paramLabel = "ID",
            description = "Calendar id: us-federal, cn or post:<post-id>.")
    private String calendar = "";

    @Mixin
    private ScheduleOptions schedules = new ScheduleOptions();

    @Option(names = "--from-year", required = true, paramLabel = "YYYY", description = "First year.")
    private int fromYear;

    @Option(names = "--to-year", required = true, paramLabel = "YYYY", description = "Last year, included.")
    private int toYear;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the feed to FILE instead of standard output (- is standard output).")
    private @Nullable Path output;

    @Option(names = "--locale", paramLabel = "LOCALE", converter = Converters.Language.class,
            description = "Language of the feed: en (default) or zh-CN.")
    private Locale locale = Locale.ENGLISH;

    @Option(names = "--no-makeup-days", negatable = false,
            description = "Leave out the make-up working days (China's weekend working days).")
    private boolean noMakeupDays;

    @Override
    public Integer call() {
        HolidayCalendar cal = schedules.calendar(calendars(), calendar, err(), "consularkit ics");
        HolidayFeed.Builder builder = HolidayFeed.builder(cal);
        try {
            builder.years(fromYear, toYear);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new BadInputException(e);
        }
        HolidayFeed feed = builder.locale(locale).makeupDays(!noMakeupDays).build();
        if (!schedules.files.isEmpty() || schedules.forecast) {
            // data loaded or computed at run time was never validated by the library's build:
            // ical4j's verdict first (the bundled calendars' feeds are validated in the build)
            feed.validate();
        }
        byte[] bytes = feed.toBytes();
        if (output != null && !output.toString().equals(STANDARD_OUTPUT)) {
            try {
                Files.write(output, bytes);
            } catch (IOException e) {
                throw BadInputException.file(output, e);
            }
        } else {
            out().write(new String(bytes, StandardCharsets.UTF_8));
        }
        return ConsularKitCli.OK;
    }
}
