package org.consularkit.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.consularkit.directory.Directory;

/** The outcome of one in-process run of the command line: exit status, stdout, stderr. */
record CliRun(int status, String out, String err) {

    /** Runs the command line in-process with standard input, on the library's calendars. */
    static CliRun withInput(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ConsularKitCli.execute(new ConsularKitCli(CalendarRegistry.standard(), Directory::builtIn,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))), out, err, args);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs the command line in-process on the library's calendars and directory. */
    static CliRun library(String... args) {
        return run(CalendarRegistry.standard(), args);
    }

    /** Runs the command line in-process on the test calendars. */
    static CliRun run(String... args) {
        return run(TestCalendars.registry(), args);
    }

    /** Runs the command line in-process on some calendars, decoding both streams as UTF-8. */
    static CliRun run(CalendarRegistry calendars, String... args) {
        return run(calendars, Directory::builtIn, args);
    }

    /** Runs the command line in-process on some calendars and a directory, decoding both streams as UTF-8. */
    static CliRun run(CalendarRegistry calendars, Supplier<Directory> directory, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ConsularKitCli.execute(new ConsularKitCli(calendars, directory,
                new ByteArrayInputStream(new byte[0])), out, err, args);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
