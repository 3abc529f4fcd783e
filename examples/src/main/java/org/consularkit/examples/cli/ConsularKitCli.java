package org.consularkit.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.consularkit.core.DataFileException;
import org.consularkit.directory.Directory;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The {@code consularkit} command line: {@code java -jar consularkit.jar COMMAND [OPTIONS]}.
 *
 * <p>Every answer it prints comes from a public method of the library; the output formats are
 * the contract of {@code docs/cli.md}. Output is UTF-8 with {@code \n} line endings whatever the JVM
 * defaults; the JVM default locale and time zone change nothing.
 *
 * <p>The root command declares {@code --help}, {@code --version} and the heading of the exit
 * statuses once, with {@code scope = INHERIT}: every subcommand inherits them.
 *
 * <h2>Exit status</h2>
 * <ul>
 *   <li>0: success;</li>
 *   <li>1: the question was answered "no" where a command says so ({@code validate}: a violation
 *       of severity {@code ERROR});</li>
 *   <li>2: bad usage or bad input, with a one-line message on stderr naming the bad value and
 *       no stack trace: a usage error found by picocli or by a command (an unknown option, a
 *       malformed date, options that exclude each other), a value the library rejects as out of
 *       its range (a {@link BadInputException}: a date outside a calendar's years, an unknown
 *       calendar or post), a file that cannot be read or written, or a malformed input file (a
 *       {@link DataFileException});</li>
 *   <li>3: an internal error, that is a bug: any other exception or error, even an {@link
 *       Error} such as {@link OutOfMemoryError}; one line on stderr, {@code consularkit COMMAND:
 *       internal error: ExceptionName: message}, no stack trace.</li>
 * </ul>
 * Error messages are one line of at most {@value Messages#MAX_LINE} characters; a long value
 * quoted from the user is shortened to an excerpt.
 *
 * <h2>Implementation Requirements</h2>
 * An instance holds the calendars it answers from and is immutable; each run builds its own
 * picocli {@code CommandLine}, so runs may proceed in parallel.
 */
@Command(name = "consularkit",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = ConsularKitCli.Version.class,
        exitCodeOnInvalidInput = ConsularKitCli.BAD_INPUT,
        exitCodeOnExecutionException = ConsularKitCli.INTERNAL_ERROR,
        synopsisSubcommandLabel = "COMMAND",
        description = "Holiday calendars, the lunisolar calendar, opening hours, booking rules and "
                + "contacts of the US Mission in China, from the ConsularKit library.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:the answer is no, where a command says so",
            "2:bad usage or bad input (message on stderr)",
            "3:internal error"})
public final class ConsularKitCli {

    /** Exit status of a successful run. */
    static final int OK = 0;
    /** Exit status of a question answered "no". */
    static final int NO = 1;
    /** Exit status of bad usage or bad input. */
    static final int BAD_INPUT = 2;
    /** Exit status of an internal error. */
    static final int INTERNAL_ERROR = 3;

    /** The version printed when the jar manifest has no {@code Implementation-Version}. */
    static final String FALLBACK_VERSION = "0.1.0-SNAPSHOT";

    /**
     * The subcommands, in the order of the help. They are registered programmatically: when the
     * first argument names one, only that one is, so that a run does not pay for building the
     * models of the others.
     */
    /** The commands' names, in the order of the help; {@link #command(String)} gives their classes. */
    static final List<String> COMMAND_NAMES = List.of("days", "holidays", "lunar", "solar-terms", "ics", "hours",
            "validate", "slots", "call", "district", "services", "serve", "notice", "forecast");

    private static final String PICOCLI_ERROR = "Error: ";

    /** The help sections of the exit statuses, printed last (after the output formats). */
    private static final List<String> EXIT_STATUS_SECTIONS = List.of(
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING,
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST);

    private final CalendarRegistry calendars;
    private final Supplier<Directory> directory;
    private final InputStream in;

    ConsularKitCli(CalendarRegistry calendars, Supplier<Directory> directory, InputStream in) {
        this.calendars = calendars;
        this.directory = directory;
        this.in = in;
    }

    /** Returns the calendars this command line answers from. */
    CalendarRegistry calendars() {
        return calendars;
    }

    /** Returns the directory of posts this command line answers from. */
    Directory directory() {
        return directory.get();
    }

    /** Returns the standard input (read by {@code validate --booking -}). */
    InputStream in() {
        return in;
    }

    /**
     * Runs the command line and exits the JVM with its exit status.
     *
     * @param args the command-line arguments, not null
     */
    public static void main(String[] args) {
        // ical4j logs through SLF4J; without a provider SLF4J would warn on stderr, which is reserved
        // for the command's own messages. Only the process entry point sets this.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        int status = execute(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err), args);
        System.exit(status);
    }

    /**
     * Runs the command line on the library's calendars and directory, writing UTF-8 text to the
     * given streams, and returns the exit status (see the class documentation). The output
     * streams are flushed, not closed.
     *
     * @param in the standard input, not null
     * @param out the standard output, not null
     * @param err the standard error, not null
     * @param args the command-line arguments, not null
     * @return the exit status: 0, 1, 2 or 3
     */
    public static int execute(InputStream in, OutputStream out, OutputStream err, String... args) {
        return execute(new ConsularKitCli(CalendarRegistry.standard(), Directory::builtIn, in), out, err, args);
    }

    /**
     * Runs a command line, writing UTF-8 to the given streams. A throwable that escapes picocli's
     * handlers (an {@link Error}, or an exception while building the command line) is an internal
     * error, reported on one line.
     */
    static int execute(ConsularKitCli cli, OutputStream out, OutputStream err, String... args) {
        PrintWriter o = writer(out);
        PrintWriter e = writer(err);
        String first = args.length == 0 ? "" : args[0];
        try {
            return commandLine(cli, o, e, first).execute(args);
        } catch (Throwable t) {
            e.print(internalError(isCommand(first) ? "consularkit " + first : "consularkit", t));
            return INTERNAL_ERROR;
        } finally {
            o.flush();
            e.flush();
        }
    }

    private static PrintWriter writer(OutputStream stream) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
    }

    /**
     * Returns a picocli command line configured with the exit-status contract, with every
     * subcommand, or only the one named by the first argument.
     */
    static CommandLine commandLine(ConsularKitCli cli, PrintWriter out, PrintWriter err, String first) {
        CommandLine cl = new CommandLine(cli);
        // Only the command that runs is built (picocli reads its annotations); all of them only when
        // the first argument names none (help, --version, a mistake).
        boolean named = isCommand(first);
        for (String name : COMMAND_NAMES) {
            if (!named || name.equals(first)) {
                cl.addSubcommand(name, command(name));
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setUsageHelpWidth(100);
        List<String> sections = new ArrayList<>(cl.getHelpSectionKeys());
        sections.removeAll(EXIT_STATUS_SECTIONS);
        sections.addAll(sections.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER) + 1,
                EXIT_STATUS_SECTIONS);
        cl.setHelpSectionKeys(sections);
        cl.setParameterExceptionHandler(ConsularKitCli::handleParameterException);
        cl.setExecutionExceptionHandler(ConsularKitCli::handleExecutionException);
        return cl;
    }

    /**
     * Returns the class of a command. A switch rather than a list of classes, so that a run loads
     * the class of its own command only (CliContractTest checks that each name is its class's).
     */
    static Class<? extends CliCommand> command(String name) {
        return switch (name) {
            case "days" -> DaysCommand.class;
            case "holidays" -> HolidaysCommand.class;
            case "lunar" -> LunarCommand.class;
            case "solar-terms" -> SolarTermsCommand.class;
            case "ics" -> IcsCommand.class;
            case "hours" -> HoursCommand.class;
            case "validate" -> ValidateCommand.class;
            case "slots" -> SlotsCommand.class;
            case "call" -> CallCommand.class;
            case "district" -> DistrictCommand.class;
            case "services" -> ServicesCommand.class;
            case "serve" -> ServeCommand.class;
            case "notice" -> NoticeCommand.class;
            case "forecast" -> ForecastCommand.class;
            default -> throw new IllegalArgumentException("No command " + name);
        };
    }

    private static boolean isCommand(String name) {
        return COMMAND_NAMES.contains(name);
    }

    /** Reports a usage error: its message (without picocli's "Error: ") and a hint to the help. */
    private static int handleParameterException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        String message = Messages.oneLine(e.getMessage());
        if (message.startsWith(PICOCLI_ERROR)) {
            message = message.substring(PICOCLI_ERROR.length());
        }
        cmd.getErr().print(Messages.line(name + ": ", message, " (see '" + name + " --help')") + "\n");
        return BAD_INPUT;
    }

    /**
     * Reports an exception of a command: bad input (exit status 2) if it is a {@link
     * BadInputException} or a {@link DataFileException}, otherwise an internal error (exit status 3).
     */
    private static int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        String name = cmd.getCommandSpec().qualifiedName();
        PrintWriter err = cmd.getErr();
        if (e instanceof BadInputException || e instanceof DataFileException) {
            err.print(Messages.line(name + ": ", e.getMessage(), "") + "\n");
            return BAD_INPUT;
        }
        err.print(internalError(name, e));
        return INTERNAL_ERROR;
    }

    /**
     * Returns the line that reports a bug: {@code consularkit COMMAND: internal error: Name:
     * message}, the message on one line and bounded, no stack trace.
     */
    static String internalError(String name, Throwable t) {
        String type = t.getClass().getSimpleName().isEmpty() ? t.getClass().getName() : t.getClass().getSimpleName();
        String message = Messages.internal(t.getMessage());
        return name + ": internal error: " + type + (message.isEmpty() ? "" : ": " + message) + "\n";
    }

    /** The version from the jar manifest's {@code Implementation-Version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"consularkit " + version()};
        }
    }

    /** Returns the version from the jar manifest, or {@link #FALLBACK_VERSION} outside a jar. */
    static String version() {
        Package p = ConsularKitCli.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null || v.isBlank() ? FALLBACK_VERSION : v;
    }
}
