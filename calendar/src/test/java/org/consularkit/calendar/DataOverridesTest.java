package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.consularkit.calendar.DataOverrides.FileKind;
import org.consularkit.core.DataFileException;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.HolidayStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataOverridesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Nested
    class China {

        @Test
        void theFixtureNoticeOf2027MakesTheYearOfficial() throws IOException {
            Path f = write("2027.txt", Notices.resource("cn/fixture-2027-notice.txt"));
            DataOverrides d = DataOverrides.of(List.of(f));
            assertThat(d.files()).singleElement().satisfies(file -> {
                assertThat(file.kind()).isEqualTo(FileKind.CHINA_NOTICE);
                assertThat(file.version()).contains(LocalDate.of(2026, 12, 7));
            });
            assertThat(d.version()).contains(LocalDate.of(2026, 12, 7));
            assertThat(d.calendar("cn").yearStatus(2027)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(d.calendar("cn").dayType(LocalDate.of(2027, 1, 30))).isEqualTo(DayType.MAKEUP_WORKDAY);
            assertThat(d.chinaChanges()).isEmpty();
            assertThat(ChinaHolidays.calendar().yearStatus(2027)).isEqualTo(HolidayStatus.PROVISIONAL);
        }

        @Test
        void aDirectoryOfFilesInEveryFormat() throws IOException {
            write("a-2027.json", Notices.resource("cn/fixture-2027.json"));
            write("b-2019.txt", Notices.text("2019"));
            write("c-2019-amendment.txt", Notices.text("2019-amendment"));
            write("readme.md", "not data");
            DataOverrides d = DataOverrides.fromDirectory(dir);
            assertThat(d.files()).extracting(DataOverrides.DataFile::kind)
                    .containsExactly(FileKind.CHINA_SCHEDULE, FileKind.CHINA_NOTICE, FileKind.CHINA_NOTICE);
            assertThat(d.chinaSchedules()).containsOnlyKeys(2019, 2027);
            assertThat(d.chinaChanges()).containsEntry(2019, List.of());
            assertThat(d.warnings()).contains(dir + ": ignored (not .txt or .json): readme.md",
                    "China 2019: the files agree day by day with the built-in official schedule");
        }

        @Test
        void aScheduleThatChangesAnOfficialYearIsReported() throws IOException {
            DataOverrides d = DataOverrides.of(List.of(write("2019.txt", Notices.text("2019"))));
            assertThat(d.chinaChanges().get(2019)).hasSize(5);
            assertThat(d.warnings()).anyMatch(w -> w.startsWith(
                    "China 2019: the files change the built-in official schedule on 5 dates: 2019-04-28 labour-day: "
                            + "MAKEUP_WORKDAY -> NONE; "));
            assertThat(d.calendar("cn").dayType(LocalDate.of(2019, 5, 2))).isEqualTo(DayType.WORKDAY);
        }

        @Test
        void anAmendmentAppliesToTheBuiltInYear() throws IOException {
            DataOverrides d = DataOverrides.of(List.of(write("a.txt", Notices.text("2020-amendment"))));
            assertThat(d.chinaChanges()).containsEntry(2020, List.of());
        }

        @Test
        void twoSchedulesOfOneYearAreAnError() throws IOException {
            Path a = write("a.json", Notices.resource("cn/fixture-2027.json"));
            Path b = write("b.txt", Notices.resource("cn/fixture-2027-notice.txt"));
            assertThatThrownBy(() -> DataOverrides.of(List.of(a, b)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(b + ": expected one schedule per year (2027 is also given by " + a + ")");
        }

        @Test
        void anUnknownFileIsAnError() throws IOException {
            Path a = write("a.csv", "x");
            assertThatThrownBy(() -> DataOverrides.of(List.of(a)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(a + ": expected a .txt notice or a .json data file");
        }

        @Test
        void fromTheClassPathWithAnIndex() throws IOException {
            Path root = dir.resolve("cp");
            Files.createDirectories(root.resolve("consularkit-data"));
            Files.writeString(root.resolve("consularkit-data/index.txt"), "# data\n2027.txt\n");
            Files.writeString(root.resolve("consularkit-data/2027.txt"), Notices.resource("cn/fixture-2027-notice.txt"));
            try (java.net.URLClassLoader cl = new java.net.URLClassLoader(new java.net.URL[] {root.toUri().toURL()},
                    null)) {
                DataOverrides d = DataOverrides.fromClassPath(cl, "consularkit-data");
                assertThat(d.files()).extracting(DataOverrides.DataFile::name).containsExactly("consularkit-data/2027.txt");
                assertThat(d.chinaSchedules()).containsOnlyKeys(2027);
                assertThatThrownBy(() -> DataOverrides.fromClassPath(cl, "other"))
                        .isInstanceOf(DataFileException.class)
                        .hasMessage("other/index.txt: expected a class-path resource listing the data files, but was missing");
            }
        }

        @Test
        void noneIsTheBuiltInData() {
            assertThat(DataOverrides.none().files()).isEmpty();
            assertThat(DataOverrides.none().version()).isEmpty();
            assertThat(DataOverrides.none().calendar("cn")).isEqualTo(ChinaHolidays.calendar());
        }
    }
}
