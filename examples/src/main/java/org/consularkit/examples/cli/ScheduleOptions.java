package org.consularkit.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.consularkit.calendar.ChinaHolidayCalendar;
import org.consularkit.calendar.DataOverrides;
import org.consularkit.core.calendar.HolidayCalendar;
import picocli.CommandLine.Option;

/**
 * The {@code --schedule FILE} option (repeatable) of the commands that answer from a calendar: data
 * newer than the library's, read with {@link DataOverrides#of(List)}: a State Council notice
 * ({@code .txt}), a China schedule in the library's or the holiday-cn format, US executive-order
 * closings ({@code .json}); and
 * {@code --forecast}, China's calendar {@linkplain ChinaHolidayCalendar#withForecasts() with
 * forecasts}.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli sets the fields of one instance per run.
 */
final class ScheduleOptions {

    @Option(names = "--schedule", paramLabel = "FILE",
            description = "Answer with newer data: a State Council holiday notice (.txt), a China schedule "
                    + "(.json, ConsularKit or holiday-cn format) or US executive-order closings (.json, "
                    + "consularkit.us-closings/1); repeatable. Warnings go to standard error.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--forecast", negatable = false,
            description = "Answer the years of cn after its last official year with a forecast from the "
                    + "arrangement principles published with the 2025 notice (status FORECAST).")
    boolean forecast;

    /**
     * Returns the calendar with an id: from the registry without {@code --schedule}, otherwise the
     * library's calendar with the files loaded, their warnings printed on {@code err}.
     *
     * @param registry the calendars of the command line
     * @param id the calendar id given by the user
     * @param err standard error
     * @param command the name of the command, for the warnings
     * @return the calendar
     * @throws BadInputException if a file cannot be read or the id is unknown
     */
    HolidayCalendar calendar(CalendarRegistry registry, String id, PrintWriter err, String command) {
        HolidayCalendar cal = loaded(registry, id, err, command);
        if (!forecast) {
            return cal;
        }
        if (cal instanceof ChinaHolidayCalendar cn) {
            return cn.withForecasts();
        }
        throw new BadInputException("--forecast applies to the calendar cn only, not to '" + Messages.excerpt(id) + "'");
    }

    private HolidayCalendar loaded(CalendarRegistry registry, String id, PrintWriter err, String command) {
        if (files.isEmpty()) {
            return registry.get(id);
        }
        DataOverrides data;
        try {
            data = DataOverrides.of(files);
        } catch (IOException e) {
            throw BadInputException.file(e);
        } catch (UncheckedIOException e) {
            throw BadInputException.file(e);
        }
        for (String w : data.warnings()) {
            err.print(Messages.line(command + ": warning: ", w, "") + "\n");
        }
        try {
            return data.calendar(id);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e);
        }
    }
}
