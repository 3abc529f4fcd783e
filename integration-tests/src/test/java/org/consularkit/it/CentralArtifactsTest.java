package org.consularkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Maven Central requires of every deployed jar module besides its POM (which pomchecker and the
 * enforcer's central-urls rules check in each module's build): the main jar, a {@code -sources.jar}
 * and a {@code -javadoc.jar}. The modules are built before this one in the reactor.
 */
class CentralArtifactsTest {

    private static final Path ROOT = Path.of(System.getProperty("consularkit.root", ".."));
    private static final String VERSION = System.getProperty("consularkit.version", "0.1.0-SNAPSHOT");

    @ParameterizedTest
    @ValueSource(strings = {"core", "calendar", "ical", "directory"})
    void everyLibraryHasItsJarSourcesAndJavadoc(String module) throws IOException {
        Path target = ROOT.resolve(module).resolve("target");
        String base = "consularkit-" + module + "-" + VERSION;
        try (JarFile main = new JarFile(target.resolve(base + ".jar").toFile());
                JarFile sources = new JarFile(target.resolve(base + "-sources.jar").toFile());
                JarFile javadoc = new JarFile(target.resolve(base + "-javadoc.jar").toFile())) {
            assertThat(main.getEntry("module-info.class")).as(base + ".jar: module-info.class").isNotNull();
            assertThat(sources.getEntry("module-info.java")).as(base + "-sources.jar: module-info.java").isNotNull();
            assertThat(javadoc.getEntry("index.html")).as(base + "-javadoc.jar: index.html").isNotNull();
        }
    }

    /** The BOM does not inherit the parent, so it repeats the repository URL: both must agree. */
    @Test
    void theBomAndTheParentNameTheSameRepository() throws IOException {
        assertThat(repositoryUrl("bom/pom.xml")).isEqualTo(repositoryUrl("pom.xml")).startsWith("https://");
    }

    /** The modules inherit url and scm from the parent, without appending their artifactId. */
    @Test
    void theParentKeepsItsUrlsForItsChildren() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom).contains("child.project.url.inherit.append.path=\"false\"",
                "child.scm.url.inherit.append.path=\"false\"", "child.scm.connection.inherit.append.path=\"false\"",
                "child.scm.developerConnection.inherit.append.path=\"false\"");
        for (String module : List.of("core", "calendar", "ical", "directory")) {
            assertThat(Files.readString(ROOT.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8))
                    .as(module + "/pom.xml").doesNotContain("<url>", "<scm>");
        }
    }

    private static String repositoryUrl(String pom) throws IOException {
        Matcher m = Pattern.compile("<consularkit.repository.url>([^<]+)</consularkit.repository.url>")
                .matcher(Files.readString(ROOT.resolve(pom), StandardCharsets.UTF_8));
        assertThat(m.find()).as(pom + " defines consularkit.repository.url").isTrue();
        return m.group(1);
    }
}
