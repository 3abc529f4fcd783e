package org.consularkit.calendar.internal.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.ChinaPublicHoliday;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChinaOccurrencesTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Holiday find(List<Holiday> hs, String key) {
        return hs.stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow();
    }

    @Nested
    class Provisional {

        @Test
        void aStatutoryDayOnAWeekendIsMadeUpOnTheNextWorkingDay() {
            Holiday nd = find(ChinaOccurrences.provisional(2027, Set.of()), "national-day");
            assertThat(nd.dayTypes()).containsExactly(entry(d("2027-10-01"), DayType.PUBLIC_HOLIDAY),
                    entry(d("2027-10-02"), DayType.PUBLIC_HOLIDAY), entry(d("2027-10-03"), DayType.PUBLIC_HOLIDAY),
                    entry(d("2027-10-04"), DayType.REST_DAY), entry(d("2027-10-05"), DayType.REST_DAY));
            assertThat(nd.status()).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(nd.sources().get(0).type()).isEqualTo(SourceType.DERIVED_RULE);
            assertThat(nd.sources().get(0).citation()).isEqualTo("Provisional: no official schedule for 2027 is"
                    + " known to the library; statutory days of the regulation in force in 2027 (Art. 2), a statutory"
                    + " day on a Saturday or Sunday made up on the next working day (Art. 6, 补假); no make-up"
                    + " working days");
        }

        @Test
        void midAutumnOnANationalDayWeekdayIsMadeUpAfterNationalDay() {
            List<Holiday> hs = ChinaOccurrences.provisional(2058, Set.of());
            assertThat(find(hs, "mid-autumn-festival").dayTypes()).containsExactly(
                    entry(d("2058-10-02"), DayType.PUBLIC_HOLIDAY), entry(d("2058-10-04"), DayType.REST_DAY),
                    entry(d("2058-10-05"), DayType.WEEKEND), entry(d("2058-10-06"), DayType.WEEKEND));
            assertThat(find(hs, "national-day").daysOff()).containsExactly(
                    d("2058-10-01"), d("2058-10-02"), d("2058-10-03"));
        }

        @Test
        void midAutumnAndNationalDayOnOneSundayGiveTwoDaysInLieu() {
            List<Holiday> hs = ChinaOccurrences.provisional(2039, Set.of());
            assertThat(find(hs, "national-day").daysOff()).containsExactly(d("2039-10-01"), d("2039-10-02"),
                    d("2039-10-03"), d("2039-10-04"), d("2039-10-05"));
            assertThat(find(hs, "mid-autumn-festival").daysOff()).containsExactly(d("2039-10-02"), d("2039-10-06"));
        }

        /** 2077: Mid-Autumn's October 1 is lost before National Day's weekend days October 2-3, so it is made up first. */
        @Test
        void lostDaysAreMadeUpInDateOrder() {
            List<Holiday> hs = ChinaOccurrences.provisional(2077, Set.of());
            assertThat(find(hs, "mid-autumn-festival").dayTypes()).containsExactly(
                    entry(d("2077-10-01"), DayType.PUBLIC_HOLIDAY), entry(d("2077-10-04"), DayType.REST_DAY));
            assertThat(find(hs, "national-day").dayTypes()).containsExactly(
                    entry(d("2077-10-01"), DayType.PUBLIC_HOLIDAY), entry(d("2077-10-02"), DayType.PUBLIC_HOLIDAY),
                    entry(d("2077-10-03"), DayType.PUBLIC_HOLIDAY), entry(d("2077-10-05"), DayType.REST_DAY),
                    entry(d("2077-10-06"), DayType.REST_DAY));
        }

        /** 2009: National Day October 1-3 and its day in lieu Monday October 5 take in the Sunday between them. */
        @Test
        void aWeekendDayInsideTheDaysOffBelongsToTheFestival() {
            assertThat(find(ChinaOccurrences.provisional(2009, Set.of()), "national-day").dayTypes()).containsExactly(
                    entry(d("2009-10-01"), DayType.PUBLIC_HOLIDAY), entry(d("2009-10-02"), DayType.PUBLIC_HOLIDAY),
                    entry(d("2009-10-03"), DayType.PUBLIC_HOLIDAY), entry(d("2009-10-04"), DayType.WEEKEND),
                    entry(d("2009-10-05"), DayType.REST_DAY));
        }

        /** 2001: National Day from Monday October 1 takes in the weekend before it, unless that is a make-up day. */
        @Test
        void aWeekendBeforeTheDaysOffBelongsToTheFestivalUnlessItIsAMakeupDay() {
            assertThat(find(ChinaOccurrences.provisional(2001, Set.of()), "national-day").dayTypes()).containsExactly(
                    entry(d("2001-09-29"), DayType.WEEKEND), entry(d("2001-09-30"), DayType.WEEKEND),
                    entry(d("2001-10-01"), DayType.PUBLIC_HOLIDAY), entry(d("2001-10-02"), DayType.PUBLIC_HOLIDAY),
                    entry(d("2001-10-03"), DayType.PUBLIC_HOLIDAY));
            assertThat(find(ChinaOccurrences.provisional(2001, Set.of(d("2001-09-30"))), "national-day").dayTypes())
                    .containsOnlyKeys(d("2001-10-01"), d("2001-10-02"), d("2001-10-03"));
        }

        /** 2058: Mid-Autumn on October 2, after National Day (October 1), comes after it. */
        @Test
        void theOccurrencesAreInDateOrder() {
            assertThat(ChinaOccurrences.provisional(2058, Set.of())).extracting(Holiday::key).containsExactly(
                    "new-years-day", "spring-festival", "qingming-festival", "labour-day", "dragon-boat-festival",
                    "national-day", "mid-autumn-festival");
        }

        @Test
        void aWeekendNextToTheDaysOffBelongsToTheFestivalUnlessItIsAMakeupDay() {
            assertThat(find(ChinaOccurrences.provisional(2027, Set.of()), "new-years-day").dayTypes())
                    .containsOnlyKeys(d("2027-01-01"), d("2027-01-02"), d("2027-01-03"));
            assertThat(find(ChinaOccurrences.provisional(2027, Set.of(d("2027-01-02"))), "new-years-day").dayTypes())
                    .containsOnlyKeys(d("2027-01-01"));
        }

        /**
         * 2012: Mid-Autumn on Sunday September 30, made up on October 4; its weekend is its own and does
         * not join the National Day occurrence, which starts on October 1.
         */
        @Test
        void aWeekendDayOffOfAnotherBlockDoesNotJoinTheBlockNextToIt() {
            List<Holiday> hs = ChinaOccurrences.provisional(2012, Set.of());
            assertThat(find(hs, "mid-autumn-festival").dayTypes()).containsExactly(
                    entry(d("2012-09-29"), DayType.WEEKEND), entry(d("2012-09-30"), DayType.PUBLIC_HOLIDAY),
                    entry(d("2012-10-04"), DayType.REST_DAY));
            assertThat(find(hs, "national-day").dayTypes()).containsExactly(
                    entry(d("2012-10-01"), DayType.PUBLIC_HOLIDAY), entry(d("2012-10-02"), DayType.PUBLIC_HOLIDAY),
                    entry(d("2012-10-03"), DayType.PUBLIC_HOLIDAY));
        }

        @Test
        void aFestivalInAnUncertainLunarMonthSaysSoWithTheOtherDate() {
            Holiday midAutumn = find(ChinaOccurrences.provisional(2089, Set.of()), "mid-autumn-festival");
            assertThat(midAutumn.date()).isEqualTo(d("2089-09-18"));
            assertThat(midAutumn.sources()).extracting(Source::type)
                    .containsExactly(SourceType.DERIVED_RULE, SourceType.STATUTE, SourceType.DERIVED_RULE);
            assertThat(midAutumn.sources().get(2).citation()).isEqualTo("Uncertain date: the Mid-Autumn Festival of"
                    + " 2089 falls on 2089-09-18 by the library's lunar calendar, but may fall on 2089-09-19. Its lunar"
                    + " month begins with a new moon computed at 23:57:36 UTC+8 on 2089-09-04, 2 min 24 s before"
                    + " midnight, which is within the possible error of the computation for that year (2 min 46 s):"
                    + " if the new moon falls after midnight, the month begins on 2089-09-05 instead, and the days off"
                    + " follow from the later date");
        }

        @Test
        void onlyTheMidAutumnFestivalOf2089IsUncertainFrom2000To2100() {
            List<String> uncertain = new ArrayList<>();
            for (int year = 2000; year <= 2100; year++) {
                for (Holiday h : ChinaOccurrences.provisional(year, Set.of())) {
                    if (h.sources().stream().anyMatch(s -> s.citation().startsWith("Uncertain date:"))) {
                        uncertain.add(h.key() + " " + year);
                    }
                }
            }
            assertThat(uncertain).containsExactly("mid-autumn-festival 2089");
        }

        @Test
        void the1999RulesHaveFourFestivals() {
            assertThat(ChinaOccurrences.provisional(2003, Set.of())).extracting(Holiday::key)
                    .containsExactly("new-years-day", "spring-festival", "labour-day", "national-day");
        }
    }

    @Nested
    class Official {

        private final Source notice = Source.of(SourceType.NOTICE, "国务院办公厅关于2027年部分节假日安排的通知");

        /** 2015: Victory Day, a festival of that year only (not a statutory one), has the block its schedule gives it. */
        @Test
        void aNonStatutoryFestivalWithABlockHasItsOccurrence() {
            ChinaSchedule s = ChinaHolidays.calendar().schedule(2015).orElseThrow();
            List<Holiday> hs = ChinaOccurrences.official(s, Set.of());
            assertThat(find(hs, "victory-day-2015").dayTypes()).containsExactly(
                    entry(d("2015-09-03"), DayType.PUBLIC_HOLIDAY), entry(d("2015-09-04"), DayType.REST_DAY),
                    entry(d("2015-09-05"), DayType.WEEKEND), entry(d("2015-09-06"), DayType.MAKEUP_WORKDAY));
        }

        /** 2023: Mid-Autumn (Friday September 29) and National Day in one block; the Saturday after Mid-Autumn is its own. */
        @Test
        void inAMergedBlockADayBelongsToTheLastFestivalBeforeIt() {
            ChinaSchedule s = ChinaHolidays.calendar().schedule(2023).orElseThrow();
            List<Holiday> hs = ChinaOccurrences.official(s, Set.of());
            assertThat(find(hs, "mid-autumn-festival").dayTypes()).containsExactly(
                    entry(d("2023-09-29"), DayType.PUBLIC_HOLIDAY), entry(d("2023-09-30"), DayType.WEEKEND));
            assertThat(find(hs, "national-day").dayTypes()).containsExactly(
                    entry(d("2023-10-01"), DayType.PUBLIC_HOLIDAY), entry(d("2023-10-02"), DayType.PUBLIC_HOLIDAY),
                    entry(d("2023-10-03"), DayType.PUBLIC_HOLIDAY), entry(d("2023-10-04"), DayType.REST_DAY),
                    entry(d("2023-10-05"), DayType.REST_DAY), entry(d("2023-10-06"), DayType.REST_DAY),
                    entry(d("2023-10-07"), DayType.MAKEUP_WORKDAY), entry(d("2023-10-08"), DayType.MAKEUP_WORKDAY));
        }

        /**
         * 2020: Mid-Autumn on October 1, National Day's first day; the other days and the make-up days
         * belong to National Day, the festival of the block with the most holiday days.
         */
        @Test
        void inAMergedBlockTheDaysAfterTheHolidaysBelongToTheFestivalWithMostHolidayDays() {
            ChinaSchedule s = ChinaHolidays.calendar().schedule(2020).orElseThrow();
            List<Holiday> hs = ChinaOccurrences.official(s, Set.of());
            Holiday midAutumn = find(hs, "mid-autumn-festival");
            assertThat(midAutumn.dayTypes()).containsExactly(entry(d("2020-10-01"), DayType.PUBLIC_HOLIDAY));
            assertThat(midAutumn.date()).isEqualTo(d("2020-10-01"));
            assertThat(find(hs, "national-day").dayTypes()).containsExactly(
                    entry(d("2020-09-27"), DayType.MAKEUP_WORKDAY), entry(d("2020-10-01"), DayType.PUBLIC_HOLIDAY),
                    entry(d("2020-10-02"), DayType.PUBLIC_HOLIDAY), entry(d("2020-10-03"), DayType.PUBLIC_HOLIDAY),
                    entry(d("2020-10-04"), DayType.WEEKEND), entry(d("2020-10-05"), DayType.REST_DAY),
                    entry(d("2020-10-06"), DayType.REST_DAY), entry(d("2020-10-07"), DayType.REST_DAY),
                    entry(d("2020-10-08"), DayType.REST_DAY), entry(d("2020-10-10"), DayType.MAKEUP_WORKDAY));
        }

        /**
         * A made-up 2027 block of New Year's Day, Qingming (Monday April 5) and Labour Day (May 1-2, the
         * festival with most holiday days): a weekend day before Labour Day belongs to the festival whose
         * holiday is the latest before it, Qingming from April 5 on, not the first festival.
         */
        @Test
        void inAMergedBlockADayBelongsToTheLatestOfSeveralFestivalsBeforeIt() {
            ChinaSchedule s = ChinaSchedule.of(2027, List.of(notice), List.of(ChinaSchedule.Block.of(
                    List.of(ChinaPublicHoliday.NEW_YEARS_DAY, ChinaPublicHoliday.QINGMING, ChinaPublicHoliday.LABOUR_DAY),
                    List.of(d("2027-01-01"), d("2027-04-05"), d("2027-05-01"), d("2027-05-02")), List.of())));
            List<Holiday> hs = ChinaOccurrences.official(s, Set.of());
            assertThat(find(hs, "qingming-festival").dayTypes()).containsExactly(
                    entry(d("2027-04-05"), DayType.PUBLIC_HOLIDAY), entry(d("2027-04-10"), DayType.WEEKEND),
                    entry(d("2027-04-11"), DayType.WEEKEND), entry(d("2027-04-17"), DayType.WEEKEND),
                    entry(d("2027-04-18"), DayType.WEEKEND), entry(d("2027-04-24"), DayType.WEEKEND),
                    entry(d("2027-04-25"), DayType.WEEKEND));
            assertThat(find(hs, "new-years-day").dayTypes()).containsKeys(d("2027-01-02"), d("2027-04-04"))
                    .doesNotContainKey(d("2027-04-10"));
        }

        /** 2027 with a National Day block only: the statutory weekend days of Spring Festival and Labour Day count all the same. */
        @Test
        void statutoryWeekendDaysOfFestivalsWithoutABlockAreHolidays() {
            ChinaSchedule s = ChinaSchedule.of(2027, List.of(notice), List.of(ChinaSchedule.Block.of(
                    ChinaPublicHoliday.NATIONAL_DAY, List.of(d("2027-10-01"), d("2027-10-04")), List.of())));
            List<Holiday> hs = ChinaOccurrences.official(s, Set.of());
            assertThat(hs).extracting(Holiday::key).containsExactly("spring-festival", "labour-day", "national-day");
            assertThat(find(hs, "spring-festival").dayTypes()).containsExactly(
                    entry(d("2027-02-06"), DayType.PUBLIC_HOLIDAY), entry(d("2027-02-07"), DayType.PUBLIC_HOLIDAY));
            assertThat(find(hs, "labour-day").dayTypes()).containsExactly(
                    entry(d("2027-05-01"), DayType.PUBLIC_HOLIDAY), entry(d("2027-05-02"), DayType.PUBLIC_HOLIDAY));
        }

        /** National Day's October 1 (a Friday) missing from the schedule: the occurrence is dated by its first day off. */
        @Test
        void anOccurrenceWhoseNominalDayIsAWorkingDayIsDatedByItsFirstDayOff() {
            ChinaSchedule s = ChinaSchedule.of(2027, List.of(notice), List.of(ChinaSchedule.Block.of(
                    ChinaPublicHoliday.NATIONAL_DAY, List.of(d("2027-10-04"), d("2027-10-05"), d("2027-10-06"),
                            d("2027-10-07"), d("2027-10-08")), List.of(d("2027-09-26")))));
            Holiday nd = find(ChinaOccurrences.official(s, Set.of()), "national-day");
            assertThat(nd.date()).isEqualTo(d("2027-10-02"));
            assertThat(nd.dayTypes()).containsExactly(entry(d("2027-09-26"), DayType.MAKEUP_WORKDAY),
                    entry(d("2027-10-02"), DayType.PUBLIC_HOLIDAY), entry(d("2027-10-03"), DayType.PUBLIC_HOLIDAY),
                    entry(d("2027-10-04"), DayType.REST_DAY), entry(d("2027-10-05"), DayType.REST_DAY),
                    entry(d("2027-10-06"), DayType.REST_DAY), entry(d("2027-10-07"), DayType.REST_DAY),
                    entry(d("2027-10-08"), DayType.REST_DAY), entry(d("2027-10-09"), DayType.WEEKEND),
                    entry(d("2027-10-10"), DayType.WEEKEND));
        }

        @Test
        void aStatutoryWeekendDayMissingFromTheScheduleIsAPublicHolidayAllTheSame() {
            ChinaSchedule s = ChinaSchedule.of(2027, List.of(notice), List.of(ChinaSchedule.Block.of(
                    ChinaPublicHoliday.NATIONAL_DAY, List.of(d("2027-10-01"), d("2027-10-04")), List.of())));
            Holiday nd = find(ChinaOccurrences.official(s, Set.of()), "national-day");
            assertThat(nd.dayTypes()).containsExactly(entry(d("2027-10-01"), DayType.PUBLIC_HOLIDAY),
                    entry(d("2027-10-02"), DayType.PUBLIC_HOLIDAY), entry(d("2027-10-03"), DayType.PUBLIC_HOLIDAY),
                    entry(d("2027-10-04"), DayType.REST_DAY));
            assertThat(nd.status()).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(nd.sources()).first().isEqualTo(notice);
            assertThat(nd.sources()).last().extracting(Source::citation).asString().contains("第795号");
        }

        @Test
        void statutoryWeekdaysMissingFromTheScheduleStayWorkingDays() {
            ChinaSchedule s = ChinaSchedule.of(2027, List.of(notice), List.of(ChinaSchedule.Block.of(
                    ChinaPublicHoliday.DRAGON_BOAT, List.of(d("2027-06-10")), List.of())));
            List<Holiday> hs = ChinaOccurrences.official(s, Set.of());
            assertThat(hs).extracting(Holiday::key).containsExactly("spring-festival", "labour-day", "dragon-boat-festival",
                    "national-day");
            Holiday db = find(hs, "dragon-boat-festival");
            assertThat(db.dayTypes()).containsExactly(entry(d("2027-06-10"), DayType.REST_DAY));
            assertThat(db.date()).isEqualTo(d("2027-06-10"));
        }

        @Test
        void holidayDaysIncludeTheVictoryDayOf2015Only() {
            assertThat(ChinaOccurrences.holidayDays(ChinaPublicHoliday.VICTORY_DAY_2015, 2015))
                    .containsExactly(d("2015-09-03"));
            assertThat(ChinaOccurrences.holidayDays(ChinaPublicHoliday.VICTORY_DAY_2015, 2025)).isEmpty();
            assertThat(ChinaOccurrences.holidayDays(ChinaPublicHoliday.NATIONAL_DAY, 2025)).hasSize(3);
        }
    }
}
