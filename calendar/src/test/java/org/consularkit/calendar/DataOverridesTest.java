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
        void theAmendmentsOfAYearApplyInTheOrderOfTheirDatesNotOfTheirFiles() throws IOException {
            String feb2 = Notices.text("2020-amendment");
            // A made-up earlier amendment of the same kind: the extension to 1 February, dated 25 January.
            String feb1 = feb2.replace("延长2020年春节假期至2月2日(农历正月初九,星期日),2月3日(星期一)起正常上班",
                    "延长2020年春节假期至2月1日(农历正月初八,星期六)").replace("2020年1月26日", "2020年1月25日");
            assertThat(feb1).isNotEqualTo(feb2).contains("2月1日(农历正月初八").contains("2020年1月25日");
            Path arrangement = write("2020.txt", Notices.text("2020"));
            Path later = write("a-later.txt", feb2);
            Path earlier = write("b-earlier.txt", feb1);
            DataOverrides d = DataOverrides.of(List.of(arrangement, later, earlier));
            // the same schedule as the built-in one, which has both changes of 2020 (ends on 2 February)
            assertThat(d.chinaChanges()).containsEntry(2020, List.of());
            assertThat(d.calendar("cn").dayType(LocalDate.of(2020, 2, 1))).isEqualTo(DayType.WEEKEND);
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

        @Test
        void aScheduleFileWithAVersionMovesTheDataVersionAndOneWithoutIsReported() throws IOException {
            String text = Notices.resource("cn/fixture-2027.json");
            Path with = write("with.json", text.replaceFirst("\"year\": 2027,", "\"year\": 2027, \"version\": \"2026-12-01\","));
            DataOverrides d = DataOverrides.of(List.of(with));
            assertThat(d.files()).singleElement().satisfies(f -> assertThat(f.version())
                    .contains(LocalDate.of(2026, 12, 1)));
            assertThat(d.calendar("cn").dataVersion()).contains(LocalDate.of(2026, 12, 1));
            assertThat(d.warnings()).noneMatch(w -> w.contains("no version"));
            Path without = write("without.json", text);
            DataOverrides none = DataOverrides.of(List.of(without));
            assertThat(none.files()).singleElement().satisfies(f -> assertThat(f.version()).isEmpty());
            assertThat(none.warnings()).containsExactly(without
                    + ": no version; the data version of the calendar does not move for it");
        }

        @Test
        void aHolidayCnFileIsAScheduleWithoutVersion() throws IOException {
            Path f = write("2027.json", Notices.resource("cn/fixture-2027-holiday-cn.json"));
            DataOverrides d = DataOverrides.of(List.of(f));
            assertThat(d.files()).singleElement().satisfies(file -> {
                assertThat(file.kind()).isEqualTo(FileKind.CHINA_HOLIDAY_CN);
                assertThat(file.version()).isEmpty();
                assertThat(file.description()).isEqualTo("China schedule 2027 (holiday-cn format)");
            });
            assertThat(d.warnings()).containsExactly(f + ": no version (the holiday-cn format has none); the data "
                    + "version of the calendar does not move for it");
            assertThat(d.chinaSchedules()).containsOnlyKeys(2027);
            assertThat(d.calendar("cn").yearStatus(2027)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(d.calendar("cn").dataVersion()).isEqualTo(ChinaHolidays.calendar().dataVersion());
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
        void aClosingsFileIsDescribedByItsDatesAndOrders() throws IOException {
            Path f = write("c.json", """
                    {"format": "consularkit.us-closings/1", "version": "2027-12-18", "closings": [
                      {"date": "2027-12-24", "key": "christmas-eve-closing", "halfDay": false,
                       "executiveOrder": "EO 99999", "orderDate": "2027-12-18",
                       "names": {"en": "Christmas Eve", "zh": "平安夜"}}]}
                    """);
            DataOverrides d = DataOverrides.of(List.of(f));
            assertThat(d.files()).singleElement().satisfies(file -> {
                assertThat(file.description()).isEqualTo("US executive-order closings: 2027-12-24 (EO 99999)");
                assertThat(file).hasToString(f + ": US_CLOSINGS, version 2027-12-18, "
                        + "US executive-order closings: 2027-12-24 (EO 99999)");
            });
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
            Path holidayKey = write("k.json", head + "{\"date\": \"2026-12-24\", \"key\": \"christmas-day\", "
                    + "\"halfDay\": false, \"executiveOrder\": \"EO 1\", \"orderDate\": \"2026-12-18\"" + names);
            assertThatThrownBy(() -> DataOverrides.of(List.of(holidayKey)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageContaining("$.closings[0].key: expected a key that is not a holiday's key, but was "
                            + "\"christmas-day\"");
            Path late = write("l.json", head + "{\"date\": \"2026-12-24\", \"key\": \"christmas-eve-closing\", "
                    + "\"halfDay\": false, \"executiveOrder\": \"EO 1\", \"orderDate\": \"2026-12-28\"" + names);
            assertThatThrownBy(() -> DataOverrides.of(List.of(late)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageContaining("$.closings[0].orderDate: expected the date of an order issued on or before the "
                            + "closing 2026-12-24, but was \"2026-12-28\"");
        }
    }

    @Nested
    class PostClosures {

        private static final LocalDate COLUMBUS_DAY = LocalDate.of(2027, 10, 11);
        private static final LocalDate FIXTURE_CLOSING = LocalDate.of(2027, 12, 27);

        private Path fixture() throws IOException {
            return write("shanghai-2027.json", Notices.resource("post/fixture-shanghai-2027-closures.json"));
        }

        /** A valid list of one closure, on one line, to be changed by the error tests. */
        static final String MINI = "{\"format\": \"consularkit.post-closures/1\", \"version\": \"2026-12-15\", "
                + "\"sources\": {\"s\": {\"type\": \"NOTICE\", \"citation\": \"FIXTURE\"}}, \"post\": \"shanghai\", "
                + "\"year\": 2027, \"closures\": [{\"key\": \"a\", \"kind\": \"CLOSURE\", \"dates\": [\"2027-03-01\"], "
                + "\"names\": {\"en\": \"A (FIXTURE)\", \"zh\": \"A\"}, \"sources\": [\"s\"]}]}";

        @Test
        void aListReplacesTheDerivedYearOfItsPostAndIsOfficial() throws IOException {
            Path f = fixture();
            DataOverrides d = DataOverrides.of(List.of(f));
            assertThat(d.files()).singleElement().satisfies(file -> {
                assertThat(file.kind()).isEqualTo(FileKind.POST_CLOSURES);
                assertThat(file.version()).contains(LocalDate.of(2026, 12, 15));
                assertThat(file.description()).isEqualTo("closure list of post:shanghai 2027: 23 days");
            });
            assertThat(d.version()).contains(LocalDate.of(2026, 12, 15));
            assertThat(d.postClosureYears()).isEqualTo(java.util.Map.of("shanghai", List.of(2027)));
            org.consularkit.core.calendar.HolidayCalendar shanghai = d.calendar("post:shanghai");
            assertThat(shanghai.id()).isEqualTo("post:shanghai");
            assertThat(shanghai.yearStatus(2027)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(shanghai.yearStatus(2026)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(shanghai.dayType(COLUMBUS_DAY)).isEqualTo(DayType.WORKDAY);
            assertThat(shanghai.dayType(FIXTURE_CLOSING)).isEqualTo(DayType.CLOSURE);
            assertThat(shanghai.dayType(LocalDate.of(2027, 2, 9))).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(shanghai.holidaysOn(FIXTURE_CLOSING)).singleElement().satisfies(h -> {
                assertThat(h.status()).isEqualTo(HolidayStatus.OFFICIAL);
                assertThat(h.sources()).singleElement().satisfies(src ->
                        assertThat(src.citation()).isEqualTo("TEST FIXTURE, not a real closure list"));
            });
            assertThat(shanghai.dataVersion()).contains(LocalDate.of(2026, 12, 15));
            assertThat(MissionChinaClosures.calendar("shanghai").dayType(COLUMBUS_DAY)).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(d.calendar("post:beijing")).isEqualTo(Calendars.byId("post:beijing"));
            assertThat(d.calendar("us-federal")).isEqualTo(Calendars.byId("us-federal"));
        }

        @Test
        void theDaysOfTheRuleYearAreKeptOutsideTheListedYear() throws IOException {
            DataOverrides d = DataOverrides.of(List.of(fixture()));
            for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
                assertThat(d.calendar("post:shanghai").dayType(day)).as(day.toString())
                        .isEqualTo(MissionChinaClosures.calendar("shanghai").dayType(day));
            }
        }

        @Test
        void theChangeFromTheDerivedYearIsReported() throws IOException {
            DataOverrides d = DataOverrides.of(List.of(fixture()));
            assertThat(d.warnings()).containsExactly("post:shanghai 2027: the closure list replaces the derived "
                    + "(provisional) year; closed in addition on 2027-12-27; open on 2027-10-11, which the rule closes");
        }

        @Test
        void aListThatClosesOnTheRuleDaysIsReportedAsTheSame() throws IOException {
            Path f = write("same.json", Notices.resource("post/fixture-shanghai-2027-closures.json")
                    .replaceAll(",\\n\\s*\\{\"key\": \"fixture-closing\"[^\\n]*", "")
                    .replace("{\"key\": \"veterans-day\"", "{\"key\": \"columbus-day\", \"kind\": \"STATUTORY\", "
                            + "\"dates\": [\"2027-10-11\"], \"names\": {\"en\": \"Columbus Day\", \"zh\": \"哥伦布日\"}, "
                            + "\"sources\": [\"fixture\"]},\n{\"key\": \"veterans-day\""));
            DataOverrides d = DataOverrides.of(List.of(f));
            assertThat(d.warnings()).containsExactly("post:shanghai 2027: the closure list replaces the derived "
                    + "(provisional) year; it closes on the same 23 days");
        }

        @Test
        void aSecondListOfAPostAndYearIsAnError() throws IOException {
            Path a = fixture();
            Path b = write("again.json", MINI);
            assertThatThrownBy(() -> DataOverrides.of(List.of(a, b)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(b + ": expected one closure list per post and year (post:shanghai 2027 is also given by "
                            + a + ")");
        }

        @Test
        void listsCombineWithUsClosingsAndChinaSchedules() throws IOException {
            Path us = write("closings.json", Notices.resource("us/fixture-2026-closings.json"));
            Path cn = write("2027.txt", Notices.resource("cn/fixture-2027-notice.txt"));
            DataOverrides d = DataOverrides.of(List.of(us, cn, fixture()));
            org.consularkit.core.calendar.HolidayCalendar shanghai = d.calendar("post:shanghai");
            assertThat(shanghai.dayType(LocalDate.of(2026, 12, 24))).isEqualTo(DayType.CLOSURE);
            assertThat(shanghai.yearStatus(2027)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(shanghai.dayType(COLUMBUS_DAY)).isEqualTo(DayType.WORKDAY);
            assertThat(d.calendar("post:guangzhou").dayType(LocalDate.of(2026, 12, 24))).isEqualTo(DayType.CLOSURE);
            assertThat(d.calendar("post:guangzhou").dayType(COLUMBUS_DAY)).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(d.calendar("cn").yearStatus(2027)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(shanghai.dataVersion()).contains(LocalDate.of(2026, 12, 18));
            assertThat(d.version()).contains(LocalDate.of(2026, 12, 18));
        }

        @Test
        void theSummaryNamesTheFilesAndWhatTheyOverride() throws IOException {
            Path us = write("closings.json", Notices.resource("us/fixture-2026-closings.json"));
            Path cn = write("2027.txt", Notices.resource("cn/fixture-2027-notice.txt"));
            assertThat(DataOverrides.none()).hasToString("DataOverrides[0 files]");
            assertThat(DataOverrides.of(List.of(cn))).hasToString("DataOverrides[1 file, China 2027]");
            assertThat(DataOverrides.of(List.of(us, cn, fixture()))).hasToString("DataOverrides[3 files, China 2027, US closings 2026-12-24, post closures shanghai 2027]");
        }

        @Test
        void theVersionOfAPostsCalendarIsThatOfItsNewestList() throws IOException {
            Path later = fixture();
            Path earlier = write("shanghai-2028.json", MINI.replace("\"2026-12-15\"", "\"2026-12-10\"")
                    .replace("2027", "2028"));
            DataOverrides d = DataOverrides.of(List.of(later, earlier));
            assertThat(d.postClosureYears()).isEqualTo(java.util.Map.of("shanghai", List.of(2027, 2028)));
            assertThat(d.calendar("post:shanghai").dataVersion()).contains(LocalDate.of(2026, 12, 15));
        }

        @Test
        void theChangeFromTheDerivedYearCountsTheUsClosingsOfTheFiles() throws IOException {
            Path us = write("closings.json", """
                    {"format": "consularkit.us-closings/1", "version": "2027-12-18", "closings": [
                      {"date": "2027-12-27", "key": "day-after-christmas-closing", "halfDay": false,
                       "executiveOrder": "EO 99999", "orderDate": "2027-12-18",
                       "names": {"en": "Day after Christmas", "zh": "圣诞节翌日"}}]}
                    """);
            DataOverrides d = DataOverrides.of(List.of(us, fixture()));
            assertThat(d.warnings()).containsExactly("post:shanghai 2027: the closure list replaces the derived "
                    + "(provisional) year; open on 2027-10-11, which the rule closes");
        }

        @Test
        void aMinimalListLoads() throws IOException {
            DataOverrides d = DataOverrides.of(List.of(write("mini.json", MINI)));
            assertThat(d.calendar("post:shanghai").holidays(2027)).filteredOn(h -> h.year() == 2027).singleElement()
                    .satisfies(h -> assertThat(h.key()).isEqualTo("a"));
            // next year's New Year's Day, observed on Friday 2027-12-31, still comes from 2028
            assertThat(d.calendar("post:shanghai").dayType(LocalDate.of(2027, 12, 31))).isEqualTo(DayType.PUBLIC_HOLIDAY);
        }

        @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                unknown post         | `"shanghai"`   | `"xian"`                       | `1:137: $.post: expected one of the post ids beijing, chengdu, guangzhou, shanghai, shenyang, wuhan, but was "xian"`
                year outside range   | `2027`         | `1999`                         | `1:157: $.year: expected an integer from 2000 to 2100, but was 1999`
                date outside year    | `2027-03-01`   | `2028-03-01`                   | `1:218: $.closures[0].dates[0]: expected a date in 2027, but was "2028-03-01"`
                date on a weekend    | `2027-03-01`   | `2027-02-27`                   | `1:218: $.closures[0].dates[0]: expected a Monday to Friday (a post closes on weekdays), not a SATURDAY, but was "2027-02-27"`
                date that is no date | `2027-03-01`   | `2027-02-30`                   | `1:218: $.closures[0].dates[0]: expected a date (yyyy-MM-dd), but was "2027-02-30"`
                date twice           | `["2027-03-01"]` | `["2027-03-01", "2027-03-01"]` | `1:232: $.closures[0].dates[1]: expected a date not already closed for a (a day shared by two holidays is one closure with both names), but was "2027-03-01"`
                dates out of order   | `["2027-03-01"]` | `["2027-03-02", "2027-03-01"]` | `1:232: $.closures[0].dates[1]: expected a date after 2027-03-02 (the dates of a closure in order), but was "2027-03-01"`
                unknown kind         | `"CLOSURE"`    | `"HOLIDAY"`                    | `1:197: $.closures[0].kind: expected one of STATUTORY, SPECIAL, CLOSURE, but was "HOLIDAY"`
                bad key              | `"key": "a"`   | `"key": "A b"`                 | `1:184: $.closures[0].key: expected a key of lower-case words joined by '-', but was "A b"`
                unknown source       | `"sources": ["s"]}]` | `"sources": ["t"]}]`     | `1:288: $.closures[0].sources[0]: expected one of the source ids s, but was "t"`
                source not used      | `"sources": {"s": ` | `"sources": {"u": {"type": "PAGE", "citation": "x"}, "s": ` | `1:85: $.sources.u: expected a source that a closure refers to, but was {"type":"PAGE","citation":"x"}`
                other format         | `post-closures/1` | `post-closures/2`           | `1:12: $.format: expected a data file of a known format ("format": "consularkit.cn-schedule/1", "consularkit.us-closings/1", "consularkit.post-closures/1" or "consularkit.directory/1", or a holiday-cn file with "days"), but was "consularkit.post-closures/2"`
                unknown member       | `"year": 2027` | `"year": 2027, "yaer": 1`      | `1:171: $.yaer: unknown field (the fields are: format, version, sources, description, note, post, year, closures)`
                no closures          | `[{"key": "a", "kind": "CLOSURE", "dates": ["2027-03-01"], "names": {"en": "A (FIXTURE)", "zh": "A"}, "sources": ["s"]}]` | `[]` | `1:175: $.closures: expected at least one closure, but was []`
                """)
        void errorsNameTheFileThePlaceTheRuleAndTheValue(String what, String from, String to, String message)
                throws IOException {
            String json = MINI.replace(from, to);
            assertThat(json).as(what).isNotEqualTo(MINI);
            Path f = write("bad.json", json);
            assertThatThrownBy(() -> DataOverrides.of(List.of(f)))
                    .as(what)
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(f + ":" + message);
        }

        @Test
        void aKeyUsedTwiceAndClosuresOutOfOrderAreErrors() throws IOException {
            String second = ", {\"key\": \"%s\", \"kind\": \"CLOSURE\", \"dates\": [\"%s\"], "
                    + "\"names\": {\"en\": \"B (FIXTURE)\", \"zh\": \"B\"}, \"sources\": [\"s\"]}]}";
            Path twice = write("twice.json", MINI.replace("]}]}", "]}" + second.formatted("a", "2027-03-02")));
            assertThatThrownBy(() -> DataOverrides.of(List.of(twice)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(twice + ":1:303: $.closures[1].key: expected a key used once in the list, but was \"a\"");
            Path order = write("order.json", MINI.replace("]}]}", "]}" + second.formatted("b", "2027-02-26")));
            assertThatThrownBy(() -> DataOverrides.of(List.of(order)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(order + ":1:337: $.closures[1].dates[0]: expected a first date on or after 2027-03-01 "
                            + "(closures in the order of their first dates), but was \"2027-02-26\"");
            Path shared = write("shared.json", MINI.replace("]}]}", "]}" + second.formatted("b", "2027-03-01")));
            assertThatThrownBy(() -> DataOverrides.of(List.of(shared)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageContaining("$.closures[1].dates[0]: expected a date not already closed for a");
        }

        @Test
        void fromADirectoryAndFromTheClassPath() throws IOException {
            Path folder = dir.resolve("data");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("shanghai-2027.json"),
                    Notices.resource("post/fixture-shanghai-2027-closures.json"));
            DataOverrides fromDir = DataOverrides.fromDirectory(folder);
            assertThat(fromDir.postClosureYears()).containsOnlyKeys("shanghai");
            assertThat(fromDir.files()).extracting(DataOverrides.DataFile::kind).containsExactly(FileKind.POST_CLOSURES);
            Path cp = dir.resolve("cp");
            Files.createDirectories(cp.resolve("consularkit-data"));
            Files.writeString(cp.resolve("consularkit-data/index.txt"), "shanghai-2027.json\n");
            Files.copy(folder.resolve("shanghai-2027.json"), cp.resolve("consularkit-data/shanghai-2027.json"));
            try (java.net.URLClassLoader cl = new java.net.URLClassLoader(new java.net.URL[] {cp.toUri().toURL()},
                    null)) {
                DataOverrides d = DataOverrides.fromClassPath(cl, "consularkit-data");
                assertThat(d.files()).extracting(DataOverrides.DataFile::name)
                        .containsExactly("consularkit-data/shanghai-2027.json");
                assertThat(d.calendar("post:shanghai").yearStatus(2027)).isEqualTo(HolidayStatus.OFFICIAL);
            }
        }
    }

    @Nested
    class Directories {

        private static final String HEAD = "{\"format\": \"consularkit.directory/1\", \"version\": \"%s\", "
                + "\"sources\": {}, \"posts\": []}";

        @Test
        void aDirectoryFileIsKeptWithItsVersion() throws IOException {
            Path f = write("directory.json", HEAD.formatted("2026-12-20"));
            DataOverrides d = DataOverrides.of(List.of(f));
            assertThat(d.files()).singleElement().satisfies(file -> {
                assertThat(file.kind()).isEqualTo(FileKind.DIRECTORY);
                assertThat(file.version()).contains(LocalDate.of(2026, 12, 20));
            });
            assertThat(d.version()).contains(LocalDate.of(2026, 12, 20));
            assertThat(d.directoryFile()).map(DataOverrides.DataFile::name).contains(f.toString());
            assertThat(new String(d.directoryContent().orElseThrow().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(HEAD.formatted("2026-12-20"));
            for (String id : Calendars.ids()) {
                assertThat(d.calendar(id)).as(id).isEqualTo(Calendars.byId(id));
            }
            assertThat(DataOverrides.none().directoryFile()).isEmpty();
            assertThat(DataOverrides.none().directoryContent()).isEmpty();
        }

        @Test
        void theNewestDirectoryFileIsUsedAndTheOthersReported() throws IOException {
            Path newer = write("a.json", HEAD.formatted("2026-12-20"));
            Path older = write("b.json", HEAD.formatted("2026-12-01").replace("\"version\"", "\"verifiedOn\"")
                    .replace("consularkit.directory/1", "consularkit-directory/1"));
            DataOverrides d = DataOverrides.of(List.of(newer, older));
            assertThat(d.directoryFile()).map(DataOverrides.DataFile::name).contains(newer.toString());
            assertThat(d.warnings()).containsExactly(older + ": directory of 2026-12-01 not used; " + newer
                    + " (2026-12-20) is the one used");
        }

        @Test
        void aDirectoryFileNeedsAVersion() throws IOException {
            Path f = write("d.json", "{\"format\": \"consularkit.directory/1\", \"posts\": []}");
            assertThatThrownBy(() -> DataOverrides.of(List.of(f)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(f + ":1:1: $.version: expected a date (yyyy-MM-dd), but was missing");
            Path g = write("g.json", HEAD.formatted("20.12.2026"));
            assertThatThrownBy(() -> DataOverrides.of(List.of(g)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(g + ":1:50: $.version: expected a date (yyyy-MM-dd), but was \"20.12.2026\"");
            Path h = write("h.json", "{\"format\": \"consularkit.directory/1\", \"version\": \"2026-12-20\"");
            assertThatThrownBy(() -> DataOverrides.of(List.of(h)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith(h + ":1:");
        }
    }
}
