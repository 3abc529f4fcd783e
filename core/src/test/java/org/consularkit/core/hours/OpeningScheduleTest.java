package org.consularkit.core.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpeningScheduleTest {

    @Nested
    class Parse {

        @ParameterizedTest
        @ValueSource(strings = {
            "Mo-Fr 08:00-17:00; PH off",
            "Mo,Tu,Th 13:00-16:00; PH off",
            "off",
            "off; PH off",
            "Mo-Su 00:00-24:00",
            "Mo,We,Fr 09:00-11:00,14:00-16:00; Sa 10:00-12:00",
            "Mo-Fr 08:00-17:00; PH off; 2026 Dec 24 08:00-12:00; 2026 Dec 31 off",
            "off; PH off; 2026 Jan 05 09:00-10:00",
            "Mo-Th 08:00-17:00; Fr 08:00-12:00",
            "Sa 22:00-24:00; Su 00:00-02:00",
        })
        void canonicalTextRoundTrips(String text) {
            OpeningSchedule s = OpeningSchedule.parse(text);
            assertThat(s.toString()).isEqualTo(text);
            assertThat(OpeningSchedule.parse(s.toString())).isEqualTo(s);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Mo-Fr 08:00-17:00; We 08:00-12:00 | Mo,Tu,Th,Fr 08:00-17:00; We 08:00-12:00",
            "Sa-Mo 10:00-12:00                 | Mo,Sa,Su 10:00-12:00",
            "Mo 08:00-12:00,12:00-13:00        | Mo 08:00-13:00",
            "Mo 10:00-12:00,08:00-11:00        | Mo 08:00-12:00",
            "Th,Tu,Mo 13:00-16:00;PH off       | Mo,Tu,Th 13:00-16:00; PH off",
            "Mo-Fr  08:00-17:00 ;  PH off      | Mo-Fr 08:00-17:00; PH off",
            "Mo-Fr 08:00-17:00; Fr off         | Mo-Th 08:00-17:00",
            "2026 Dec 5 off                    | off; 2026 Dec 05 off",
            "PH off                            | off; PH off",
            "Mo-Fr 08:00-17:00; Mo,Tu,Th 08:00-17:00 | Mo-Fr 08:00-17:00",
        })
        void otherTextBecomesCanonical(String text, String canonical) {
            OpeningSchedule s = OpeningSchedule.parse(text);
            assertThat(s.toString()).isEqualTo(canonical);
            assertThat(OpeningSchedule.parse(canonical)).isEqualTo(s);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "''                               | 0  | expected a rule such as 'Mo-Fr 08:00-17:00'",
            "Mo-Fr 8:00-17:00                 | 6  | expected a time HH:mm",
            "Mo-Fr 08:00-17:00; PH closed     | 22 | expected 'off' after 'PH' (only 'PH off' is supported)",
            "PH off; Mo-Fr 08:00-17:00        | 8  | weekday rules must come before 'PH off' and the date rules",
            "Mo-Fr 17:00-08:00                | 6  | the end of 17:00-08:00 is not after its start (ranges past midnight are not supported)",
            "Mo-Fr 08:00-17:00; Jan-Mar off   | 19 | expected a weekday (Mo, Tu, We, Th, Fr, Sa, Su), a date (2026 Dec 24), 'PH off' or 'off'",
            "24/7                             | 0  | expected a four-digit year",
            "Mo-Fr 08:00-24:30                | 12 | hours must be from 00 to 23, or 24:00",
            "Mo-Fr 24:00-24:00                | 6  | hours must be from 00 to 23",
            "Mo-Fr 08:00-17:00 Sa 10:00-12:00 | 18 | expected ';' between rules",
            "2026 Feb 30 off                  | 9  | no such date 2026 Feb 30",
            "Mo-Fr 08:00-17:00;               | 18 | expected a rule after ';'",
            "Mo-Fr 08:60-17:00                | 9  | minutes must be from 00 to 59",
            "Mo-Fx 08:00-17:00                | 3  | expected a weekday: Mo, Tu, We, Th, Fr, Sa or Su",
            "Mo-Fr 08:00-17:00; PH off; PH off | 27 | 'PH off' given twice",
            "Mo-Fr 08:00-17:00; off           | 19 | 'off' alone must be the first and only weekday rule",
            "Mo-Fr08:00-17:00                 | 5  | expected a space",
            "Mo-Fr 08:00-17:00 # comment      | 18 | expected ';' between rules",
        })
        void outsideTheSubsetFailsWithTextAndIndex(String text, int index, String reason) {
            assertThatThrownBy(() -> OpeningSchedule.parse(text))
                    .isInstanceOfSatisfying(DateTimeParseException.class, e -> {
                        assertThat(e.getErrorIndex()).isEqualTo(index);
                        assertThat(e.getParsedString()).isEqualTo(text);
                    })
                    .hasMessage("Text '" + text + "' could not be parsed at index " + index + ": " + reason);
        }

        @Test
        void laterWeekdayRuleReplacesEarlierOne() {
            OpeningSchedule s = OpeningSchedule.parse("Mo-Fr 08:00-17:00; We 08:00-12:00");
            assertThat(s.windows(DayOfWeek.WEDNESDAY)).containsExactly(TimeWindow.parse("08:00-12:00"));
            assertThat(s.windows(DayOfWeek.TUESDAY)).containsExactly(TimeWindow.parse("08:00-17:00"));
            assertThat(s.windows(DayOfWeek.SATURDAY)).isEmpty();
        }

        @Test
        void dateRuleReplacesTheWeekOnThatDate() {
            OpeningSchedule s = OpeningSchedule.parse("Mo-Fr 08:00-17:00; PH off; 2026 Dec 24 08:00-12:00");
            assertThat(s.windows(LocalDate.of(2026, 12, 24))).containsExactly(TimeWindow.parse("08:00-12:00"));
            assertThat(s.windows(LocalDate.of(2026, 12, 23))).containsExactly(TimeWindow.parse("08:00-17:00"));
            assertThat(s.hasDateRule(LocalDate.of(2026, 12, 24))).isTrue();
            assertThat(s.dateRule(LocalDate.of(2026, 12, 23))).isEmpty();
            assertThat(s.closedOnPublicHolidays()).isTrue();
        }
    }

    @Nested
    class Builder {

        @Test
        void buildsTheChengduWindow() {
            OpeningSchedule s = OpeningSchedule.builder()
                    .on(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                            List.of(TimeWindow.parse("13:00-16:00")))
                    .closedOnPublicHolidays()
                    .build();
            assertThat(s).hasToString("Mo,Tu,Th 13:00-16:00; PH off");
            assertThat(s).isEqualTo(OpeningSchedule.parse("Mo,Tu,Th 13:00-16:00; PH off"));
        }

        @Test
        void weekdayRuleNeedsAWindow() {
            assertThatThrownBy(() -> OpeningSchedule.builder().on(Set.of(DayOfWeek.MONDAY), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A weekday rule needs at least one window; use closed(...) to close days");
        }

        @Test
        void toBuilderCopies() {
            OpeningSchedule s = OpeningSchedule.parse("Mo-Fr 08:00-17:00; PH off; 2026 Dec 24 off");
            assertThat(s.toBuilder().build()).isEqualTo(s);
            assertThat(s.withDateRule(LocalDate.of(2026, 12, 24), List.of(TimeWindow.parse("08:00-12:00"))))
                    .hasToString("Mo-Fr 08:00-17:00; PH off; 2026 Dec 24 08:00-12:00");
        }
    }

    @Test
    void randomSchedulesRoundTrip() {
        long seed = 20261127L;
        Random random = new Random(seed);
        for (int n = 0; n < 2000; n++) {
            OpeningSchedule.Builder b = OpeningSchedule.builder();
            int rules = random.nextInt(4);
            for (int r = 0; r < rules; r++) {
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (DayOfWeek d : DayOfWeek.values()) {
                    if (random.nextInt(3) == 0) {
                        days.add(d);
                    }
                }
                if (days.isEmpty()) {
                    continue;
                }
                b.on(days, randomWindows(random));
            }
            if (random.nextBoolean()) {
                b.closedOnPublicHolidays();
            }
            for (int r = random.nextInt(3); r > 0; r--) {
                LocalDate date = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(1000));
                b.onDate(date, random.nextBoolean() ? List.of() : randomWindows(random));
            }
            OpeningSchedule s = b.build();
            String text = s.toString();
            assertThat(OpeningSchedule.parse(text)).as("seed %d, schedule %s", seed, text).isEqualTo(s);
            assertThat(OpeningSchedule.parse(text).toString()).as("seed %d", seed).isEqualTo(text);
        }
    }

    private static List<TimeWindow> randomWindows(Random random) {
        List<TimeWindow> out = new ArrayList<>();
        for (int w = 1 + random.nextInt(3); w > 0; w--) {
            int start = random.nextInt(1440);
            int end = start + 1 + random.nextInt(1440 - start);
            out.add(TimeWindow.ofMinutes(start, end));
        }
        return out;
    }

    @Test
    void equalSchedulesHaveEqualHashCodes() {
        assertThat(OpeningSchedule.parse("Mo,Tu 08:00-09:00"))
                .isEqualTo(OpeningSchedule.parse("Tu,Mo 08:00-08:30,08:30-09:00"))
                .hasSameHashCodeAs(OpeningSchedule.parse("Tu,Mo 08:00-08:30,08:30-09:00"))
                .isNotEqualTo(OpeningSchedule.parse("Mo,Tu 08:00-09:00; PH off"));
    }
}
