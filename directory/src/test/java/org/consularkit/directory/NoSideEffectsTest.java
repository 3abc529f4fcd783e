package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendars and the directory leave the host process alone: a JVM that runs the README's
 * examples prints nothing, cannot load ical4j or SLF4J, and sees exactly the time zones of a plain
 * JVM (no {@code ZoneRulesProvider} of a dependency registers zones of its own).
 *
 * <p>Both child JVMs are the test JVM's own {@code java}, with its locale, zone and encoding
 * settings. The library child gets what an application gets on its class path: this module's
 * classes and its runtime dependencies as the build resolved them (core, calendar, Guava,
 * jackson-core, libphonenumber; no test library), plus the test classes for the probe. The plain
 * child gets only the test classes, of which it loads {@link ProcessStateProbe} alone.
 */
class NoSideEffectsTest {

    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void theExamplesPrintNothingLoadNoLoggingOrIcal4jAndAddNoTimeZones(@TempDir Path dir) throws Exception {
        Child library = Child.run(dir, "library", libraryCommand(NoSideEffectsProbe.class));
        Child plain = Child.run(dir, "plain", plainCommand(ProcessStateProbe.class));

        assertThat(library.exitCode).as("exit code; stderr: %s", library.stderr).isZero();
        assertThat(library.stdout).as("stdout of the library's JVM").isEmpty();
        assertThat(library.stderr).as("stderr of the library's JVM").isEmpty();
        assertThat(plain.exitCode).as("exit code of the plain JVM; stderr: %s", plain.stderr).isZero();

        assertThat(library.entries("result")).contains(
                "us.workingDaysBetween=250",
                "cn.day=MAKEUP_WORKDAY true",
                "shanghai.dayType=REST_DAY",
                "booking=[PROHIBITED_ITEM ERROR, PROVISIONAL_CLOSURES INFO, POST_SUSPENDED WARNING]",
                "route=[110, 010 8531 4000, 00 1 202 501 4444]",
                "phone=011 86 28 8558 3992");
        List<String> absent = new ArrayList<>();
        ProcessStateProbe.FOREIGN_CLASSES.forEach(name -> absent.add(name + " absent"));
        assertThat(library.entries("class")).containsExactlyElementsOf(absent);
        assertThat(plain.entries("zone")).isNotEmpty().contains("Asia/Shanghai");
        assertThat(library.entries("zone")).containsExactlyElementsOf(plain.entries("zone"));
    }

    //-----------------------------------------------------------------------
    /**
     * The library's JVM: the class path an application gets, this module's classes and its runtime
     * dependencies as Maven resolves them (written by the build, {@code runtime-classpath.txt}),
     * plus the test classes for the probe.
     */
    private static List<String> libraryCommand(Class<?> main) throws URISyntaxException, IOException {
        String file = System.getProperty("consularkit.runtimeClasspathFile");
        String classes = System.getProperty("consularkit.classesDirectory");
        assertThat(file).as("system property consularkit.runtimeClasspathFile (set by the build)").isNotBlank();
        assertThat(classes).as("system property consularkit.classesDirectory (set by the build)").isNotBlank();
        String runtime = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        String classPath = String.join(java.io.File.pathSeparator, classes, runtime, testClasses(main).toString());
        List<String> command = javaCommand();
        command.addAll(List.of("--class-path", classPath, main.getName()));
        return command;
    }

    private static List<String> plainCommand(Class<?> main) throws URISyntaxException {
        List<String> command = javaCommand();
        command.addAll(List.of("--class-path", testClasses(main).toString(), main.getName()));
        return command;
    }

    private static List<String> javaCommand() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java));
        for (String key : List.of("user.language", "user.country", "user.timezone", "file.encoding")) {
            String value = System.getProperty(key);
            if (value != null && !value.isEmpty()) {
                command.add("-D" + key + "=" + value);
            }
        }
        return command;
    }

    private static Path testClasses(Class<?> main) throws URISyntaxException {
        return Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** A finished child JVM: its exit code, its console output and the file it wrote. */
    private static final class Child {
        final int exitCode;
        final String stdout;
        final String stderr;
        final List<String> lines;

        private Child(int exitCode, String stdout, String stderr, List<String> lines) {
            this.exitCode = exitCode;
            this.stdout = stdout;
            this.stderr = stderr;
            this.lines = lines;
        }

        static Child run(Path dir, String name, List<String> command) throws IOException, InterruptedException {
            Path out = dir.resolve(name + ".txt");
            Path stdout = dir.resolve(name + ".stdout");
            Path stderr = dir.resolve(name + ".stderr");
            List<String> withFile = new ArrayList<>(command);
            withFile.add(out.toString());
            ProcessBuilder builder = new ProcessBuilder(withFile)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            // Options from the environment would make the launcher print "Picked up ..." on stderr.
            builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Child JVM " + name + " did not finish in " + TIMEOUT_SECONDS + " s: "
                        + withFile);
            }
            return new Child(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8),
                    Files.exists(out) ? Files.readAllLines(out, StandardCharsets.UTF_8) : List.of());
        }

        /** The values of the lines of one kind ({@code result}, {@code class}, {@code zone}), in order. */
        List<String> entries(String kind) {
            List<String> values = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith(kind + " ")) {
                    values.add(line.substring(kind.length() + 1));
                }
            }
            return values;
        }
    }
}
