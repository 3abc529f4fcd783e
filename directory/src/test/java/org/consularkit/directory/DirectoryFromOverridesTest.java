package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.consularkit.calendar.DataOverrides;
import org.consularkit.calendar.DataOverrides.FileKind;
import org.consularkit.core.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Directory#from(DataOverrides)}: a directory file among the data supplied at run time is
 * read in full and used, the newest of several; without one, the built-in directory.
 */
class DirectoryFromOverridesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String builtInText() throws IOException {
        try (InputStream in = Objects.requireNonNull(Directory.class.getResourceAsStream("posts.json"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void withoutADirectoryFileTheBuiltInDirectory() throws IOException {
        assertThat(Directory.from(DataOverrides.none())).isSameAs(Directory.builtIn());
        Path closings = write("closings.json", """
                {"format": "consularkit.us-closings/1", "version": "2025-12-18", "closings": [
                  {"date": "2025-12-24", "key": "christmas-eve-closing", "halfDay": false,
                   "executiveOrder": "EO 14371", "orderDate": "2025-12-18",
                   "names": {"en": "Christmas Eve", "zh": "平安夜"}}]}
                """);
        assertThat(Directory.from(DataOverrides.of(List.of(closings)))).isSameAs(Directory.builtIn());
    }

    @Test
    void theDirectoryFileOfAFolderIsReadInFullAndReportedWithItsVersion() throws IOException {
        Path f = write("directory.json", DirectoryFileTest.GOOD);
        DataOverrides data = DataOverrides.fromDirectory(dir);
        assertThat(data.files()).singleElement().satisfies(file -> {
            assertThat(file.kind()).isEqualTo(FileKind.DIRECTORY);
            assertThat(file.version()).contains(LocalDate.of(2019, 6, 1));
            assertThat(file.name()).isEqualTo(f.toString());
        });
        Directory d = Directory.from(data);
        assertThat(d.posts()).extracting(Post::id).containsExactly("chengdu");
        assertThat(d.verifiedOn()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(d).hasToString("Directory[" + f + ", 1 posts, verified 2019-06-01]");
    }

    @Test
    void theCurrentFormatIdIsRecognisedToo() throws IOException {
        Path f = write("posts.json", builtInText());
        DataOverrides data = DataOverrides.of(List.of(f));
        assertThat(data.directoryFile()).map(DataOverrides.DataFile::version)
                .contains(java.util.Optional.of(Directory.builtIn().verifiedOn()));
        assertThat(Directory.from(data).posts()).isEqualTo(Directory.builtIn().posts());
    }

    @Test
    void theNewestOfSeveralDirectoryFilesIsUsed() throws IOException {
        Path newer = write("a.json", DirectoryFileTest.replace(DirectoryFileTest.GOOD, "\"verifiedOn\": \"2019-06-01\"",
                "\"verifiedOn\": \"2019-07-01\""));
        Path older = write("b.json", DirectoryFileTest.GOOD);
        DataOverrides data = DataOverrides.of(List.of(newer, older));
        assertThat(Directory.from(data).verifiedOn()).isEqualTo(LocalDate.of(2019, 7, 1));
        assertThat(data.version()).contains(LocalDate.of(2019, 7, 1));
        assertThat(data.warnings()).containsExactly(older + ": directory of 2019-06-01 not used; " + newer
                + " (2019-07-01) is the one used");
    }

    @Test
    void anErrorOfTheDirectoryFileNamesTheFile() throws IOException {
        Path f = write("directory.json", DirectoryFileTest.replace(DirectoryFileTest.GOOD, "\"Asia/Shanghai\"",
                "\"Asia/Chengdu\""));
        DataOverrides data = DataOverrides.of(List.of(f));
        assertThatThrownBy(() -> Directory.from(data))
                .isInstanceOf(DataFileException.class)
                .hasMessage(f + ":13:15: $.posts[0].zone: expected a time zone id such as \"Asia/Shanghai\", but was"
                        + " \"Asia/Chengdu\"");
    }

    @Test
    void fromTheClassPath() throws IOException {
        Files.createDirectories(dir.resolve("consularkit-data"));
        Files.writeString(dir.resolve("consularkit-data/index.txt"), "directory.json\n");
        Files.writeString(dir.resolve("consularkit-data/directory.json"), DirectoryFileTest.GOOD);
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            DataOverrides data = DataOverrides.fromClassPath(cl, "consularkit-data");
            assertThat(Directory.from(data)).hasToString("Directory[consularkit-data/directory.json, 1 posts, "
                    + "verified 2019-06-01]");
        }
    }

    @Test
    void theFormatIdsAreThoseOfTheParser() throws IOException {
        for (String format : List.of(DirectoryParser.FORMAT, DirectoryParser.OLDER_FORMAT)) {
            Path f = write("d.json", "{\"format\": \"" + format + "\", \"version\": \"2026-12-20\"}");
            assertThat(DataOverrides.of(List.of(f)).directoryFile()).as(format).isPresent();
        }
    }
}
