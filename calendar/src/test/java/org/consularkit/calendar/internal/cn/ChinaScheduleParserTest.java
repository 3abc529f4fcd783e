package org.consularkit.calendar.internal.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.consularkit.calendar.ChinaPublicHoliday;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.calendar.ChinaScheduleLoader.LoadResult;
import org.consularkit.core.DataFileException;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChinaScheduleParserTest {

    private static final String MULTI = """
            {"format": "consularkit.cn-schedules/1", "version": "2026-11-27",
             "sources": [{"type": "PAGE", "citation": "data set", "url": "https://example.org/"}],
             "schedules": [LIST]}""";

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String year(int year, int dateYear) {
        return String.format(Locale.ROOT, """
                {"year": %d, "sources": [{"citation": "n"}],
                 "blocks": [{"festivals": ["new-years-day"], "daysOff": ["%d-01-01"]}]}""", year, dateYear);
    }

    private static List<ChinaSchedule> multi(String list) throws IOException {
        return ChinaScheduleParser.readMulti(stream(MULTI.replace("LIST", list)), "multi.json");
    }

    @Test
    void readsSeveralYears() throws IOException {
        List<ChinaSchedule> all = multi(year(2030, 2030) + ", " + year(2031, 2031));
        assertThat(all).extracting(ChinaSchedule::year).containsExactly(2030, 2031);
    }

    @Test
    void aYearTwiceIsAnError() {
        assertThatThrownBy(() -> multi(year(2030, 2030) + ", " + year(2030, 2030)))
                .isInstanceOf(DataFileException.class)
                .hasMessage("multi.json:4:85: $.schedules[1].year: expected a year without another schedule (2030 is"
                        + " also at $.schedules[0].year), but was 2030");
    }

    @Test
    void pathsOfNestedErrorsStartWithTheSchedule() {
        assertThatThrownBy(() -> multi(year(2030, 2032)))
                .isInstanceOf(DataFileException.class)
                .hasMessage("multi.json:4:58: $.schedules[0].blocks[0].daysOff[0]: expected a date in the years"
                        + " 2029-2031 (the schedule's year 2030 ± 1), but was \"2032-01-01\"");
    }

    @Test
    void theOneYearFormatIsNotTheBuiltInFormat() {
        assertThatThrownBy(() -> ChinaScheduleParser.readMulti(stream(MULTI.replace("consularkit.cn-schedules/1",
                "consularkit.cn-schedule/1").replace("LIST", "")), "multi.json"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("multi.json:1:12: $.format: expected the format id \"consularkit.cn-schedules/1\","
                        + " but was \"consularkit.cn-schedule/1\"");
    }

    @Test
    void theBuiltInFileNeedsTheHeader() {
        assertThatThrownBy(() -> ChinaScheduleParser.readMulti(stream("""
                {"format": "consularkit.cn-schedules/1", "schedules": []}"""), "multi.json"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("multi.json:1:1: $.version: expected a date (yyyy-MM-dd), but was missing");
        assertThatThrownBy(() -> ChinaScheduleParser.readMulti(stream("""
                {"format": "consularkit.cn-schedules/1", "version": "2026-11-27", "sources": [], "schedules": []}"""),
                "multi.json"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("multi.json:1:78: $.sources: expected at least one source, but was []");
        assertThatThrownBy(() -> ChinaScheduleParser.readMulti(stream("""
                {"format": "consularkit.cn-schedules/1", "derivedFrom": "x"}"""), "multi.json"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("multi.json:1:57: $.derivedFrom: unknown field (the fields are: format, version, sources,"
                        + " description, note, schedules)");
    }

    @Test
    void aScheduleOfTheBuiltInFileHasNoFormatOfItsOwn() {
        assertThatThrownBy(() -> multi("{\"format\": \"consularkit.cn-schedule/1\"}"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("multi.json:3:27: $.schedules[0].format: unknown field (the fields are: year, sources,"
                        + " blocks, note)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "description": 1, "schedules": [YEAR] | multi.json:3:17: $.description: expected a string (free text), but was 1
            "note": [], "schedules": [YEAR]       | multi.json:3:10: $.note: expected a string (free text), but was []
            "schedules": [NOTE]                   | multi.json:3:25: $.schedules[0].note: expected a string (free text), but was true
            """)
    void theFreeTextOfTheBuiltInFileAndOfItsSchedulesIsAString(String members, String message) {
        String note = year(2030, 2030).replace("{\"year\"", "{\"note\": true, \"year\"");
        String json = MULTI.replace("\"schedules\": [LIST]", members.replace("YEAR", year(2030, 2030))
                .replace("NOTE", note));
        assertThatThrownBy(() -> ChinaScheduleParser.readMulti(stream(json), "multi.json"))
                .isInstanceOf(DataFileException.class)
                .hasMessage(message);
    }

    private static LoadResult holidayCn(String json) throws IOException {
        return ChinaScheduleParser.readHolidayCn(stream(json), "hc.json");
    }

    @Test
    void aHolidayCnPaperAfterTheFirstIsCitedAsAnAdjustmentWithItsNumber() throws IOException {
        LoadResult r = holidayCn("""
                {"year": 2027, "papers": ["https://example.org/a", "https://example.org/b", "https://example.org/c"],
                 "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}""");
        assertThat(r.schedule().sources()).containsExactly(
                Source.of(SourceType.NOTICE, "国务院办公厅关于2027年部分节假日安排的通知", URI.create("https://example.org/a")),
                Source.of(SourceType.NOTICE, "关于调整2027年节假日安排的通知（第2份文件）", URI.create("https://example.org/b")),
                Source.of(SourceType.NOTICE, "关于调整2027年节假日安排的通知（第3份文件）", URI.create("https://example.org/c")));
    }

    @Test
    void holidayCnDaysThatShareAFestivalWithTwoBlocksMergeThemIntoOne() throws IOException {
        LoadResult r = holidayCn("""
                {"year": 2027, "papers": [], "days": [
                 {"name": "中秋节", "date": "2027-10-01", "isOffDay": true},
                 {"name": "国庆节", "date": "2027-10-02", "isOffDay": true},
                 {"name": "中秋节、国庆节", "date": "2027-10-03", "isOffDay": true}]}""");
        assertThat(r.schedule().blocks()).containsExactly(ChinaSchedule.Block.of(
                List.of(ChinaPublicHoliday.MID_AUTUMN, ChinaPublicHoliday.NATIONAL_DAY),
                List.of(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 2), LocalDate.of(2027, 10, 3)), List.of()));
    }

    @Test
    void aListedMakeupWeekendDayBetweenTwoHolidayCnDaysOffStaysAWorkingDay() throws IOException {
        // Friday 1 and Monday 4 January 2027 off, Saturday 2 a make-up working day: only Sunday 3 is added.
        LoadResult r = holidayCn("""
                {"year": 2027, "papers": [], "days": [
                 {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                 {"name": "元旦", "date": "2027-01-02", "isOffDay": false},
                 {"name": "元旦", "date": "2027-01-04", "isOffDay": true}]}""");
        assertThat(r.schedule().blocks()).containsExactly(ChinaSchedule.Block.of(ChinaPublicHoliday.NEW_YEARS_DAY,
                List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 4)),
                List.of(LocalDate.of(2027, 1, 2))));
    }
}
