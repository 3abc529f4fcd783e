package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.consularkit.calendar.ChinaScheduleLoader.LoadResult;
import org.consularkit.core.DataFileException;
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
                    .isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith(file + ":1:2: $: malformed JSON: ");
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
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("cn/holiday-cn/2027.json:6:13: $.days: expected at least one day, but was []");
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
                ``                                      | test.json: $: expected a JSON document, but was empty
                `   `                                   | test.json: $: expected a JSON document, but was empty
                `[]`                                    | test.json:1:1: $: expected an object, but was []
                `{"year": 2027}`                        | test.json:1:1: $.format: expected the format id consularkit.cn-schedule/1, but was missing
                `{"format": "holiday-cn"}`              | test.json:1:12: $.format: expected the format id "consularkit.cn-schedule/1", but was "holiday-cn"
                `{"format": 1}`                         | test.json:1:12: $.format: expected the format id "consularkit.cn-schedule/1", but was 1
                `{"format": "consularkit.cn-schedule/1", "year": "2027"}` | test.json:1:49: $.year: expected an integer from 2000 to 2100, but was "2027"
                `{"format": "consularkit.cn-schedule/1", "year": 2027.5}` | test.json:1:49: $.year: expected an integer from 2000 to 2100, but was 2027.5
                `{"format": "consularkit.cn-schedule/1", "year": 1999}` | test.json:1:49: $.year: expected an integer from 2000 to 2100, but was 1999
                `{"format": "consularkit.cn-schedule/1", "year": 2027}` | test.json:1:1: $.sources: expected an array of at least one source, but was missing
                `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": []}` | test.json:1:66: $.sources: expected at least one source, but was []
                `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"url": "https://a.cn"}]}` | test.json:1:67: $.sources[0].citation: expected a non-blank string, but was missing
                `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "x", "url": "ftp://a.cn"}]}` | test.json:1:92: $.sources[0].url: expected an absolute http(s) URL, but was "ftp://a.cn"
                `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "x", "type": "BLOG"}]}` | test.json:1:93: $.sources[0].type: expected one of STATUTE, EXECUTIVE_ORDER, NOTICE, DERIVED_RULE, PAGE, but was "BLOG"
                `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "x"}], "blocks": []}` | test.json:1:97: $.blocks: expected at least one block, but was []
                `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "x"}], "blocks": {}}` | test.json:1:97: $.blocks: expected an array, but was {}
                `{"format": "consularkit.cn-schedule/1", "yaer": 2027}` | test.json:1:49: $.yaer: unknown field (the fields are: format, year, version, sources, blocks, description, note)
                `{"format": "consularkit.cn-schedule/1", "note": 1}` | test.json:1:49: $.note: expected a string (free text), but was 1
                `{"format": "consularkit.cn-schedule/1", "description": true}` | test.json:1:56: $.description: expected a string (free text), but was true
                `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "x", "note": 1}]}` | test.json:1:93: $.sources[0].note: expected a string (free text), but was 1
                """)
        void documentErrors(String json, String message) {
            assertThatThrownBy(() -> own(json == null ? "" : json))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(message);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                `{"festivals": ["xmas"], "daysOff": ["2027-12-25"]}` | test.json:3:28: $.blocks[0].festivals[0]: expected one of new-years-day, spring-festival, qingming-festival, labour-day, dragon-boat-festival, mid-autumn-festival, national-day, victory-day-2015, but was "xmas"
                `{"festivals": ["victory-day-2015"], "daysOff": ["2027-09-03"]}` | test.json:3:28: $.blocks[0].festivals[0]: expected a festival of 2027 (victory-day-2015 exists only in 2015), but was "victory-day-2015"
                `{"festivals": [], "daysOff": ["2027-01-01"]}` | test.json:3:27: $.blocks[0].festivals: expected at least one festival, but was []
                `{"festivals": "new-years-day", "daysOff": ["2027-01-01"]}` | test.json:3:27: $.blocks[0].festivals: expected an array, but was "new-years-day"
                `{"festivals": [1], "daysOff": ["2027-01-01"]}` | test.json:3:28: $.blocks[0].festivals[0]: expected one of new-years-day, spring-festival, qingming-festival, labour-day, dragon-boat-festival, mid-autumn-festival, national-day, victory-day-2015, but was 1
                `{"festivals": ["new-years-day"]}` | test.json:3:13: $.blocks[0].daysOff: expected an array of at least one day off, but was missing
                `{"festivals": ["new-years-day"], "daysOff": []}` | test.json:3:57: $.blocks[0].daysOff: expected at least one day off, but was []
                `{"festivals": ["new-years-day"], "daysOff": ["2027-1-1"]}` | test.json:3:58: $.blocks[0].daysOff[0]: expected a date (yyyy-MM-dd) or a range (yyyy-MM-dd/yyyy-MM-dd), but was "2027-1-1"
                `{"festivals": ["new-years-day"], "daysOff": ["2027-02-30"]}` | test.json:3:58: $.blocks[0].daysOff[0]: expected a date (yyyy-MM-dd) or a range (yyyy-MM-dd/yyyy-MM-dd), but was "2027-02-30"
                `{"festivals": ["new-years-day"], "daysOff": [20270101]}` | test.json:3:58: $.blocks[0].daysOff[0]: expected a date (yyyy-MM-dd) or a range (yyyy-MM-dd/yyyy-MM-dd), but was 20270101
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-03/2027-01-01"]}` | test.json:3:58: $.blocks[0].daysOff[0]: expected a range that does not end before it starts, but was "2027-01-03/2027-01-01"
                `{"festivals": ["new-years-day"], "daysOff": ["2029-01-01"]}` | test.json:3:58: $.blocks[0].daysOff[0]: expected a date in the years 2026-2028 (the schedule's year 2027 ± 1), but was "2029-01-01"
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-01", "2027-01-01"]}` | test.json:3:72: $.blocks[0].daysOff[1]: expected a date listed once (2027-01-01 is also at $.blocks[0].daysOff[0]), but was "2027-01-01"
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-01/2027-01-03"], "makeupWorkdays": ["2027-01-02"]}` | test.json:3:103: $.blocks[0].makeupWorkdays[0]: expected a date that is not both a day off and a make-up working day (2027-01-02 is also at $.blocks[0].daysOff[0]), but was "2027-01-02"
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-01"], "makeupWorkdays": ["2027-01-04"]}` | test.json:3:92: $.blocks[0].makeupWorkdays[0]: expected a Saturday or Sunday for a make-up working day (2027-01-04 is a MONDAY), but was "2027-01-04"
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-01"], "note": 1}` | test.json:3:81: $.blocks[0].note: expected a string (free text), but was 1
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-01"], "workdays": []}` | test.json:3:85: $.blocks[0].workdays: unknown field (the fields are: festivals, daysOff, makeupWorkdays, note)
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-01"]}, {"festivals": ["new-years-day"], "daysOff": ["2027-01-02"]}` | test.json:3:89: $.blocks[1].festivals[0]: expected a festival without another block (new-years-day is also at $.blocks[0].festivals[0]), but was "new-years-day"
                `{"festivals": ["new-years-day"], "daysOff": ["2027-01-01/2027-01-02"]}, {"festivals": ["labour-day"], "daysOff": ["2027-05-01"], "makeupWorkdays": ["2027-01-02"]}` | test.json:3:161: $.blocks[1].makeupWorkdays[0]: expected a date that is not both a day off and a make-up working day (2027-01-02 is also at $.blocks[0].daysOff[0]), but was "2027-01-02"
                """)
        void blockErrors(String block, String message) {
            assertThatThrownBy(() -> own(ownWith(block)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(message);
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                ``                                      | hc.json: $: expected a JSON document, but was empty
                `{"papers": [], "days": []}`            | hc.json:1:1: $.year: expected an integer from 2000 to 2100, but was missing
                `{"year": "2027", "papers": [], "days": []}` | hc.json:1:10: $.year: expected an integer from 2000 to 2100, but was "2027"
                `{"year": 2027, "papers": []}`          | hc.json:1:1: $.days: expected an array of at least one day, but was missing
                `{"year": 2027, "papers": [], "days": []}` | hc.json:1:38: $.days: expected at least one day, but was []
                `{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}` | hc.json:1:1: $.papers: expected an array, but was missing
                `{"year": 2027, "papers": ["www.gov.cn"], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}` | hc.json:1:27: $.papers[0]: expected an absolute http(s) URL, but was "www.gov.cn"
                `{"year": 2027, "papers": [], "days": [{"name": "圣诞节", "date": "2027-12-25", "isOffDay": true}]}` | hc.json:1:48: $.days[0].name: expected a festival name of holiday-cn, or names joined by 、 (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, 抗日战争暨世界反法西斯战争胜利70周年纪念日), but was "圣诞节"
                `{"year": 2027, "papers": [], "days": [{"name": "国庆节、圣诞节", "date": "2027-12-25", "isOffDay": true}]}` | hc.json:1:48: $.days[0].name: expected a festival name of holiday-cn, or names joined by 、 (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, 抗日战争暨世界反法西斯战争胜利70周年纪念日), but was "国庆节、圣诞节"
                `{"year": 2027, "papers": [], "days": [{"date": "2027-01-01", "isOffDay": true}]}` | hc.json:1:39: $.days[0].name: expected a festival name of holiday-cn, or names joined by 、 (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, 抗日战争暨世界反法西斯战争胜利70周年纪念日), but was missing
                `{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": "true"}]}` | hc.json:1:88: $.days[0].isOffDay: expected true or false, but was "true"
                `{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "01/01/2027", "isOffDay": true}]}` | hc.json:1:62: $.days[0].date: expected a date (yyyy-MM-dd), but was "01/01/2027"
                `{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2025-12-31", "isOffDay": true}]}` | hc.json:1:62: $.days[0].date: expected a date in the years 2026-2028 (the schedule's year 2027 ± 1), but was "2025-12-31"
                `{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2025-12-31", "isOffDay": false}]}` | hc.json:1:62: $.days[0].date: expected a date in the years 2026-2028 (the schedule's year 2027 ± 1), but was "2025-12-31"
                `{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}` | hc.json:1:118: $.days[1].date: expected a date listed once (2027-01-01 is also at $.days[0].date), but was "2027-01-01"
                `{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-02", "isOffDay": true}, {"name": "春节", "date": "2027-01-02", "isOffDay": false}]}` | hc.json:1:118: $.days[1].date: expected a date that is not both a day off and a make-up working day (2027-01-02 is also at $.days[0].date), but was "2027-01-02"
                `{"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-01-02", "isOffDay": false}]}` | hc.json:1:39: $.days[0]: expected a day off for every festival (元旦 has make-up working days only), but was {"name":"元旦","date":"2027-01-02","isOffDay":false}
                `{"year": 2027, "papers": [], "days": [{"name": "抗日战争暨世界反法西斯战争胜利70周年纪念日", "date": "2027-09-03", "isOffDay": true}]}` | hc.json:1:48: $.days[0].name: expected a festival of 2027 (抗日战争暨世界反法西斯战争胜利70周年纪念日 exists only in 2015), but was "抗日战争暨世界反法西斯战争胜利70周年纪念日"
                `[{"year": 2027}]`                      | hc.json:1:1: $: expected an object, but was [{"year":2027}]
                """)
        void holidayCnErrors(String json, String message) {
            assertThatThrownBy(() -> holidayCn(json == null ? "" : json))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(message);
        }

        @Test
        void malformedJsonGivesTheParsersLineAndColumn() {
            assertThatThrownBy(() -> own("{\"format\": \"consularkit.cn-schedule/1\",\n  \"year\": 2027, }"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith("test.json:2:17: $: malformed JSON: Unexpected character ('}'");
            assertThatThrownBy(() -> own("{\"year\": 2027} {}"))
                    .hasMessage("test.json:1:16: $: expected the end of the document after its value, but was more content");
            assertThatThrownBy(() -> own("{\"year\": 2027, \"year\": 2028}"))
                    .hasMessage("test.json:1:22: $: malformed JSON: Duplicate field 'year'");
            assertThatThrownBy(() -> holidayCn("{\"year\": 2027, \"papers\": [], \"days\": [}"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith("hc.json:1:39: $: malformed JSON: Unexpected close marker '}'");
        }

        @Test
        void theExceptionCarriesTheFileThePathThePositionAndTheValue() {
            assertThatThrownBy(() -> own(ownWith("""
                    {"festivals": ["new-years-day"], "daysOff": ["2027-01-01", "nope"]}""")))
                    .isInstanceOfSatisfying(DataFileException.class, e -> {
                        assertThat(e.file()).isEqualTo("test.json");
                        assertThat(e.path()).isEqualTo("$.blocks[0].daysOff[1]");
                        assertThat(e.line()).hasValue(3);
                        assertThat(e.column()).hasValue(72);
                        assertThat(e.problem()).isEqualTo("expected a date (yyyy-MM-dd) or a range (yyyy-MM-dd/yyyy-MM-dd)");
                        assertThat(e.value()).hasValue("\"nope\"");
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

    //-----------------------------------------------------------------------
    /** Regression tests of reported defects, one per defect, each reproducing the reported case. */
    @Nested
    class Regressions {

        private static String ownOf(int year, String block) {
            return """
                    {"format": "consularkit.cn-schedule/1", "year": %d, "sources": [{"citation": "x"}],
                     "blocks": [%s]}""".formatted(year, block);
        }

        private static String holidayCnOf(int year, String days) {
            return """
                    {"year": %d, "papers": [], "days": [%s]}""".formatted(year, days);
        }

        /**
         * A block whose weekend reached further than a year from the schedule's year loaded with
         * warnings and then made every query of three years of the calendar throw. Each file of
         * the set is either rejected or gives a calendar that answers every date 2000-2100.
         */
        @Test
        void aBlockWhoseAdjoiningWeekendLeavesTheYearsIsRejectedAndNoLoadedFileBreaksTheCalendar() throws IOException {
            assertThatThrownBy(() -> own("""
                    {"format":"consularkit.cn-schedule/1","year":2025,"sources":[{"citation":"x"}],\
                    "blocks":[{"festivals":["new-years-day"],"daysOff":["2024-01-01"]}]}"""))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("test.json:1:132: $.blocks[0].daysOff[0]: expected a block of days off that stays within"
                            + " the years 2024-2026 with the weekend next to it (2024-01-01 reaches 2023-12-30), but was"
                            + " \"2024-01-01\"");
            assertThatThrownBy(() -> holidayCn(holidayCnOf(2025, """
                    {"name":"元旦","date":"2024-01-01","isOffDay":true}""")))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("hc.json:1:59: $.days[0].date: expected a block of days off that stays within the years"
                            + " 2024-2026 with the weekend next to it (2024-01-01 reaches 2023-12-30), but was \"2024-01-01\"");
            List<String> own = List.of(
                    ownOf(2025, "{\"festivals\": [\"new-years-day\"], \"daysOff\": [\"2024-01-01\"]}"),
                    ownOf(2019, "{\"festivals\": [\"new-years-day\"], \"daysOff\": [\"2018-01-01/2018-01-02\"]}"),
                    ownOf(2026, "{\"festivals\": [\"national-day\"], \"daysOff\": [\"2027-12-31\"]}"),
                    ownOf(2026, "{\"festivals\": [\"national-day\"], \"daysOff\": [\"2027-12-30\"]}"),
                    ownOf(2025, "{\"festivals\": [\"new-years-day\"], \"daysOff\": [\"2024-01-02\"]}"),
                    ownOf(2025, "{\"festivals\": [\"new-years-day\"], \"daysOff\": [\"2024-12-30/2025-01-01\"],"
                            + " \"makeupWorkdays\": [\"2024-12-28\"]}"),
                    ownOf(2000, "{\"festivals\": [\"new-years-day\"], \"daysOff\": [\"1999-01-04\"],"
                            + " \"makeupWorkdays\": [\"1999-01-02\"]}"),
                    ownOf(2100, "{\"festivals\": [\"new-years-day\"], \"daysOff\": [\"2101-12-29/2101-12-30\"]}"),
                    ownOf(2100, "{\"festivals\": [\"new-years-day\"], \"daysOff\": [\"2101-12-28/2101-12-29\"]}"));
            List<String> holidayCn = List.of(
                    holidayCnOf(2025, "{\"name\": \"元旦\", \"date\": \"2024-01-01\", \"isOffDay\": true}"),
                    holidayCnOf(2026, "{\"name\": \"国庆节、中秋节\", \"date\": \"2027-12-31\", \"isOffDay\": true}"),
                    holidayCnOf(2100, "{\"name\": \"元旦\", \"date\": \"2101-01-03\", \"isOffDay\": true},"
                            + " {\"name\": \"元旦\", \"date\": \"2101-01-07\", \"isOffDay\": true}"));
            int loaded = 0;
            int rejected = 0;
            for (String json : own) {
                ChinaSchedule s;
                try {
                    s = own(json).schedule();
                } catch (DataFileException e) {
                    rejected++;
                    continue;
                }
                assertAnswersEveryDate(ChinaHolidays.calendar().withSchedule(s), json);
                loaded++;
            }
            for (String json : holidayCn) {
                ChinaSchedule s;
                try {
                    s = holidayCn(json).schedule();
                } catch (DataFileException e) {
                    rejected++;
                    continue;
                }
                assertAnswersEveryDate(ChinaHolidays.calendar().withSchedule(s), json);
                loaded++;
            }
            assertThat(rejected).isEqualTo(6);
            assertThat(loaded).isEqualTo(6);
        }

        private void assertAnswersEveryDate(ChinaHolidayCalendar cn, String json) {
            LocalDate end = LocalDate.of(ChinaHolidays.LAST_YEAR + 1, 1, 1);
            for (LocalDate d = LocalDate.of(ChinaHolidays.FIRST_YEAR, 1, 1); d.isBefore(end); d = d.plusDays(1)) {
                LocalDate date = d;
                assertThatCode(() -> cn.dayType(date)).as("%s with %s", date, json).doesNotThrowAnyException();
            }
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                、      | hc.json:1:48: $.days[0].name: expected a festival name of holiday-cn, or names joined by 、 (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, 抗日战争暨世界反法西斯战争胜利70周年纪念日), but was "、"
                元旦、  | hc.json:1:48: $.days[0].name: expected a festival name of holiday-cn, or names joined by 、 (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, 抗日战争暨世界反法西斯战争胜利70周年纪念日), but was "元旦、"
                、元旦  | hc.json:1:48: $.days[0].name: expected a festival name of holiday-cn, or names joined by 、 (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, 抗日战争暨世界反法西斯战争胜利70周年纪念日), but was "、元旦"
                元旦、、春节 | hc.json:1:48: $.days[0].name: expected a festival name of holiday-cn, or names joined by 、 (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, 抗日战争暨世界反法西斯战争胜利70周年纪念日), but was "元旦、、春节"
                """)
        void aHolidayCnNameWithAnEmptyPartIsADataFileExceptionNamingTheField(String name, String message) {
            assertThatThrownBy(() -> holidayCn("{\"year\": 2027, \"papers\": [], \"days\": [{\"name\": \"" + name
                    + "\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(message)
                    .satisfies(e -> assertThat(((DataFileException) e).path()).isEqualTo("$.days[0].name"));
        }

        @Test
        void anUpperCaseUrlSchemeIsAcceptedInSourcesAndPapers() throws IOException {
            LoadResult r = own("""
                    {"format": "consularkit.cn-schedule/1", "year": 2027,
                     "sources": [{"citation": "n", "url": "HTTPS://www.gov.cn/x.htm"}, {"citation": "m", "url": "Http://a.cn/"}],
                     "blocks": [{"festivals": ["new-years-day"], "daysOff": ["2027-01-01"]}]}""");
            assertThat(r.schedule().sources()).extracting(Source::url).containsExactly(
                    Optional.of(URI.create("HTTPS://www.gov.cn/x.htm")), Optional.of(URI.create("Http://a.cn/")));
            LoadResult h = holidayCn("""
                    {"year": 2027, "papers": ["HTTPS://WWW.GOV.CN/x.htm"],
                     "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}""");
            assertThat(h.schedule().sources()).extracting(Source::url)
                    .containsExactly(Optional.of(URI.create("HTTPS://WWW.GOV.CN/x.htm")));
        }

        @Test
        void theCallersStreamIsNotClosedSoTwoEntriesOfOneZipCanBeRead() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("cn-2027.json"));
                zip.write(ownWith("""
                        {"festivals": ["national-day"], "daysOff": ["2027-10-01/2027-10-07"]}""")
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("2027.json"));
                zip.write(holidayCnWith("""
                        {"name": "元旦", "date": "2027-01-01", "isOffDay": true}""").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                assertThat(zip.getNextEntry().getName()).isEqualTo("cn-2027.json");
                assertThat(ChinaScheduleLoader.read(zip, "cn-2027.json").schedule().daysOff()).hasSize(7);
                assertThat(zip.getNextEntry().getName()).isEqualTo("2027.json");
                assertThat(ChinaScheduleLoader.readHolidayCn(zip, "2027.json").schedule().daysOff())
                        .containsExactly(LocalDate.of(2027, 1, 1));
                assertThat(zip.getNextEntry()).isNull();
            }
        }

        @Test
        void unknownMembersOfTheHolidayCnFormatAreRejectedHoweverLarge() {
            String huge = "x".repeat(1_000_000);
            assertThatThrownBy(() -> holidayCn("{\"year\": 2027, \"papers\": [], \"huge\": \"" + huge + "\", \"days\":"
                    + " [{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("hc.json:1:38: $.huge: unknown field (the fields are: $schema, $id, year, papers, days)");
            assertThatThrownBy(() -> holidayCn(holidayCnWith("""
                    {"name": "元旦", "date": "2027-01-01", "isOffDay": true, "note": "x"}""")))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("hc.json:1:128: $.days[0].note: unknown field (the fields are: name, date, isOffDay)");
        }

        @Test
        void theKnownMembersOfHolidayCnFilesAreAccepted() throws IOException {
            LoadResult r = holidayCn("""
                    {"$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
                     "$id": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2027.json",
                     "$comment": "a note", "year": 2027, "papers": [],
                     "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}""");
            assertThat(r.schedule().year()).isEqualTo(2027);
        }

        @Test
        void datesOutsideTheCalendarsYearsGiveAWarning() throws IOException {
            LoadResult r = own(ownOf(2100, """
                    {"festivals": ["new-years-day"], "daysOff": ["2100-01-01", "2101-01-01/2101-01-02"],
                     "makeupWorkdays": ["2101-01-08"]}"""));
            assertThat(r.warnings()).last().isEqualTo("test.json: 3 dates outside the calendar's years 2000-2100,"
                    + " never answered by the calendar: 2101-01-01, 2101-01-02, 2101-01-08");
            LoadResult h = holidayCn(holidayCnOf(2000, """
                    {"name": "元旦", "date": "1999-12-31", "isOffDay": true}"""));
            assertThat(h.warnings()).last().isEqualTo("hc.json: 1 date outside the calendar's years 2000-2100,"
                    + " never answered by the calendar: 1999-12-31");
            assertThat(own(ownWith("""
                    {"festivals": ["new-years-day"], "daysOff": ["2026-12-31/2027-01-01"]}""")).warnings())
                    .noneMatch(w -> w.contains("outside the calendar's years"));
        }

        /**
         * Issue 12, defect 10: {@code "year": 1e400} was reported as "Infinity", and a number longer
         * than jackson-core's limit with Jackson's own text, naming no field.
         */
        @Test
        void aHugeNumberIsQuotedAsWrittenAtItsField() {
            assertThatThrownBy(() -> own("""
                    {"format": "consularkit.cn-schedule/1", "year": 1e400, "sources": [{"citation": "x"}], "blocks": []}"""))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("test.json:1:49: $.year: expected an integer from 2000 to 2100, but was 1e400");
            assertThatThrownBy(() -> holidayCn("""
                    {"year": 1e400, "papers": [], "days": []}"""))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("hc.json:1:10: $.year: expected an integer from 2000 to 2100, but was 1e400");
            String digits = "1".repeat(1001);
            assertThatThrownBy(() -> holidayCn("{\"year\": " + digits + ", \"papers\": [], \"days\": []}"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith("hc.json:1:")
                    .hasMessageContaining(": $.year: exceeds a limit of the reader (values nest at most 64 deep,"
                            + " numbers have at most 1000 digits, strings at most 16777216 characters)")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600));
        }

        @Test
        void aDocumentLargerThanTheMaximumIsRejected(@TempDir Path dir) throws IOException {
            assertThat(ChinaScheduleLoader.MAX_BYTES).isEqualTo(16L * 1024 * 1024);
            assertThatThrownBy(() -> ChinaScheduleLoader.read(endless("{\"format\": \"consularkit.cn-schedule/1\","
                    + " \"note\": \""), "big.json"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageMatching("big\\.json: \\$: expected a document of at most 16777216 bytes,"
                            + " but was larger");
            assertThatThrownBy(() -> ChinaScheduleLoader.readHolidayCn(endless("{\"year\": 2027, \"days\": ["),
                    "big.json"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageMatching("big\\.json: \\$: expected a document of at most 16777216 bytes,"
                            + " but was larger");
            Path file = dir.resolve("big.json");
            try (OutputStream out = Files.newOutputStream(file)) {
                endless("{\"format\": \"consularkit.cn-schedule/1\", \"note\": \"").transferTo(out);
            }
            assertThat(Files.size(file)).isGreaterThan(ChinaScheduleLoader.MAX_BYTES);
            assertThatThrownBy(() -> ChinaScheduleLoader.read(file))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageMatching(Pattern.quote(file.toString()) + ": \\$: expected a document of at"
                            + " most 16777216 bytes, but was larger");
        }

        /** A stream of 17 MiB that begins with a prefix and goes on with spaces (after "[") or "x". */
        private static InputStream endless(String prefix) {
            byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
            byte filler = prefix.endsWith("[") ? (byte) ' ' : (byte) 'x';
            long length = ChinaScheduleLoader.MAX_BYTES + 1024 * 1024;
            return new InputStream() {
                private long position;

                @Override
                public int read() {
                    if (position >= length) {
                        return -1;
                    }
                    byte b = position < head.length ? head[(int) position] : filler;
                    position++;
                    return b & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (position >= length) {
                        return -1;
                    }
                    int n = (int) Math.min(len, length - position);
                    for (int i = 0; i < n; i++) {
                        b[off + i] = position < head.length ? head[(int) position] : filler;
                        position++;
                    }
                    return n;
                }
            };
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Write {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.consularkit.calendar.ChinaScheduleLoaderTest#officialYears")
        void everyBuiltInScheduleRoundTripsInBothFormats(int year) throws IOException {
            ChinaSchedule s = ChinaHolidays.calendar().schedule(year).orElseThrow();
            assertThat(own(ChinaScheduleLoader.toJson(s)).schedule()).isEqualTo(s);
            assertThat(holidayCn(ChinaScheduleLoader.toHolidayCnJson(s)).schedule().blocks()).isEqualTo(s.blocks());
        }

        @Test
        void theLibrarysFormatNamesTheStatutoryDaysOfEachBlock() {
            ChinaSchedule s = ChinaHolidays.calendar().schedule(2025).orElseThrow();
            assertThat(ChinaScheduleLoader.toJson(s)).contains("""
                    {"festivals": ["mid-autumn-festival", "national-day"], "daysOff": ["2025-10-01/2025-10-08"], \
                    "makeupWorkdays": ["2025-09-28", "2025-10-11"], "note": "statutory days: 2025-10-01, 2025-10-02, \
                    2025-10-03, 2025-10-06"}
                    """);
        }

        @Test
        void holidayCnNamesASharedBlockNationalDayFirst() {
            ChinaSchedule s = ChinaHolidays.calendar().schedule(2025).orElseThrow();
            assertThat(ChinaScheduleLoader.toHolidayCnJson(s)).contains("\"name\": \"国庆节、中秋节\"")
                    .contains("\"papers\": [\n        \"https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm\"\n    ]");
        }
    }
}
