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
import org.consularkit.calendar.ChinaScheduleException;
import org.junit.jupiter.api.Test;

class ChinaScheduleParserTest {

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String year(int year, int dateYear) {
        return String.format(Locale.ROOT, """
                {"year": %d, "sources": [{"citation": "n"}],
                 "blocks": [{"festivals": ["new-years-day"], "daysOff": ["%d-01-01"]}]}""", year, dateYear);
    }

    @Test
    void readsSeveralYears() throws IOException {
        List<ChinaSchedule> all = ChinaScheduleParser.readMulti(stream("""
                {"format": "consularkit.cn-schedules/1", "schedules": [LIST]}"""
                .replace("LIST", year(2030, 2030) + ", " + year(2031, 2031))), "multi.json");
        assertThat(all).extracting(ChinaSchedule::year).containsExactly(2030, 2031);
    }

    @Test
    void aYearTwiceIsAnError() {
        assertThatThrownBy(() -> ChinaScheduleParser.readMulti(stream("""
                {"format": "consularkit.cn-schedules/1", "schedules": [LIST]}"""
                .replace("LIST", year(2030, 2030) + ", " + year(2030, 2030))), "multi.json"))
                .isInstanceOf(ChinaScheduleException.class)
                .hasMessage("multi.json: schedules[1].year: year 2030 appears twice (also schedules[0])");
    }

    @Test
    void pathsOfNestedErrorsStartWithTheSchedule() {
        assertThatThrownBy(() -> ChinaScheduleParser.readMulti(stream("""
                {"format": "consularkit.cn-schedules/1", "schedules": [LIST]}"""
                .replace("LIST", year(2030, 2032))), "multi.json"))
                .isInstanceOf(ChinaScheduleException.class)
                .hasMessage("multi.json: schedules[0].blocks[0].daysOff[0]: 2032-01-01 is outside the years"
                        + " 2029-2031 (the schedule's year 2030 ± 1)");
    }

    @Test
    void theOneYearFormatIsNotTheBuiltInFormat() {
        assertThatThrownBy(() -> ChinaScheduleParser.readMulti(stream("""
                {"format": "consularkit.cn-schedule/1", "schedules": []}"""), "multi.json"))
                .hasMessage("multi.json: format: unsupported format \"consularkit.cn-schedule/1\";"
                        + " expected \"consularkit.cn-schedules/1\"");
    }
}
