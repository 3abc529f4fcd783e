package org.consularkit.calendar.lunar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LunarDateTest {

    private static final LocalDate FIRST = LocalDate.of(1901, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    @Nested
    class From {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({
            "2026-02-17, 2026-01-01", // CLI.md example: Spring Festival 2026
            "2026-02-16, 2025-12-29", // Spring Festival Eve 2026 (the 12th month has 29 days; facts.md: Feb 15 = 腊月廿八)
            "2025-01-29, 2025-01-01",
            "2023-03-22, 2023-02L-01", // leap 2nd month of 2023
            "2023-04-05, 2023-02L-15",
            "2023-04-20, 2023-03-01",
            "2033-12-22, 2033-11L-01", // leap 11th month of 2033 (HKO almanac 2033)
            "1901-01-01, 1900-11-11",
            "2100-12-31, 2100-12-01",
            "1987-07-26, 1987-06L-01", // HKO: leap 6th month of 1987
        })
        void namedExamples(LocalDate date, String lunar) {
            assertThat(LunarDate.from(date)).hasToString(lunar);
        }

        @Test
        void rejectsDatesOutsideTheRange() {
            assertThatThrownBy(() -> LunarDate.from(LocalDate.of(1900, 12, 31)))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Date 1900-12-31 is outside the supported range 1901-01-01 to 2100-12-31");
            assertThatThrownBy(() -> LunarDate.from(LocalDate.of(2101, 1, 1)))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Date 2101-01-01 is outside the supported range 1901-01-01 to 2100-12-31");
        }

        @Test
        void rejectsNull() {
            assertThatThrownBy(() -> LunarDate.from(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("date");
        }
    }

    @Nested
    class Of {

        @Test
        void givesTheFields() {
            LunarDate date = LunarDate.of(2023, 2, true, 15);
            assertThat(date.lunarYear()).isEqualTo(2023);
            assertThat(date.month()).isEqualTo(2);
            assertThat(date.isLeapMonth()).isTrue();
            assertThat(date.day()).isEqualTo(15);
            assertThat(date.toLocalDate()).isEqualTo(LocalDate.of(2023, 4, 5));
            assertThat(date.lengthOfMonth()).isEqualTo(29);
        }

        @Test
        void rejectsAYearOutsideTheTables() {
            assertThatThrownBy(() -> LunarDate.of(1899, 1, false, 1))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Lunar year 1899 is outside the supported range 1900-2100");
        }

        @Test
        void rejectsAnInvalidMonth() {
            assertThatThrownBy(() -> LunarDate.of(2026, 13, false, 1))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Invalid lunar month 13: must be from 1 to 12");
            assertThatThrownBy(() -> LunarDate.of(2026, 0, false, 1))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Invalid lunar month 0: must be from 1 to 12");
        }

        @Test
        void rejectsALeapMonthTheYearDoesNotHave() {
            assertThatThrownBy(() -> LunarDate.of(2026, 6, true, 1))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Lunar year 2026 has no leap month");
            assertThatThrownBy(() -> LunarDate.of(2023, 3, true, 1))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Lunar year 2023 has no leap month 3; its leap month is 2");
        }

        @Test
        void rejectsADayOutsideTheMonth() {
            assertThatThrownBy(() -> LunarDate.of(2026, 2, false, 30))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Invalid day 30 of lunar month 2026-02: must be from 1 to 29");
            assertThatThrownBy(() -> LunarDate.of(2023, 2, true, 0))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Invalid day 0 of lunar month 2023-02L: must be from 1 to 29");
        }

        @Test
        void rejectsDatesBeforeOrAfterTheGregorianRange() {
            assertThatThrownBy(() -> LunarDate.of(1900, 11, false, 10))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Lunar date 1900-11-10 is 1900-12-31, outside the supported range 1901-01-01 to 2100-12-31");
            assertThatThrownBy(() -> LunarDate.of(2100, 12, false, 2))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Lunar date 2100-12-02 is 2101-01-01, outside the supported range 1901-01-01 to 2100-12-31");
        }
    }

    @Nested
    class Parse {

        @Test
        void readsLeapMonths() {
            assertThat(LunarDate.parse("2023-02L-15").toLocalDate()).isEqualTo(LocalDate.of(2023, 4, 5));
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"2026-1-1", "2026-01-1", "2026/01/01", "2026-01l-01", "2026-01-01 ", ""})
        void rejectsOtherForms(String text) {
            assertThatThrownBy(() -> LunarDate.parse(text))
                    .isInstanceOf(DateTimeParseException.class)
                    .hasMessage("Text '" + text + "' could not be parsed: expected yyyy-MM-dd, with L after the month"
                            + " of a leap month (2026-01-01, 2023-02L-15)");
        }

        @Test
        void aLongTextIsQuotedByItsBeginningAndLengthOnly() {
            String text = "2026-01-01".repeat(1 << 17) + "xxxx"; // 1 MB of text and more
            assertThatThrownBy(() -> LunarDate.parse(text))
                    .isInstanceOfSatisfying(DateTimeParseException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("Text '" + text.substring(0, 58)
                                + "… (1310724 characters)' could not be parsed: expected yyyy-MM-dd, with L after the"
                                + " month of a leap month (2026-01-01, 2023-02L-15)");
                        assertThat(e.getParsedString()).isEqualTo(text);
                    });
        }

        @Test
        void rejectsNonDigits() {
            assertThatThrownBy(() -> LunarDate.parse("2026-0x-01"))
                    .isInstanceOf(DateTimeParseException.class)
                    .hasMessage("Text '2026-0x-01' could not be parsed: 'x' at index 6 is not a digit");
        }

        @Test
        void rejectsInvalidDatesWithTheReason() {
            assertThatThrownBy(() -> LunarDate.parse("2026-02-30"))
                    .isInstanceOf(DateTimeParseException.class)
                    .hasMessage("Text '2026-02-30' could not be parsed: Invalid day 30 of lunar month 2026-02: must be"
                            + " from 1 to 29")
                    .hasCauseInstanceOf(DateTimeException.class);
        }

        @Test
        void rejectsNull() {
            assertThatThrownBy(() -> LunarDate.parse(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("text");
        }
    }

    @Nested
    class Certainty {

        @Test
        void theMidAutumnFestivalOf2089IsUncertain() {
            LunarDate midAutumn = LunarDate.of(2089, 8, false, 15);
            assertThat(midAutumn.toLocalDate()).isEqualTo(LocalDate.of(2089, 9, 18));
            assertThat(midAutumn.isCertain()).isFalse();
            assertThat(midAutumn.uncertainty()).hasValueSatisfying(m -> {
                assertThat(m.label()).isEqualTo("2089-08");
                assertThat(m.alternativeStart()).isEqualTo(LocalDate.of(2089, 9, 5));
            });
        }

        @Test
        void theDayBeforeAMonthThatMayBeginLaterIsCertain() {
            assertThat(LunarDate.from(LocalDate.of(2089, 9, 3)).isCertain()).isTrue();
            assertThat(LunarDate.from(LocalDate.of(2089, 9, 4)).isCertain()).isFalse();
        }

        @Test
        void the1929MonthsAndTodayAreCertain() {
            assertThat(LunarDate.from(LocalDate.of(1916, 2, 3)).isCertain()).isTrue();
            assertThat(LunarDate.from(LocalDate.of(2026, 2, 17)).isCertain()).isTrue();
            assertThat(LunarDate.from(LocalDate.of(2026, 2, 17)).uncertainty()).isEmpty();
        }

    }

    @Nested
    class ValueType {

        @Test
        void equalDatesAreEqualAndHashAlike() {
            LunarDate a = LunarDate.of(2026, 1, false, 1);
            LunarDate b = LunarDate.from(LocalDate.of(2026, 2, 17));
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b);
            assertThat(a).isNotEqualTo(LunarDate.of(2026, 1, false, 2));
            assertThat(a).isNotEqualTo("2026-01-01");
        }

        @Test
        void aLeapMonthDiffersFromTheMonthItRepeats() {
            LunarDate ordinary = LunarDate.of(2023, 2, false, 15);
            LunarDate leap = LunarDate.of(2023, 2, true, 15);
            assertThat(ordinary).isNotEqualTo(leap);
            assertThat(ordinary).isLessThan(leap);
            assertThat(leap.toString()).isEqualTo("2023-02L-15");
            assertThat(ordinary.toString()).isEqualTo("2023-02-15");
        }

        @Test
        void ordersChronologically() {
            LunarDate early = LunarDate.of(2025, 12, false, 29);
            LunarDate late = LunarDate.of(2026, 1, false, 1);
            assertThat(early).isLessThan(late);
            assertThat(early.isBefore(late)).isTrue();
            assertThat(late.isAfter(early)).isTrue();
            assertThat(early.isAfter(late)).isFalse();
            assertThat(early.compareTo(LunarDate.of(2025, 12, false, 29))).isZero();
        }

        @Test
        void aDateIsNeitherBeforeNorAfterItself() {
            LunarDate date = LunarDate.of(2026, 1, false, 1);
            LunarDate same = LunarDate.parse("2026-01-01");
            assertThat(date.isBefore(same)).isFalse();
            assertThat(date.isAfter(same)).isFalse();
        }
    }

    /** Every date of 1901-2100 (left out of mutation testing, which would run them for nearly every mutant). */
    @Nested
    class Exhaustive {

        @Test
        void everyDateRoundTripsThroughToLocalDate() {
            LunarDate previous = null;
            for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
                LunarDate lunar = LunarDate.from(date);
                assertThat(lunar.toLocalDate()).isEqualTo(date);
                assertThat(LunarDate.of(lunar.lunarYear(), lunar.month(), lunar.isLeapMonth(), lunar.day()))
                        .isEqualTo(lunar);
                if (previous != null) {
                    boolean newMonth = lunar.day() == 1;
                    assertThat(lunar.day()).as("day after %s", previous)
                            .isEqualTo(newMonth ? 1 : previous.day() + 1);
                    if (newMonth) {
                        assertThat(previous.day()).as("last day before %s", lunar).isBetween(29, 30);
                        assertThat(previous.lengthOfMonth()).isEqualTo(previous.day());
                    }
                }
                previous = lunar;
            }
        }

        @Test
        void everyDateRoundTripsThroughToString() {
            for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
                LunarDate lunar = LunarDate.from(date);
                assertThat(LunarDate.parse(lunar.toString())).isEqualTo(lunar);
            }
        }

        /** Every date of 1901-2100: uncertain exactly within the three uncertain months (which may begin later). */
        @Test
        void exactlyTheDatesOfTheUncertainMonthsAreUncertain() {
            int uncertain = 0;
            for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
                LunarDate lunar = LunarDate.from(date);
                boolean inUncertainMonth = LunarCalendar.uncertainMonths().stream().anyMatch(m -> m.lunarYear()
                        == lunar.lunarYear() && m.month() == lunar.month() && m.leapMonth() == lunar.isLeapMonth());
                assertThat(lunar.isCertain()).as("%s (%s)", date, lunar).isEqualTo(!inUncertainMonth);
                uncertain += lunar.isCertain() ? 0 : 1;
            }
            assertThat(uncertain).isEqualTo(LunarCalendar.monthLength(2057, 9, false)
                    + LunarCalendar.monthLength(2089, 8, false) + LunarCalendar.monthLength(2097, 7, false));
        }
    }
}
