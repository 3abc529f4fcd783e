package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.consularkit.calendar.ChinaScheduleLoader.LoadResult;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ChinaScheduleLoaderTest {

    private static LoadResult own(String json) throws IOException {
        return ChinaScheduleLoader.read(stream(json), "test.json");
    }

    private static LoadResult holidayCn(String json) throws IOException {
        return ChinaScheduleLoader.readHolidayCn(stream(json), "hc.json");
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static LoadResult resource(String name, boolean holidayCnFormat) throws IOException {
        try (InputStream in = ChinaScheduleLoaderTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return holidayCnFormat ? ChinaScheduleLoader.readHolidayCn(in, name) : ChinaScheduleLoader.read(in, name);
        }
    }

    /** A valid one-block schedule of 2027 in the library's format, with a block to substitute. */
    private static String ownWith(String block) {
        return """
                {"format": "consularkit.cn-schedule/1", "year": 2027,
                 "sources": [{"citation": "国务院办公厅关于2027年部分节假日安排的通知", "url": "https://www.gov.cn/x.htm"}],
                 "blocks": [%s]}
                """.replace("%s", block);
    }

    private static String holidayCnWith(String days) {
        return """
                {"year": 2027, "papers": ["https://www.gov.cn/x.htm"], "days": [%s]}
                """.replace("%s", days);
    }

    static List<Integer> officialYears() {
        return ChinaHolidayCalendarTest.officialYears().boxed().toList();
    }

    //-----------------------------------------------------------------------
    @Nested
    class Read {

        @Test
        void theExampleFileIsThe2026ScheduleOfTheBuiltInData() throws IOException {
            LoadResult r = resource("cn/schedule-2026.json", false);
            assertThat(r.warnings()).isEmpty();
            assertThat(r.schedule()).isEqualTo(ChinaHolidays.calendar().schedule(2026).orElseThrow());
        }

        @Test
        void aFileByPathIsNamedByItsPath(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("cn-2027.json");
            Files.writeString(file, ownWith("""
                    {"festivals": ["national-day"], "daysOff": ["2027-10-01/2027-10-07"]}"""));
            LoadResult r = ChinaScheduleLoader.read(file);
            assertThat(r.schedule().year()).isEqualTo(2027);
            assertThat(r.schedule().daysOff()).hasSize(7);
            Files.writeString(file, "{");
            assertThatThrownBy(() -> ChinaScheduleLoader.read(file))
                    .isInstanceOf(ChinaScheduleException.class)
                    .hasMessageStartingWith(file + ": malformed JSON at line 1, column 2: ");
        }

        @Test
        void rangesSourcesAndCombinedBlocks() throws IOException {
            LoadResult r = own(ownWith("""
                    {"festivals": ["national-day", "mid-autumn-festival"],
                     "daysOff": ["2027-10-01/2027-10-03", "2027-10-04"], "makeupWorkdays": ["2027-09-26"],
                     "note": "free text"}"""));
            ChinaSchedule.Block b = r.schedule().blocks().get(0);
            assertThat(b.festivals()).containsExactly(ChinaPublicHoliday.MID_AUTUMN, ChinaPublicHoliday.NATIONAL_DAY);
            assertThat(b.daysOff()).hasSize(4);
            assertThat(b.makeupWorkdays()).containsExactly(LocalDate.of(2027, 9, 26));
            assertThat(r.schedule().sources()).containsExactly(Source.of(SourceType.NOTICE,
                    "国务院办公厅关于2027年部分节假日安排的通知", java.net.URI.create("https://www.gov.cn/x.htm")));
        }

        @Test
        void aSourceMayHaveAnotherTypeAndNoUrl() throws IOException {
            LoadResult r = own("""
                    {"format": "consularkit.cn-schedule/1", "year": 2027,
                     "sources": [{"citation": "Xinhua report", "type": "PAGE"}],
                     "blocks": [{"festivals": ["new-years-day"], "daysOff": ["2027-01-01"]}]}""");
            assertThat(r.schedule().sources()).containsExactly(Source.of(SourceType.PAGE, "Xinhua report"));
        }

        @Test
        void implausibleSchedulesGiveWarnings() throws IOException {
            LoadResult r = own(ownWith("""
                    {"festivals": ["national-day"], "daysOff": ["2027-10-01", "2027-10-02", "2027-10-04"]}"""));
            assertThat(r.warnings()).containsExactly(
                    "test.json: statutory day 2027-01-01 (New Year's Day) is not a day off",
                    "test.json: statutory day 2027-02-05 (Spring Festival) is not a day off",
                    "test.json: statutory day 2027-02-08 (Spring Festival) is not a day off",
                    "test.json: statutory day 2027-04-05 (Qingming Festival) is not a day off",
                    "test.json: statutory day 2027-06-09 (Dragon Boat Festival) is not a day off",
                    "test.json: statutory day 2027-09-15 (Mid-Autumn Festival) is not a day off",
                    "test.json: counting identity fails for 2027: 2 weekday days off, but 13 statutory days"
                            + " + 0 make-up working days = 13");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class ReadHolidayCn {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.consularkit.calendar.ChinaScheduleLoaderTest#officialYears")
        void everyReferenceFileGivesTheBuiltInSchedule(int year) throws IOException {
            LoadResult r = resource("cn/holiday-cn/" + year + ".json", true);
            ChinaSchedule builtIn = ChinaHolidays.calendar().schedule(year).orElseThrow();
            assertThat(r.schedule().blocks()).isEqualTo(builtIn.blocks());
            assertThat(r.schedule().sources()).extracting(Source::url)
                    .isEqualTo(builtIn.sources().stream().map(Source::url).toList());
            assertThat(r.schedule().sources().get(0)).isEqualTo(builtIn.sources().get(0));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.consularkit.calendar.ChinaScheduleLoaderTest#officialYears")
        void onlyTheAmendedYears2015And2020GiveWarnings(int year) throws IOException {
            LoadResult r = resource("cn/holiday-cn/" + year + ".json", true);
            String name = "cn/holiday-cn/" + year + ".json";
            switch (year) {
                case 2015 -> assertThat(r.warnings()).containsExactly(name + ": counting identity fails for 2015:"
                        + " 17 weekday days off, but 11 statutory days + 5 make-up working days = 16");
                case 2020 -> assertThat(r.warnings()).containsExactly(
                        name + ": days[12]: 2020-02-03 (春节) is marked as a working day (isOffDay false) but is a"
                                + " MONDAY, an ordinary working day; not a make-up working day, ignored",
                        name + ": counting identity fails for 2020: 19 weekday days off, but 11 statutory days"
                                + " + 6 make-up working days = 17");
                default -> assertThat(r.warnings()).isEmpty();
            }
        }

        @Test
        void the2027PlaceholderHasNoDays() {
            assertThatThrownBy(() -> resource("cn/holiday-cn/2027.json", true))
                    .isInstanceOf(ChinaScheduleException.class)
                    .hasMessage("cn/holiday-cn/2027.json: days: no days (the file lists no day off and no working day)");
        }

        @Test
        void theOldNamesOf2007And2008AreKnown() throws IOException {
            LoadResult r = holidayCn("""
                    {"year": 2027, "papers": ["https://www.gov.cn/x.htm"], "days": [
                      {"name": "“五一”", "date": "2027-05-01", "isOffDay": true},
                      {"name": "“十一”", "date": "2027-10-01", "isOffDay": true},
                      {"name": "“五一”国际劳动节", "date": "2027-05-02", "isOffDay": true}]}""");
            assertThat(r.schedule().blocks()).extracting(ChinaSchedule.Block::festivals).containsExactly(
                    List.of(ChinaPublicHoliday.LABOUR_DAY), List.of(ChinaPublicHoliday.NATIONAL_DAY));
        }

        @Test
        void aCombinedNameMakesOneBlockWithBothFestivalsAndWeekendGapsAreFilled() throws IOException {
            LoadResult r = holidayCn(holidayCnWith("""
                    {"name": "国庆节、中秋节", "date": "2027-10-01", "isOffDay": true},
                    {"name": "中秋节、国庆节", "date": "2027-10-04", "isOffDay": true},
                    {"name": "国庆节", "date": "2027-09-26", "isOffDay": false}"""));
            ChinaSchedule.Block b = r.schedule().blocks().get(0);
            assertThat(r.schedule().blocks()).hasSize(1);
            assertThat(b.festivals()).containsExactly(ChinaPublicHoliday.MID_AUTUMN, ChinaPublicHoliday.NATIONAL_DAY);
            assertThat(b.daysOff()).containsExactly(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 2),
                    LocalDate.of(2027, 10, 3), LocalDate.of(2027, 10, 4));
            assertThat(b.makeupWorkdays()).containsExactly(LocalDate.of(2027, 9, 26));
        }

        @Test
        void theFixtureOf2027LoadsWithoutWarnings() throws IOException {
            LoadResult r = resource("cn/fixture-2027-holiday-cn.json", true);
            assertThat(r.warnings()).isEmpty();
            assertThat(r.schedule().blocks()).isEqualTo(resource("cn/fixture-2027.json", false).schedule().blocks());
        }

        @Test
        void aFileWithoutPapersCitesTheNoticeByTitle() throws IOException {
            LoadResult r = holidayCn("""
                    {"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}""");
            assertThat(r.schedule().sources()).containsExactly(
                    Source.of(SourceType.NOTICE, "国务院办公厅关于2027年部分节假日安排的通知"));
            assertThat(r.warnings()).first()
                    .isEqualTo("hc.json: papers: no notice URL; the schedule cites the notice by title only");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Errors {

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                ``                                      | test.json: empty file (no JSON document)
                `   `                                   | test.json: empty file (no JSON document)
                `[]`                                    | test.json: expected an object but was []
                `{"year": 2027}`                        | test.json: format: missing required field
                `{"format": "holiday-cn"}`              | test.json: format: unsupported format "holiday-cn"; expected "consularkit.cn-schedule/1"
                `{"format": 1}`                         | test.json: format: expected a string but was 1
                `{"format": "consularkit.cn-schedule/1", "year": "2027"}` | test.json: year: expected an integer year but was "2027"
                `{"format": "consularkit.cn-schedule/1", "year": 2027.5}` | test.json: year: expected an integer year but was 2027.5
                `{"format": "consularkit.cn-schedule/1", "year": 1999}` | test.json: year: year 1999 is outside 2000-2100
                `{"format": "consularkit.cn-schedule/1", "year": 2027}` | test.json: sources: missing required field
                `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": []}` | test.json: sources: no sources (at least the notice is needed)
                `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"url": "https://a.cn"}]}` | test.json: sources[0].citation: missing required field
                `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "x", "url": "ftp://a.cn"}]}` | test.json: sources[0].url: not an absolute http(s) URL: "ftp://a.cn"
                `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "x", "type": "BLOG"}]}` | test.json: sources[0].type: unknown source type "BLOG"; known: STATUTE, EXECUTIVE_ORDER, NOTICE, DERIVED_RULE, PAGE
                `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "x"}], "blocks": []}` | test.json: blocks: no days (the schedule has no block)
                `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "x"}], "blocks": {}}` | test.json: blocks: expected an array but was {}
                `{"format": "consularkit.cn-schedule/1", "yaer": 2027}` | test.json: yaer: unknown field; allowed: blocks, description, format, note, sources, year
                """)
        void documentErrors(String json, String message) {
            assertThatThrownBy(() -> own(json == null ? "" : json))
                    .isInstanceOf(ChinaScheduleException.class)
                    .hasMessage(message);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                `{"festivals": ["xmas"], "daysOff": ["2027-12-25"]}` | test.json: blocks[0].festivals[0]: unknown festival "xmas"; known: new-years-day, spring-festival, qingming-festival, labour-day, dragon-boat-festival, mid-autumn-festival, national-day, victory-day-2015
                `{"festivals": ["victory-day-2015"], "daysOff": ["2027-09-03"]}` | test.json: blocks[0].festivals[0]: festival "victory-day-2015" is only allowed in 2015
                `{"festivals": [], "daysOff": ["2027-01-01"]}` | test.json: blocks[0].festivals: no festival
                `{"festivals": "new-years-day", "daysOff": ["2027-01-01"]}` | test.json: blocks[0].festivals: expected an array but was "new-years-day"
                `{"festivals": [1], "daysOff": ["2027-01-01"]}` | test.json: blocks[0].festivals[0]: expected a string but was 1
                `{"festivals": ["new-years-day"]}` | test.json: blocks[0].daysOff: missing required field
                `{"festivals": ["new-years-day"], "daysOff": []}` | test.json: blocks[0].daysOff: no day off
                `{"festivals": ["new-years-day"], "daysOff": ["2027-1-1"]}` | test.json: blocks[0].daysOff[0]: not a date (yyyy-MM-dd): "2027-1-1"
                `{"festivals": ["new-years-day"], "daysOff": ["2027-02-30"]}` | test.json: blocks[0].daysOff[0]: not a date (yyyy-MM-dd): "2027-02-30"
                `{"festivals": ["new-years-day"], "daysOff": [20270101]}` | test.json: blocks[0].daysOff[0]: expected a string but was 20270101
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-03/2027-01-01"]}` | test.json: blocks[0].daysOff[0]: range ends before it starts: "2027-01-03/2027-01-01"
                `{"festivals": ["new-years-day"], "daysOff": ["2029-01-01"]}` | test.json: blocks[0].daysOff[0]: 2029-01-01 is outside the years 2026-2028 (the schedule's year 2027 ± 1)
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-01", "2027-01-01"]}` | test.json: blocks[0].daysOff[1]: 2027-01-01 is listed twice (also blocks[0].daysOff[0])
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-01/2027-01-03"], "makeupWorkdays": ["2027-01-02"]}` | test.json: blocks[0].makeupWorkdays[0]: 2027-01-02 is both a day off and a make-up working day (also blocks[0].daysOff[0])
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-01"], "makeupWorkdays": ["2027-01-04"]}` | test.json: blocks[0].makeupWorkdays[0]: 2027-01-04 is a MONDAY; a make-up working day must be a Saturday or Sunday
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-01"], "workdays": []}` | test.json: blocks[0].workdays: unknown field; allowed: daysOff, festivals, makeupWorkdays, note
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-01"]}, {"festivals": ["new-years-day"], "daysOff": ["2027-01-02"]}` | test.json: blocks[1].festivals[0]: festival "new-years-day" is listed twice (also blocks[0].festivals[0])
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-01/2027-01-02"]}, {"festivals": ["labour-day"], "daysOff": ["2027-05-01"], "makeupWorkdays": ["2027-01-02"]}` | test.json: blocks[1].makeupWorkdays[0]: 2027-01-02 is both a day off and a make-up working day (also blocks[0].daysOff[0])
                """)
        void blockErrors(String block, String message) {
            assertThatThrownBy(() -> own(ownWith(block)))
                    .isInstanceOf(ChinaScheduleException.class)
                    .hasMessage(message);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                ``                                      | hc.json: empty file (no JSON document)
                `{"papers": [], "days": []}`            | hc.json: year: missing required field
                `{"year": "2027", "papers": [], "days": []}` | hc.json: year: expected an integer year but was "2027"
                `{"year": 2027, "papers": []}`          | hc.json: days: missing required field
                `{"year": 2027, "papers": [], "days": []}` | hc.json: days: no days (the file lists no day off and no working day)
                `{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}` | hc.json: papers: missing required field
                `{"year": 2027, "papers": ["www.gov.cn"], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}` | hc.json: papers[0]: not an absolute http(s) URL: "www.gov.cn"
                `{"year": 2027, "papers": [], "days": [{"name": "圣诞节", "date": "2027-12-25", "isOffDay": true}]}` | hc.json: days[0].name: unknown festival "圣诞节"
                `{"year": 2027, "papers": [], "days": [{"name": "国庆节、圣诞节", "date": "2027-12-25", "isOffDay": true}]}` | hc.json: days[0].name: unknown festival "国庆节、圣诞节"
                `{"year": 2027, "papers": [], "days": [{"date": "2027-01-01", "isOffDay": true}]}` | hc.json: days[0].name: missing required field
                `{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": "true"}]}` | hc.json: days[0].isOffDay: expected true or false but was "true"
                `{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "01/01/2027", "isOffDay": true}]}` | hc.json: days[0].date: not a date (yyyy-MM-dd): "01/01/2027"
                `{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2025-12-31", "isOffDay": true}]}` | hc.json: days[0].date: 2025-12-31 is outside the years 2026-2028 (the schedule's year 2027 ± 1)
                `{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2025-12-31", "isOffDay": false}]}` | hc.json: days[0].date: 2025-12-31 is outside the years 2026-2028 (the schedule's year 2027 ± 1)
                `{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}` | hc.json: days[1].date: 2027-01-01 is listed twice (also days[0].date)
                `{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-02", "isOffDay": true}, {"name": "春节", "date": "2027-01-02", "isOffDay": false}]}` | hc.json: days[1].date: 2027-01-02 is both a day off and a make-up working day (also days[0].date)
                `{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-02", "isOffDay": false}]}` | hc.json: days[0]: festival 元旦 has make-up working days but no day off
                `{"year": 2027, "papers": [], "days": [{"name": "抗日战争暨世界反法西斯战争胜利70周年纪念日", "date": "2027-09-03", "isOffDay": true}]}` | hc.json: days[0].name: festival "抗日战争暨世界反法西斯战争胜利70周年纪念日" is only allowed in 2015
                `[{"year": 2027}]`                      | hc.json: expected an object but was [{"year":2027}]
                """)
        void holidayCnErrors(String json, String message) {
            assertThatThrownBy(() -> holidayCn(json == null ? "" : json))
                    .isInstanceOf(ChinaScheduleException.class)
                    .hasMessage(message);
        }

        @Test
        void malformedJsonGivesTheParsersLineAndColumn() {
            assertThatThrownBy(() -> own("{\"format\": \"consularkit.cn-schedule/1\",\n  \"year\": 2027, }"))
                    .isInstanceOf(ChinaScheduleException.class)
                    .hasMessageStartingWith("test.json: malformed JSON at line 2, column 17: Unexpected character ('}'");
            assertThatThrownBy(() -> own("{\"year\": 2027} {}"))
                    .hasMessageStartingWith("test.json: malformed JSON at line 1, column 16: Trailing token");
            assertThatThrownBy(() -> own("{\"year\": 2027, \"year\": 2028}"))
                    .hasMessage("test.json: malformed JSON at line 1, column 22: Duplicate field 'year'");
            assertThatThrownBy(() -> holidayCn("{\"year\": 2027, \"papers\": [], \"days\": [}"))
                    .isInstanceOf(ChinaScheduleException.class)
                    .hasMessageStartingWith("hc.json: malformed JSON at line 1, column 39: Unexpected close marker '}'");
        }

        @Test
        void theExceptionCarriesTheFileAndThePath() {
            assertThatThrownBy(() -> own(ownWith("""
                    {"festivals": ["new-years-day"], "daysOff": ["2027-01-01", "nope"]}""")))
                    .isInstanceOfSatisfying(ChinaScheduleException.class, e -> {
                        assertThat(e.sourceName()).isEqualTo("test.json");
                        assertThat(e.path()).isEqualTo("blocks[0].daysOff[1]");
                    });
        }

        @Test
        void nullArgumentsAreRejected() {
            assertThatThrownBy(() -> ChinaScheduleLoader.read(null, "x")).isInstanceOf(NullPointerException.class)
                    .hasMessage("in");
            assertThatThrownBy(() -> ChinaScheduleLoader.read(stream("{}"), null))
                    .isInstanceOf(NullPointerException.class).hasMessage("sourceName");
            assertThatThrownBy(() -> ChinaScheduleLoader.readHolidayCn((Path) null))
                    .isInstanceOf(NullPointerException.class).hasMessage("file");
        }
    }
}
