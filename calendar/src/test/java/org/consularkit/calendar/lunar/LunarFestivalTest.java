package org.consularkit.calendar.lunar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.consularkit.core.LocalizedText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LunarFestivalTest {

    @Nested
    class Date {

        @ParameterizedTest(name = "{0} {1}: {2}")
        @CsvSource({
            "SPRING_FESTIVAL_EVE, 2026, 2026-02-16", // 腊月廿九: facts.md, Feb 15 = 腊月廿八 and 初一 = Feb 17
            "SPRING_FESTIVAL, 2026, 2026-02-17",
            "LANTERN_FESTIVAL, 2026, 2026-03-03",
            "QINGMING, 2026, 2026-04-05", // facts.md: Qingming Sun 5 Apr 2026
            "DRAGON_BOAT, 2026, 2026-06-19", // facts.md: Juneteenth Fri 19 Jun 2026 = Dragon Boat Festival
            "QIXI, 2026, 2026-08-19",
            "MID_AUTUMN, 2026, 2026-09-25",
            "DOUBLE_NINTH, 2026, 2026-10-18",
            "SPRING_FESTIVAL_EVE, 2025, 2025-01-28",
            "SPRING_FESTIVAL, 2025, 2025-01-29",
            "DRAGON_BOAT, 2025, 2025-05-31",
            "MID_AUTUMN, 2025, 2025-10-06",
            "SPRING_FESTIVAL_EVE, 2024, 2024-02-09", // the 12th month of lunar 2023 has 30 days
            "SPRING_FESTIVAL, 2024, 2024-02-10",
        })
        void namedExamples(LunarFestival festival, int year, LocalDate date) {
            assertThat(festival.date(year)).isEqualTo(date);
        }

        @Test
        void eveIsTheLastDayOfThe12thMonth() {
            for (int year = 1901; year <= 2100; year++) {
                LunarDate eve = LunarDate.from(LunarFestival.SPRING_FESTIVAL_EVE.date(year));
                assertThat(eve.month()).isEqualTo(12);
                assertThat(eve.isLeapMonth()).isFalse();
                assertThat(eve.day()).isEqualTo(eve.lengthOfMonth()).isBetween(29, 30);
                assertThat(eve.toLocalDate().plusDays(1)).isEqualTo(LunarFestival.SPRING_FESTIVAL.date(year));
            }
        }

        @ParameterizedTest
        @EnumSource(LunarFestival.class)
        void fallsInItsGregorianYearEveryYear(LunarFestival festival) {
            for (int year = 1901; year <= 2100; year++) {
                assertThat(festival.date(year).getYear()).as("%s %d", festival, year).isEqualTo(year);
            }
        }

        @Test
        void qingmingIsTheDateOfTheSolarTerm() {
            for (int year = 1901; year <= 2100; year++) {
                assertThat(LunarFestival.QINGMING.date(year)).isEqualTo(SolarTerm.QINGMING.date(year));
            }
        }

        @Test
        void rejectsYearsOutsideTheRange() {
            assertThatThrownBy(() -> LunarFestival.MID_AUTUMN.date(1900))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Chinese festivals are known for the years 1901-2100, not 1900");
            assertThatThrownBy(() -> LunarFestival.SPRING_FESTIVAL_EVE.date(2101))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Chinese festivals are known for the years 1901-2100, not 2101");
        }
    }

    @Nested
    class Uncertainty {

        @Test
        void threeFestivalsOf1901To2100AreUncertain() {
            List<String> uncertain = new ArrayList<>();
            for (LunarFestival festival : LunarFestival.values()) {
                for (int year = 1901; year <= 2100; year++) {
                    if (festival.uncertainty(year).isPresent()) {
                        uncertain.add(festival + " " + year);
                        assertThat(festival.alternativeDate(year)).as("%s %d", festival, year)
                                .contains(festival.date(year).plusDays(1));
                    } else {
                        assertThat(festival.alternativeDate(year)).as("%s %d", festival, year).isEmpty();
                    }
                }
            }
            assertThat(uncertain).containsExactly("QIXI 2097", "MID_AUTUMN 2089", "DOUBLE_NINTH 2057");
        }

        @Test
        void theMidAutumnFestivalOf2089MayFallADayLater() {
            assertThat(LunarFestival.MID_AUTUMN.date(2089)).isEqualTo(LocalDate.of(2089, 9, 18));
            assertThat(LunarFestival.MID_AUTUMN.alternativeDate(2089)).contains(LocalDate.of(2089, 9, 19));
            assertThat(LunarFestival.MID_AUTUMN.uncertainty(2089)).map(UncertainMonth::label).contains("2089-08");
        }

        @Test
        void theEveDependsOnTheFirstMonth() {
            // No 1st month is uncertain in 1901-2100; the Eve follows the 1st month, not the 12th.
            for (int year = 1901; year <= 2100; year++) {
                assertThat(LunarFestival.SPRING_FESTIVAL_EVE.uncertainty(year))
                        .isEqualTo(LunarFestival.SPRING_FESTIVAL.uncertainty(year));
            }
        }

        /**
         * Qingming is the day of a solar term: no Qingming of 1901-2100 is within 5 minutes of midnight
         * (the largest margin is 3.5 minutes, in 2100, and the moments are rounded to the minute).
         */
        @Test
        void qingmingIsNeverUncertain() {
            for (int year = 1901; year <= 2100; year++) {
                int minute = SolarTerm.QINGMING.moment(year).toLocalTime().toSecondOfDay() / 60;
                assertThat(Math.min(minute, 1440 - minute)).as("Qingming %d", year).isGreaterThan(5);
                assertThat(LunarFestival.QINGMING.uncertainty(year)).isEmpty();
            }
        }

        @Test
        void rejectsYearsOutsideTheRange() {
            assertThatThrownBy(() -> LunarFestival.MID_AUTUMN.uncertainty(2101))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Chinese festivals are known for the years 1901-2100, not 2101");
        }
    }

    @Nested
    class Names {

        @Test
        void englishAndChinese() {
            assertThat(LunarFestival.SPRING_FESTIVAL.displayName()).isEqualTo(LocalizedText.of("Spring Festival", "春节"));
            assertThat(LunarFestival.SPRING_FESTIVAL_EVE.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("除夕");
            assertThat(LunarFestival.MID_AUTUMN.displayName(Locale.ENGLISH)).isEqualTo("Mid-Autumn Festival");
            assertThat(LunarFestival.DRAGON_BOAT.displayName(Locale.forLanguageTag("hi-IN"))).isEqualTo("Dragon Boat Festival");
            assertThat(LunarFestival.QINGMING.displayName(Locale.forLanguageTag("zh"))).isEqualTo("清明节");
        }
    }

    /** Every year of 1901-2100 against lunar-java (left out of mutation testing, which would run it for nearly every mutant). */
    @Nested
    class AgainstLunarJava {

        @Test
        void lunarFestivalsAgreeWithLunarJava() {
            int[][] lunarDates = {{1, 1}, {1, 15}, {5, 5}, {7, 7}, {8, 15}, {9, 9}};
            LunarFestival[] festivals = {
                LunarFestival.SPRING_FESTIVAL, LunarFestival.LANTERN_FESTIVAL, LunarFestival.DRAGON_BOAT,
                LunarFestival.QIXI, LunarFestival.MID_AUTUMN, LunarFestival.DOUBLE_NINTH,
            };
            // Every year: lunar-java differs only on the 4th month of 1906, which has no festival.
            for (int year = 1901; year <= 2100; year++) {
                for (int i = 0; i < festivals.length; i++) {
                    Solar solar = Lunar.fromYmd(year, lunarDates[i][0], lunarDates[i][1]).getSolar();
                    assertThat(festivals[i].date(year)).as("%s %d", festivals[i], year)
                            .isEqualTo(LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay()));
                }
            }
        }
    }
}
