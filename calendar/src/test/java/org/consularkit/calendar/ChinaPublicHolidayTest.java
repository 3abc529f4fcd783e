package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.consularkit.calendar.lunar.LunarFestival;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.calendar.HolidayKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ChinaPublicHolidayTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NEW_YEARS_DAY    | new-years-day        | New Year's Day       | 元旦   | 元旦
            SPRING_FESTIVAL  | spring-festival      | Spring Festival      | 春节   | 春节
            QINGMING         | qingming-festival    | Qingming Festival    | 清明节 | 清明节
            LABOUR_DAY       | labour-day           | Labour Day           | 劳动节 | 劳动节
            DRAGON_BOAT      | dragon-boat-festival | Dragon Boat Festival | 端午节 | 端午节
            MID_AUTUMN       | mid-autumn-festival  | Mid-Autumn Festival  | 中秋节 | 中秋节
            NATIONAL_DAY     | national-day         | National Day         | 国庆节 | 国庆节
            """)
    void keysAndNames(ChinaPublicHoliday f, String key, String english, String chinese, String holidayCn) {
        assertThat(f.key()).isEqualTo(key);
        assertThat(f.displayName()).isEqualTo(LocalizedText.of(english, chinese));
        assertThat(f.displayName(Locale.ENGLISH)).isEqualTo(english);
        assertThat(f.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo(chinese);
        assertThat(f.holidayCnName()).isEqualTo(holidayCn);
        assertThat(f.kind()).isEqualTo(HolidayKind.STATUTORY);
        assertThat(f.isStatutory()).isTrue();
    }

    @Test
    void victoryDay2015() {
        ChinaPublicHoliday v = ChinaPublicHoliday.VICTORY_DAY_2015;
        assertThat(v.key()).isEqualTo("victory-day-2015");
        assertThat(v.displayName(Locale.ENGLISH)).isEqualTo("70th Anniversary of the Victory of the Chinese People's War of"
                + " Resistance against Japanese Aggression and the World Anti-Fascist War");
        assertThat(v.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日");
        assertThat(v.holidayCnName()).isEqualTo("抗日战争暨世界反法西斯战争胜利70周年纪念日");
        assertThat(v.kind()).isEqualTo(HolidayKind.SPECIAL);
        assertThat(v.isStatutory()).isFalse();
        assertThat(v.statutoryDays(2015)).isEmpty();
        assertThat(v.nominalDate(2015)).isEqualTo(LocalDate.of(2015, 9, 3));
    }

    @Nested
    class Lookup {

        @ParameterizedTest
        @EnumSource(ChinaPublicHoliday.class)
        void byKeyAndByHolidayCnName(ChinaPublicHoliday f) {
            assertThat(ChinaPublicHoliday.fromKey(f.key())).contains(f);
            assertThat(ChinaPublicHoliday.fromHolidayCnName(f.holidayCnName())).contains(f);
        }

        @ParameterizedTest
        @CsvSource({"“五一”, LABOUR_DAY", "“五一”国际劳动节, LABOUR_DAY", "“十一”, NATIONAL_DAY",
                "' 春节 ', SPRING_FESTIVAL", "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日, VICTORY_DAY_2015"})
        void olderSpellingsOfHolidayCn(String name, ChinaPublicHoliday f) {
            assertThat(ChinaPublicHoliday.fromHolidayCnName(name)).contains(f);
        }

        @Test
        void unknownNames() {
            assertThat(ChinaPublicHoliday.fromKey("Spring-Festival")).isEmpty();
            assertThat(ChinaPublicHoliday.fromHolidayCnName("国庆节、中秋节")).isEmpty();
            assertThat(ChinaPublicHoliday.fromHolidayCnName("圣诞节")).isEmpty();
            assertThatThrownBy(() -> ChinaPublicHoliday.fromKey(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("key");
        }
    }

    @Nested
    class StatutoryDays {

        @Test
        void rulesOf1999ForTheYears2000To2007() {
            assertThat(ChinaPublicHoliday.LABOUR_DAY.statutoryDays(2007)).containsExactly(
                    LocalDate.of(2007, 5, 1), LocalDate.of(2007, 5, 2), LocalDate.of(2007, 5, 3));
            assertThat(ChinaPublicHoliday.SPRING_FESTIVAL.statutoryDays(2007)).containsExactly(
                    LocalDate.of(2007, 2, 18), LocalDate.of(2007, 2, 19), LocalDate.of(2007, 2, 20));
            assertThat(ChinaPublicHoliday.QINGMING.statutoryDays(2007)).isEmpty();
            assertThat(ChinaPublicHoliday.DRAGON_BOAT.statutoryDays(2000)).isEmpty();
            assertThat(ChinaPublicHoliday.MID_AUTUMN.statutoryDays(2001)).isEmpty();
        }

        @Test
        void springFestivalFromTheEveIn2008() {
            assertThat(ChinaPublicHoliday.SPRING_FESTIVAL.statutoryDays(2008)).containsExactly(
                    LocalDate.of(2008, 2, 6), LocalDate.of(2008, 2, 7), LocalDate.of(2008, 2, 8));
            assertThat(ChinaPublicHoliday.LABOUR_DAY.statutoryDays(2008)).containsExactly(LocalDate.of(2008, 5, 1));
            assertThat(ChinaPublicHoliday.QINGMING.statutoryDays(2008)).containsExactly(LocalDate.of(2008, 4, 4));
            assertThat(ChinaPublicHoliday.DRAGON_BOAT.statutoryDays(2008)).containsExactly(LocalDate.of(2008, 6, 8));
            assertThat(ChinaPublicHoliday.MID_AUTUMN.statutoryDays(2008)).containsExactly(LocalDate.of(2008, 9, 14));
        }

        @Test
        void springFestivalFromTheFirstDayIn2014() {
            assertThat(ChinaPublicHoliday.SPRING_FESTIVAL.statutoryDays(2014)).containsExactly(
                    LocalDate.of(2014, 1, 31), LocalDate.of(2014, 2, 1), LocalDate.of(2014, 2, 2));
            assertThat(ChinaPublicHoliday.SPRING_FESTIVAL.statutoryDays(2024)).containsExactly(
                    LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 11), LocalDate.of(2024, 2, 12));
        }

        @Test
        void fourDaysOfSpringFestivalAndTwoOfLabourDayFrom2025() {
            assertThat(ChinaPublicHoliday.SPRING_FESTIVAL.statutoryDays(2025)).containsExactly(
                    LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30),
                    LocalDate.of(2025, 1, 31));
            assertThat(ChinaPublicHoliday.SPRING_FESTIVAL.statutoryDays(2026)).containsExactly(
                    LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                    LocalDate.of(2026, 2, 19));
            assertThat(ChinaPublicHoliday.LABOUR_DAY.statutoryDays(2026)).containsExactly(
                    LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2));
            assertThat(ChinaPublicHoliday.NATIONAL_DAY.statutoryDays(2100)).containsExactly(
                    LocalDate.of(2100, 10, 1), LocalDate.of(2100, 10, 2), LocalDate.of(2100, 10, 3));
        }

        @Test
        void everyYearHasTheCountOfItsEra() {
            for (int y = 2000; y <= 2100; y++) {
                int count = 0;
                for (ChinaPublicHoliday f : ChinaPublicHoliday.values()) {
                    List<LocalDate> days = f.statutoryDays(y);
                    int year = y;
                    assertThat(days).as(f + " " + y).isSorted().allMatch(d -> d.getYear() == year);
                    if (!days.isEmpty()) {
                        assertThat(days).as(f + " " + y).contains(f.nominalDate(y));
                    }
                    count += days.size();
                }
                assertThat(count).as("year " + y).isEqualTo(y <= 2007 ? 10 : y <= 2024 ? 11 : 13);
            }
        }

        @Test
        void theEveIsTheDayBeforeTheFirstDay() {
            for (int y = 2000; y <= 2100; y++) {
                assertThat(LunarFestival.SPRING_FESTIVAL_EVE.date(y))
                        .isEqualTo(ChinaPublicHoliday.SPRING_FESTIVAL.nominalDate(y).minusDays(1));
            }
        }

        @Test
        void yearsOutside2000To2100AreAnError() {
            assertThatThrownBy(() -> ChinaPublicHoliday.NATIONAL_DAY.statutoryDays(1999))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("China's public holidays are known for the years 2000-2100; year 1999 is outside that range");
            assertThatThrownBy(() -> ChinaPublicHoliday.MID_AUTUMN.nominalDate(2101))
                    .isInstanceOf(DateTimeException.class);
        }
    }

    @Test
    void nominalDates() {
        assertThat(ChinaPublicHoliday.SPRING_FESTIVAL.nominalDate(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(ChinaPublicHoliday.QINGMING.nominalDate(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(ChinaPublicHoliday.DRAGON_BOAT.nominalDate(2026)).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(ChinaPublicHoliday.MID_AUTUMN.nominalDate(2026)).isEqualTo(LocalDate.of(2026, 9, 25));
        assertThat(ChinaPublicHoliday.NEW_YEARS_DAY.nominalDate(2026)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(ChinaPublicHoliday.LABOUR_DAY.nominalDate(2026)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(ChinaPublicHoliday.NATIONAL_DAY.nominalDate(2026)).isEqualTo(LocalDate.of(2026, 10, 1));
    }
}
