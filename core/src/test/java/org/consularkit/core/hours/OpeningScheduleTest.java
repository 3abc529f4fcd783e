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

        /**
         * Every beginning of a valid text, cut anywhere, is either a schedule or a parse error at an
         * index within the text: a text that stops early never fails in any other way.
         */
        @ParameterizedTest
        @ValueSource(strings = {
            "Mo-Fr 08:00-12:00,13:00-17:00; Sa 10:00-12:00; PH off; 2026 Dec 24 08:00-12:00; 2026 Dec 31 off",
            "Mo,We 09:00-10:00; Fr[1-2,4] 13:00-16:00; Tu[5] off; PH off",
            "off; 2027 Jan 5 09:00-24:00",
        })
        void everyBeginningOfAScheduleParsesOrFailsWithinTheText(String text) {
            for (int end = 0; end <= text.length(); end++) {
                String prefix = text.substring(0, end);
                try {
                    OpeningSchedule s = OpeningSchedule.parse(prefix);
                    assertThat(OpeningSchedule.parse(s.toString())).as(prefix).isEqualTo(s);
                } catch (DateTimeParseException e) {
                    assertThat(e.getErrorIndex()).as(prefix).isBetween(0, end);
                    assertThat(e.getParsedString()).isEqualTo(prefix);
                    assertThat(e.getMessage()).as(prefix).startsWith("Text '" + prefix + "' could not be parsed at index ");
                }
            }
        }

        /** Where a text stops short, the message says what was expected there. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Mo                | 2  | expected a space",
            "Mo-Fr             | 5  | expected a space",
            "Mo,               | 3  | expected a weekday: Mo, Tu, We, Th, Fr, Sa or Su",
            "Mo 1              | 3  | expected a time HH:mm",
            "Mo 10             | 5  | expected ':' in a time HH:mm",
            "Mo 10:00          | 8  | expected '-' between the times of a range such as 13:00-16:00",
            "Mo 10:00-         | 9  | expected a time HH:mm",
            "Mo 10:00-11:0     | 12 | expected two digits of minutes in a time HH:mm",
            "Fr[               | 3  | expected an nth from 1 to 5 (Fr[2] is the second Friday of the month)",
            "Fr[2              | 4  | expected ',' or ']' in an nth-weekday selector such as Fr[2,4]",
            "Fr[2-             | 5  | expected an nth from 1 to 5 (Fr[2] is the second Friday of the month)",
            "Fr[2,             | 5  | expected an nth from 1 to 5 (Fr[2] is the second Friday of the month)",
            "Fr[2]             | 5  | expected a space",
            "2026              | 4  | expected a space",
            "2026 Dec          | 8  | expected a space",
            "2026 Dec 24       | 11 | expected a space",
            "PH                | 2  | expected a space",
        })
        void aTextThatStopsShortSaysWhatWasExpected(String text, int index, String reason) {
            assertThatThrownBy(() -> OpeningSchedule.parse(text))
                    .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(index))
                    .hasMessage("Text '" + text + "' could not be parsed at index " + index + ": " + reason);
        }

        /** Details of the subset: whole words only, nths 1 to 5 of one digit, months by name, a window not empty. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Mon 08:00-12:00             | 0  | expected a weekday (Mo, Tu, We, Th, Fr, Sa, Su), a date (2026 Dec 24), 'PH off' or 'off'",
            "Mo offx                     | 3  | expected a time HH:mm",
            "PH offline                  | 3  | expected 'off' after 'PH' (only 'PH off' is supported)",
            "Fr[23] 13:00-16:00          | 3  | expected an nth from 1 to 5 (Fr[2] is the second Friday of the month)",
            "Fr[2-34] 13:00-16:00        | 5  | expected an nth from 1 to 5 (Fr[2] is the second Friday of the month)",
            "2026 Dez 24 off             | 5  | expected a month: Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov or Dec",
            "2026 Decem 24 off           | 5  | expected a month: Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov or Dec",
            "Mo 10:00-10:00              | 3  | the end of 10:00-10:00 is not after its start (ranges past midnight are not supported)",
            "Mo 10:00-09:59              | 3  | the end of 10:00-09:59 is not after its start (ranges past midnight are not supported)",
            "Mo 10:000-11:00             | 8  | expected two digits of minutes in a time HH:mm",
            "20266 Dec 24 off            | 4  | expected a four-digit year",
        })
        void detailsOfTheSubsetAreChecked(String text, int index, String reason) {
            assertThatThrownBy(() -> OpeningSchedule.parse(text))
                    .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(index))
                    .hasMessage("Text '" + text + "' could not be parsed at index " + index + ": " + reason);
        }

        /** Spaces before the first rule and after the last are ignored; nths 1 and 5 are the extremes. */
        @Test
        void leadingAndTrailingSpacesAndTheExtremeNthsAreAccepted() {
            assertThat(OpeningSchedule.parse("  Mo 08:00-12:00  ")).hasToString("Mo 08:00-12:00");
            assertThat(OpeningSchedule.parse("Fr[1] 08:00-12:00")).hasToString("Fr[1] 08:00-12:00");
            assertThat(OpeningSchedule.parse("Fr[5] 08:00-12:00")).hasToString("Fr[5] 08:00-12:00");
            assertThat(OpeningSchedule.parse("Mo-We 08:00-12:00")).hasToString("Mo-We 08:00-12:00");
            assertThat(OpeningSchedule.parse("Mo-Tu 08:00-12:00")).hasToString("Mo,Tu 08:00-12:00");
        }

        /** A long text is quoted around the error, with its length: the message stays short whatever the text. */
        @Test
        void aLongTextIsQuotedAroundTheError() {
            String text = "Mo-Fr 08:00-17:00; ".repeat(10_000) + "Mo-Fx 08:00-17:00" + "; Sa 10:00-12:00".repeat(10_000);
            int index = 19 * 10_000 + 3;
            assertThatThrownBy(() -> OpeningSchedule.parse(text))
                    .isInstanceOfSatisfying(DateTimeParseException.class, e -> {
                        assertThat(e.getErrorIndex()).isEqualTo(index);
                        assertThat(e.getParsedString()).isEqualTo(text);
                    })
                    .hasMessage("Text '…" + text.substring(index - 60, index + 60) + "…' (" + text.length()
                            + " characters) could not be parsed at index " + index
                            + ": expected a weekday: Mo, Tu, We, Th, Fr, Sa or Su");
            String exactly = "x".repeat(200);
            assertThatThrownBy(() -> OpeningSchedule.parse(exactly))
                    .hasMessageStartingWith("Text '" + exactly + "' could not be parsed at index 0: ");
            assertThatThrownBy(() -> OpeningSchedule.parse("x" + exactly))
                    .hasMessageStartingWith("Text '" + "x".repeat(60) + "…' (201 characters) could not be parsed at index 0: ");
        }

        /** A long text is never cut inside a surrogate pair: the excerpt ends after the whole character. */
        @Test
        void aLongTextIsNotCutInsideASurrogatePair() {
            String text = "x" + "😀".repeat(150);
            assertThatThrownBy(() -> OpeningSchedule.parse(text))
                    .hasMessageStartingWith("Text 'x" + "😀".repeat(30) + "…' (301 characters) could not be parsed at index 0: ");
            String late = "Mo-Fr 08:00-17:00; ".repeat(10) + "Mo-F" + "😀".repeat(100);
            assertThatThrownBy(() -> OpeningSchedule.parse(late))
                    .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getMessage())
                            .startsWith("Text '…" + late.substring(e.getErrorIndex() - 60, e.getErrorIndex()))
                            .contains("😀…' (394 characters) could not be parsed at index " + e.getErrorIndex()));
        }

        /** Schedules that are equal whatever their text have the same hash; different ones differ. */
        @Test
        void equalSchedulesHaveEqualHashes() {
            OpeningSchedule a = OpeningSchedule.parse("Mo-Fr 08:00-17:00; PH off");
            OpeningSchedule b = OpeningSchedule.parse("Mo-We 08:00-17:00; Th-Fr 08:00-17:00; PH off");
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
            assertThat(a.hashCode()).isNotEqualTo(OpeningSchedule.parse("Mo-Fr 08:00-17:00").hashCode())
                    .isNotEqualTo(OpeningSchedule.parse("Mo-Fr 08:00-16:00; PH off").hashCode());
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

    @Nested
    class Rules {

        /** Date rules are given back by date, in date order, with their windows; a closed date has none. */
        @Test
        void dateRulesAreGivenBackInDateOrder() {
            OpeningSchedule s = OpeningSchedule.parse("Mo-Fr 08:00-17:00; 2026 Dec 31 off; 2026 Dec 24 08:00-12:00,13:00-14:00");
            assertThat(s.dateRule(LocalDate.of(2026, 12, 24)))
                    .contains(List.of(TimeWindow.parse("08:00-12:00"), TimeWindow.parse("13:00-14:00")));
            assertThat(s.dateRule(LocalDate.of(2026, 12, 31))).contains(List.of());
            assertThat(s.dateRule(LocalDate.of(2026, 12, 25))).isEmpty();
            assertThat(s.dateRules()).containsExactly(
                    java.util.Map.entry(LocalDate.of(2026, 12, 24),
                            List.of(TimeWindow.parse("08:00-12:00"), TimeWindow.parse("13:00-14:00"))),
                    java.util.Map.entry(LocalDate.of(2026, 12, 31), List.of()));
            assertThat(OpeningSchedule.parse("Mo-Fr 08:00-17:00").dateRules()).isEmpty();
        }

        /** Only a schedule with an nth-weekday rule, open or closed, has nth-weekday rules. */
        @Test
        void hasNthWeekdayRulesOnlyWithOne() {
            assertThat(OpeningSchedule.parse("Mo-Fr 08:00-17:00; 2026 Dec 24 off").hasNthWeekdayRules()).isFalse();
            assertThat(OpeningSchedule.parse("Mo-Fr 08:00-17:00; Fr[5] off").hasNthWeekdayRules()).isTrue();
            assertThat(OpeningSchedule.parse("Fr[1] 09:00-10:00").hasNthWeekdayRules()).isTrue();
        }

        /** A copy through the builder keeps every rule: weekly, nth-weekday, holidays and dates. */
        @Test
        void toBuilderKeepsEveryKindOfRule() {
            OpeningSchedule s = OpeningSchedule.parse("Mo-Fr 08:00-17:00; Fr[2,5] 13:00-16:00; PH off; 2026 Dec 24 off");
            OpeningSchedule copy = s.toBuilder().build();
            assertThat(copy).isEqualTo(s).hasToString(s.toString());
            assertThat(copy.nthWeekdayRule(DayOfWeek.FRIDAY, 5)).contains(List.of(TimeWindow.parse("13:00-16:00")));
        }

        /** A weekly rule given after nth-weekday rules of its day replaces every one of them, the fifth too. */
        @Test
        void aWeeklyRuleReplacesEveryNthRuleOfItsDay() {
            OpeningSchedule s = OpeningSchedule.builder()
                    .onNthWeekday(DayOfWeek.FRIDAY, List.of(1, 2, 3, 4, 5), List.of(TimeWindow.parse("13:00-16:00")))
                    .on(EnumSet.of(DayOfWeek.FRIDAY), List.of(TimeWindow.parse("08:00-12:00")))
                    .build();
            for (int n = 1; n <= 5; n++) {
                assertThat(s.nthWeekdayRule(DayOfWeek.FRIDAY, n)).as("nth %d", n).isEmpty();
            }
            assertThat(s.hasNthWeekdayRules()).isFalse();
            assertThat(s).hasToString("Fr 08:00-12:00");
        }
    }

    /** The nth-weekday rule of OpenStreetMap, {@code Fr[2,4]}: the second and fourth Friday of each month. */
    @Nested
    class NthWeekday {

        private final OpeningSchedule quietAfternoons = OpeningSchedule.parse("Mo-Fr 08:00-17:00; Fr[2,4] 13:00-16:00");

        @Test
        void replacesTheWeeklyWindowsOnTheNthDayOnly() {
            // March 2026: Fridays 6, 13, 20, 27
            assertThat(quietAfternoons.windows(LocalDate.of(2026, 3, 6))).containsExactly(TimeWindow.parse("08:00-17:00"));
            assertThat(quietAfternoons.windows(LocalDate.of(2026, 3, 13))).containsExactly(TimeWindow.parse("13:00-16:00"));
            assertThat(quietAfternoons.windows(LocalDate.of(2026, 3, 20))).containsExactly(TimeWindow.parse("08:00-17:00"));
            assertThat(quietAfternoons.windows(LocalDate.of(2026, 3, 27))).containsExactly(TimeWindow.parse("13:00-16:00"));
            assertThat(quietAfternoons.windows(LocalDate.of(2026, 3, 12))).containsExactly(TimeWindow.parse("08:00-17:00"));
            assertThat(quietAfternoons.windows(DayOfWeek.FRIDAY)).containsExactly(TimeWindow.parse("08:00-17:00"));
            assertThat(quietAfternoons.nthWeekdayRule(DayOfWeek.FRIDAY, 2)).contains(List.of(TimeWindow.parse("13:00-16:00")));
            assertThat(quietAfternoons.nthWeekdayRule(DayOfWeek.FRIDAY, 3)).isEmpty();
            assertThat(quietAfternoons.hasNthWeekdayRules()).isTrue();
            assertThat(quietAfternoons.isWeeklyClosed()).isFalse();
            assertThat(OpeningSchedule.parse("Fr[2,4] 13:00-16:00").isWeeklyClosed()).isFalse();
        }

        @Test
        void dateRuleStillWins() {
            OpeningSchedule s = OpeningSchedule.parse("Mo-Fr 08:00-17:00; Fr[2] 13:00-16:00; 2026 Mar 13 off");
            assertThat(s.windows(LocalDate.of(2026, 3, 13))).isEmpty();
            assertThat(s.windows(LocalDate.of(2026, 4, 10))).containsExactly(TimeWindow.parse("13:00-16:00"));
        }

        @Test
        void nthOfMonthCountsWeeksFromTheFirst() {
            assertThat(OpeningSchedule.nthOfMonth(LocalDate.of(2026, 3, 1))).isEqualTo(1);
            assertThat(OpeningSchedule.nthOfMonth(LocalDate.of(2026, 3, 7))).isEqualTo(1);
            assertThat(OpeningSchedule.nthOfMonth(LocalDate.of(2026, 3, 8))).isEqualTo(2);
            assertThat(OpeningSchedule.nthOfMonth(LocalDate.of(2026, 3, 29))).isEqualTo(5);
            assertThat(OpeningSchedule.nthOfMonth(LocalDate.of(2026, 3, 31))).isEqualTo(5);
        }

        /** Every day of the week, every nth, every date 1901-2100, against counting the days of the month. */
        @Test
        void everyNthOfEveryDayOfTheWeek1901To2100() {
            TimeWindow w = TimeWindow.parse("10:00-11:00");
            for (DayOfWeek day : DayOfWeek.values()) {
                for (int n = 1; n <= 5; n++) {
                    OpeningSchedule s = OpeningSchedule.builder().onNthWeekday(day, List.of(n), List.of(w)).build();
                    assertThat(s).hasToString(OpeningScheduleParser.DAYS[day.getValue() - 1] + "[" + n + "] 10:00-11:00");
                    int count = 0;
                    int month = 0;
                    for (LocalDate d = LocalDate.of(1901, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
                        if (d.getMonthValue() != month) {
                            month = d.getMonthValue();
                            count = 0;
                        }
                        if (d.getDayOfWeek() == day) {
                            count++;
                        }
                        boolean expected = d.getDayOfWeek() == day && count == n;
                        if (s.windows(d).isEmpty() == expected) {
                            throw new AssertionError(s + " on " + d + ": expected " + (expected ? "open" : "closed"));
                        }
                    }
                }
            }
        }

        /** Every day of the week with every set of nths, open or off, alone or after a weekly rule. */
        @Test
        void everySetOfNthsRoundTrips() {
            for (DayOfWeek day : DayOfWeek.values()) {
                for (int mask = 1; mask < 32; mask++) {
                    List<Integer> nths = new ArrayList<>();
                    for (int n = 1; n <= 5; n++) {
                        if ((mask & (1 << (n - 1))) != 0) {
                            nths.add(n);
                        }
                    }
                    for (List<TimeWindow> windows : List.of(List.<TimeWindow>of(), List.of(TimeWindow.parse("13:00-16:00")))) {
                        for (boolean weekly : new boolean[] {false, true}) {
                            OpeningSchedule.Builder b = OpeningSchedule.builder();
                            if (weekly) {
                                b.on(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(TimeWindow.parse("08:00-17:00")));
                            }
                            OpeningSchedule s = b.onNthWeekday(day, nths, windows).closedOnPublicHolidays().build();
                            String text = s.toString();
                            assertThat(OpeningSchedule.parse(text)).as(text).isEqualTo(s);
                            assertThat(OpeningSchedule.parse(text).toString()).isEqualTo(text);
                        }
                    }
                }
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Mo-Fr 08:00-17:00; Fr[2,4] 13:00-16:00",
            "Mo-Fr 08:00-17:00; Fr[2,4] 12:00-17:00; PH off",
            "Fr[2,4] 12:00-17:00; PH off",
            "Mo-Fr 08:00-17:00; Mo[1] off; Fr[1-3] 09:00-10:00; Fr[5] off; PH off; 2026 Dec 24 off",
            "Mo[1-5] 09:00-10:00",
            "Sa[1,3] 09:00-12:00; Su[2] 10:00-11:00,14:00-15:00",
        })
        void canonicalTextRoundTrips(String text) {
            OpeningSchedule s = OpeningSchedule.parse(text);
            assertThat(s.toString()).isEqualTo(text);
            assertThat(OpeningSchedule.parse(s.toString())).isEqualTo(s);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Fr[4,2] 13:00-16:00                        | Fr[2,4] 13:00-16:00",
            "Fr[1,2,3] 13:00-16:00                      | Fr[1-3] 13:00-16:00",
            "Fr[2-3] 13:00-16:00                        | Fr[2,3] 13:00-16:00",
            "Fr[3-3,1] 13:00-16:00                      | Fr[1,3] 13:00-16:00",
            "Fr[2] 13:00-16:00; Fr[4] 13:00-16:00       | Fr[2,4] 13:00-16:00",
            "Fr[2] 13:00-16:00; Fr[2] 09:00-10:00       | Fr[2] 09:00-10:00",
            "Fr[2] 13:00-16:00; Mo[1] 09:00-10:00       | Mo[1] 09:00-10:00; Fr[2] 13:00-16:00",
            "Mo-Fr 08:00-17:00; Fr[2,4] 13:00-16:00;PH off | Mo-Fr 08:00-17:00; Fr[2,4] 13:00-16:00; PH off",
        })
        void otherTextBecomesCanonical(String text, String canonical) {
            OpeningSchedule s = OpeningSchedule.parse(text);
            assertThat(s.toString()).isEqualTo(canonical);
            assertThat(OpeningSchedule.parse(canonical)).isEqualTo(s);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Fr[2,4] 13:00-16:00; Mo-Fr 08:00-17:00 | 21 | weekday rules must come before the nth-weekday rules such as Fr[2,4]",
            "Mo-Fr[2] 13:00-16:00                  | 5  | an nth-weekday rule such as Fr[2,4] names one day of the week, not a list or a span",
            "Mo,Fr[2] 13:00-16:00                  | 5  | an nth-weekday rule such as Fr[2,4] names one day of the week, not a list or a span",
            "Fr[-1] 13:00-16:00                    | 3  | nths counted from the end of the month (Fr[-1]) are not supported; expected an nth from 1 to 5",
            "Fr[6] 13:00-16:00                     | 3  | expected an nth from 1 to 5 (Fr[2] is the second Friday of the month)",
            "Fr[0] 13:00-16:00                     | 3  | expected an nth from 1 to 5 (Fr[2] is the second Friday of the month)",
            "Fr[12] 13:00-16:00                    | 3  | expected an nth from 1 to 5 (Fr[2] is the second Friday of the month)",
            "Fr[] 13:00-16:00                      | 3  | expected an nth from 1 to 5 (Fr[2] is the second Friday of the month)",
            "Fr[4-2] 13:00-16:00                   | 3  | the span 4-2 is empty (write the smaller nth first)",
            "Fr[2 13:00-16:00                      | 4  | expected ',' or ']' in an nth-weekday selector such as Fr[2,4]",
            "Fr[2]13:00-16:00                      | 5  | expected a space",
            "Fr[2] 13:00-16:00; off                | 19 | 'off' alone must be the first and only weekday rule",
            "PH off; Fr[2] 13:00-16:00             | 8  | weekday rules must come before 'PH off' and the date rules",
        })
        void outsideTheSubsetFailsWithTextAndIndex(String text, int index, String reason) {
            assertThatThrownBy(() -> OpeningSchedule.parse(text))
                    .isInstanceOf(DateTimeParseException.class)
                    .hasMessage("Text '" + text + "' could not be parsed at index " + index + ": " + reason);
        }

        @Test
        void laterWeekdayRuleReplacesTheNthRulesOfItsDays() {
            OpeningSchedule s = OpeningSchedule.builder()
                    .onNthWeekday(DayOfWeek.FRIDAY, List.of(2, 4), List.of(TimeWindow.parse("13:00-16:00")))
                    .on(EnumSet.of(DayOfWeek.FRIDAY), List.of(TimeWindow.parse("08:00-12:00")))
                    .build();
            assertThat(s).hasToString("Fr 08:00-12:00");
            assertThat(OpeningSchedule.builder()
                    .onNthWeekday(DayOfWeek.FRIDAY, List.of(2), List.of(TimeWindow.parse("13:00-16:00")))
                    .closed(DayOfWeek.FRIDAY).build()).hasToString("off");
        }

        @Test
        void builderRejectsBadNths() {
            List<TimeWindow> w = List.of(TimeWindow.parse("13:00-16:00"));
            assertThatThrownBy(() -> OpeningSchedule.builder().onNthWeekday(DayOfWeek.FRIDAY, List.of(), w))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("An nth-weekday rule needs at least one nth from 1 to 5");
            assertThatThrownBy(() -> OpeningSchedule.builder().onNthWeekday(DayOfWeek.FRIDAY, List.of(2, 6), w))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The nth day of the week in a month must be from 1 to 5, but was 6");
            assertThatThrownBy(() -> OpeningSchedule.parse("Fr[2] 13:00-16:00").nthWeekdayRule(DayOfWeek.FRIDAY, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The nth day of the week in a month must be from 1 to 5, but was 0");
        }

        @Test
        void equalityCountsTheNthRules() {
            assertThat(OpeningSchedule.parse("Mo-Fr 08:00-17:00; Fr[2,4] 13:00-16:00"))
                    .isEqualTo(OpeningSchedule.parse("Mo-Fr 08:00-17:00; Fr[4] 13:00-16:00; Fr[2] 13:00-16:00"))
                    .hasSameHashCodeAs(OpeningSchedule.parse("Mo-Fr 08:00-17:00; Fr[4] 13:00-16:00; Fr[2] 13:00-16:00"))
                    .isNotEqualTo(OpeningSchedule.parse("Mo-Fr 08:00-17:00"));
        }
    }

    /** Date rules carry a four-digit year: 0000 to 9999. */
    @Nested
    class Years {

        @Test
        void yearsBefore1000PrintWithFourDigits() {
            OpeningSchedule s = OpeningSchedule.parse("0999 Jan 01 off");
            assertThat(s).hasToString("off; 0999 Jan 01 off");
            assertThat(OpeningSchedule.parse(s.toString())).isEqualTo(s);
            assertThat(OpeningSchedule.parse("0000 Feb 29 09:00-10:00")).hasToString("off; 0000 Feb 29 09:00-10:00");
        }

        /** Every year the parser accepts, 0000 to 9999, with its first and last day. */
        @Test
        void everyYearTheParserAcceptsRoundTrips() {
            for (int year = 0; year <= 9999; year++) {
                OpeningSchedule.Builder b = OpeningSchedule.builder();
                b.closedOnDate(LocalDate.of(year, 1, 1));
                b.onDate(LocalDate.of(year, 12, 31), List.of(TimeWindow.parse("09:00-10:00")));
                OpeningSchedule s = b.build();
                String text = s.toString();
                if (!OpeningSchedule.parse(text).equals(s) || !OpeningSchedule.parse(text).toString().equals(text)) {
                    throw new AssertionError("year " + year + ": " + text);
                }
            }
        }

        @Test
        void builderRejectsYearsTheTextCannotCarry() {
            assertThatThrownBy(() -> OpeningSchedule.builder().closedOnDate(LocalDate.of(10000, 1, 1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A date rule must be in the years 0000 to 9999 (four digits in the text form), but was "
                            + "+10000-01-01");
            assertThatThrownBy(() -> OpeningSchedule.parse("Mo 09:00-10:00").withDateRule(LocalDate.of(-1, 1, 1), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A date rule must be in the years 0000 to 9999 (four digits in the text form), but was "
                            + "-0001-01-01");
        }

        @Test
        void aFiveDigitYearIsRejected() {
            assertThatThrownBy(() -> OpeningSchedule.parse("10000 Jan 01 off"))
                    .isInstanceOf(DateTimeParseException.class)
                    .hasMessage("Text '10000 Jan 01 off' could not be parsed at index 4: expected a four-digit year");
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
            for (int r = random.nextInt(3); r > 0; r--) {
                List<Integer> nths = new ArrayList<>();
                for (int k = 1; k <= 5; k++) {
                    if (random.nextInt(3) == 0) {
                        nths.add(k);
                    }
                }
                if (!nths.isEmpty()) {
                    b.onNthWeekday(DayOfWeek.of(1 + random.nextInt(7)), nths,
                            random.nextInt(4) == 0 ? List.of() : randomWindows(random));
                }
            }
            if (random.nextBoolean()) {
                b.closedOnPublicHolidays();
            }
            for (int r = random.nextInt(3); r > 0; r--) {
                LocalDate date = random.nextInt(5) == 0 ? LocalDate.of(random.nextInt(10000), 1, 1).plusDays(random.nextInt(365))
                        : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(1000));
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
