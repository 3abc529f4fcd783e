package org.consularkit.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.directory.Directory;
import org.consularkit.directory.Post;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The base of the subcommands: access to the calendars, the directory, the standard streams, usage
 * errors. Every subcommand inherits {@code --help} and {@code --version} from the root command.
 *
 * <p>A subcommand turns a bad value from the user into a {@linkplain #usage usage error} or a
 * {@link BadInputException} where it calls the library (exit status 2); any other exception is a
 * bug (exit status 3).
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

    /**
     * Returns the calendar with an id given by the user.
     *
     * @param id the id, e.g. {@code us-federal}
     * @return the calendar
     * @throws BadInputException if no calendar has that id
     */
    final HolidayCalendar calendar(String id) {
        return calendars().get(id);
    }

    /**
     * Returns the post of the directory with an id given by the user.
     *
     * @param id the id, e.g. {@code chengdu}
     * @return the post
     * @throws BadInputException if the directory has no such post (the message lists the known posts)
     */
    final Post post(String id) {
        return post(directory(), id);
    }

    /**
     * Returns the post of a directory with an id given by the user.
     *
     * @param directory the directory
     * @param id the id, e.g. {@code chengdu}
     * @return the post
     * @throws BadInputException if the directory has no such post (the message lists the known posts)
     */
    static Post post(Directory directory, String id) {
        try {
            return directory.post(id);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e);
        }
    }

    /** Returns a usage error (exit status 2) with a message. */
    final ParameterException usage(String message) {
        return new ParameterException(Objects.requireNonNull(spec, "spec").commandLine(), message);
    }
}
