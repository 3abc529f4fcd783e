package org.consularkit.examples.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The outcome of one in-process run of the command line: exit status, stdout, stderr. */
record CliRun(int status, String out, String err) {

    /** Runs the command line in-process on the test calendars. */
    static CliRun run(String... args) {
        return run(TestCalendars.registry(), args);
    }

    /** Runs the command line in-process on some calendars, decoding both streams as UTF-8. */
    static CliRun run(CalendarRegistry calendars, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ConsularKitCli.execute(calendars, out, err, args);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
