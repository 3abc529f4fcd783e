package org.consularkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The consumer projects of {@code src/it} are what the README shows, word for word: its Maven
 * snippet, its {@code module-info.java}, its Java examples. The consumer builds (maven-invoker-plugin)
 * then prove that they compile and give the README's answers.
 */
class ReadmeConsistencyTest {

    private static final Path ROOT = Path.of(System.getProperty("consularkit.root", ".."));
    private static final Path IT = ROOT.resolve("integration-tests/src/it");
    private static final String VERSION = System.getProperty("consularkit.version", "0.1.0-SNAPSHOT");
    private static final Pattern HEADING_OR_BLOCK =
            Pattern.compile("(?m)^(### [^\\n]*)$|^```(\\w+)\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern SNIPPET_MARKERS =
            Pattern.compile("(?s)// README begin: ([^\\n]*)\\n(.*?)\\n\\s*// README end");

    /** The fenced blocks of the README by language, each keyed by the heading above it. */
    private static Map<String, String> blocks(String language) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        Map<String, String> blocks = new LinkedHashMap<>();
        String heading = "";
        Matcher m = HEADING_OR_BLOCK.matcher(readme);
        while (m.find()) {
            if (m.group(1) != null) {
                heading = m.group(1).substring(4);
            } else if (m.group(2).equals(language) && !blocks.containsKey(heading)) {
                blocks.put(heading, m.group(3));
            }
        }
        return blocks;
    }

    /** The README's first Maven snippet, between the markers of a consumer's POM. */
    private static String pomSnippet(String project) throws IOException {
        String pom = Files.readString(IT.resolve(project).resolve("pom.xml"), StandardCharsets.UTF_8);
        int begin = pom.indexOf('\n', pom.indexOf("<!-- README begin")) + 1;
        int end = pom.lastIndexOf('\n', pom.indexOf("<!-- README end")) + 1;
        return unindent(pom.substring(begin, end)).replace("@project.version@", VERSION);
    }

    /** Removes the indentation common to every non-blank line. */
    private static String unindent(String text) {
        List<String> lines = text.lines().toList();
        int common = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l.isBlank() ? "" : l.substring(common)).append('\n');
        }
        return b.toString();
    }

    @Test
    void theConsumersUseTheReadmesMavenSnippetWordForWord() throws IOException {
        String readme = blocks("xml").get("Maven");
        assertThat(readme).as("README's Maven snippet").contains("<artifactId>consularkit-bom</artifactId>");
        assertThat(pomSnippet("classpath")).isEqualTo(readme);
        assertThat(pomSnippet("modulepath")).isEqualTo(readme);
    }

    @Test
    void theReadmesVersionIsTheProjectsVersion() throws IOException {
        assertThat(blocks("xml").get("Maven")).contains("<version>" + VERSION + "</version>");
    }

    @Test
    void theIcalSnippetIsPartOfTheMavenSnippet() throws IOException {
        String maven = blocks("xml").get("Maven").replaceAll("<!--.*?-->", "").replaceAll("\\s+", "");
        assertThat(maven).contains(blocks("xml").get("iCalendar feeds").replaceAll("\\s+", ""));
    }

    @Test
    void theModulePathConsumerIsTheReadmesModule() throws IOException {
        assertThat(Files.readString(IT.resolve("modulepath/src/main/java/module-info.java"), StandardCharsets.UTF_8))
                .isEqualTo(blocks("java").get("JPMS"));
    }

    @Test
    void theInstallCommandIsTheOneTheReadmeGives() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String maven = readme.substring(readme.indexOf("### Maven"), readme.indexOf("```xml", readme.indexOf("### Maven")));
        assertThat(maven).contains("not yet on Maven Central").contains("```sh\n./mvnw -B -q install -DskipTests\n```");
    }

    /**
     * Every Java example of the README (but the module declaration) is in a class of {@code
     * src/it/readme}, its statements word for word between the markers, its imports among the class's.
     */
    @Test
    void everyJavaExampleIsRunByTheConsumers() throws IOException {
        Map<String, String> examples = blocks("java");
        examples.remove("JPMS");
        assertThat(examples).hasSizeGreaterThanOrEqualTo(7);
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(IT.resolve("readme/java/my/app"))) {
            for (Path f : files.sorted().toList()) {
                sources.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        List<String> covered = new ArrayList<>();
        for (Map.Entry<String, String> s : sources.entrySet()) {
            Matcher m = SNIPPET_MARKERS.matcher(s.getValue());
            while (m.find()) {
                String heading = m.group(1);
                assertThat(examples).as("a README heading named in " + s.getKey()).containsKey(heading);
                String example = examples.get(heading);
                List<String> imports = example.lines().filter(l -> l.startsWith("import ")).toList();
                String body = example.lines().filter(l -> !l.startsWith("import ")).dropWhile(String::isBlank)
                        .reduce("", (a, b) -> a + b + "\n");
                assertThat(s.getValue().lines().toList()).as("imports of " + s.getKey()).containsAll(imports);
                assertThat(unindent(m.group(2) + "\n")).as("the example \"" + heading + "\" in " + s.getKey())
                        .isEqualTo(body);
                covered.add(heading);
            }
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(examples.keySet());
    }
}
