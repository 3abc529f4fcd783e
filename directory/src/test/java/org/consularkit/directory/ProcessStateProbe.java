package org.consularkit.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes what a JVM looks like from the inside, to a file and never to the console: whether
 * classes of ical4j and SLF4J can be loaded, and the sorted {@link ZoneId#getAvailableZoneIds()}.
 * Uses {@code java.base} only, so that {@link NoSideEffectsTest} can run it alone in a plain JVM
 * and, after the library's examples, in a JVM with the library ({@link NoSideEffectsProbe}).
 *
 * <p>The file has one entry a line: {@code result <key>=<value>} for what the caller passes, then
 * {@code class <name> absent} or {@code class <name> loadable}, then {@code zone <id>}.
 */
final class ProcessStateProbe {

    /** Classes that a process using the calendars and the directory must not be able to load. */
    static final List<String> FOREIGN_CLASSES = List.of(
            "net.fortuna.ical4j.model.Calendar",
            "net.fortuna.ical4j.model.DefaultZoneRulesProvider",
            "org.slf4j.LoggerFactory",
            "org.slf4j.Logger");

    private ProcessStateProbe() {
    }

    /**
     * Writes the state of this JVM, without results.
     *
     * @param args the file to write
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), List.of());
    }

    static void write(Path file, List<String> results) throws IOException {
        List<String> lines = new ArrayList<>();
        results.forEach(r -> lines.add("result " + r));
        for (String name : FOREIGN_CLASSES) {
            lines.add("class " + name + (loadable(name) ? " loadable" : " absent"));
        }
        new TreeSet<>(ZoneId.getAvailableZoneIds()).forEach(id -> lines.add("zone " + id));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static boolean loadable(String name) {
        try {
            Class.forName(name, false, ClassLoader.getSystemClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
