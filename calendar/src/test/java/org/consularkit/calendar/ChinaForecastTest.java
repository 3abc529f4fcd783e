package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.consularkit.calendar.ChinaForecast.Principles;
import org.consularkit.core.SourceType;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.HolidayStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChinaForecastTest {

    /** The README of the project, whose backtest table and 2027 forecast this test checks. */
    private static final Path README = Path.of("../README.md");

    private static NavigableSet<LocalDate> weekdaysOff(ChinaSchedule s) {
        return s.daysOff().stream().filter(d -> d.getDayOfWeek().getValue() <= 5)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static int both(NavigableSet<LocalDate> a, NavigableSet<LocalDate> b) {
        NavigableSet<LocalDate> c = new TreeSet<>(a);
        c.retainAll(b);
        return c.size();
    }

    /**
     * The backtest: for every year 2008-2026, the forecast with only the principles and regulation
     * in force before that year's notice, compared day by day with the official schedule.
     */
    static String backtestTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Year | Rules available before the notice | Weekday days off: official | forecast | correct "
                + "| Make-up days: official | forecast | correct |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        int[] baseline = new int[6];
        for (int year = 2008; year <= 2026; year++) {
            ChinaSchedule official = ChinaHolidays.calendar().schedule(year).orElseThrow();
            ChinaForecast f = ChinaHolidays.forecast(year);
            NavigableSet<LocalDate> o = weekdaysOff(official);
            NavigableSet<LocalDate> p = weekdaysOff(f.schedule());
            int[] row = {o.size(), p.size(), both(o, p), official.makeupWorkdays().size(),
                f.schedule().makeupWorkdays().size(), both(official.makeupWorkdays(), f.schedule().makeupWorkdays())};
            if (f.principles() == Principles.REGULATION_ONLY) {
                for (int i = 0; i < 6; i++) {
                    baseline[i] += row[i];
                }
            }
            sb.append("| ").append(year).append(" | ")
                    .append(f.principles() == Principles.PRINCIPLES_2025 ? "2025 principles + regulation (2024 revision)"
                            : "regulation only (" + regulationName(year) + ")")
                    .append(" | ").append(row[0]).append(" | ").append(row[1]).append(" | ").append(row[2])
                    .append(" | ").append(row[3]).append(" | ").append(row[4]).append(" | ").append(row[5]).append(" |\n");
        }
        sb.append("| 2008-2025 | regulation only | ").append(baseline[0]).append(" | ").append(baseline[1])
                .append(" | ").append(baseline[2]).append(" (").append(percent(baseline[2], baseline[0])).append(") | ")
                .append(baseline[3]).append(" | ").append(baseline[4]).append(" | ").append(baseline[5]).append(" (")
                .append(percent(baseline[5], baseline[3])).append(") |\n");
        return sb.toString();
    }

    private static String regulationName(int year) {
        return year < 2014 ? "2007 revision" : year < 2025 ? "2013 revision" : "2024 revision";
    }

    private static String percent(int a, int b) {
        return Math.round(100.0 * a / b) + " %";
    }

    /** The 2027 forecast as the README shows it. */
    static String forecast2027() {
        ChinaForecast f = ChinaHolidays.forecast(2027);
        StringBuilder sb = new StringBuilder();
        sb.append("ChinaHolidays.forecast(2027): status ").append(f.status()).append(", principles ")
                .append(f.principles()).append('\n');
        for (ChinaSchedule.Block b : f.schedule().blocks()) {
            sb.append("  ").append(b).append('\n');
        }
        sb.append("ambiguous choices:\n");
        f.ambiguousChoices().forEach(c -> sb.append("  - ").append(c).append('\n'));
        return sb.toString();
    }

    private static String readmeSection(String name) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String start = "<!-- " + name + ":start -->\n";
        String end = "<!-- " + name + ":end -->";
        int a = readme.indexOf(start);
        int b = readme.indexOf(end);
        assertThat(a).as("README section " + name).isNotNegative();
        String section = readme.substring(a + start.length(), b);
        return section.startsWith("```\n") ? section.substring(4, section.length() - 4) : section;
    }

    //-----------------------------------------------------------------------
    @Nested
    class Backtest {

        @Test
        void theReadmeTableIsComputedFromTheData() throws IOException {
            String table = backtestTable();
            System.out.println(table);
            assertThat(readmeSection("backtest")).isEqualTo(table);
        }

        @Test
        void pinnedFigures() {
            assertThat(backtestTable()).contains(
                    "| 2026 | 2025 principles + regulation (2024 revision) | 19 | 19 | 19 | 6 | 6 | 5 |",
                    "| 2008-2025 | regulation only | 321 | 200 | 198 (62 %) | 118 | 0 | 0 (0 %) |");
        }

        @Test
        void the2025PrinciplesReproduceThe2025NoticeTheyWerePublishedWith() {
            ChinaSchedule f = ChinaForecast.of(2025, Principles.PRINCIPLES_2025).schedule();
            assertThat(f.blocks()).isEqualTo(ChinaHolidays.calendar().schedule(2025).orElseThrow().blocks());
        }

        @Test
        void the2026MissIsTheNineDaySpringFestival() {
            ChinaSchedule f = ChinaHolidays.forecast(2026).schedule();
            ChinaSchedule o = ChinaHolidays.calendar().schedule(2026).orElseThrow();
            assertThat(f.changesFrom(o)).extracting(ChinaSchedule.Change::toString).containsExactly(
                    "2026-02-14 spring-festival: MAKEUP_WORKDAY -> NONE",
                    "2026-02-15 spring-festival: DAY_OFF -> MAKEUP_WORKDAY");
        }
    }

    @Nested
    class Forecast2027 {

        @Test
        void theReadmeShowsIt() throws IOException {
            String text = forecast2027();
            System.out.println(text);
            assertThat(readmeSection("forecast-2027")).isEqualTo(text);
        }

        @Test
        void blocksAndMakeUpDays() {
            ChinaForecast f = ChinaHolidays.forecast(2027);
            assertThat(f.year()).isEqualTo(2027);
            assertThat(f.status()).isEqualTo(HolidayStatus.FORECAST);
            assertThat(f.principles()).isEqualTo(Principles.PRINCIPLES_2025);
            assertThat(f.schedule().blocks()).extracting(ChinaSchedule.Block::toString).containsExactly(
                    "new-years-day 2027-01-01/2027-01-03",
                    "spring-festival 2027-02-05/2027-02-12 work 2027-01-31,2027-02-13",
                    "qingming-festival 2027-04-03/2027-04-05",
                    "labour-day 2027-05-01/2027-05-05 work 2027-05-08",
                    "dragon-boat-festival 2027-06-09",
                    "mid-autumn-festival 2027-09-15",
                    "national-day 2027-10-01/2027-10-07 work 2027-09-26,2027-10-09");
            assertThat(f.schedule().sources().get(0).type()).isEqualTo(SourceType.DERIVED_RULE);
            assertThat(f.ambiguousChoices()).hasSize(4);
        }

        @Test
        void theSummaryNamesYearPrinciplesAndBlocks() {
            assertThat(ChinaHolidays.forecast(2027).toString()).startsWith("ChinaForecast[2027 FORECAST "
                    + Principles.PRINCIPLES_2025 + ": new-years-day 2027-01-01/2027-01-03; spring-festival ")
                    .endsWith("; national-day 2027-10-01/2027-10-07 work 2027-09-26,2027-10-09]");
        }

        @Test
        void theWednesdayRule() {
            ChinaSchedule s = ChinaHolidays.forecast(2027).schedule();
            assertThat(s.block(ChinaPublicHoliday.DRAGON_BOAT).orElseThrow().daysOff())
                    .containsExactly(LocalDate.of(2027, 6, 9));
            assertThat(LocalDate.of(2027, 6, 9).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        }
    }

    /** The regulation alone: a statutory day lost to a weekend or to another festival is made up on the next working day. */
    @Nested
    class RegulationOnly {

        private List<String> blocks(int year) {
            ChinaForecast f = ChinaForecast.of(year, Principles.REGULATION_ONLY);
            assertThat(f.ambiguousChoices()).isEmpty();
            return f.schedule().blocks().stream().map(ChinaSchedule.Block::toString)
                    .filter(b -> b.startsWith("mid-autumn") || b.startsWith("national")).toList();
        }

        /** 2020: Mid-Autumn on Thursday October 1; National Day keeps October 1, Mid-Autumn is made up first. */
        @Test
        void aFixedDateFestivalKeepsADayItSharesWithALunarOne() {
            assertThat(blocks(2020)).containsExactly("national-day 2020-10-01/2020-10-03,2020-10-06",
                    "mid-autumn-festival 2020-10-05");
        }

        /** 2009: Mid-Autumn on Saturday October 3, National Day's third day: National Day is made up first. */
        @Test
        void onTheSameLostDayTheFixedDateFestivalIsMadeUpFirst() {
            assertThat(blocks(2009)).containsExactly("national-day 2009-10-01/2009-10-03,2009-10-05",
                    "mid-autumn-festival 2009-10-06");
        }

        /** 2077: Mid-Autumn on Friday October 1 is lost before National Day's weekend days, so it is made up first. */
        @Test
        void lostDaysAreMadeUpInDateOrder() {
            assertThat(blocks(2077)).containsExactly("national-day 2077-10-01/2077-10-03,2077-10-05/2077-10-06",
                    "mid-autumn-festival 2077-10-04");
        }
    }

    /** The 2025 principles in years whose calendar tests a rule. */
    @Nested
    class PrinciplesRules {

        /** 2029: May 1 on a Tuesday; the only five days with May 1-2 and a whole weekend start on April 28. */
        @Test
        void labourDayWithOneStartWithAWholeWeekendIsNotAmbiguous() {
            ChinaForecast f = ChinaForecast.of(2029, Principles.PRINCIPLES_2025);
            assertThat(f.schedule().blocks()).extracting(ChinaSchedule.Block::toString).containsExactly(
                    "new-years-day 2028-12-30/2029-01-01",
                    "spring-festival 2029-02-12/2029-02-19 work 2029-02-11,2029-02-24",
                    "qingming-festival 2029-04-04",
                    "labour-day 2029-04-28/2029-05-02 work 2029-05-05",
                    "dragon-boat-festival 2029-06-16/2029-06-18",
                    "mid-autumn-festival 2029-09-22/2029-09-24",
                    "national-day 2029-10-01/2029-10-07 work 2029-09-30,2029-10-13");
            assertThat(f.ambiguousChoices()).containsExactly(
                    "spring-festival: make-up working days 2029-02-11 and 2029-02-24 (nearest the block); as near and "
                            + "within six consecutive working days: 2029-02-10 and 2029-02-24 or 2029-02-11 and "
                            + "2029-02-25 or 2029-02-10 and 2029-02-25",
                    "labour-day: make-up working day 2029-05-05 (nearest the block); as near and within six "
                            + "consecutive working days: 2029-05-06 or 2029-04-22 or 2029-04-21",
                    "national-day: make-up working days 2029-09-30 and 2029-10-13 (nearest the block); as near and "
                            + "within six consecutive working days: 2029-09-29 and 2029-10-13 or 2029-09-30 and "
                            + "2029-10-14 or 2029-09-29 and 2029-10-14");
        }

        /** 2069: Mid-Autumn on September 29, the first day merged with National Day into eight days. */
        @Test
        void midAutumnOnSeptember29MergesWithNationalDay() {
            ChinaForecast f = ChinaForecast.of(2069, Principles.PRINCIPLES_2025);
            assertThat(f.schedule().blocks()).extracting(ChinaSchedule.Block::toString).containsExactly(
                    "new-years-day 2068-12-30/2069-01-01 work 2068-12-29",
                    "spring-festival 2069-01-22/2069-01-29 work 2069-01-20,2069-02-02",
                    "qingming-festival 2069-04-04/2069-04-06 work 2069-04-07",
                    "labour-day 2069-05-01/2069-05-05 work 2069-04-28",
                    "dragon-boat-festival 2069-06-22/2069-06-24",
                    "mid-autumn-festival,national-day 2069-09-29/2069-10-06 work 2069-09-28");
            assertThat(f.ambiguousChoices()).containsExactly(
                    "new-years-day: make-up working day 2068-12-29 (nearest the block); as near and within six "
                            + "consecutive working days: 2069-01-05 or 2069-01-06",
                    "spring-festival: make-up working days 2069-01-20 and 2069-02-02 (nearest the block); as near and "
                            + "within six consecutive working days: 2069-01-19 and 2069-02-02 or 2069-01-20 and "
                            + "2069-02-03 or 2069-01-19 and 2069-02-03",
                    "qingming-festival: make-up working day 2069-04-07 (nearest the block); as near and within six "
                            + "consecutive working days: 2069-03-31 or 2069-03-30",
                    "labour-day: make-up working day 2069-04-28 (nearest the block); as near and within six "
                            + "consecutive working days: 2069-04-27 or 2069-05-11 or 2069-05-12",
                    "mid-autumn-festival,national-day: make-up working day 2069-09-28 (nearest the block); as near "
                            + "and within six consecutive working days: 2069-10-12 or 2069-10-13");
        }

        /**
         * 2034: National Day from Sunday October 1 to Saturday October 7, made up on the only choice within
         * six working days, the Saturday before and the Sunday after; Labour Day could also start on April 28.
         */
        @Test
        void aMakeupChoiceWithoutAlternativeIsNotAmbiguous() {
            ChinaForecast f = ChinaForecast.of(2034, Principles.PRINCIPLES_2025);
            assertThat(f.schedule().blocks()).extracting(ChinaSchedule.Block::toString).containsExactly(
                    "new-years-day 2033-12-31/2034-01-02",
                    "spring-festival 2034-02-18/2034-02-25 work 2034-02-26",
                    "qingming-festival 2034-04-05",
                    "labour-day 2034-04-29/2034-05-03 work 2034-05-06",
                    "dragon-boat-festival 2034-06-18/2034-06-20 work 2034-06-17",
                    "mid-autumn-festival 2034-09-27",
                    "national-day 2034-10-01/2034-10-07 work 2034-09-30,2034-10-08");
            assertThat(f.ambiguousChoices()).containsExactly(
                    "labour-day: 5 days from 2034-04-29 (the latest start with a whole weekend); also possible from "
                            + "2034-04-28",
                    "mid-autumn-festival: on 2034-09-27, close to National Day; the principles merge the two when "
                            + "they coincide (8 days), which the forecast assumes only from September 29 on, as in "
                            + "2012, 2017, 2020, 2023 and 2025",
                    "spring-festival: make-up working day 2034-02-26 (nearest the block); as near and within six "
                            + "consecutive working days: 2034-02-12 or 2034-02-11",
                    "labour-day: make-up working day 2034-05-06 (nearest the block); as near and within six "
                            + "consecutive working days: 2034-05-07 or 2034-04-23 or 2034-04-22",
                    "dragon-boat-festival: make-up working day 2034-06-17 (nearest the block); as near and within six "
                            + "consecutive working days: 2034-06-24 or 2034-06-25");
        }

        /**
         * 2040: Mid-Autumn's make-up Sunday September 23 leaves Saturday September 29 out of National Day's
         * equal choices, since working on it would make seven consecutive working days.
         */
        @Test
        void aMakeupChoiceWithSevenConsecutiveWorkingDaysIsNotAnEqualChoice() {
            ChinaForecast f = ChinaForecast.of(2040, Principles.PRINCIPLES_2025);
            assertThat(f.schedule().blocks()).extracting(ChinaSchedule.Block::toString).endsWith(
                    "mid-autumn-festival 2040-09-20/2040-09-22 work 2040-09-23",
                    "national-day 2040-10-01/2040-10-07 work 2040-09-30,2040-10-13");
            assertThat(f.ambiguousChoices()).endsWith(
                    "mid-autumn-festival: make-up working day 2040-09-23 (nearest the block); as near and within six "
                            + "consecutive working days: 2040-09-16 or 2040-09-15",
                    "national-day: make-up working days 2040-09-30 and 2040-10-13 (nearest the block); as near and "
                            + "within six consecutive working days: 2040-09-30 and 2040-10-14");
        }

        /** 2042: Mid-Autumn on Sunday September 28, a day before the merge: separate blocks, said to be a choice. */
        @Test
        void midAutumnOnSeptember28IsNotMerged() {
            ChinaForecast f = ChinaForecast.of(2042, Principles.PRINCIPLES_2025);
            assertThat(f.schedule().blocks()).extracting(ChinaSchedule.Block::toString).containsExactly(
                    "new-years-day 2042-01-01",
                    "spring-festival 2042-01-21/2042-01-28 work 2042-01-19,2042-02-01",
                    "qingming-festival 2042-04-04/2042-04-06",
                    "labour-day 2042-05-01/2042-05-05 work 2042-04-27",
                    "dragon-boat-festival 2042-06-21/2042-06-23",
                    "mid-autumn-festival 2042-09-27/2042-09-29",
                    "national-day 2042-10-01/2042-10-07 work 2042-09-21,2042-10-11");
            assertThat(f.ambiguousChoices()).startsWith(
                    "labour-day: 5 days from 2042-05-01 (the latest start with a whole weekend); also possible from "
                            + "2042-04-30",
                    "mid-autumn-festival: on 2042-09-28, close to National Day; the principles merge the two when "
                            + "they coincide (8 days), which the forecast assumes only from September 29 on, as in "
                            + "2012, 2017, 2020, 2023 and 2025");
        }
    }

    @Nested
    class EveryYear {

        /** Every forecast 2025-2100 keeps the rules of a schedule, the statutory days and the counting identity. */
        @Test
        void every2025PrinciplesForecastIsConsistent() {
            for (int year = 2025; year <= 2100; year++) {
                ChinaForecast f = ChinaForecast.of(year, Principles.PRINCIPLES_2025);
                ChinaSchedule s = f.schedule();
                for (ChinaPublicHoliday h : ChinaPublicHoliday.values()) {
                    for (LocalDate d : h.statutoryDays(year)) {
                        assertThat(s.daysOff()).as("%s %s", year, d).contains(d);
                    }
                }
                int weekdays = weekdaysOff(s).size();
                int statutory = 0;
                for (ChinaPublicHoliday h : ChinaPublicHoliday.values()) {
                    statutory += h.statutoryDays(year).size();
                }
                assertThat(weekdays).as("%s", year).isEqualTo(statutory + s.makeupWorkdays().size());
            }
        }

        @Test
        void thePrinciplesDoNotApplyBefore2025() {
            assertThatThrownBy(() -> ChinaForecast.of(2024, Principles.PRINCIPLES_2025))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The arrangement principles published with the 2025 notice apply from 2025, not to 2024");
            assertThat(Principles.inForceBefore(2025)).isEqualTo(Principles.REGULATION_ONLY);
            assertThat(Principles.inForceBefore(2026)).isEqualTo(Principles.PRINCIPLES_2025);
        }

        @Test
        void theBaselineHasNoMakeUpDays() {
            for (int year = 2000; year <= 2100; year++) {
                assertThat(ChinaForecast.of(year, Principles.REGULATION_ONLY).schedule().makeupWorkdays()).isEmpty();
            }
        }
    }

    @Nested
    class Calendar {

        @Test
        void forecastsAreNeverTheDefault() {
            assertThat(ChinaHolidays.calendar().yearStatus(2027)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(ChinaHolidays.calendar().hasForecasts()).isFalse();
        }

        @Test
        void withForecastsTheYearsAfterTheLastOfficialYearAreForecast() {
            ChinaHolidayCalendar cn = ChinaHolidays.calendar().withForecasts();
            assertThat(cn.yearStatus(2026)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(cn.yearStatus(2027)).isEqualTo(HolidayStatus.FORECAST);
            assertThat(cn.yearStatus(2100)).isEqualTo(HolidayStatus.FORECAST);
            assertThat(cn.yearStatus(2006)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(cn.dayType(LocalDate.of(2027, 2, 13))).isEqualTo(DayType.MAKEUP_WORKDAY);
            assertThat(cn.day(LocalDate.of(2027, 2, 13)).status()).isEqualTo(HolidayStatus.FORECAST);
            assertThat(cn.holidays(2027)).allSatisfy(h -> assertThat(h.status()).isEqualTo(HolidayStatus.FORECAST));
            assertThat(cn.toString()).isEqualTo("ChinaHolidayCalendar[cn, 2000-2100, official 2007-2026, forecast 2027-2100]");
            assertThat(cn.withForecasts()).isSameAs(cn);
        }

        @Test
        void aLoadedNoticeReplacesTheForecast() {
            ChinaNotice n = ChinaNoticeParser.parse(Notices.resource("cn/fixture-2027-notice.txt"), "fixture.txt");
            ChinaHolidayCalendar cn = ChinaHolidays.calendar().withForecasts().withSchedule(n.schedule().orElseThrow());
            assertThat(cn.yearStatus(2027)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(cn.yearStatus(2028)).isEqualTo(HolidayStatus.FORECAST);
            assertThat(cn.hasForecasts()).isTrue();
        }

        @Test
        void unionsTakeTheWeakestStatus() {
            var union = org.consularkit.core.calendar.HolidayCalendar.union("u",
                    org.consularkit.core.LocalizedText.of("u", "u"),
                    List.of(ChinaHolidays.calendar().withForecasts(), UsFederalHolidays.calendar()));
            assertThat(union.yearStatus(2027)).isEqualTo(HolidayStatus.FORECAST);
            assertThat(union.yearStatus(2026)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(union.officialYears()).contains(2026).doesNotContain(2027);
        }
    }
}
