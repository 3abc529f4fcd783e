package org.consularkit.calendar.lunar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.consularkit.core.DataFileException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parsers of the three resource files reject malformed data with the file, the line and the value. */
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
        void eachMonthStartsTheDayAfterTheMonthBeforeEnds() {
            LunarTables.Months months = LunarTables.Months.parse(List.of(Y2025, Y2026));
            int first = months.monthIndex(2025, 1, false);
            assertThat(months.startDay(first)).isEqualTo(LocalDate.of(2025, 1, 29).toEpochDay());
            assertThat(months.length(first)).isEqualTo(30);
            assertThat(months.startDay(first + 1)).isEqualTo(LocalDate.of(2025, 2, 28).toEpochDay());
            assertThat(months.startDay(months.monthIndex(2026, 1, false)))
                    .isEqualTo(LocalDate.of(2026, 2, 17).toEpochDay());
            assertThat(months.startDay(months.monthCount())).isEqualTo(LocalDate.of(2027, 2, 6).toEpochDay());
        }

        /** 2025 alone, a leap year of 384 days, ends exactly on a bucket boundary of the month index. */
        @Test
        void monthIndexOfDayMatchesABinarySearchForATableThatEndsOnABucketBoundary() {
            LunarTables.Months months = LunarTables.Months.parse(List.of(Y2025));
            assertThat(months.startDay(months.monthCount()) - months.startDay(0)).isEqualTo(384);
            assertMonthIndexOfDayMatchesABinarySearch(months);
        }

        /** The first two years of the library's table, before 1970: epoch days below zero. */
        @Test
        void monthIndexOfDayMatchesABinarySearchForATableBefore1970() {
            LunarTables.Months months = LunarTables.Months.parse(List.of(
                    "1900 1900-01-31 8 29,30,29,29,30,29,30,30,29,30,30,29,30",
                    "1901 1901-02-19 0 29,30,29,29,30,29,30,29,30,30,30,29"));
            assertThat(months.startDay(0)).isEqualTo(LocalDate.of(1900, 1, 31).toEpochDay()).isNegative();
            assertMonthIndexOfDayMatchesABinarySearch(months);
        }

        @Test
        void monthIndexOfDayMatchesABinarySearchForEveryDayOfASmallTable() {
            assertMonthIndexOfDayMatchesABinarySearch(LunarTables.Months.parse(List.of(Y2025, Y2026)));
        }

        /** Every day from the first month's first day to the last month's last day. */
        static void assertMonthIndexOfDayMatchesABinarySearch(LunarTables.Months months) {
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
            "2026 2026-02-17 0|lunar-months.txt:2:1: expected 4 fields separated by one space (year newYear leap lengths), but was \"2026 2026-02-17 0\"",
            "2027 2026-02-17 0 30,29,30,29,29,30,29,29,30,30,30,29|lunar-months.txt:2:1: expected the year 2026 (the year after the line before), but was \"2027\"",
            "2026 2026-02-31 0 30,29,30,29,29,30,29,29,30,30,30,29|lunar-months.txt:2:6: expected a newYear date (yyyy-MM-dd), but was \"2026-02-31\"",
            "2026 2026-02-18 0 30,29,30,29,29,30,29,29,30,30,30,29|lunar-months.txt:2:6: expected the newYear 2026-02-17 (the months of 2025 end on 2026-02-16), but was \"2026-02-18\"",
            "2026 2026-02-17 13 30,29,30,29,29,30,29,29,30,30,30,29|lunar-months.txt:2:17: expected a leap month from 0 to 12, but was \"13\"",
            "2026 2026-02-17 0 30,29,30,29,29,30,29,29,30,30,30|lunar-months.txt:2:19: expected 12 month lengths separated by commas (leap month 0), but was \"30,29,30,29,29,30,29,29,30,30,30\"",
            "2026 2026-02-17 0 30,29,30,29,29,30,29,29,30,30,31,29|lunar-months.txt:2:49: expected a month length from 29 to 30, but was \"31\"",
            "2026 2026-02-17 0 30,29,30,29,29,30,29,29,30,30,x,29|lunar-months.txt:2:49: expected a month length from 29 to 30, but was \"x\"",
        })
        void rejectsMalformedLines(String line, String message) {
            assertThatThrownBy(() -> LunarTables.Months.parse(List.of(Y2025, line)))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(message);
        }

        @Test
        void readsATableOfAtMost65535Months() {
            List<String> max = table(65_535);
            LunarTables.Months months = LunarTables.Months.parse(max);
            assertThat(months.monthCount()).isEqualTo(65_535);
            assertThat(months.lastYear()).isEqualTo(1000 + max.size() - 1);
            int last = months.monthCount() - 1;
            assertThat(months.monthIndexOfDay(months.startDay(last) + months.length(last) - 1)).isEqualTo(last);
            List<String> over = table(65_536);
            assertThatThrownBy(() -> LunarTables.Months.parse(over))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("lunar-months.txt: expected at most 65535 months, but " + over.size() + " years have 65536");
        }

        /**
         * Lines of a table of exactly {@code count} months from the year 1000: years of 12 months, or
         * of 13 with a leap sixth month when the new year falls early, months of 30 and 29 days in turn.
         */
        static List<String> table(int count) {
            for (int skip = 0;; skip++) {
                LocalDate first = LocalDate.of(1000, 1, 21).plusDays(skip);
                if (years(first, count, null) == 0) {
                    List<String> lines = new ArrayList<>();
                    years(first, count, lines);
                    return lines;
                }
            }
        }

        /** Writes the years to {@code lines} when not null; returns the months left over (0 when exact). */
        private static int years(LocalDate first, int count, List<String> lines) {
            LocalDate newYear = first;
            int left = count;
            while (left >= 12) {
                boolean leap = left == 13 || (left != 12 && newYear.getDayOfYear() < 45);
                if (lines != null) {
                    lines.add(newYear.getYear() + " " + newYear + (leap ? " 6 " + LEAP : " 0 " + COMMON));
                }
                newYear = newYear.plusDays(leap ? 384 : 354);
                left -= leap ? 13 : 12;
            }
            return left;
        }

        private static final String COMMON = "30,29,30,29,30,29,30,29,30,29,30,29";
        private static final String LEAP = COMMON + ",30";

        @Test
        void rejectsAnEmptyFile() {
            assertThatThrownBy(() -> LunarTables.Months.parse(List.of("# nothing")))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("lunar-months.txt: no data (every line is empty or a comment)");
        }
    }

    @Nested
    class Uncertain {

        private static final String M2057 = "2057-09 2057-09-28 2057-09-29 2057-09-28T23:59:58+08:00 70";
        private static final String M2089 = "2089-08 2089-09-04 2089-09-05 2089-09-04T23:57:36+08:00 166";

        private LunarTables.Uncertain parse(String... lines) {
            return LunarTables.Uncertain.parse(List.of(lines), LunarTables.months());
        }

        @Test
        void readsMonthsAndTheDatesThatDependOnThem() {
            LunarTables.Uncertain uncertain = parse("# comment", M2057, "", M2089);
            assertThat(uncertain.months()).extracting(UncertainMonth::label).containsExactly("2057-09", "2089-08");
            UncertainMonth m = uncertain.months().get(1);
            assertThat(m.margin()).isEqualTo(Duration.ofSeconds(166));
            assertThat(m.newMoon()).isEqualTo(OffsetDateTime.parse("2089-09-04T23:57:36+08:00"));
            assertThat(uncertain.ofDay(LocalDate.of(2089, 9, 3).toEpochDay())).isEmpty();
            assertThat(uncertain.ofDay(LocalDate.of(2089, 9, 4).toEpochDay())).contains(m);
            LocalDate next = LunarCalendar.monthStart(2089, 9, false);
            assertThat(uncertain.ofDay(next.minusDays(1).toEpochDay())).contains(m);
            assertThat(uncertain.ofDay(next.toEpochDay())).isEmpty();
            assertThat(uncertain.ofMonth(2089, 8, false)).contains(m);
            assertThat(uncertain.ofMonth(2089, 7, false)).isEmpty();
        }

        @Test
        void aMonthThatMayBeginEarlierAlsoMakesTheDayBeforeUncertain() {
            // A made-up line: the 10th month of 2018 begins with the new moon of 2018-11-08 00:02:03.
            LunarTables.Uncertain uncertain = parse("2018-10 2018-11-08 2018-11-07 2018-11-08T00:02:03+08:00 130");
            assertThat(uncertain.months().get(0).shift()).isEqualTo(-1);
            assertThat(uncertain.ofDay(LocalDate.of(2018, 11, 7).toEpochDay())).isPresent();
            assertThat(uncertain.ofDay(LocalDate.of(2018, 11, 6).toEpochDay())).isEmpty();
        }

        @Test
        void anEmptyFileHasNoUncertainMonths() {
            assertThat(parse("# none").months()).isEmpty();
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
            "2057-09 2057-09-28 2057-09-29 2057-09-28T23:59:58+08:00|uncertain-months.txt:2:1: expected 5 fields separated by one space (month start alternative newMoon margin), but was \"2057-09 2057-09-28 2057-09-29 2057-09-28T23:59:58+08:00\"",
            "2057-9 2057-09-28 2057-09-29 2057-09-28T23:59:58+08:00 70|uncertain-months.txt:2:1: expected a month yyyy-MM or yyyy-MML, but was \"2057-9\"",
            "2057-09L 2057-09-28 2057-09-29 2057-09-28T23:59:58+08:00 70|uncertain-months.txt:2:1: expected a month of lunar-months.txt, but was \"2057-09L\"",
            "2057-09 2057-09-28 2057-09-29 2057-09-28T23:59:58+08:00 70|uncertain-months.txt:2:1: expected a month after that of the line before, but was \"2057-09\"",
            "2097-07 2097-08-08 2097-08-09 2097-08-08T23:59:40+08:00 200|uncertain-months.txt:2:9: expected the start of 2097-07 in lunar-months.txt, 2097-08-07, but was \"2097-08-08\"",
            "2097-07 2097-08-07 2097-08-08 2097-08-07T23:59+08:00 200|uncertain-months.txt:2:31: expected a new moon yyyy-MM-ddTHH:mm:ss with its offset, but was \"2097-08-07T23:59+08:00\"",
            "2097-07 2097-08-07 2097-08-08 2097-08-08T00:00:20+08:00 200|uncertain-months.txt:2:31: expected a new moon on 2097-08-07, but was \"2097-08-08T00:00:20+08:00\"",
            "2097-07 2097-08-07 2097-08-06 2097-08-07T23:59:40+08:00 200|uncertain-months.txt:2:20: expected the alternative start 2097-08-08 (the other side of midnight from the new moon), but was \"2097-08-06\"",
            "2097-07 2097-08-07 2097-08-08 2097-08-07T12:00:00+08:00 200|uncertain-months.txt:2:57: expected a margin in seconds from 43200 to 3600, but was \"200\"",
            "2097-07 2097-08-07 2097-08-08 2097-08-07T23:59:40+08:00 19|uncertain-months.txt:2:57: expected a margin in seconds from 20 to 3600, but was \"19\"",
        })
        void rejectsMalformedLines(String line, String message) {
            assertThatThrownBy(() -> parse(M2057, line))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(message);
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
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("solar-terms.txt:1:78: expected the moment of term 7 (MM-ddTHH:mm), but was \"04-05T2:40\"");
        }

        @Test
        void rejectsMomentsOutOfOrder() {
            assertThatThrownBy(() -> LunarTables.Terms.parse(List.of(Y2026.replace("04-05T02:40", "03-05T02:40"))))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("solar-terms.txt:1:78: expected the moment of term 7 after that of the term before, but was"
                            + " \"03-05T02:40\"");
        }

        @Test
        void readsConsecutiveYearsAndRejectsAGapBetweenYears() {
            LunarTables.Terms terms = LunarTables.Terms.parse(List.of(Y2026, Y2026.replace("2026 ", "2027 ")));
            assertThat(terms.firstYear()).isEqualTo(2026);
            assertThat(terms.lastYear()).isEqualTo(2027);
            assertThat(terms.localMinute(2027, 7) - terms.localMinute(2026, 7)).isEqualTo(365 * 1440);
            assertThatThrownBy(() -> LunarTables.Terms.parse(List.of(Y2026, Y2026.replace("2026 ", "2028 "))))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("solar-terms.txt:2:1: expected the year 2027 (the year after the line before), but was"
                            + " \"2028\"");
        }

        @Test
        void rejectsAMomentEqualToThatOfTheTermBefore() {
            assertThatThrownBy(() -> LunarTables.Terms.parse(List.of(Y2026.replace("04-05T02:40", "03-20T22:46"))))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("solar-terms.txt:1:78: expected the moment of term 7 after that of the term before, but was"
                            + " \"03-20T22:46\"");
        }

        @Test
        void readsATableOfAtMost256Years() {
            List<String> lines = new ArrayList<>();
            for (int year = 2026; year < 2026 + 257; year++) {
                lines.add(Y2026.replace("2026 ", year + " "));
            }
            LunarTables.Terms terms = LunarTables.Terms.parse(lines.subList(0, 256));
            assertThat(terms.lastYear()).isEqualTo(2281);
            assertThat(terms.localMinute(2281, 24) - terms.localMinute(2280, 24)).isEqualTo(365 * 1440);
            assertThatThrownBy(() -> LunarTables.Terms.parse(lines))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("solar-terms.txt:257:1: expected at most 256 years, but was \"2282\"");
        }

        @Test
        void rejectsAMissingTerm() {
            assertThatThrownBy(() -> LunarTables.Terms.parse(List.of(Y2026.substring(0, Y2026.lastIndexOf(' ')))))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("solar-terms.txt:1:1: expected 25 fields separated by one space (the year and 24 moments),"
                            + " but was \"2026 01-05T16:23 01-20T09:45 02-04T04:02 02-18T23:52 03-05T21… (282 characters)")
                    .satisfies(e -> {
                        DataFileException d = (DataFileException) e;
                        assertThat(d.file()).isEqualTo("solar-terms.txt");
                        assertThat(d.path()).isEmpty();
                        assertThat(d.line()).hasValue(1);
                    });
        }
    }

    /** Every date of 1901-2100 (left out of mutation testing, which would run them for nearly every mutant). */
    @Nested
    class Exhaustive {

        @Test
        void monthIndexOfDayMatchesABinarySearchForEveryDayOfTheTable() {
            Months.assertMonthIndexOfDayMatchesABinarySearch(LunarTables.months());
        }
    }

    @Nested
    class Read {

        /** A resource file is read whole, every line in order, comments included (the parsers skip them). */
        @Test
        void readsEveryLineOfTheResourceInOrder() {
            List<String> lines = LunarTables.read(LunarTables.MONTHS_FILE, l -> l);
            assertThat(lines).hasSize(223);
            assertThat(lines.get(0)).isEqualTo("# ConsularKit: the months of the Chinese lunisolar calendar (农历), lunar years 1900-2100.");
            assertThat(lines.get(222)).startsWith("2100 ");
        }

        /** A missing resource is a packaging error, reported with the file and its package. */
        @Test
        void aMissingResourceIsReportedWithItsName() {
            assertThatThrownBy(() -> LunarTables.read("no-such-table.txt", l -> l))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Resource no-such-table.txt of package org.consularkit.calendar.lunar is missing");
        }
    }
}
