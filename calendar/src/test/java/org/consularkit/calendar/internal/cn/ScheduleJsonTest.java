package org.consularkit.calendar.internal.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.consularkit.calendar.ChinaPublicHoliday;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.junit.jupiter.api.Test;

class ScheduleJsonTest {

    @Test
    void daysAreWrittenAsRunsOfConsecutiveDays() {
        assertThat(ScheduleJson.runs(List.of(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 22),
                LocalDate.of(2026, 2, 23))))
                .containsExactly("2026-02-15/2026-02-17", "2026-02-20", "2026-02-22/2026-02-23");
        assertThat(ScheduleJson.runs(List.of(LocalDate.of(2026, 1, 1)))).containsExactly("2026-01-01");
        assertThat(ScheduleJson.runs(List.of())).isEmpty();
    }

    /** A notice is the default source type and is left out; any other type is written. */
    @Test
    void aSourceTypeOtherThanANoticeIsWritten() {
        ChinaSchedule s = ChinaSchedule.of(2026, List.of(Source.of(SourceType.NOTICE, "n"),
                Source.of(SourceType.PAGE, "p")), List.of(
                ChinaSchedule.Block.of(ChinaPublicHoliday.LABOUR_DAY,
                        List.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 5)),
                        List.of())));
        assertThat(ScheduleJson.own(s)).contains("""
                  "sources": [
                    {"citation": "n"},
                    {"citation": "p", "type": "PAGE"}
                  ],
                  "blocks": [
                    {"festivals": ["labour-day"], "daysOff": ["2026-05-01/2026-05-02", "2026-05-05"]\
                """);
    }
}
