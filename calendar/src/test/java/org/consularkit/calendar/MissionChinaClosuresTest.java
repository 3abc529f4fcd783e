package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.consularkit.calendar.lunar.LunarFestival;
import org.consularkit.calendar.lunar.SolarTerm;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.DateRange;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MissionChinaClosuresTest {

    private static final HolidayCalendar POST = MissionChinaClosures.calendar("beijing");
    private static final HolidayCalendar US = UsFederalHolidays.calendar();
    private static final Locale ZH = LocalizedText.SIMPLIFIED_CHINESE;

    /** {@code date type names} for a date, names in English joined by {@code ;}. */
    private static String row(HolidayCalendar calendar, LocalDate date) {
        CalendarDay d = calendar.day(date);
        return d.date() + " " + d.type() + " " + String.join("; ", d.holidayNames(Locale.ENGLISH));
    }

    private static String row(String date) {
        return row(POST, LocalDate.parse(date));
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static List<String> keys(HolidayCalendar calendar, String date) {
        return calendar.day(date(date)).holidays().stream().map(Holiday::key).collect(Collectors.toList());
    }

    private static Holiday occurrence(HolidayCalendar calendar, String key, int year) {
        return calendar.holidays(year).stream().filter(h -> h.key().equals(key) && h.year() == year).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + "/" + year));
    }

    private static List<Holiday> festivalOccurrences(HolidayCalendar calendar, int year) {
        return calendar.holidays(year).stream().filter(h -> h.key().startsWith("cn-") && h.year() == year)
                .collect(Collectors.toList());
    }

    /**
     * The festival days of the rule, computed here from the lunar API and the rule's text, by the key
     * of their occurrence.
     */
    private static Map<String, List<LocalDate>> ruleDays(int year) {
        Map<String, List<LocalDate>> out = new LinkedHashMap<>();
        out.put("cn-new-years-day", List.of(LocalDate.of(year, 1, 1)));
        out.put("cn-spring-festival-eve", List.of(LunarFestival.SPRING_FESTIVAL_EVE.date(year)));
        LocalDate sf = LunarFestival.SPRING_FESTIVAL.date(year);
        out.put("cn-spring-festival", List.of(sf, sf.plusDays(1), sf.plusDays(2)));
        out.put("cn-qingming-festival", List.of(SolarTerm.QINGMING.date(year)));
        out.put("cn-labour-day", year >= 2025 ? List.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2))
                : List.of(LocalDate.of(year, 5, 1)));
        out.put("cn-dragon-boat-festival", List.of(LunarFestival.DRAGON_BOAT.date(year)));
        out.put("cn-mid-autumn-festival", List.of(LunarFestival.MID_AUTUMN.date(year)));
        out.put("cn-national-day", List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2),
                LocalDate.of(year, 10, 3)));
        return out;
    }

    //-----------------------------------------------------------------------
    @Nested
    class Calendar {

        @Test
        void everyPostHasASharedCalendarNamedAfterIt() {
            assertThat(MissionChinaClosures.postIds())
                    .containsExactly("beijing", "chengdu", "guangzhou", "shanghai", "shenyang", "wuhan");
            for (String post : MissionChinaClosures.postIds()) {
                HolidayCalendar c = MissionChinaClosures.calendar(post);
                assertThat(c.id()).isEqualTo("post:" + post);
                assertThat(MissionChinaClosures.calendar(post)).isSameAs(c);
            }
            assertThat(POST.displayName())
                    .isEqualTo(LocalizedText.of("U.S. Embassy Beijing closures", "美国驻华大使馆闭馆日"));
            assertThat(MissionChinaClosures.calendar("wuhan").displayName())
                    .isEqualTo(LocalizedText.of("U.S. Consulate General Wuhan closures",
                            "美国驻武汉总领事馆闭馆日"));
        }

        @Test
        void everyPostFollowsTheSameRule() {
            for (String post : MissionChinaClosures.postIds()) {
                HolidayCalendar c = MissionChinaClosures.calendar(post);
                assertThat(c.days(DateRange.ofClosed(date("2025-01-01"), date("2027-12-31"))))
                        .as(post).isEqualTo(POST.days(DateRange.ofClosed(date("2025-01-01"), date("2027-12-31"))));
            }
        }

        @Test
        void unknownPostIdsNameTheKnownOnes() {
            assertThatThrownBy(() -> MissionChinaClosures.calendar("mars"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Unknown post id 'mars'; known post ids: beijing, chengdu, guangzhou, shanghai,"
                            + " shenyang, wuhan");
            assertThatThrownBy(() -> MissionChinaClosures.calendar("post:beijing"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Unknown post id 'post:beijing'");
            assertThatThrownBy(() -> MissionChinaClosures.calendar("mars", Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Unknown post id 'mars'");
            assertThatThrownBy(() -> MissionChinaClosures.calendar(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("postId");
        }

        @Test
        void aLongUnknownPostIdIsQuotedByItsBeginningAndLengthOnly() {
            String postId = "x".repeat(1 << 20);
            assertThatThrownBy(() -> MissionChinaClosures.calendar(postId))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Unknown post id '" + "x".repeat(58) + "… (1048576 characters)'; known post ids: beijing,"
                            + " chengdu, guangzhou, shanghai, shenyang, wuhan");
        }

        @Test
        void coversTheYearsOfChinasCalendar() {
            assertThat(POST.firstYear()).isEqualTo(MissionChinaClosures.FIRST_YEAR).isEqualTo(2000)
                    .isEqualTo(ChinaHolidays.FIRST_YEAR);
            assertThat(POST.lastYear()).isEqualTo(MissionChinaClosures.LAST_YEAR).isEqualTo(2100)
                    .isEqualTo(ChinaHolidays.LAST_YEAR);
            assertThatThrownBy(() -> POST.day(date("1999-12-31")))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar post:beijing covers the years 2000-2100; date 1999-12-31 is outside"
                            + " its range");
            assertThatThrownBy(() -> POST.dayType(date("2101-01-01"))).isInstanceOf(DateTimeException.class);
        }

        @Test
        void theEdgesOfTheRangeKnowTheNeighbouringYears() {
            // New Year's Day 2000, a Saturday: the US holiday is observed on 1999-12-31 (outside), China's
            // festival day moves to Monday January 3.
            assertThat(row("2000-01-01")).isEqualTo("2000-01-01 WEEKEND New Year's Day");
            assertThat(row("2000-01-03")).isEqualTo("2000-01-03 REST_DAY New Year's Day");
            // New Year's Day 2101, a Saturday: observed on Friday 2100-12-31.
            assertThat(row("2100-12-31")).isEqualTo("2100-12-31 PUBLIC_HOLIDAY New Year's Day");
            assertThat(keys(POST, "2100-12-31")).containsExactly("new-years-day");
        }

        /**
         * The rule's festival closures apply in the first and the last year too (checked on a new
         * calendar, not the shared one whose years may already be computed).
         */
        @Test
        void festivalClosuresApplyInTheFirstAndTheLastYear() {
            HolidayCalendar fresh = MissionChinaClosures.calendar("beijing", Map.of(2050, List.of()));
            // Spring Festival 2000 is Saturday February 5; its eve, Friday February 4, is closed.
            assertThat(row(fresh, date("2000-02-04"))).isEqualTo("2000-02-04 PUBLIC_HOLIDAY Spring Festival Eve");
            // Spring Festival 2100 is Tuesday February 9; its eve is Monday February 8.
            assertThat(row(fresh, date("2100-02-08"))).isEqualTo("2100-02-08 PUBLIC_HOLIDAY Spring Festival Eve");
            assertThat(row(fresh, date("2100-02-09"))).isEqualTo("2100-02-09 PUBLIC_HOLIDAY Spring Festival");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Year2026 {

        @Test
        void fullClosureList2026() {
            List<String> closed = new ArrayList<>();
            for (LocalDate d = date("2026-01-01"); d.getYear() == 2026; d = d.plusDays(1)) {
                if (!isWeekend(d) && !POST.isWorkingDay(d)) {
                    closed.add(row(POST, d));
                }
            }
            assertThat(closed).containsExactly(
                    "2026-01-01 PUBLIC_HOLIDAY New Year's Day",
                    "2026-01-19 PUBLIC_HOLIDAY Birthday of Martin Luther King, Jr.",
                    "2026-02-16 PUBLIC_HOLIDAY Spring Festival Eve; Washington's Birthday",
                    "2026-02-17 PUBLIC_HOLIDAY Spring Festival",
                    "2026-02-18 PUBLIC_HOLIDAY Spring Festival",
                    "2026-02-19 PUBLIC_HOLIDAY Spring Festival",
                    "2026-04-06 REST_DAY Qingming Festival",
                    "2026-05-01 PUBLIC_HOLIDAY Labour Day",
                    "2026-05-04 REST_DAY Labour Day",
                    "2026-05-25 PUBLIC_HOLIDAY Memorial Day",
                    "2026-06-19 PUBLIC_HOLIDAY Dragon Boat Festival; Juneteenth National Independence Day",
                    "2026-07-03 PUBLIC_HOLIDAY Independence Day",
                    "2026-09-07 PUBLIC_HOLIDAY Labor Day",
                    "2026-09-25 PUBLIC_HOLIDAY Mid-Autumn Festival",
                    "2026-10-01 PUBLIC_HOLIDAY National Day",
                    "2026-10-02 PUBLIC_HOLIDAY National Day",
                    "2026-10-05 REST_DAY National Day",
                    "2026-10-12 PUBLIC_HOLIDAY Columbus Day",
                    "2026-11-11 PUBLIC_HOLIDAY Veterans Day",
                    "2026-11-26 PUBLIC_HOLIDAY Thanksgiving Day",
                    "2026-12-25 PUBLIC_HOLIDAY Christmas Day");
            // 11 US holidays + 13 festival days - 3 shared (January 1, February 16, June 19).
            assertThat(closed).hasSize(21);
            List<String> namedWeekends = new ArrayList<>();
            for (LocalDate d = date("2026-01-01"); d.getYear() == 2026; d = d.plusDays(1)) {
                if (isWeekend(d) && !POST.day(d).holidays().isEmpty()) {
                    namedWeekends.add(row(POST, d));
                }
            }
            assertThat(namedWeekends).containsExactly(
                    "2026-04-05 WEEKEND Qingming Festival",
                    "2026-05-02 WEEKEND Labour Day",
                    "2026-07-04 WEEKEND Independence Day",
                    "2026-10-03 WEEKEND National Day");
        }

        @Test
        void washingtonsBirthdayOnSpringFestivalEveIsOneDay() {
            assertThat(row("2026-02-16"))
                    .isEqualTo("2026-02-16 PUBLIC_HOLIDAY Spring Festival Eve; Washington's Birthday");
            assertThat(keys(POST, "2026-02-16")).containsExactly("cn-spring-festival-eve", "washingtons-birthday");
            assertThat(POST.day(date("2026-02-16")).holidayNames(ZH))
                    .containsExactly("除夕", "华盛顿诞辰纪念日（总统日）");
            // No extra day for the shared one: the Friday and Monday after the Spring Festival are open.
            assertThat(row("2026-02-20")).isEqualTo("2026-02-20 WORKDAY ");
            assertThat(row("2026-02-23")).isEqualTo("2026-02-23 WORKDAY ");
            Holiday eve = occurrence(POST, "cn-spring-festival-eve", 2026);
            assertThat(eve.dayTypes()).containsExactly(Map.entry(date("2026-02-16"), DayType.PUBLIC_HOLIDAY));
        }

        @Test
        void juneteenthOnTheDragonBoatFestivalIsOneDay() {
            assertThat(row("2026-06-19"))
                    .isEqualTo("2026-06-19 PUBLIC_HOLIDAY Dragon Boat Festival; Juneteenth National Independence Day");
            assertThat(keys(POST, "2026-06-19")).containsExactly("cn-dragon-boat-festival", "juneteenth");
            assertThat(row("2026-06-22")).isEqualTo("2026-06-22 WORKDAY ");
        }

        @ParameterizedTest(name = "{2} on {0} is closed on {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2026-04-05 | 2026-04-06 | Qingming Festival
                2026-05-02 | 2026-05-04 | Labour Day
                2026-10-03 | 2026-10-05 | National Day
                """)
        void weekendFestivalDaysMoveToTheNextFreeWeekday(LocalDate weekend, LocalDate inLieu, String name) {
            assertThat(row(POST, weekend)).isEqualTo(weekend + " WEEKEND " + name);
            assertThat(row(POST, inLieu)).isEqualTo(inLieu + " REST_DAY " + name);
        }

        @Test
        void festivalOccurrences2026() {
            List<Holiday> cn = festivalOccurrences(POST, 2026);
            assertThat(cn).extracting(Holiday::key).containsExactly("cn-new-years-day", "cn-spring-festival-eve",
                    "cn-spring-festival", "cn-qingming-festival", "cn-labour-day", "cn-dragon-boat-festival",
                    "cn-mid-autumn-festival", "cn-national-day");
            Holiday qingming = occurrence(POST, "cn-qingming-festival", 2026);
            assertThat(qingming.kind()).isEqualTo(HolidayKind.SPECIAL);
            assertThat(qingming.date()).isEqualTo(date("2026-04-05"));
            assertThat(qingming.observedDate()).isEqualTo(date("2026-04-06"));
            assertThat(qingming.displayName()).isEqualTo(ChinaPublicHoliday.QINGMING.displayName());
            Holiday nationalDay = occurrence(POST, "cn-national-day", 2026);
            assertThat(nationalDay.dayTypes()).containsExactly(
                    Map.entry(date("2026-10-01"), DayType.PUBLIC_HOLIDAY),
                    Map.entry(date("2026-10-02"), DayType.PUBLIC_HOLIDAY),
                    Map.entry(date("2026-10-03"), DayType.WEEKEND),
                    Map.entry(date("2026-10-05"), DayType.REST_DAY));
            assertThat(nationalDay.date()).isEqualTo(date("2026-10-01"));
            assertThat(nationalDay.observedDate()).isEqualTo(date("2026-10-01"));
            assertThat(occurrence(POST, "cn-spring-festival-eve", 2026).displayName())
                    .isEqualTo(LunarFestival.SPRING_FESTIVAL_EVE.displayName());
        }

        @Test
        void chinasMakeUpWeekendDaysStayClosed() {
            HolidayCalendar cn = ChinaHolidays.calendar();
            assertThat(cn.dayType(date("2026-02-14"))).isEqualTo(DayType.MAKEUP_WORKDAY);
            assertThat(cn.dayType(date("2026-02-28"))).isEqualTo(DayType.MAKEUP_WORKDAY);
            assertThat(row("2026-02-14")).isEqualTo("2026-02-14 WEEKEND ");
            assertThat(row("2026-02-28")).isEqualTo("2026-02-28 WEEKEND ");
            List<LocalDate> makeUp = cn.days(DateRange.ofClosed(date("2026-01-01"), date("2026-12-31"))).stream()
                    .filter(d -> d.type() == DayType.MAKEUP_WORKDAY).map(CalendarDay::date).toList();
            assertThat(makeUp).extracting(LocalDate::toString).containsExactly("2026-01-04", "2026-02-14",
                    "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
            for (LocalDate d : makeUp) {
                assertThat(POST.dayType(d)).as(d.toString()).isEqualTo(DayType.WEEKEND);
            }
        }

        @Test
        void chinasBridgedDaysStayOpen() {
            HolidayCalendar cn = ChinaHolidays.calendar();
            Set<String> open = new TreeSet<>();
            Set<String> closed = new TreeSet<>();
            for (LocalDate d = date("2026-01-01"); d.getYear() == 2026; d = d.plusDays(1)) {
                if (cn.dayType(d) == DayType.REST_DAY) {
                    (POST.isWorkingDay(d) ? open : closed).add(d + " " + POST.dayType(d));
                }
            }
            // China's bridged days: working days at the posts.
            assertThat(open).containsExactly("2026-01-02 WORKDAY", "2026-02-20 WORKDAY", "2026-02-23 WORKDAY",
                    "2026-05-05 WORKDAY", "2026-10-06 WORKDAY", "2026-10-07 WORKDAY");
            // China's days in lieu of a statutory day on a weekend: the rule closes them too.
            assertThat(closed).containsExactly("2026-04-06 REST_DAY", "2026-05-04 REST_DAY", "2026-10-05 REST_DAY");
        }

        @Test
        void chineseFestivalDaysAreProvisionalUsHolidaysKeepTheirStatusAndSources() {
            assertThat(POST.yearStatus(2026)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(POST.officialYears()).isEmpty();
            Holiday spring = occurrence(POST, "cn-spring-festival", 2026);
            assertThat(spring.status()).isEqualTo(HolidayStatus.PROVISIONAL);
            Source rule = spring.sources().get(0);
            assertThat(rule.type()).isEqualTo(SourceType.DERIVED_RULE);
            assertThat(rule.citation()).contains("2018, 2023 and 2025")
                    .contains("moves to the next weekday that is not already a Chinese festival closure");
            assertThat(spring.sources()).extracting(Source::type)
                    .containsExactly(SourceType.DERIVED_RULE, SourceType.PAGE, SourceType.PAGE);
            Holiday july4 = occurrence(POST, "independence-day", 2026);
            assertThat(july4).isEqualTo(occurrence(US, "independence-day", 2026));
            assertThat(july4.status()).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(POST.day(date("2026-07-03")).status()).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(POST.day(date("2026-02-16")).status()).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(POST.day(date("2026-03-02")).status()).isEqualTo(HolidayStatus.PROVISIONAL);
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class PublishedExamples {

        /** A calendar of this test alone, whose years are computed here (not the shared one). */
        private final HolidayCalendar post = MissionChinaClosures.calendar("beijing", Map.of());

        private String row(String date) {
            return MissionChinaClosuresTest.row(post, LocalDate.parse(date));
        }

        @Test
        void springFestivalDayMovesOntoPresidentsDayAndTheNextMovedDaySkipsIt2018() {
            assertThat(List.of(row("2018-02-15"), row("2018-02-16"), row("2018-02-17"), row("2018-02-18"),
                    row("2018-02-19"), row("2018-02-20"), row("2018-02-21"))).containsExactly(
                    "2018-02-15 PUBLIC_HOLIDAY Spring Festival Eve",
                    "2018-02-16 PUBLIC_HOLIDAY Spring Festival",
                    "2018-02-17 WEEKEND Spring Festival",
                    "2018-02-18 WEEKEND Spring Festival",
                    "2018-02-19 PUBLIC_HOLIDAY Spring Festival; Washington's Birthday",
                    "2018-02-20 REST_DAY Spring Festival",
                    "2018-02-21 WORKDAY ");
            assertThat(occurrence(post, "cn-spring-festival", 2018).dayTypes()).containsExactly(
                    Map.entry(date("2018-02-16"), DayType.PUBLIC_HOLIDAY),
                    Map.entry(date("2018-02-17"), DayType.WEEKEND),
                    Map.entry(date("2018-02-18"), DayType.WEEKEND),
                    Map.entry(date("2018-02-19"), DayType.REST_DAY),
                    Map.entry(date("2018-02-20"), DayType.REST_DAY));
        }

        @Test
        void newYearsDayOnASundayClosesMondayOnce2023() {
            assertThat(row("2023-01-01")).isEqualTo("2023-01-01 WEEKEND New Year's Day");
            assertThat(row("2023-01-02")).isEqualTo("2023-01-02 PUBLIC_HOLIDAY New Year's Day");
            assertThat(keys(post, "2023-01-02")).containsExactly("cn-new-years-day", "new-years-day");
            assertThat(row("2023-01-03")).isEqualTo("2023-01-03 WORKDAY ");
        }

        @Test
        void executiveOrderClosingsCloseThePosts() {
            assertThat(row("2018-12-05")).startsWith("2018-12-05 CLOSURE National Day of Mourning");
            assertThat(row("2018-12-24")).startsWith("2018-12-24 CLOSURE Christmas Eve");
            assertThat(row("2025-01-09")).startsWith("2025-01-09 CLOSURE ");
            assertThat(row("2025-12-26")).startsWith("2025-12-26 CLOSURE ");
            // A half-day closing stays a working day with its early closing.
            CalendarDay halfDay = post.day(date("2009-12-24"));
            assertThat(halfDay.type()).isEqualTo(DayType.WORKDAY);
            assertThat(halfDay.holidays()).extracting(Holiday::kind).containsExactly(HolidayKind.EARLY_CLOSING);
        }

        @Test
        void labourDayIsTwoDaysFrom2025() {
            assertThat(row("2024-05-01")).isEqualTo("2024-05-01 PUBLIC_HOLIDAY Labour Day");
            assertThat(row("2024-05-02")).isEqualTo("2024-05-02 WORKDAY ");
            assertThat(row("2025-05-01")).isEqualTo("2025-05-01 PUBLIC_HOLIDAY Labour Day");
            assertThat(row("2025-05-02")).isEqualTo("2025-05-02 PUBLIC_HOLIDAY Labour Day");
        }

        @Test
        void springFestivalEveIsClosedAlsoBefore2025() {
            // 2024: Eve Friday February 9; 1st-2nd day on the weekend, moved past the 3rd (Monday).
            assertThat(List.of(row("2024-02-09"), row("2024-02-10"), row("2024-02-11"), row("2024-02-12"),
                    row("2024-02-13"), row("2024-02-14"), row("2024-02-15"))).containsExactly(
                    "2024-02-09 PUBLIC_HOLIDAY Spring Festival Eve",
                    "2024-02-10 WEEKEND Spring Festival",
                    "2024-02-11 WEEKEND Spring Festival",
                    "2024-02-12 PUBLIC_HOLIDAY Spring Festival",
                    "2024-02-13 REST_DAY Spring Festival",
                    "2024-02-14 REST_DAY Spring Festival",
                    "2024-02-15 WORKDAY ");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Interpretation {

        /** A calendar of this test alone, whose years are computed here (not the shared one). */
        private final HolidayCalendar post = MissionChinaClosures.calendar("beijing", Map.of());

        private String row(String date) {
            return MissionChinaClosuresTest.row(post, LocalDate.parse(date));
        }

        @Test
        void laterWeekdaysOfTheSameFestivalAreSkipped() {
            // National Day 2022: Saturday and Sunday move past Monday October 3, a festival day itself.
            assertThat(List.of(row("2022-10-03"), row("2022-10-04"), row("2022-10-05"), row("2022-10-06")))
                    .containsExactly("2022-10-03 PUBLIC_HOLIDAY National Day", "2022-10-04 REST_DAY National Day",
                            "2022-10-05 REST_DAY National Day", "2022-10-06 WORKDAY ");
        }

        @Test
        void midAutumnOnANationalDayWeekdayIsMadeUpOnTheNextFreeWeekday() {
            assertThat(List.of(row("2020-10-01"), row("2020-10-02"), row("2020-10-03"), row("2020-10-05"),
                    row("2020-10-06"), row("2020-10-07"))).containsExactly(
                    "2020-10-01 PUBLIC_HOLIDAY Mid-Autumn Festival; National Day",
                    "2020-10-02 PUBLIC_HOLIDAY National Day",
                    "2020-10-03 WEEKEND National Day",
                    "2020-10-05 REST_DAY Mid-Autumn Festival",
                    "2020-10-06 REST_DAY National Day",
                    "2020-10-07 WORKDAY ");
            assertThat(occurrence(post, "cn-mid-autumn-festival", 2020).dayTypes()).containsExactly(
                    Map.entry(date("2020-10-01"), DayType.PUBLIC_HOLIDAY),
                    Map.entry(date("2020-10-05"), DayType.REST_DAY));
            assertThat(row("2001-10-04")).isEqualTo("2001-10-04 REST_DAY Mid-Autumn Festival");
        }

        @Test
        void twoFestivalDaysOnOneWeekendDayMoveFixedDateFirst() {
            assertThat(List.of(row("2009-10-03"), row("2009-10-05"), row("2009-10-06"), row("2009-10-07")))
                    .containsExactly("2009-10-03 WEEKEND National Day; Mid-Autumn Festival",
                            "2009-10-05 REST_DAY National Day", "2009-10-06 REST_DAY Mid-Autumn Festival",
                            "2009-10-07 WORKDAY ");
        }

        @Test
        void aSaturdayNewYearsDayClosesTheFridayBeforeAndTheMondayAfter() {
            assertThat(row("2021-12-31")).isEqualTo("2021-12-31 PUBLIC_HOLIDAY New Year's Day");
            assertThat(keys(post, "2021-12-31")).containsExactly("new-years-day");
            assertThat(row("2022-01-01")).isEqualTo("2022-01-01 WEEKEND New Year's Day");
            assertThat(row("2022-01-03")).isEqualTo("2022-01-03 REST_DAY New Year's Day");
            assertThat(keys(post, "2022-01-03")).containsExactly("cn-new-years-day");
        }

        @Test
        void aMovedDayLandingOnAUsHolidaySharesIt() {
            // Mid-Autumn 2063 falls on Saturday October 6 and moves to Monday October 8, Columbus Day.
            assertThat(LunarFestival.MID_AUTUMN.date(2063)).isEqualTo(date("2063-10-06"));
            assertThat(row("2063-10-08")).isEqualTo("2063-10-08 PUBLIC_HOLIDAY Mid-Autumn Festival; Columbus Day");
            assertThat(row("2063-10-09")).isEqualTo("2063-10-09 WORKDAY ");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class ExplicitYears {

        private final Source published = Source.of(SourceType.PAGE, "Mission China closure list 2026 (example)",
                URI.create("https://china.usembassy-china.org.cn/"));

        private Holiday closing(String key, String date, int year) {
            return Holiday.builder(key, year, LocalizedText.of("Closure " + key, "闭馆 " + key), HolidayKind.SPECIAL)
                    .day(date(date), DayType.PUBLIC_HOLIDAY)
                    .status(HolidayStatus.PROVISIONAL)
                    .source(published)
                    .build();
        }

        @Test
        void anExplicitListReplacesTheRuleForItsYearAndIsOfficial() {
            Holiday a = closing("spring-festival", "2026-02-20", 2026);
            Holiday b = closing("washingtons-birthday", "2026-02-16", 2026);
            HolidayCalendar c = MissionChinaClosures.calendar("shanghai", Map.of(2026, List.of(a, b)));
            assertThat(c.id()).isEqualTo("post:shanghai");
            assertThat(c.displayName()).isEqualTo(MissionChinaClosures.calendar("shanghai").displayName());
            assertThat(c.yearStatus(2026)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(c.yearStatus(2027)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(c.officialYears()).containsExactly(2026);
            assertThat(c.holidays(2026)).containsExactly(b.withStatus(HolidayStatus.OFFICIAL),
                    a.withStatus(HolidayStatus.OFFICIAL));
            assertThat(c.day(date("2026-02-20")).type()).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(c.day(date("2026-02-20")).status()).isEqualTo(HolidayStatus.OFFICIAL);
            // The derived days of 2026 are gone, US holidays included.
            assertThat(c.dayType(date("2026-02-17"))).isEqualTo(DayType.WORKDAY);
            assertThat(c.dayType(date("2026-07-03"))).isEqualTo(DayType.WORKDAY);
            assertThat(c.day(date("2026-04-05")).holidays()).isEmpty();
            assertThat(c.day(date("2026-03-02")).status()).isEqualTo(HolidayStatus.OFFICIAL);
            // Other years follow the rule.
            assertThat(c.days(DateRange.ofClosed(date("2025-01-01"), date("2025-12-31"))))
                    .isEqualTo(POST.days(DateRange.ofClosed(date("2025-01-01"), date("2025-12-31"))));
            assertThat(c.days(DateRange.ofClosed(date("2027-01-01"), date("2027-12-31"))))
                    .isEqualTo(POST.days(DateRange.ofClosed(date("2027-01-01"), date("2027-12-31"))));
            // The shared calendar is untouched.
            assertThat(MissionChinaClosures.calendar("shanghai").dayType(date("2026-02-17")))
                    .isEqualTo(DayType.PUBLIC_HOLIDAY);
        }

        @Test
        void anOccurrenceOfTheNextYearStillComesFromThatYear() {
            // New Year's Day 2022 is observed on 2021-12-31; an empty list for 2021 does not remove it.
            HolidayCalendar c = MissionChinaClosures.calendar("beijing", Map.of(2021, List.of()));
            assertThat(c.dayType(date("2021-12-31"))).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(c.dayType(date("2021-12-24"))).isEqualTo(DayType.WORKDAY);
            assertThat(c.dayType(date("2021-02-12"))).isEqualTo(DayType.WORKDAY);
        }

        @Test
        void explicitListsMayCoverTheFirstAndLastYearAndReachIntoBothNeighbouringYears() {
            Holiday before = closing("before", "2025-01-01", 2026);
            Holiday after = closing("after", "2027-12-31", 2026);
            HolidayCalendar c = MissionChinaClosures.calendar("beijing", Map.of(2000, List.of(), 2100, List.of(),
                    2026, List.of(before, after)));
            assertThat(c.officialYears()).containsExactly(2000, 2026, 2100);
        }

        @Test
        void explicitListsAreChecked() {
            Holiday h = closing("closure", "2026-02-20", 2026);
            assertThatThrownBy(() -> MissionChinaClosures.calendar("beijing", Map.of(1999, List.of())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Calendar post:beijing covers the years 2000-2100; the explicit closure list for 1999"
                            + " is outside its range");
            assertThatThrownBy(() -> MissionChinaClosures.calendar("beijing", Map.of(2025, List.of(h))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The explicit closure list for 2025 of calendar post:beijing contains closure/2026,"
                            + " which belongs to the year 2026");
            assertThatThrownBy(() -> MissionChinaClosures.calendar("beijing", Map.of(2026, List.of(h,
                    closing("closure", "2026-02-23", 2026)))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The explicit closure list for 2026 of calendar post:beijing contains the key closure"
                            + " twice");
            assertThatThrownBy(() -> MissionChinaClosures.calendar("beijing",
                    Map.of(2026, List.of(closing("closure", "2028-01-03", 2026)))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The explicit closure list for 2026 of calendar post:beijing contains closure/2026"
                            + " with dates 2028-01-03/2028-01-03 outside the years 2025-2027");
            assertThatThrownBy(() -> MissionChinaClosures.calendar("beijing",
                    Map.of(2000, List.of(closing("closure", "1999-12-31", 2000)))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageEndingWith("outside the years 2000-2001");
            assertThatThrownBy(() -> MissionChinaClosures.calendar("beijing", Map.of(2101, List.of())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Calendar post:beijing covers the years 2000-2100; the explicit closure list for 2101"
                            + " is outside its range");
            assertThatThrownBy(() -> MissionChinaClosures.calendar("beijing", null))
                    .isInstanceOf(NullPointerException.class).hasMessage("explicitYears");
            Map<Integer, List<Holiday>> withNull = new HashMap<>();
            withNull.put(2026, null);
            assertThatThrownBy(() -> MissionChinaClosures.calendar("beijing", withNull))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Exhaustive {

        @Test
        void rangeQueriesAgreeWithPerDateAnswers() {
            for (int year = POST.firstYear(); year <= POST.lastYear(); year++) {
                LocalDate from = LocalDate.of(year, 1, 1);
                LocalDate to = LocalDate.of(year, 12, 31);
                List<CalendarDay> days = POST.days(DateRange.ofClosed(from, to));
                Set<Holiday> fromDays = new LinkedHashSet<>();
                long working = 0;
                for (CalendarDay d : days) {
                    assertThat(POST.day(d.date())).isEqualTo(d);
                    assertThat(POST.dayType(d.date())).isEqualTo(d.type());
                    fromDays.addAll(d.holidays());
                    working += d.isWorkingDay() ? 1 : 0;
                }
                assertThat(new LinkedHashSet<>(POST.holidays(DateRange.ofClosed(from, to)))).as("%s", year).isEqualTo(fromDays);
                assertThat(POST.holidays(year)).isEqualTo(POST.holidays(DateRange.ofClosed(from, to)));
                assertThat(POST.workingDaysBetween(from, to.plusDays(1))).as("%s", year).isEqualTo(working);
            }
        }

        @Test
        void randomRangesAgreeWithPerDateAnswers() {
            long seed = 20261127L;
            Random random = new Random(seed);
            LocalDate first = LocalDate.of(2000, 1, 1);
            int span = (int) (LocalDate.of(2100, 12, 31).toEpochDay() - first.toEpochDay());
            for (int i = 0; i < 300; i++) {
                LocalDate from = first.plusDays(random.nextInt(span - 800));
                LocalDate to = from.plusDays(random.nextInt(800));
                long working = 0;
                Set<Holiday> expected = new LinkedHashSet<>();
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    working += POST.isWorkingDay(d) ? 1 : 0;
                    expected.addAll(POST.day(d).holidays());
                }
                String what = "seed " + seed + ", range " + from + "/" + to;
                assertThat(POST.workingDaysBetween(from, to.plusDays(1))).as(what).isEqualTo(working);
                assertThat(new LinkedHashSet<>(POST.holidays(DateRange.ofClosed(from, to)))).as(what).isEqualTo(expected);
            }
        }

        @Test
        void festivalClosuresAreOnWeekdaysAndTheirWeekendDaysAreWeekends() {
            for (int year = POST.firstYear(); year <= POST.lastYear(); year++) {
                for (Holiday h : festivalOccurrences(POST, year)) {
                    assertThat(h.kind()).isEqualTo(HolidayKind.SPECIAL);
                    assertThat(h.status()).isEqualTo(HolidayStatus.PROVISIONAL);
                    assertThat(h.sources().get(0).type()).isEqualTo(SourceType.DERIVED_RULE);
                    for (Map.Entry<LocalDate, DayType> e : h.dayTypes().entrySet()) {
                        String what = h.id() + " " + e;
                        if (isWeekend(e.getKey())) {
                            assertThat(e.getValue()).as(what).isEqualTo(DayType.WEEKEND);
                            assertThat(POST.dayType(e.getKey())).as(what).isEqualTo(DayType.WEEKEND);
                        } else {
                            assertThat(e.getValue()).as(what).isIn(DayType.PUBLIC_HOLIDAY, DayType.REST_DAY);
                            assertThat(POST.isWorkingDay(e.getKey())).as(what).isFalse();
                        }
                    }
                }
            }
        }

        @Test
        void everyFestivalDayIsClosedOnItsDayOrMovedToAClosedWeekdayOfItsOwn() {
            for (int year = POST.firstYear(); year <= POST.lastYear(); year++) {
                Map<String, List<LocalDate>> rule = ruleDays(year);
                List<Holiday> cn = festivalOccurrences(POST, year);
                assertThat(cn).extracting(Holiday::key).as("%s", year)
                        .containsExactlyInAnyOrderElementsOf(rule.keySet());
                Set<LocalDate> closedWeekdays = new TreeSet<>();
                int ruleDays = 0;
                for (Holiday h : cn) {
                    List<LocalDate> nominal = rule.get(h.key());
                    ruleDays += nominal.size();
                    assertThat(h.date()).as(h.id()).isEqualTo(nominal.get(0));
                    int weekendOrShared = 0;
                    for (LocalDate d : nominal) {
                        assertThat(h.dayTypes()).as(h.id()).containsKey(d);
                        assertThat(POST.day(d).holidays()).as(h.id()).contains(h);
                        if (isWeekend(d)) {
                            weekendOrShared++;
                        } else {
                            assertThat(h.dayTypes().get(d)).as(h.id() + " " + d).isEqualTo(DayType.PUBLIC_HOLIDAY);
                        }
                    }
                    List<LocalDate> inLieu = h.dayTypes().entrySet().stream()
                            .filter(e -> e.getValue() == DayType.REST_DAY).map(Map.Entry::getKey).toList();
                    for (LocalDate d : inLieu) {
                        assertThat(nominal).as(h.id() + " " + d).doesNotContain(d);
                        // A day in lieu follows one of the festival's days, within a week and a half.
                        assertThat(d).as(h.id()).isAfter(nominal.get(0)).isBefore(nominal.get(nominal.size() - 1)
                                .plusDays(11));
                    }
                    // Every weekend day gets its own day in lieu (and a displaced weekday one too).
                    assertThat(inLieu.size()).as(h.id()).isGreaterThanOrEqualTo(weekendOrShared);
                    h.dayTypes().keySet().stream().filter(d -> !isWeekend(d)).forEach(closedWeekdays::add);
                }
                assertThat(ruleDays).as("%s", year).isEqualTo(year >= 2025 ? 13 : 12);
                // Each festival day has a weekday of its own.
                assertThat(closedWeekdays).as("%s", year).hasSize(ruleDays);
            }
        }

        @Test
        void noWeekdayIsSkippedWhenADayMoves() {
            // A day in lieu is the first weekday after its festival day that no other festival day
            // takes: so between a festival's last day and its last day in lieu, every weekday is a
            // Chinese festival closure.
            for (int year = POST.firstYear(); year <= POST.lastYear(); year++) {
                Set<LocalDate> closures = new TreeSet<>();
                List<Holiday> cn = festivalOccurrences(POST, year);
                cn.forEach(h -> h.dayTypes().keySet().stream().filter(d -> !isWeekend(d)).forEach(closures::add));
                for (Holiday h : cn) {
                    LocalDate lastInLieu = h.dayTypes().lastKey();
                    for (LocalDate d = h.firstDate(); d.isBefore(lastInLieu); d = d.plusDays(1)) {
                        if (!isWeekend(d)) {
                            assertThat(closures).as(h.id() + " " + d).contains(d);
                        }
                    }
                }
            }
        }

        @Test
        void countsPerYearAreUsHolidaysPlusFestivalDaysLessSharedDays() {
            Map<Integer, Integer> totals = new TreeMap<>();
            for (int year = POST.firstYear(); year <= POST.lastYear(); year++) {
                Set<LocalDate> us = new TreeSet<>();
                Set<LocalDate> cn = new TreeSet<>();
                Set<LocalDate> post = new TreeSet<>();
                for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                    if (isWeekend(d)) {
                        continue;
                    }
                    if (!US.isWorkingDay(d)) {
                        us.add(d);
                    }
                    if (!POST.isWorkingDay(d)) {
                        post.add(d);
                    }
                    if (POST.day(d).holidays().stream().anyMatch(h -> h.key().startsWith("cn-"))) {
                        cn.add(d);
                    }
                }
                Set<LocalDate> shared = new TreeSet<>(us);
                shared.retainAll(cn);
                int festivalDays = year >= 2025 ? 13 : 12;
                String what = year + ": US " + us + ", shared " + shared;
                assertThat(cn).as(what).hasSize(festivalDays);
                assertThat(post).as(what).hasSize(us.size() + festivalDays - shared.size());
                assertThat(shared.size()).as(what).isBetween(0, 4);
                assertThat(post.size()).as(what).isBetween(21, 26);
                totals.put(year, post.size());
            }
            assertThat(totals).containsEntry(2018, 22).containsEntry(2023, 22).containsEntry(2025, 26)
                    .containsEntry(2026, 21);
        }

        @Test
        void usHolidaysAndClosingsAreAlwaysClosedAndWorkingDaysAreOpenInBoth() {
            for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
                DayType us = US.dayType(d);
                CalendarDay post = POST.day(d);
                String what = d + " US " + us + " post " + post.type();
                if (us == DayType.PUBLIC_HOLIDAY || us == DayType.CLOSURE) {
                    assertThat(post.isWorkingDay()).as(what).isFalse();
                }
                boolean festival = post.holidays().stream().anyMatch(h -> h.key().startsWith("cn-"));
                if (!festival) {
                    assertThat(post.type()).as(what).isEqualTo(us);
                }
                if (post.isWorkingDay()) {
                    assertThat(us.isWorkingDay()).as(what).isTrue();
                    assertThat(post.type()).as(what).isEqualTo(DayType.WORKDAY);
                }
                assertThat(post.type()).as(what).isNotEqualTo(DayType.MAKEUP_WORKDAY);
            }
        }

        @Test
        void chinasMakeUpDaysStayClosedAndItsOtherDaysOffStayOpen() {
            HolidayCalendar cn = ChinaHolidays.calendar();
            for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
                DayType china = cn.dayType(d);
                if (china == DayType.MAKEUP_WORKDAY) {
                    assertThat(POST.dayType(d)).as(d.toString()).isEqualTo(DayType.WEEKEND);
                } else if (china == DayType.REST_DAY && POST.isWorkingDay(d)) {
                    assertThat(POST.day(d).holidays()).as(d.toString())
                            .allMatch(h -> h.kind() == HolidayKind.EARLY_CLOSING);
                }
            }
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Data {

        private static final String GOOD = """
                {
                  "format": "consularkit.mission-china-closures/1",
                  "version": "2026-11-27",
                  "sources": {
                    "names": {"type": "PAGE", "citation": "names", "url": "https://example.org/"},
                    "rule": {"type": "DERIVED_RULE", "citation": "the rule"}
                  },
                  "posts": {
                    "beijing": {"en": "B", "zh": "北"}, "chengdu": {"en": "C", "zh": "成"},
                    "guangzhou": {"en": "G", "zh": "广"}, "shanghai": {"en": "S", "zh": "上"},
                    "shenyang": {"en": "Y", "zh": "沈"}, "wuhan": {"en": "W", "zh": "武"}
                  },
                  "namesSource": "names",
                  "ruleSources": ["rule"]
                }
                """;

        private MissionChinaClosures.Data parse(String json) {
            return MissionChinaClosures.Data.parse("test.json",
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }

        @Test
        void theBuiltInResourceParses() {
            MissionChinaClosures.Data data = MissionChinaClosures.Data.load();
            assertThat(data.ruleSources()).hasSize(3);
            assertThat(data.calendarName("chengdu"))
                    .isEqualTo(LocalizedText.of("U.S. Consulate General Chengdu closures",
                            "美国驻成都总领事馆闭馆日"));
        }

        @Test
        void aMinimalFileParses() {
            MissionChinaClosures.Data data = parse(GOOD);
            assertThat(data.ruleSources()).containsExactly(Source.of(SourceType.DERIVED_RULE, "the rule"));
            assertThat(data.calendarName("wuhan")).isEqualTo(LocalizedText.of("W closures", "武闭馆日"));
        }

        @Test
        void theBuiltInResourceHasTheHeaderOfEveryDataFile() {
            MissionChinaClosures.Data data = MissionChinaClosures.Data.load();
            assertThat(data.header().format()).isEqualTo("consularkit.mission-china-closures/1");
            assertThat(data.header().version()).isEqualTo(LocalDate.of(2026, 11, 27));
            assertThat(data.header().sources()).hasSize(4).containsAll(data.ruleSources());
            assertThat(data.header().sources().get(0).citation()).startsWith("U.S. Mission China, 警告");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                wrong format    | "consularkit.mission-china-closures/1" | "x/2" | test.json:2:13: $.format: expected the format id "consularkit.mission-china-closures/1", but was "x/2"
                unknown field   | "version": | "verifiedOn": | test.json:3:17: $.verifiedOn: unknown field (the fields are: format, version, sources, posts, namesSource, ruleSources)
                bad date        | "2026-11-27" | "27.11.2026" | test.json:3:14: $.version: expected a date (yyyy-MM-dd), but was "27.11.2026"
                bad post id     | "wuhan": | "Wu Han": | test.json:11:51: $.posts["Wu Han"]: expected a post id (lower-case words joined by '-'), but was "Wu Han"
                blank name      | "zh": "北" | "zh": " " | test.json:9:34: $.posts.beijing.zh: expected a non-blank string, but was " "
                not derived     | "DERIVED_RULE" | "PAGE" | test.json:14:19: $.ruleSources[0]: expected the id of a DERIVED_RULE source (the rule comes first), but was "rule"
                bad type        | "type": "PAGE" | "type": "WEB" | test.json:5:23: $.sources.names.type: expected one of STATUTE, EXECUTIVE_ORDER, NOTICE, DERIVED_RULE, PAGE, but was "WEB"
                bad url         | https://example.org/ | ftp://example.org/ | test.json:5:59: $.sources.names.url: expected an absolute http(s) URL, but was "ftp://example.org/"
                no rule sources | ["rule"] | [] | test.json:14:18: $.ruleSources: expected at least one source id, but was []
                unknown names source | "namesSource": "names" | "namesSource": "nmes" | test.json:13:18: $.namesSource: expected one of the source ids names, rule, but was "nmes"
                rule source twice | "ruleSources": ["rule"] | "ruleSources": ["rule", "rule"] | test.json:14:27: $.ruleSources[1]: expected a source id not listed twice, but was "rule"
                unused source   | `"rule": {"type"` | `"spare": {"type": "PAGE", "citation": "spare"}, "rule": {"type"` | test.json:6:14: $.sources.spare: expected a source that is referred to by namesSource or ruleSources, but was {"type":"PAGE","citation":"spare"}
                names source not among the sources | `"names": {"type": "PAGE", "citation": "names", "url": "https://example.org/"},` | `` | test.json:13:18: $.namesSource: expected one of the source ids rule, but was "names"
                no sources      | `"names": {"type": "PAGE", "citation": "names", "url": "https://example.org/"},
                    "rule": {"type": "DERIVED_RULE", "citation": "the rule"}` | `` | test.json:4:14: $.sources: expected at least one source, but was {}
                """)
        void malformedFilesAreRejectedNamingTheField(String what, String from, String to, String message) {
            String json = GOOD.replace(from, to == null ? "" : to);
            assertThat(json).as(what).isNotEqualTo(GOOD);
            assertThatThrownBy(() -> parse(json)).as(what)
                    .isInstanceOf(DataFileException.class).hasMessage(message);
        }

        @Test
        void aSourceMayBeBothTheNamesSourceAndARuleSource() {
            MissionChinaClosures.Data data = parse(GOOD.replace("\"ruleSources\": [\"rule\"]",
                    "\"ruleSources\": [\"rule\", \"names\"]"));
            assertThat(data.ruleSources()).hasSize(2);
        }

        @Test
        void thePostIdsAreThoseOfTheFile() {
            // the file is the one definition of the post ids (the built-in directory checks its posts against it)
            String json = GOOD.replace("\"wuhan\": {\"en\": \"W\", \"zh\": \"武\"}", "\"$comment\": \"none\"");
            assertThat(parse(json).postIds()).containsExactly("beijing", "chengdu", "guangzhou", "shanghai", "shenyang");
            assertThat(MissionChinaClosures.postIds())
                    .containsExactly("beijing", "chengdu", "guangzhou", "shanghai", "shenyang", "wuhan");
            String none = GOOD.substring(0, GOOD.indexOf("\"posts\"")) + "\"posts\": {},"
                    + GOOD.substring(GOOD.indexOf("\"namesSource\"") - 2);
            assertThatThrownBy(() -> parse(none)).isInstanceOf(DataFileException.class)
                    .hasMessageEndingWith("$.posts: expected at least one post, but was {}");
        }

        @Test
        void malformedJsonIsRejectedWithItsPosition() {
            assertThatThrownBy(() -> parse("{\"format\": }")).isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith("test.json:1:12: $: malformed JSON: ");
        }
    }

    @Test
    void readmeExample() {
        HolidayCalendar shanghai = Calendars.byId("post:shanghai");
        CalendarDay d = shanghai.day(LocalDate.of(2026, 2, 16));
        assertThat(d.type()).isEqualTo(DayType.PUBLIC_HOLIDAY);
        assertThat(d.holidayNames(Locale.ENGLISH)).containsExactly("Spring Festival Eve", "Washington's Birthday");
        assertThat(d.status()).isEqualTo(HolidayStatus.PROVISIONAL);
        assertThat(shanghai.dayType(LocalDate.of(2026, 10, 5))).isEqualTo(DayType.REST_DAY);
        assertThat(shanghai.isWorkingDay(LocalDate.of(2026, 2, 14))).isFalse();
        assertThat(shanghai.isWorkingDay(LocalDate.of(2026, 2, 20))).isTrue();
        assertThat(shanghai.nextWorkingDay(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 20));

        Source list = Source.of(SourceType.PAGE, "U.S. Mission China, holiday closures 2026",
                URI.create("https://china.usembassy-china.org.cn/"));
        Holiday springFestival = Holiday.builder("spring-festival", 2026,
                        LocalizedText.of("Spring Festival", "春节"), HolidayKind.SPECIAL)
                .day(LocalDate.of(2026, 2, 16), DayType.PUBLIC_HOLIDAY)
                .day(LocalDate.of(2026, 2, 17), DayType.PUBLIC_HOLIDAY)
                .day(LocalDate.of(2026, 2, 18), DayType.PUBLIC_HOLIDAY)
                .day(LocalDate.of(2026, 2, 19), DayType.PUBLIC_HOLIDAY)
                .day(LocalDate.of(2026, 2, 20), DayType.PUBLIC_HOLIDAY)
                .source(list)
                .build();
        HolidayCalendar official = MissionChinaClosures.calendar("shanghai",
                Map.of(2026, List.of(springFestival /* , every other closure of 2026 */)));
        assertThat(official.yearStatus(2026)).isEqualTo(HolidayStatus.OFFICIAL);
        assertThat(official.isWorkingDay(LocalDate.of(2026, 2, 20))).isFalse();
    }

    @Test
    void festivalDatesOfTheExamplesComeFromTheLunarCalendar() {
        assertThat(LunarFestival.SPRING_FESTIVAL.date(2018)).isEqualTo(LocalDate.of(2018, Month.FEBRUARY, 16));
        assertThat(LunarFestival.SPRING_FESTIVAL.date(2026)).isEqualTo(LocalDate.of(2026, Month.FEBRUARY, 17));
        assertThat(LunarFestival.DRAGON_BOAT.date(2026)).isEqualTo(LocalDate.of(2026, Month.JUNE, 19));
        assertThat(SolarTerm.QINGMING.date(2026)).isEqualTo(LocalDate.of(2026, Month.APRIL, 5));
        assertThat(LunarFestival.MID_AUTUMN.date(2026)).isEqualTo(LocalDate.of(2026, Month.SEPTEMBER, 25));
    }
}
