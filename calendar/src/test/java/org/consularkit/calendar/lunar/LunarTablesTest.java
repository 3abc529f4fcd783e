package org.consularkit.calendar.lunar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.consularkit.calendar.lunar.LunarTables;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parsers of the two resource files reject malformed data with the file, the line and the value. */
class LunarTablesTest {

    private static final String Y2025 = "2025 2025-01-29 6 30,29,30,29,29,30,29,30,29,30,30,30,29";
    private static final String Y2026 = "2026 2026-02-17 0 30,29,30,29,29,30,29,29,30,30,30,29";

    @Nested
    class Months {

        @Test
        void readsYearsAndMonths() {
            LunarTables.Months months = LunarTables.Months.parse(List.of("# comment", Y2025, "", Y2026));
            assertThat(months.firstYear()).isEqualTo(2025);
            assertThat(months.lastYear()).isEqualTo(2026);
            assertThat(months.leapMonth(2025)).isEqualTo(6);
            assertThat(months.monthsInYear(2025)).isEqualTo(13);
            int leap = months.monthIndex(2025, 6, true);
            assertThat(months.number(leap)).isEqualTo(6);
            assertThat(months.leap(leap)).isTrue();
            assertThat(months.number(leap + 1)).isEqualTo(7);
            assertThat(months.lunarYear(months.monthIndex(2026, 1, false))).isEqualTo(2026);
        }

        @Test
        void monthIndexOfDayMatchesABinarySearchForEveryDayOfTheTable() {
            assertMonthIndexOfDayMatchesABinarySearch(LunarTables.months());
        }

        @Test
        void monthIndexOfDayMatchesABinarySearchForEveryDayOfASmallTable() {
            assertMonthIndexOfDayMatchesABinarySearch(LunarTables.Months.parse(List.of(Y2025, Y2026)));
        }

        /** Every day from the first month's first day to the last month's last day. */
        private void assertMonthIndexOfDayMatchesABinarySearch(LunarTables.Months months) {
            int count = months.monthCount();
            int[] start = new int[count + 1];
            for (int i = 0; i <= count; i++) {
                start[i] = months.startDay(i);
            }
            int days = 0;
            for (int day = start[0]; day < start[count]; day++) {
                int found = Arrays.binarySearch(start, day);
                int expected = found >= 0 ? found : -found - 2;
                assertThat(months.monthIndexOfDay(day)).as("epoch day %d", day).isEqualTo(expected);
                days++;
            }
            assertThat(days).isEqualTo(start[count] - start[0]).isPositive();
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
            "2026 2026-02-17 0|lunar-months.txt line 2: expected 4 fields separated by one space, but was '2026 2026-02-17 0'",
            "2027 2026-02-17 0 30,29,30,29,29,30,29,29,30,30,30,29|lunar-months.txt line 2: field 'year' is 2027, expected 2026",
            "2026 2026-02-31 0 30,29,30,29,29,30,29,29,30,30,30,29|lunar-months.txt line 2: field 'newYear' is '2026-02-31', not an ISO date",
            "2026 2026-02-18 0 30,29,30,29,29,30,29,29,30,30,30,29|lunar-months.txt line 2: field 'newYear' is 2026-02-18, but the months of 2025 end on 2026-02-16",
            "2026 2026-02-17 13 30,29,30,29,29,30,29,29,30,30,30,29|lunar-months.txt line 2: field 'leap' is 13, must be from 0 to 12",
            "2026 2026-02-17 0 30,29,30,29,29,30,29,29,30,30,30|lunar-months.txt line 2: field 'lengths' has 11 months, expected 12 for leap month 0",
            "2026 2026-02-17 0 30,29,30,29,29,30,29,29,30,30,31,29|lunar-months.txt line 2: field 'lengths' is 31, must be from 29 to 30",
            "2026 2026-02-17 0 30,29,30,29,29,30,29,29,30,30,x,29|lunar-months.txt line 2: field 'lengths' is 'x', not an integer",
        })
        void rejectsMalformedLines(String line, String message) {
            assertThatThrownBy(() -> LunarTables.Months.parse(List.of(Y2025, line)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(message);
        }

        @Test
        void rejectsAnEmptyFile() {
            assertThatThrownBy(() -> LunarTables.Months.parse(List.of("# nothing")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("lunar-months.txt: no data");
        }
    }

    @Nested
    class Terms {

        private static final String Y2026 = "2026 01-05T16:23 01-20T09:45 02-04T04:02 02-18T23:52 03-05T21:59"
                + " 03-20T22:46 04-05T02:40 04-20T09:39 05-05T19:49 05-21T08:37 06-05T23:48 06-21T16:24 07-07T09:57"
                + " 07-23T03:13 08-07T19:43 08-23T10:19 09-07T22:41 09-23T08:05 10-08T14:29 10-23T17:38 11-07T17:52"
                + " 11-22T15:23 12-07T10:52 12-22T04:50";

        @Test
        void readsMoments() {
            LunarTables.Terms terms = LunarTables.Terms.parse(List.of("# comment", Y2026));
            assertThat(terms.firstYear()).isEqualTo(2026);
            assertThat(terms.lastYear()).isEqualTo(2026);
            assertThat(terms.localMinute(2026, 7) % 1440).isEqualTo(2 * 60 + 40);
        }

        @Test
        void rejectsABadMoment() {
            assertThatThrownBy(() -> LunarTables.Terms.parse(List.of(Y2026.replace("04-05T02:40", "04-05T2:40"))))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("solar-terms.txt line 1: term 7 is '04-05T2:40', not MM-ddTHH:mm");
        }

        @Test
        void rejectsMomentsOutOfOrder() {
            assertThatThrownBy(() -> LunarTables.Terms.parse(List.of(Y2026.replace("04-05T02:40", "03-05T02:40"))))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("solar-terms.txt line 1: term 7 (03-05T02:40) is not after the previous term");
        }

        @Test
        void rejectsAMissingTerm() {
            assertThatThrownBy(() -> LunarTables.Terms.parse(List.of(Y2026.substring(0, Y2026.lastIndexOf(' ')))))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("solar-terms.txt line 1: expected 25 fields separated by one space, but has 24");
        }
    }
}
