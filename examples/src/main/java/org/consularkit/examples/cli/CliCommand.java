package org.consularkit.examples.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The base of the subcommands: access to the calendars, standard output and usage errors. */
abstract class CliCommand implements Callable<Integer> {

    @ParentCommand
    private @Nullable ConsularKitCli root;

    @Spec
    private @Nullable CommandSpec spec;

    /** Returns the calendars of the command line. */
    final CalendarRegistry calendars() {
        return Objects.requireNonNull(root, "root").calendars();
    }

    /** Returns the standard output (UTF-8; end lines with {@code \n}). */
    final PrintWriter out() {
        return Objects.requireNonNull(spec, "spec").commandLine().getOut();
    }

    /** Returns a usage error (exit status 2) with a message. */
    final ParameterException usage(String message) {
        return new ParameterException(Objects.requireNonNull(spec, "spec").commandLine(), message);
    }
}
