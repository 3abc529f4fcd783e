package org.consularkit.calendar.lunar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nlf.calendar.Solar;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consularkit.core.LocalizedText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SolarTermTest {

    /** lunar-java's keys of the terms of its year table, in our index order. */
    private static final String[] LUNAR_JAVA_NAMES = {
        "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至",
        "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "DONG_ZHI",
    };

    @Nested
    class Constants {

        @Test
        void indicesAndLongitudesFollowTheGregorianYear() {
            assertThat(SolarTerm.MINOR_COLD.index()).isEqualTo(1);
            assertThat(SolarTerm.MINOR_COLD.longitude()).isEqualTo(285);
            assertThat(SolarTerm.SPRING_EQUINOX.longitude()).isZero();
            assertThat(SolarTerm.QINGMING.index()).isEqualTo(7);
            assertThat(SolarTerm.QINGMING.longitude()).isEqualTo(15);
            assertThat(SolarTerm.WINTER_SOLSTICE.index()).isEqualTo(24);
            assertThat(SolarTerm.WINTER_SOLSTICE.longitude()).isEqualTo(270);
        }

        @ParameterizedTest
        @EnumSource(SolarTerm.class)
        void ofIndexIsTheInverseOfIndex(SolarTerm term) {
            assertThat(SolarTerm.ofIndex(term.index())).isSameAs(term);
            assertThat(term.longitude()).isEqualTo((285 + 15 * (term.index() - 1)) % 360);
            assertThat(term.isMajor()).isEqualTo(term.index() % 2 == 0);
        }

        @Test
        void ofIndexRejectsOtherIndices() {
            assertThatThrownBy(() -> SolarTerm.ofIndex(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Invalid solar term index 0: must be from 1 to 24");
            assertThatThrownBy(() -> SolarTerm.ofIndex(25))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Invalid solar term index 25: must be from 1 to 24");
        }

        @Test
        void names() {
            assertThat(SolarTerm.QINGMING.displayName()).isEqualTo(LocalizedText.of("Qingming", "清明"));
            assertThat(SolarTerm.QINGMING.displayName(Locale.ENGLISH)).isEqualTo("Qingming");
            assertThat(SolarTerm.QINGMING.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("清明");
            assertThat(SolarTerm.WINTER_SOLSTICE.displayName(Locale.forLanguageTag("zh-TW"))).isEqualTo("冬至");
            assertThat(SolarTerm.MINOR_COLD.displayName(Locale.forLanguageTag("hi-IN"))).isEqualTo("Minor Cold");
        }

        @ParameterizedTest
        @EnumSource(SolarTerm.class)
        void chineseNamesAreThoseOfLunarJava(SolarTerm term) {
            String expected = term == SolarTerm.WINTER_SOLSTICE ? "冬至" : LUNAR_JAVA_NAMES[term.index() - 1];
            assertThat(term.displayName().chinese()).isEqualTo(expected);
        }
    }

    @Nested
    class Moments {

        @Test
        void qingming2026() {
            // CLI.md: 7,Qingming,2026-04-05,2026-04-05T02:40+08:00 (computed 02:39:52; lunar-java 02:39:43).
            assertThat(SolarTerm.QINGMING.moment(2026)).isEqualTo(OffsetDateTime.parse("2026-04-05T02:40+08:00"));
            assertThat(SolarTerm.QINGMING.date(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({
            "WINTER_SOLSTICE, 2021, 2021-12-21", // 23:59 CST: HKO names it as close to midnight
            "SPRING_EQUINOX, 2051, 2051-03-20",  // 23:58 CST
            "SPRING_EQUINOX, 2084, 2084-03-19",  // 23:59 CST
            "START_OF_SPRING, 2083, 2083-02-03", // 23:57 CST
            "RAIN_WATER, 1923, 1923-02-19",      // 23:59:53 CST, kept at 23:59
        })
        void termsCloseToMidnight(SolarTerm term, int year, LocalDate date) {
            assertThat(term.date(year)).isEqualTo(date);
            assertThat(term.moment(year).toLocalDate()).isEqualTo(date);
        }

        @Test
        void momentsInTheLastHalfMinuteOfADayAreKeptOnTheirDay() {
            // Computed at 23:59:53 and 23:59:59 CST (lunar-java: 23:59:40 and 23:59:56).
            assertThat(SolarTerm.RAIN_WATER.moment(1923)).isEqualTo(OffsetDateTime.parse("1923-02-19T23:59+08:00"));
            assertThat(SolarTerm.MAJOR_COLD.moment(1979)).isEqualTo(OffsetDateTime.parse("1979-01-20T23:59+08:00"));
        }

        @Test
        void everyYearHas24IncreasingMomentsInTheirMonths() {
            for (int year = 1901; year <= 2100; year++) {
                OffsetDateTime previous = null;
                for (SolarTerm term : SolarTerm.values()) {
                    OffsetDateTime moment = term.moment(year);
                    assertThat(moment.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
                    assertThat(moment.getSecond()).isZero();
                    assertThat(moment.toLocalDate()).isEqualTo(term.date(year));
                    assertThat(moment.getYear()).isEqualTo(year);
                    assertThat(moment.getMonthValue()).as("%s %d", term, year).isEqualTo((term.index() + 1) / 2);
                    if (previous != null) {
                        assertThat(Duration.between(previous, moment).toDays()).as("%s %d", term, year).isBetween(13L, 16L);
                    }
                    previous = moment;
                }
            }
        }

        @Test
        void qingmingFallsOnApril4To6() {
            for (int year = 1901; year <= 2100; year++) {
                assertThat(SolarTerm.QINGMING.date(year).getDayOfMonth()).as("Qingming %d", year).isBetween(4, 6);
                assertThat(SolarTerm.QINGMING.date(year).getMonthValue()).isEqualTo(4);
            }
        }

        /**
         * Compares the shipped minutes with lunar-java's moments rounded the same way; the generator's
         * unrounded moments are compared to the second in {@code tables.SolarTermsTest}.
         */
        @Test
        void agreeWithLunarJavaWithinOneMinute() {
            for (int year = 1901; year <= 2100; year++) {
                Map<String, Solar> table = Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable();
                for (SolarTerm term : SolarTerm.values()) {
                    Solar solar = table.get(LUNAR_JAVA_NAMES[term.index() - 1]);
                    OffsetDateTime theirs = LocalDateTime.of(solar.getYear(), solar.getMonth(), solar.getDay(),
                            solar.getHour(), solar.getMinute(), solar.getSecond()).atOffset(ZoneOffset.ofHours(8));
                    OffsetDateTime theirsRounded = theirs.plusSeconds(30).withSecond(0);
                    assertThat(Math.abs(Duration.between(theirsRounded, term.moment(year)).toMinutes()))
                            .as("%s %d: lunar-java %s", term, year, theirs).isLessThanOrEqualTo(1);
                    assertThat(term.date(year)).as("%s %d", term, year).isEqualTo(theirs.toLocalDate());
                }
            }
        }

        @Test
        void rejectsYearsOutsideTheTable() {
            assertThatThrownBy(() -> SolarTerm.QINGMING.moment(1900))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Solar terms are known for the years 1901-2100, not 1900");
            assertThatThrownBy(() -> SolarTerm.QINGMING.date(2101))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Solar terms are known for the years 1901-2100, not 2101");
            assertThat(SolarTerm.firstYear()).isEqualTo(1901);
            assertThat(SolarTerm.lastYear()).isEqualTo(2100);
        }
    }

    @Nested
    class Occurrences {

        @Test
        void listsThe24TermsOfAYearInOrder() {
            List<SolarTermOccurrence> terms = SolarTerm.occurrences(2026);
            assertThat(terms).hasSize(24);
            assertThat(terms).extracting(SolarTermOccurrence::term).containsExactly(SolarTerm.values());
            assertThat(terms.get(6)).isEqualTo(new SolarTermOccurrence(SolarTerm.QINGMING,
                    OffsetDateTime.parse("2026-04-05T02:40+08:00")));
            assertThat(terms.get(6).date()).isEqualTo(LocalDate.of(2026, 4, 5));
            assertThatThrownBy(() -> terms.clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void rejectsYearsOutsideTheTable() {
            assertThatThrownBy(() -> SolarTerm.occurrences(2101))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Solar terms are known for the years 1901-2100, not 2101");
        }
    }

    @Nested
    class On {

        @Test
        void findsTheTermOfADate() {
            assertThat(SolarTerm.on(LocalDate.of(2026, 4, 5))).contains(SolarTerm.QINGMING);
            assertThat(SolarTerm.on(LocalDate.of(2026, 4, 6))).isEmpty();
            assertThat(SolarTerm.on(LocalDate.of(2026, 12, 22))).contains(SolarTerm.WINTER_SOLSTICE);
        }

        @Test
        void isConsistentWithDateForEveryDay() {
            for (int year = 1901; year <= 2100; year++) {
                int found = 0;
                for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
                    if (SolarTerm.on(date).isPresent()) {
                        assertThat(SolarTerm.on(date).get().date(year)).isEqualTo(date);
                        found++;
                    }
                }
                assertThat(found).as("terms found in %d", year).isEqualTo(24);
            }
        }

        @Test
        void rejectsNullAndOtherYears() {
            assertThatThrownBy(() -> SolarTerm.on(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("date");
            assertThatThrownBy(() -> SolarTerm.on(LocalDate.of(1900, 4, 5)))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Solar terms are known for the years 1901-2100, not 1900");
        }
    }
}
