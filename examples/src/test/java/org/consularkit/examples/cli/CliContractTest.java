package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.consularkit.core.booking.ViolationCode;
import org.consularkit.directory.Directory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Runs every example of {@code docs/cli.md}, the contract of the command line, and checks its exit
 * status and the output it shows (the conventions are at the end of that file).
 */
class CliContractTest {

    /** The root of the repository: the tests run in {@code examples/}. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path CONTRACT = ROOT.resolve("docs/cli.md");
    private static final Pattern SH_BLOCK = Pattern.compile("(?ms)^```sh\\n(.*?)^```$");
    private static final Pattern EXIT_STATUS = Pattern.compile("\\s+#\\s*exit status (\\d+)\\s*$");
    private static final String PROMPT = "$ consularkit";

    /** One example: the command line as written, its arguments, and what it must give. */
    record Example(String line, List<String> args, boolean withStderr, Path stdin, int status,
            List<String> expected) {
    }

    static List<Example> examples() throws IOException {
        String doc = Files.readString(CONTRACT, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        Matcher block = SH_BLOCK.matcher(doc);
        while (block.find()) {
            List<String> lines = block.group(1).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith(PROMPT + " ")) {
                    continue;
                }
                List<String> expected = new ArrayList<>();
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).startsWith("$ ")) {
                    expected.add(lines.get(j));
                    j++;
                }
                examples.add(parse(lines.get(i), expected));
                i = j - 1;
            }
        }
        return examples;
    }

    private static Example parse(String line, List<String> expected) {
        String command = line.substring(PROMPT.length());
        int status = 0;
        Matcher exit = EXIT_STATUS.matcher(command);
        if (exit.find()) {
            status = Integer.parseInt(exit.group(1));
            command = command.substring(0, exit.start());
        }
        List<String> words = new ArrayList<>(List.of(command.trim().split("\\s+", -1)));
        boolean withStderr = words.remove("2>&1");
        Path stdin = null;
        int redirect = words.indexOf("<");
        if (redirect >= 0) {
            stdin = ROOT.resolve(words.get(redirect + 1));
            words.subList(redirect, redirect + 2).clear();
        }
        List<String> args = new ArrayList<>();
        for (String w : words) {
            // A path relative to the root of the repository, as a reader runs the examples.
            args.add(!w.startsWith("-") && w.contains("/") && Files.isRegularFile(ROOT.resolve(w))
                    ? ROOT.resolve(w).toString() : w);
        }
        return new Example(line, List.copyOf(args), withStderr, stdin, status, List.copyOf(expected));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGivesTheOutputAndExitStatusShown() throws IOException {
        return examples().stream().map(e -> DynamicTest.dynamicTest(e.line(), () -> run(e)));
    }

    private static void run(Example e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (InputStream in = e.stdin() == null ? new ByteArrayInputStream(new byte[0])
                : Files.newInputStream(e.stdin())) {
            status = ConsularKitCli.execute(in, out, err, e.args().toArray(String[]::new));
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        String shown = out.toString(StandardCharsets.UTF_8) + (e.withStderr() ? stderr : "");
        assertThat(status).as("exit status of %s (stderr: %s)", e.line(), stderr).isEqualTo(e.status());
        assertThat(matches(shown.lines().toList(), e.expected()))
                .as("output of %s:%n%s%nexpected:%n%s", e.line(), shown, String.join("\n", e.expected()))
                .isTrue();
    }

    /** True if the lines match the expected ones, where a line {@code ...} stands for any number of lines. */
    static boolean matches(List<String> actual, List<String> expected) {
        if (expected.isEmpty()) {
            return actual.isEmpty();
        }
        if (expected.get(0).equals("...")) {
            for (int skip = 0; skip <= actual.size(); skip++) {
                if (matches(actual.subList(skip, actual.size()), expected.subList(1, expected.size()))) {
                    return true;
                }
            }
            return false;
        }
        return !actual.isEmpty() && actual.get(0).equals(expected.get(0))
                && matches(actual.subList(1, actual.size()), expected.subList(1, expected.size()));
    }

    @Test
    void theEllipsisStandsForAnyNumberOfLines() {
        assertThat(matches(List.of("a", "b", "c", "d"), List.of("a", "...", "d"))).isTrue();
        assertThat(matches(List.of("a", "d"), List.of("a", "...", "d"))).isTrue();
        assertThat(matches(List.of("a", "b"), List.of("a", "...", "d"))).isFalse();
        assertThat(matches(List.of("a", "b"), List.of("a"))).isFalse();
    }

    /** Every command of the command line has at least one example, and so do the exit statuses 0, 1 and 2. */
    @Test
    void everyCommandAndExitStatusHasAnExample() throws IOException {
        List<Example> examples = examples();
        Set<String> commands = new TreeSet<>();
        Set<Integer> statuses = new TreeSet<>();
        for (Example e : examples) {
            commands.add(e.args().get(0));
            statuses.add(e.status());
        }
        for (String name : ConsularKitCli.COMMAND_NAMES) {
            assertThat(commands).contains(name);
        }
        assertThat(statuses).contains(0, 1, 2);
    }

    /** Each command name of the CLI is the name its class declares, and no name is listed twice. */
    @Test
    void everyCommandNameIsTheNameItsClassDeclares() {
        assertThat(ConsularKitCli.COMMAND_NAMES).doesNotHaveDuplicates().hasSize(14);
        for (String name : ConsularKitCli.COMMAND_NAMES) {
            assertThat(ConsularKitCli.command(name).getAnnotation(picocli.CommandLine.Command.class).name())
                    .isEqualTo(name);
        }
        assertThatThrownBy(() -> ConsularKitCli.command("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No command nope");
    }

    /**
     * Every option of every command is in that command's row of the table of commands (and so in
     * the contract), apart from {@code --help} and {@code --version}, which the general rules cover.
     */
    @Test
    void everyOptionOfEveryCommandIsDocumented() throws IOException {
        List<String> rows = Files.readString(CONTRACT, StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("| `")).toList();
        ConsularKitCli cli = new ConsularKitCli(CalendarRegistry.standard(), Directory::builtIn,
                InputStream.nullInputStream());
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        CommandLine commandLine = ConsularKitCli.commandLine(cli, sink, sink, "");
        assertThat(commandLine.getSubcommands()).hasSameSizeAs(ConsularKitCli.COMMAND_NAMES);
        commandLine.getSubcommands().forEach((name, command) -> {
            List<String> row = rows.stream().filter(r -> r.startsWith("| `" + name + " ")).toList();
            assertThat(row).as("the row of %s in the table of commands", name).hasSize(1);
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (!option.usageHelp() && !option.versionHelp()) {
                    assertThat(row.get(0)).as("the row of %s", name)
                            .containsPattern(Pattern.quote(option.longestName()) + "(?![a-z-])");
                }
            }
        });
    }

    /** The contract lists every violation code of the library, which {@code validate} prints. */
    @Test
    void theContractListsEveryViolationCode() throws IOException {
        String doc = Files.readString(CONTRACT, StandardCharsets.UTF_8);
        for (ViolationCode code : ViolationCode.values()) {
            assertThat(doc).contains("`" + code.name() + "`");
        }
    }

    /**
     * The contract states the exit statuses the command line declares, 3 (internal error) included,
     * and the longest error line.
     */
    @Test
    void theContractListsEveryExitStatus() throws IOException {
        String doc = Files.readString(CONTRACT, StandardCharsets.UTF_8);
        assertThat(doc).contains("| 0 | success |", "| 3 | internal error (a bug): any other failure |");
        assertThat(doc.replaceAll("\\s+", " ")).contains("at most " + Messages.MAX_LINE + " characters");
        assertThat(ConsularKitCli.INTERNAL_ERROR).isEqualTo(3);
    }
}
