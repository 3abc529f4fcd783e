package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An application whose build pins a jackson-core older than ConsularKit supports (2.14.3, as the
 * dependency management of older frameworks does) gets, at the first call that needs JSON and at
 * every later one, an {@link IllegalStateException} naming the version it needs: never a {@link
 * NoClassDefFoundError} or {@link NoSuchMethodError}. A child JVM runs {@link OldJacksonProbe} with
 * the class path of an application (this module's classes and runtime dependencies), jackson-core
 * 2.14.3 instead of the build's (copied by the build from Maven Central to {@code
 * target/old-jackson}).
 */
class OldJacksonTest {

    private static final long TIMEOUT_SECONDS = 120;
    private static final String MESSAGE = "java.lang.IllegalStateException: ConsularKit needs jackson-core 2.15.0 or"
            + " newer, found 2.14.3: align com.fasterxml.jackson.core:jackson-core (for example by importing"
            + " com.fasterxml.jackson:jackson-bom) to 2.15.0 or newer";

    @Test
    void everyEntryPointNamesTheJacksonVersionItNeeds() throws Exception {
        String oldJackson = System.getProperty("consularkit.oldJacksonJar");
        String file = System.getProperty("consularkit.runtimeClasspathFile");
        String classes = System.getProperty("consularkit.classesDirectory");
        assertThat(oldJackson).as("system property consularkit.oldJacksonJar (set by the build)").isNotBlank();
        assertThat(Path.of(oldJackson)).exists();
        List<String> classPath = new ArrayList<>(List.of(classes));
        int replaced = 0;
        String runtime = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        for (String entry : runtime.split(File.pathSeparator, -1)) {
            if (Path.of(entry).getFileName().toString().startsWith("jackson-core-")) {
                classPath.add(oldJackson);
                replaced++;
            } else {
                classPath.add(entry);
            }
        }
        assertThat(replaced).as("jackson-core entries of the runtime class path").isEqualTo(1);
        classPath.add(Path.of(OldJacksonProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString());

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "--class-path", String.join(File.pathSeparator, classPath),
                OldJacksonProbe.class.getName()).redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(output, StandardCharsets.UTF_8).lines().toList();

        assertThat(process.exitValue()).as("exit code; output: %s", lines).isZero();
        List<String> expected = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            for (String name : List.of("UsFederalHolidays.calendar", "ChinaHolidays.calendar",
                    "MissionChinaClosures.postIds", "Calendars.byId", "Directory.builtIn",
                    "MissionChina.serviceCatalogue", "BookingJson.parseBooking", "BookingJson.write")) {
                expected.add(name + ": " + MESSAGE);
            }
        }
        assertThat(lines).containsExactlyElementsOf(expected);
    }
}
