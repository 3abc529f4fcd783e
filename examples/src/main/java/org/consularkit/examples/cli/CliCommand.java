package org.consularkit.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.consularkit.core.HolidayCalendar;
import org.consularkit.directory.Directory;
import org.consularkit.directory.Post;
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

    /**
     * Returns the closure calendar of a post: {@code post:<id>} when the command line knows it,
     * otherwise the union of the calendars the directory says the post closes for.
     */
    final HolidayCalendar closures(Post post) {
        CalendarRegistry calendars = calendars();
        String id = "post:" + post.id();
        if (calendars.ids().contains(id)) {
            return calendars.get(id);
        }
        List<HolidayCalendar> members = new ArrayList<>();
        for (String c : post.closureCalendars().value()) {
            members.add(calendars.get(c));
        }
        return HolidayCalendar.union(id, post.name(), members);
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
