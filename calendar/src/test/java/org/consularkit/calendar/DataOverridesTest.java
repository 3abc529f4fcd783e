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

    @Nested
    class UsClosings {

        private Path fixture() throws IOException {
            return write("closings.json", Notices.resource("us/fixture-2026-closings.json"));
        }

        @Test
        void anOrderedClosingFlowsIntoUsFederalAndEveryPost() throws IOException {
            DataOverrides d = DataOverrides.of(List.of(fixture()));
            LocalDate eve = LocalDate.of(2026, 12, 24);
            assertThat(d.files()).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(FileKind.US_CLOSINGS);
                assertThat(f.version()).contains(LocalDate.of(2026, 12, 18));
            });
            assertThat(d.usClosings()).containsExactly("christmas-eve-closing 2026-12-24 EO 99999 of 2026-12-18");
            for (String id : Calendars.ids()) {
                if (id.equals("cn")) {
                    continue;
                }
                assertThat(d.calendar(id).dayType(eve)).as(id).isEqualTo(DayType.CLOSURE);
                assertThat(Calendars.byId(id).dayType(eve)).as(id).isEqualTo(DayType.WORKDAY);
            }
            org.consularkit.core.calendar.Holiday h = d.calendar("us-federal").holidaysOn(eve).get(0);
            assertThat(h.sources()).singleElement().satisfies(src -> {
                assertThat(src.type()).isEqualTo(org.consularkit.core.SourceType.EXECUTIVE_ORDER);
                assertThat(src.citation()).isEqualTo("EO 99999 of 2026-12-18, TEST FIXTURE, not a real order");
            });
            assertThat(d.calendar("post:beijing").holidaysOn(eve)).extracting(x -> x.key())
                    .containsExactly("christmas-eve-closing");
        }

        @Test
        void theDataVersionFollowsTheDataLoaded() throws IOException {
            LocalDate bundled = LocalDate.of(2025, 12, 18);
            assertThat(Calendars.builtInDataVersion()).isEqualTo(bundled);
            for (String id : Calendars.ids()) {
                assertThat(Calendars.byId(id).dataVersion()).as(id).contains(bundled);
            }
            DataOverrides us = DataOverrides.of(List.of(fixture()));
            assertThat(us.calendar("us-federal").dataVersion()).contains(LocalDate.of(2026, 12, 18));
            assertThat(us.calendar("post:wuhan").dataVersion()).contains(LocalDate.of(2026, 12, 18));
            assertThat(us.calendar("cn").dataVersion()).contains(bundled);
            DataOverrides cn = DataOverrides.of(List.of(write("2027.txt", Notices.resource("cn/fixture-2027-notice.txt"))));
            assertThat(cn.calendar("cn").dataVersion()).contains(LocalDate.of(2026, 12, 7));
            assertThat(cn.calendar("us-federal").dataVersion()).contains(bundled);
            DataOverrides none = DataOverrides.of(List.of(write("2027.json", Notices.resource("cn/fixture-2027.json"))));
            assertThat(none.calendar("cn").dataVersion()).contains(bundled);
            assertThat(none.warnings()).contains(dir.resolve("2027.json")
                    + ": no version; the data version of the calendar does not move for it");
        }

        @Test
        void aClosingAlreadyBundledIsLeftOutWithAWarning() throws IOException {
            Path f = write("c.json", """
                    {"format": "consularkit.us-closings/1", "version": "2025-12-18", "closings": [
                      {"date": "2025-12-24", "key": "christmas-eve-closing", "halfDay": false,
                       "executiveOrder": "EO 14371", "orderDate": "2025-12-18",
                       "names": {"en": "Christmas Eve", "zh": "平安夜"}}]}
                    """);
            DataOverrides d = DataOverrides.of(List.of(f));
            assertThat(d.usClosings()).isEmpty();
            assertThat(d.warnings()).containsExactly(f + ": closings[0]: EO 14371 closing 2025-12-24 is already in the "
                    + "bundled data; left out");
        }

        @Test
        void errorsNameTheFileThePlaceAndTheValue() throws IOException {
            String head = "{\"format\": \"consularkit.us-closings/1\", \"version\": \"2026-12-18\", \"closings\": [";
            String names = ", \"names\": {\"en\": \"x\", \"zh\": \"y\"}}]}";
            Path weekend = write("w.json", head + "{\"date\": \"2026-12-26\", \"key\": \"day-after-christmas-closing\", "
                    + "\"halfDay\": false, \"executiveOrder\": \"EO 1\", \"orderDate\": \"2026-12-18\"" + names);
            assertThatThrownBy(() -> DataOverrides.of(List.of(weekend)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(weekend + ":1:88: $.closings[0].date: expected a Monday to Friday, not a SATURDAY, but was "
                            + "\"2026-12-26\"");
            Path reused = write("r.json", head + "{\"date\": \"2025-12-23\", \"key\": \"christmas-eve-closing\", "
                    + "\"halfDay\": false, \"executiveOrder\": \"EO 1\", \"orderDate\": \"2025-12-18\"" + names);
            assertThatThrownBy(() -> DataOverrides.of(List.of(reused)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageContaining("$.closings[0].key: expected a key not used in 2025 by the bundled closing of "
                            + "2025-12-24 (EO 14371), but was \"christmas-eve-closing\"");
            Path late = write("l.json", head + "{\"date\": \"2026-12-24\", \"key\": \"christmas-eve-closing\", "
                    + "\"halfDay\": false, \"executiveOrder\": \"EO 1\", \"orderDate\": \"2026-12-28\"" + names);
            assertThatThrownBy(() -> DataOverrides.of(List.of(late)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageContaining("$.closings[0].orderDate: expected the date of an order issued on or before the "
                            + "closing 2026-12-24, but was \"2026-12-28\"");
        }
    }
}
