package org.consularkit.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ical4j does to a process, and that the feeds do not depend on it.
 *
 * <p>ical4j 4.x declares a {@code java.time.zone.ZoneRulesProvider} ({@code
 * net.fortuna.ical4j.model.DefaultZoneRulesProvider}, in its {@code module-info} and in {@code
 * META-INF/services}). In a JVM that has ical4j on its class or module path, the first time-zone
 * lookup of any code, ical4j's or not, instantiates it: it loads ical4j's own zone data, logs
 * through SLF4J and adds zone ids of its own to {@link java.time.ZoneId#getAvailableZoneIds()}
 * (ical4j 4.2.2: 339 ids {@code ical4j~} followed by a random UUID, new in every run; the README
 * gives measured numbers). The feeds build their {@code VTIMEZONE}s from the JDK's rules
 * and never consult that provider: a JVM in which it is hidden writes the same bytes.
 *
 * <p>Both child JVMs run on the class path, as most applications do, with every entry of the test
 * JVM's module path and class path; in the second the ical4j jar is replaced by a copy without
 * {@code META-INF/services/java.time.zone.ZoneRulesProvider} (what a shaded jar such as our CLI's
 * leaves out). The number of zone ids ical4j adds depends on its version and is not asserted.
 */
class Ical4jSideEffectsTest {

    private static final String PROVIDER_SERVICE = "META-INF/services/java.time.zone.ZoneRulesProvider";
    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void theFeedsAreTheSameBytesWithAndWithoutIcal4jsZoneRulesProvider(@TempDir Path dir) throws Exception {
        Path ical4j = Path.of(Calendar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path stripped = withoutZoneRulesProvider(ical4j, dir.resolve("ical4j-without-zone-rules-provider.jar"));
        List<Path> classPath = testClassPath();
        assertThat(classPath).contains(ical4j);
        List<Path> withoutProvider = new ArrayList<>(classPath);
        withoutProvider.replaceAll(p -> p.equals(ical4j) ? stripped : p);

        Path with = runProbe(dir.resolve("with"), classPath);
        Path without = runProbe(dir.resolve("without"), withoutProvider);

        for (Map.Entry<String, byte[]> feed : Ical4jSideEffectsProbe.feeds().entrySet()) {
            assertThat(Files.readAllBytes(with.resolve(feed.getKey()))).as(feed.getKey()).isEqualTo(feed.getValue());
            assertThat(Files.readAllBytes(without.resolve(feed.getKey()))).as(feed.getKey()).isEqualTo(feed.getValue());
        }
        List<String> zonesWith = Files.readAllLines(with.resolve(Ical4jSideEffectsProbe.ZONES), StandardCharsets.UTF_8);
        List<String> zonesWithout = Files.readAllLines(without.resolve(Ical4jSideEffectsProbe.ZONES),
                StandardCharsets.UTF_8);
        assertThat(zonesWithout).contains("Asia/Shanghai").noneMatch(id -> id.startsWith("ical4j~"));
        assertThat(zonesWith).as("ical4j's provider only adds zone ids").containsAll(zonesWithout);
    }

    //-----------------------------------------------------------------------
    /** Every entry of the test JVM's module path, then of its class path. */
    private static List<Path> testClassPath() {
        List<Path> out = new ArrayList<>();
        for (String key : List.of("jdk.module.path", "java.class.path")) {
            for (String entry : System.getProperty(key, "").split(File.pathSeparator, -1)) {
                if (!entry.isEmpty()) {
                    out.add(Path.of(entry).toAbsolutePath().normalize());
                }
            }
        }
        return out;
    }

    private static Path withoutZoneRulesProvider(Path jar, Path copy) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().equals(PROVIDER_SERVICE)) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return copy;
    }

    /** Runs the probe in a child JVM on a class path; returns the directory it wrote. */
    private static Path runProbe(Path dir, List<Path> classPath)
            throws IOException, InterruptedException, URISyntaxException {
        Files.createDirectories(dir);
        List<String> entries = new ArrayList<>();
        classPath.forEach(p -> entries.add(p.toString()));
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(java, "-Duser.language=hi", "-Duser.country=IN",
                "-Duser.timezone=Pacific/Kiritimati", "--class-path", String.join(File.pathSeparator, entries),
                Ical4jSideEffectsProbe.class.getName(), dir.toString())
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile());
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The probe did not finish in " + TIMEOUT_SECONDS + " s");
        }
        String stderr = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code; stderr: %s", stderr).isZero();
        assertThat(Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8)).as("stdout").isEmpty();
        assertThat(stderr).as("stderr").isEmpty();
        return dir;
    }
}
