package org.consularkit.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.consularkit.directory.Directory;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The base of the subcommands: access to the calendars, the directory, the standard streams, usage
 * errors.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
abstract class CliCommand implements Callable<Integer> {

    @ParentCommand
    private @Nullable ConsularKitCli root;

    @Spec
    private @Nullable CommandSpec spec;

    /** Returns the calendars of the command line. */
    final CalendarRegistry calendars() {
        return Objects.requireNonNull(root, "root").calendars();
    }

    /** Returns the directory of posts. */
    final Directory directory() {
        return Objects.requireNonNull(root, "root").directory();
    }

    /** Returns the standard input. */
    final InputStream in() {
        return Objects.requireNonNull(root, "root").in();
    }

    /** Returns the standard output (UTF-8; end lines with {@code \n}). */
    final PrintWriter out() {
        return Objects.requireNonNull(spec, "spec").commandLine().getOut();
    }

    /** Returns the standard error (UTF-8; end lines with {@code \n}). */
    final PrintWriter err() {
        return Objects.requireNonNull(spec, "spec").commandLine().getErr();
    }

    /** Returns a usage error (exit status 2) with a message. */
    final ParameterException usage(String message) {
        return new ParameterException(Objects.requireNonNull(spec, "spec").commandLine(), message);
    }
}
