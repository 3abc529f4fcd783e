package org.consularkit.calendar.internal.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.core.DataFileException;
import org.junit.jupiter.api.Test;

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
}
