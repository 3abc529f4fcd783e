package org.consularkit.core.hours;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.consularkit.core.FuzzProperties;

/**
 * Coverage-guided fuzz test of {@link OpeningSchedule#parse}: its corpus in
 * {@code OpeningScheduleFuzzTestInputs/parse} (one schedule text per file, UTF-8) runs with every
 * {@code mvn verify}; {@code JAZZER_FUZZ=1} fuzzes it (docs/reliability.md).
 *
 * <p>Every text is either rejected with the documented {@link DateTimeParseException}, whose
 * message is bounded whatever the text, or parsed into a schedule that prints a text that parses
 * back to the same schedule and the same text (issue 12, defect 9: {@code 0999 Jan 01 off} printed
 * as {@code 999 Jan 01 off}), and that answers for every day of the week and every date it names.
 */
class OpeningScheduleFuzzTest {

    @FuzzTest
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        OpeningSchedule schedule;
        try {
            schedule = OpeningSchedule.parse(text);
        } catch (DateTimeParseException e) {
            assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(FuzzProperties.MAX_MESSAGE);
            assertThat(e.getErrorIndex()).isBetween(0, text.length());
            return;
        }
        String printed = schedule.toString();
        OpeningSchedule again = OpeningSchedule.parse(printed);
        assertThat(again).as("%s printed as %s", text, printed).isEqualTo(schedule);
        assertThat(again.toString()).isEqualTo(printed);
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(schedule.windows(day)).isNotNull();
        }
        for (LocalDate date : schedule.dateRules().keySet()) {
            assertThat(schedule.windows(date)).isEqualTo(schedule.dateRule(date).orElseThrow());
        }
        LocalDate monday = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < 35; i++) {
            assertThat(schedule.windows(monday.plusDays(i))).isNotNull();
        }
    }
}
