package org.consularkit.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
import org.consularkit.core.calendar.WorkingDays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class UsFederalHolidaysTest {

    private static final HolidayCalendar US = UsFederalHolidays.calendar();
    private static final HolidayCalendar STATUTORY =
            UsFederalHolidays.calendar(UsFederalOptions.defaults().withExecutiveOrderClosings(false));
    private static final HolidayCalendar DC =
            UsFederalHolidays.calendar(UsFederalOptions.defaults().withInaugurationDay(true));
    private static final HolidayCalendar DC_STATUTORY = UsFederalHolidays.calendar(
            UsFederalOptions.defaults().withInaugurationDay(true).withExecutiveOrderClosings(false));

    private static final LocalDate FIRST = LocalDate.of(1971, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = LocalizedText.SIMPLIFIED_CHINESE;
    private static final long SEED = 20_261_127L;

    /** The executive-order closings of facts.md section 4, copied independently of the resource. */
    private static final List<Object[]> FACTS_CLOSINGS = List.of(
            new Object[] {"2001-12-24", MONDAY, "EO 13238", false},
            new Object[] {"2002-12-24", TUESDAY, "EO 13281", true},
            new Object[] {"2003-12-26", FRIDAY, "EO 13320", false},
            new Object[] {"2004-06-11", FRIDAY, "EO 13343", false},
            new Object[] {"2007-01-02", TUESDAY, "EO 13421", false},
            new Object[] {"2007-12-24", MONDAY, "EO 13453", false},
            new Object[] {"2008-12-26", FRIDAY, "EO 13482", false},
            new Object[] {"2009-12-24", THURSDAY, "EO 13523", true},
            new Object[] {"2012-12-24", MONDAY, "EO 13633", false},
            new Object[] {"2014-12-26", FRIDAY, "EO 13682", false},
            new Object[] {"2015-12-24", THURSDAY, "EO 13713", true},
            new Object[] {"2018-12-05", WEDNESDAY, "EO 13852", false},
            new Object[] {"2018-12-24", MONDAY, "EO 13854", false},
            new Object[] {"2019-12-24", TUESDAY, "EO 13900", false},
            new Object[] {"2020-12-24", THURSDAY, "EO 13965", false},
            new Object[] {"2024-12-24", TUESDAY, "EO 14129", false},
            new Object[] {"2025-01-09", THURSDAY, "EO 14133", false},
            new Object[] {"2025-12-24", WEDNESDAY, "EO 14371", false},
            new Object[] {"2025-12-26", FRIDAY, "EO 14371", false});

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<String> ids(CalendarDay day) {
        return day.holidays().stream().map(Holiday::id).toList();
    }

    private static Holiday occurrence(HolidayCalendar cal, String key, int year) {
        return cal.holidays(year).stream()
                .filter(h -> h.key().equals(key) && h.year() == year)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + "/" + year + " in " + cal.id()));
    }

    private static boolean has(HolidayCalendar cal, String key, int year) {
        return cal.holidays(year).stream().anyMatch(h -> h.key().equals(key) && h.year() == year);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == SATURDAY || date.getDayOfWeek() == SUNDAY;
    }

    //-----------------------------------------------------------------------
    @Nested
    class Calendars {

        @Test
        void defaultCalendarIsUsFederalAndShared() {
            assertThat(US.id()).isEqualTo("us-federal");
            assertThat(UsFederalHolidays.calendar()).isSameAs(US);
            assertThat(UsFederalHolidays.calendar(UsFederalOptions.defaults())).isSameAs(US);
            assertThat(US.displayName().get(EN)).isEqualTo("US federal holidays");
            assertThat(US.displayName().get(ZH)).isEqualTo("美国联邦假日");
        }

        @Test
        void withoutClosingsKeepsTheIdButIsAnotherCalendar() {
            assertThat(STATUTORY.id()).isEqualTo("us-federal");
            assertThat(STATUTORY).isNotSameAs(US);
        }

        @Test
        void washingtonAreaCalendarHasItsOwnId() {
            assertThat(DC.id()).isEqualTo("us-federal-dc");
            assertThat(DC_STATUTORY.id()).isEqualTo("us-federal-dc");
            assertThat(DC.displayName().get(EN)).isEqualTo("US federal holidays (Washington, DC area)");
        }

        @Test
        void coversTheYears1971To2100AllOfficial() {
            assertThat(UsFederalHolidays.FIRST_YEAR).isEqualTo(1971);
            assertThat(UsFederalHolidays.LAST_YEAR).isEqualTo(2100);
            for (HolidayCalendar cal : List.of(US, STATUTORY, DC, DC_STATUTORY)) {
                assertThat(cal.firstYear()).isEqualTo(1971);
                assertThat(cal.lastYear()).isEqualTo(2100);
                assertThat(cal.officialYears()).hasSize(130).startsWith(1971).endsWith(2100);
                assertThat(cal.yearStatus(1971)).isEqualTo(HolidayStatus.OFFICIAL);
                assertThat(cal.yearStatus(2100)).isEqualTo(HolidayStatus.OFFICIAL);
            }
        }

        @Test
        void everyAnswerIsOfficial() {
            assertThat(US.day(d("2021-12-31")).status()).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(US.day(d("2100-06-15")).status()).isEqualTo(HolidayStatus.OFFICIAL);
        }

        @Test
        void datesBefore1971AreRefused() {
            assertThatThrownBy(() -> US.day(d("1970-12-31")))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar us-federal covers the years 1971-2100; date 1970-12-31 is outside its range");
            assertThatThrownBy(() -> US.dayType(d("1970-12-31"))).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> US.holidays(1970))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar us-federal covers the years 1971-2100; year 1970 is outside its range");
        }

        @Test
        void datesAfter2100AreRefused() {
            assertThatThrownBy(() -> US.day(d("2101-01-01")))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar us-federal covers the years 1971-2100; date 2101-01-01 is outside its range");
            assertThatThrownBy(() -> US.holidays(DateRange.ofClosed(d("2100-12-01"), d("2101-01-31"))))
                    .isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> US.plusWorkingDays(d("2100-12-31"), 1)).isInstanceOf(DateTimeException.class);
        }

        @Test
        void nullOptionsAreRejected() {
            assertThatThrownBy(() -> UsFederalHolidays.calendar(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("options");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class LegalPublicHolidays {

        @ParameterizedTest(name = "{0}/{1} on {2}")
        @CsvSource(quoteCharacter = '"', value = {
            "new-years-day,             2026, 2026-01-01, New Year's Day, 元旦",
            "martin-luther-king-jr-day, 2026, 2026-01-19, \"Birthday of Martin Luther King, Jr.\", 马丁·路德·金纪念日",
            "washingtons-birthday,      2026, 2026-02-16, Washington's Birthday, 华盛顿诞辰纪念日（总统日）",
            "memorial-day,              2026, 2026-05-25, Memorial Day, 阵亡将士纪念日",
            "juneteenth,                2026, 2026-06-19, Juneteenth National Independence Day, 六月节全国独立日",
            "independence-day,          2026, 2026-07-04, Independence Day, 独立日",
            "labor-day,                 2026, 2026-09-07, Labor Day, 劳工节",
            "columbus-day,              2026, 2026-10-12, Columbus Day, 哥伦布日",
            "veterans-day,              2026, 2026-11-11, Veterans Day, 退伍军人节",
            "thanksgiving-day,          2026, 2026-11-26, Thanksgiving Day, 感恩节",
            "christmas-day,             2026, 2026-12-25, Christmas Day, 圣诞节",
        })
        void hasKeyDateAndNamesInEnglishAndChinese(String key, int year, LocalDate date, String en, String zh) {
            Holiday h = occurrence(US, key, year);
            assertThat(h.date()).isEqualTo(date);
            assertThat(h.displayName(EN)).isEqualTo(en);
            assertThat(h.displayName(ZH)).isEqualTo(zh);
            assertThat(h.kind()).isEqualTo(HolidayKind.STATUTORY);
            assertThat(h.status()).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(h.sources().get(0)).isEqualTo(Source.of(SourceType.STATUTE, "5 U.S.C. 6103(a)",
                    URI.create("https://github.com/TheJoshuaEvans/united-states-code/blob/HEAD/usc/5/6103.xml")));
        }

        @Test
        void newYearsDayIsJanuaryFirstFrom1971() {
            assertThat(occurrence(US, "new-years-day", 1971).date()).isEqualTo(d("1971-01-01"));
            assertThat(US.dayType(d("1971-01-01"))).isEqualTo(DayType.PUBLIC_HOLIDAY);
        }

        @Test
        void martinLutherKingJrDayIsTheThirdMondayOfJanuaryFrom1986Not1985() {
            assertThat(occurrence(US, "martin-luther-king-jr-day", 1986).date()).isEqualTo(d("1986-01-20"));
            assertThat(US.dayType(d("1986-01-20"))).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(has(US, "martin-luther-king-jr-day", 1985)).isFalse();
            assertThat(US.dayType(d("1985-01-21"))).isEqualTo(DayType.WORKDAY);
            assertThat(occurrence(US, "martin-luther-king-jr-day", 2100).date()).isEqualTo(d("2100-01-18"));
        }

        @Test
        void washingtonsBirthdayIsTheThirdMondayOfFebruaryFrom1971() {
            assertThat(occurrence(US, "washingtons-birthday", 1971).date()).isEqualTo(d("1971-02-15"));
            assertThat(US.dayType(d("1971-02-22"))).as("February 22, 1971 (a Monday)").isEqualTo(DayType.WORKDAY);
        }

        @Test
        void memorialDayIsTheLastMondayOfMayFrom1971() {
            assertThat(occurrence(US, "memorial-day", 1971).date()).isEqualTo(d("1971-05-31"));
            assertThat(occurrence(US, "memorial-day", 1972).date()).isEqualTo(d("1972-05-29"));
            assertThat(US.dayType(d("1972-05-30"))).as("May 30, 1972 (a Tuesday)").isEqualTo(DayType.WORKDAY);
        }

        @Test
        void juneteenthIsJune19From2021Not2020() {
            assertThat(occurrence(US, "juneteenth", 2021).date()).isEqualTo(d("2021-06-19"));
            assertThat(has(US, "juneteenth", 2020)).isFalse();
            assertThat(US.dayType(d("2020-06-19"))).as("a Friday").isEqualTo(DayType.WORKDAY);
            assertThat(occurrence(US, "juneteenth", 2022).observedDate()).isEqualTo(d("2022-06-20"));
        }

        @Test
        void independenceDayIsJuly4() {
            assertThat(occurrence(US, "independence-day", 1976).date()).isEqualTo(d("1976-07-04"));
            assertThat(occurrence(US, "independence-day", 1976).observedDate()).isEqualTo(d("1976-07-05"));
        }

        @Test
        void laborDayIsTheFirstMondayOfSeptember() {
            assertThat(occurrence(US, "labor-day", 1971).date()).isEqualTo(d("1971-09-06"));
            assertThat(occurrence(US, "labor-day", 2025).date()).isEqualTo(d("2025-09-01"));
        }

        @Test
        void columbusDayIsTheSecondMondayOfOctoberFrom1971() {
            assertThat(occurrence(US, "columbus-day", 1971).date()).isEqualTo(d("1971-10-11"));
            assertThat(US.dayType(d("1971-10-12"))).as("October 12, 1971 (a Tuesday)").isEqualTo(DayType.WORKDAY);
        }

        @Test
        void veteransDayIsTheFourthMondayOfOctober1971To1977() {
            assertThat(occurrence(US, "veterans-day", 1971).date()).isEqualTo(d("1971-10-25"));
            assertThat(occurrence(US, "veterans-day", 1975).date()).isEqualTo(d("1975-10-27"));
            assertThat(occurrence(US, "veterans-day", 1977).date()).isEqualTo(d("1977-10-24"));
            assertThat(US.dayType(d("1975-11-11"))).as("November 11, 1975 (a Tuesday)").isEqualTo(DayType.WORKDAY);
        }

        @Test
        void veteransDayIsNovember11AgainFrom1978() {
            Holiday h = occurrence(US, "veterans-day", 1978);
            assertThat(h.date()).isEqualTo(d("1978-11-11"));
            assertThat(h.observedDate()).isEqualTo(d("1978-11-10"));
            assertThat(US.dayType(d("1978-10-23"))).as("fourth Monday of October 1978").isEqualTo(DayType.WORKDAY);
            assertThat(h.sources()).extracting(Source::citation).anyMatch(c -> c.startsWith("Pub. L. 94-97"));
        }

        @Test
        void thanksgivingDayIsTheFourthThursdayOfNovember() {
            assertThat(occurrence(US, "thanksgiving-day", 1971).date()).isEqualTo(d("1971-11-25"));
            assertThat(occurrence(US, "thanksgiving-day", 2029).date()).isEqualTo(d("2029-11-22"));
        }

        @Test
        void christmasDayIsDecember25() {
            assertThat(occurrence(US, "christmas-day", 2100).date()).isEqualTo(d("2100-12-25"));
        }

        @Test
        void mondayHolidaysFallOnMondaysEveryYearFrom1971() {
            Set<String> mondays = Set.of("martin-luther-king-jr-day", "washingtons-birthday", "memorial-day",
                    "labor-day", "columbus-day");
            for (int y = 1971; y <= 2100; y++) {
                for (Holiday h : US.holidays(y)) {
                    if (mondays.contains(h.key()) || (h.key().equals("veterans-day") && y <= 1977)) {
                        assertThat(h.date().getDayOfWeek()).as(h.id()).isEqualTo(MONDAY);
                        assertThat(h.isObservedOnOtherDay()).as(h.id()).isFalse();
                    }
                }
            }
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class ObservedDates {

        @Test
        void newYearsDay2022IsObservedOnFriday2021_12_31() {
            CalendarDay day = US.day(d("2021-12-31"));
            assertThat(day.type()).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(ids(day)).containsExactly("new-years-day/2022");
            assertThat(day.holidayNames(EN)).containsExactly("New Year's Day");
            assertThat(day.holidayNames(ZH)).containsExactly("元旦");
            Holiday h = day.holidays().get(0);
            assertThat(h.year()).isEqualTo(2022);
            assertThat(h.date()).isEqualTo(d("2022-01-01"));
            assertThat(h.observedDate()).isEqualTo(d("2021-12-31"));
            assertThat(h.dayTypes()).containsExactly(
                    Map.entry(d("2021-12-31"), DayType.PUBLIC_HOLIDAY), Map.entry(d("2022-01-01"), DayType.WEEKEND));
            assertThat(US.holidays(DateRange.ofClosed(d("2021-12-01"), d("2021-12-31")))).contains(h);
            assertThat(US.holidays(2021)).contains(h);
            assertThat(US.holidays(2022)).contains(h);
            assertThat(US.isWorkingDay(d("2021-12-31"))).isFalse();
        }

        @ParameterizedTest(name = "New Year''s Day {1} observed on {0}")
        @CsvSource({
            "1971-12-31, 1972",
            "1976-12-31, 1977",
            "2010-12-31, 2011",
            "2021-12-31, 2022",
            "2027-12-31, 2028",
            "2032-12-31, 2033",
            "2038-12-31, 2039",
            "2049-12-31, 2050",
            "2100-12-31, 2101",
        })
        void newYearsDayOnASaturdayIsObservedOnDecember31OfTheYearBefore(LocalDate dec31, int year) {
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            assertThat(jan1.getDayOfWeek()).isEqualTo(SATURDAY);
            assertThat(dec31.getDayOfWeek()).isEqualTo(FRIDAY);
            CalendarDay day = US.day(dec31);
            assertThat(day.type()).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(ids(day)).containsExactly("new-years-day/" + year);
            assertThat(US.holidays(DateRange.ofClosed(dec31.withDayOfMonth(1), dec31))).extracting(Holiday::id)
                    .contains("new-years-day/" + year);
            assertThat(US.holidays(dec31.getYear())).extracting(Holiday::id).contains("new-years-day/" + year);
            assertThat(US.holidays(DateRange.ofClosed(dec31, dec31))).extracting(Holiday::id).containsExactly("new-years-day/" + year);
        }

        @Test
        void the2027CaseIsRightInEveryQuery() {
            assertThat(LocalDate.of(2028, 1, 1).getDayOfWeek()).isEqualTo(SATURDAY);
            assertThat(US.dayType(d("2027-12-31"))).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(US.nextWorkingDay(d("2027-12-30"))).isEqualTo(d("2028-01-03"));
            assertThat(US.workingDaysBetween(d("2027-12-27"), d("2028-01-03"))).isEqualTo(4);
        }

        @Test
        void juneteenth2021WasFirstObservedOnFriday2021_06_18() {
            CalendarDay day = US.day(d("2021-06-18"));
            assertThat(day.type()).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(ids(day)).containsExactly("juneteenth/2021");
            assertThat(US.day(d("2021-06-19")).type()).isEqualTo(DayType.WEEKEND);
            assertThat(ids(US.day(d("2021-06-19")))).containsExactly("juneteenth/2021");
        }

        @Test
        void holidayOnASaturdayIsObservedOnTheFridayBefore() {
            Holiday h = occurrence(US, "independence-day", 2026);
            assertThat(h.observedDate()).isEqualTo(d("2026-07-03"));
            assertThat(US.dayType(d("2026-07-03"))).isEqualTo(DayType.PUBLIC_HOLIDAY);
        }

        @Test
        void holidayOnASundayIsObservedOnTheMondayAfter() {
            Holiday h = occurrence(US, "independence-day", 2027);
            assertThat(h.date().getDayOfWeek()).isEqualTo(SUNDAY);
            assertThat(h.observedDate()).isEqualTo(d("2027-07-05"));
            assertThat(US.dayType(d("2027-07-05"))).isEqualTo(DayType.PUBLIC_HOLIDAY);
        }

        @Test
        void theWeekendDateStaysAWeekendButCarriesTheName() {
            CalendarDay day = US.day(d("2027-07-04"));
            assertThat(day.type()).isEqualTo(DayType.WEEKEND);
            assertThat(day.holidayNames(EN)).containsExactly("Independence Day");
            assertThat(day.holidays().get(0).daysOff()).containsExactly(d("2027-07-04"), d("2027-07-05"));
        }

        @Test
        void aMovedHolidayCitesTheObservanceRule() {
            assertThat(occurrence(US, "christmas-day", 2027).sources()).extracting(Source::citation)
                    .anyMatch(c -> c.startsWith("5 U.S.C. 6103(b)(1)"))
                    .anyMatch(c -> c.startsWith("EO 11582"));
            assertThat(occurrence(US, "christmas-day", 2026).sources()).extracting(Source::citation)
                    .noneMatch(c -> c.startsWith("EO 11582"));
        }
    }

    //-----------------------------------------------------------------------
    /** The observed dates that facts.md section 4 derives for 2026 and 2027 ([DER]). */
    @Nested
    class DerivedObservedLists {

        private List<LocalDate> observedLegalHolidays(int year) {
            return US.holidays(year).stream()
                    .filter(h -> h.year() == year && h.kind() == HolidayKind.STATUTORY)
                    .map(Holiday::observedDate)
                    .sorted()
                    .toList();
        }

        @Test
        void observedDates2026() {
            assertThat(observedLegalHolidays(2026)).containsExactly(
                    d("2026-01-01"), d("2026-01-19"), d("2026-02-16"), d("2026-05-25"), d("2026-06-19"),
                    d("2026-07-03"), d("2026-09-07"), d("2026-10-12"), d("2026-11-11"), d("2026-11-26"),
                    d("2026-12-25"));
        }

        @Test
        void observedDates2027() {
            assertThat(observedLegalHolidays(2027)).containsExactly(
                    d("2027-01-01"), d("2027-01-18"), d("2027-02-15"), d("2027-05-31"), d("2027-06-18"),
                    d("2027-07-05"), d("2027-09-06"), d("2027-10-11"), d("2027-11-11"), d("2027-11-25"),
                    d("2027-12-24"));
        }

        @Test
        void the2027ListingAlsoShowsNewYearsDay2028OnDecember31() {
            assertThat(US.holidays(2027)).extracting(Holiday::id).endsWith("new-years-day/2028");
            assertThat(US.holidays(2027).stream().filter(h -> h.year() == 2027)).hasSize(11);
        }

        @Test
        void noExecutiveOrderClosingIsKnownFor2026() {
            assertThat(US.holidays(2026)).allMatch(h -> h.kind() == HolidayKind.STATUTORY);
        }

        @Test
        void workingDaysIn2026() {
            // 261 weekdays, 11 of them holidays.
            assertThat(US.workingDaysBetween(d("2026-01-01"), d("2027-01-01"))).isEqualTo(250);
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class ExecutiveOrderClosings {

        static Stream<Arguments> closings() {
            return FACTS_CLOSINGS.stream().map(Arguments::of);
        }

        @ParameterizedTest(name = "{0} {2} half day: {3}")
        @MethodSource("closings")
        void eachClosingCitesItsOrder(String iso, DayOfWeek dow, String order, boolean halfDay) {
            LocalDate date = d(iso);
            assertThat(date.getDayOfWeek()).isEqualTo(dow);
            CalendarDay day = US.day(date);
            assertThat(day.holidays()).hasSize(1);
            Holiday h = day.holidays().get(0);
            assertThat(h.year()).isEqualTo(date.getYear());
            assertThat(h.date()).isEqualTo(date);
            assertThat(h.status()).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(h.sources().get(0).type()).isEqualTo(SourceType.EXECUTIVE_ORDER);
            assertThat(h.sources().get(0).citation()).startsWith(order);
            assertThat(h.sources().get(0).url()).isPresent();
            if (halfDay) {
                assertThat(h.kind()).isEqualTo(HolidayKind.EARLY_CLOSING);
                assertThat(day.type()).isEqualTo(DayType.WORKDAY);
                assertThat(day.isWorkingDay()).isTrue();
                assertThat(h.earlyClosing()).isEmpty();
                assertThat(h.daysOff()).isEmpty();
            } else {
                assertThat(h.kind()).isEqualTo(HolidayKind.CLOSURE);
                assertThat(day.type()).isEqualTo(DayType.CLOSURE);
                assertThat(day.isWorkingDay()).isFalse();
                assertThat(h.daysOff()).containsExactly(date);
            }
        }

        @Test
        void theCalendarHasExactlyTheNineteenClosingsOfTheFacts() {
            List<LocalDate> closings = IntStream.rangeClosed(1971, 2100).boxed()
                    .flatMap(y -> US.holidays(y).stream().filter(h -> h.year() == y))
                    .filter(h -> h.kind() == HolidayKind.CLOSURE || h.kind() == HolidayKind.EARLY_CLOSING)
                    .map(Holiday::date)
                    .toList();
            assertThat(closings).containsExactlyElementsOf(
                    FACTS_CLOSINGS.stream().map(row -> d((String) row[0])).toList());
        }

        @ParameterizedTest
        @CsvSource({"2002-12-24", "2009-12-24", "2015-12-24"})
        void halfDayClosingsAreWorkingDays(LocalDate date) {
            assertThat(US.isWorkingDay(date)).isTrue();
            assertThat(US.dayType(date)).isEqualTo(DayType.WORKDAY);
            assertThat(US.day(date).holidayNames(EN)).containsExactly("Christmas Eve (half-day closing by executive order)");
            assertThat(US.nextWorkingDay(date.minusDays(1))).isEqualTo(date);
        }

        @Test
        void twoClosingsInOneYearHaveDistinctKeys() {
            assertThat(US.holidays(2018)).filteredOn(h -> h.kind() == HolidayKind.CLOSURE).extracting(Holiday::id)
                    .containsExactly("national-day-of-mourning/2018", "christmas-eve-closing/2018");
            assertThat(US.holidays(2025)).filteredOn(h -> h.kind() == HolidayKind.CLOSURE).extracting(Holiday::id)
                    .containsExactly("national-day-of-mourning/2025", "christmas-eve-closing/2025",
                            "day-after-christmas-closing/2025");
        }

        @Test
        void christmasEve2024CitesExecutiveOrder14129InTheFederalRegister() {
            Holiday h = US.day(d("2024-12-24")).holidays().get(0);
            assertThat(h.id()).isEqualTo("christmas-eve-closing/2024");
            assertThat(h.displayName(EN)).isEqualTo("Christmas Eve (executive order closing)");
            assertThat(h.displayName(ZH)).isEqualTo("平安夜（行政命令放假）");
            assertThat(h.sources().get(0).citation()).isEqualTo("EO 14129, 89 FR 104857 (FR Doc. 2024-31143)");
            assertThat(h.sources()).extracting(Source::citation)
                    .anyMatch(c -> c.startsWith("vacanza/holidays"));
        }

        @Test
        void mourningForPresidentCarterClosedThursday2025_01_09() {
            CalendarDay day = US.day(d("2025-01-09"));
            assertThat(day.type()).isEqualTo(DayType.CLOSURE);
            assertThat(day.holidayNames(EN)).containsExactly("National Day of Mourning for former President Jimmy Carter");
            assertThat(day.holidayNames(ZH)).containsExactly("前总统吉米·卡特全国哀悼日");
        }

        @Test
        void switchedOffTheyAreOrdinaryWorkingDays() {
            for (Object[] row : FACTS_CLOSINGS) {
                LocalDate date = d((String) row[0]);
                CalendarDay day = STATUTORY.day(date);
                assertThat(day.type()).as(date.toString()).isEqualTo(DayType.WORKDAY);
                assertThat(day.holidays()).as(date.toString()).isEmpty();
            }
            assertThat(STATUTORY.holidays(2025)).allMatch(h -> h.kind() == HolidayKind.STATUTORY);
        }

        @Test
        void closingsMoveWorkingDayArithmetic() {
            assertThat(US.nextWorkingDay(d("2025-12-23"))).isEqualTo(d("2025-12-29"));
            assertThat(STATUTORY.nextWorkingDay(d("2025-12-23"))).isEqualTo(d("2025-12-24"));
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class InaugurationDay {

        @Test
        void isNotInTheDefaultCalendar() {
            assertThat(ids(US.day(d("2025-01-20")))).containsExactly("martin-luther-king-jr-day/2025");
            assertThat(IntStream.rangeClosed(1971, 2100).boxed().flatMap(y -> US.holidays(y).stream()))
                    .noneMatch(h -> h.key().equals("inauguration-day"));
        }

        @Test
        void sharesJanuary20_2025WithMartinLutherKingJrDay() {
            CalendarDay day = DC.day(d("2025-01-20"));
            assertThat(day.type()).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(ids(day)).containsExactly("inauguration-day/2025", "martin-luther-king-jr-day/2025");
            assertThat(day.holidayNames(EN)).containsExactly("Inauguration Day", "Birthday of Martin Luther King, Jr.");
            assertThat(day.holidayNames(ZH)).containsExactly("总统就职日", "马丁·路德·金纪念日");
            assertThat(DC.workingDaysBetween(d("2025-01-20"), d("2025-01-21"))).isZero();
        }

        @Test
        void sundayJanuary20_2013IsObservedOnMonday21() {
            Holiday h = occurrence(DC, "inauguration-day", 2013);
            assertThat(h.date()).isEqualTo(d("2013-01-20"));
            assertThat(h.observedDate()).isEqualTo(d("2013-01-21"));
            assertThat(DC.day(d("2013-01-20")).type()).isEqualTo(DayType.WEEKEND);
            assertThat(ids(DC.day(d("2013-01-20")))).containsExactly("inauguration-day/2013");
            assertThat(ids(DC.day(d("2013-01-21"))))
                    .containsExactly("inauguration-day/2013", "martin-luther-king-jr-day/2013");
            assertThat(occurrence(DC, "inauguration-day", 1985).observedDate()).isEqualTo(d("1985-01-21"));
        }

        @ParameterizedTest
        @CsvSource({"1973", "2001", "2029", "2057", "2085"})
        void saturdayJanuary20GivesNothing(int year) {
            LocalDate jan20 = LocalDate.of(year, 1, 20);
            assertThat(jan20.getDayOfWeek()).isEqualTo(SATURDAY);
            assertThat(has(DC, "inauguration-day", year)).isFalse();
            assertThat(DC.day(jan20).holidays()).isEmpty();
            assertThat(DC.day(jan20.minusDays(1)).type()).as("no Friday in lieu").isEqualTo(DayType.WORKDAY);
        }

        @Test
        void fallsOnlyInTheYearAfterEachPresidentialElection() {
            for (int y = 1971; y <= 2100; y++) {
                boolean expected = y % 4 == 1 && LocalDate.of(y, 1, 20).getDayOfWeek() != SATURDAY;
                assertThat(has(DC, "inauguration-day", y)).as(Integer.toString(y)).isEqualTo(expected);
                assertThat(has(DC_STATUTORY, "inauguration-day", y)).as(Integer.toString(y)).isEqualTo(expected);
            }
        }

        @Test
        void citesSection6103c() {
            Holiday h = occurrence(DC, "inauguration-day", 2025);
            assertThat(h.kind()).isEqualTo(HolidayKind.STATUTORY);
            assertThat(h.sources().get(0).citation()).startsWith("5 U.S.C. 6103(c)");
        }

        @Test
        void isADayOffInWashington() {
            assertThat(DC.dayType(d("2021-01-20"))).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(US.dayType(d("2021-01-20"))).isEqualTo(DayType.WORKDAY);
            assertThat(DC.nextWorkingDay(d("2021-01-19"))).isEqualTo(d("2021-01-21"));
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Exhaustive {

        @Test
        void rangeQueriesAgreeWithPerDateAnswersForEveryMonthAndYear() {
            for (HolidayCalendar cal : List.of(US, DC)) {
                for (int y = 1971; y <= 2100; y++) {
                    Set<Holiday> year = new LinkedHashSet<>();
                    for (Month m : Month.values()) {
                        YearMonth ym = YearMonth.of(y, m);
                        Set<Holiday> month = new LinkedHashSet<>();
                        for (LocalDate day = ym.atDay(1); !day.isAfter(ym.atEndOfMonth()); day = day.plusDays(1)) {
                            month.addAll(cal.day(day).holidays());
                        }
                        year.addAll(month);
                        assertThat(cal.holidays(DateRange.ofClosed(ym.atDay(1), ym.atEndOfMonth()))).as(cal.id() + " " + ym)
                                .containsExactlyElementsOf(sorted(month));
                    }
                    assertThat(cal.holidays(y)).as(cal.id() + " " + y).containsExactlyElementsOf(sorted(year));
                }
            }
        }

        private List<Holiday> sorted(Set<Holiday> set) {
            List<Holiday> list = new ArrayList<>(set);
            list.sort(Holiday.CHRONOLOGICAL);
            return list;
        }

        @Test
        void everyObservedHolidayFallsOnAWeekday() {
            for (int y = 1971; y <= 2100; y++) {
                for (Holiday h : DC.holidays(y)) {
                    assertThat(isWeekend(h.observedDate())).as(h.toString()).isFalse();
                    h.dayTypes().forEach((date, type) -> {
                        if (isWeekend(date)) {
                            assertThat(type).as(h + " on " + date).isEqualTo(DayType.WEEKEND);
                        }
                    });
                }
            }
        }

        @Test
        void everyYearHas9Then10Then11LegalPublicHolidays() {
            for (int y = 1971; y <= 2100; y++) {
                int year = y;
                long count = US.holidays(y).stream()
                        .filter(h -> h.year() == year && h.kind() == HolidayKind.STATUTORY)
                        .count();
                int expected = y < 1986 ? 9 : y < 2021 ? 10 : 11;
                assertThat(count).as(Integer.toString(y)).isEqualTo(expected);
            }
        }

        @Test
        void occurrenceIdsAreUniqueAndStable() {
            Map<String, Holiday> byId = new HashMap<>();
            for (int y = 1971; y <= 2100; y++) {
                for (Holiday h : DC.holidays(y)) {
                    Holiday previous = byId.putIfAbsent(h.id(), h);
                    assertThat(previous == null || previous.equals(h)).as(h.id()).isTrue();
                }
            }
            assertThat(byId.keySet()).allMatch(id -> id.matches("[a-z0-9-]+/[0-9]{4}"));
        }

        @Test
        void everyDateAgreesWithAnIndependentOracle() {
            for (HolidayCalendar cal : List.of(US, STATUTORY, DC, DC_STATUTORY)) {
                boolean closings = cal == US || cal == DC;
                boolean inauguration = cal == DC || cal == DC_STATUTORY;
                Oracle oracle = new Oracle(closings, inauguration);
                List<String> mismatches = new ArrayList<>();
                for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
                    CalendarDay answer = cal.day(day);
                    Set<String> keys = answer.holidays().stream().map(Holiday::id)
                            .collect(Collectors.toCollection(TreeSet::new));
                    if (answer.type() != oracle.type(day) || !keys.equals(oracle.ids(day))) {
                        mismatches.add(day + ": " + answer.type() + " " + keys + " expected " + oracle.type(day)
                                + " " + oracle.ids(day));
                    }
                    if (answer.type() != cal.dayType(day)) {
                        mismatches.add(day + ": day() and dayType() disagree");
                    }
                }
                assertThat(mismatches).as(cal.id() + " closings=" + closings).isEmpty();
            }
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class WorkingDayArithmetic {

        @Test
        void plusThenMinusReturnsToTheDateOrToTheNearestWorkingDayOnTheWayBack() {
            Random random = new Random(SEED);
            LocalDate from = d("1971-03-01");
            LocalDate to = d("2100-10-31");
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                int n = random.nextInt(81) - 40;
                LocalDate there = US.plusWorkingDays(day, n);
                LocalDate back = US.plusWorkingDays(there, -n);
                LocalDate expected;
                if (n == 0 || US.isWorkingDay(day)) {
                    expected = day;
                } else {
                    expected = nearestWorkingDay(day, n > 0 ? -1 : 1);
                }
                if (!back.equals(expected)) {
                    assertThat(back).as("seed " + SEED + ": " + day + " plus " + n + " = " + there + ", then minus")
                            .isEqualTo(expected);
                }
                if (n != 0) {
                    assertThat(US.isWorkingDay(there)).as("seed " + SEED + ": " + day + " plus " + n).isTrue();
                    assertThat(Math.abs(US.workingDaysBetween(n > 0 ? day.plusDays(1) : there,
                            n > 0 ? there.plusDays(1) : day))).as("seed " + SEED + ": " + day + " plus " + n)
                            .isEqualTo(Math.abs(n));
                }
            }
        }

        private LocalDate nearestWorkingDay(LocalDate day, int step) {
            LocalDate d = day;
            while (!US.isWorkingDay(d)) {
                d = d.plusDays(step);
            }
            return d;
        }

        @Test
        void workingDaysBetweenAgreesWithCountingDayByDay() {
            Random random = new Random(SEED);
            long span = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
            for (int i = 0; i < 2_000; i++) {
                LocalDate a = FIRST.plusDays((long) (random.nextDouble() * span));
                LocalDate b = a.plusDays(random.nextInt(1_500) - 750);
                if (b.isBefore(FIRST) || b.isAfter(LAST)) {
                    continue;
                }
                long expected = 0;
                LocalDate lo = a.isBefore(b) ? a : b;
                LocalDate hi = a.isBefore(b) ? b : a;
                for (LocalDate day = lo; day.isBefore(hi); day = day.plusDays(1)) {
                    if (US.dayType(day) == DayType.WORKDAY) {
                        expected++;
                    }
                }
                long signed = b.isBefore(a) ? -expected : expected;
                assertThat(US.workingDaysBetween(a, b)).as("seed " + SEED + ": [" + a + ", " + b + ")").isEqualTo(signed);
            }
        }

        @Test
        void workingDaysBetweenAgreesWithCountingOnWholeYears() {
            for (int y = 1971; y <= 2100; y++) {
                LocalDate jan1 = LocalDate.of(y, 1, 1);
                LocalDate next = jan1.plusYears(1);
                long expected = jan1.datesUntil(next).filter(US::isWorkingDay).count();
                assertThat(US.workingDaysBetween(jan1, next)).as(Integer.toString(y)).isEqualTo(expected);
                assertThat(US.workingDaysBetween(next, jan1)).as(Integer.toString(y)).isEqualTo(-expected);
            }
        }

        @Test
        void workingDaysBetweenAWholeRangeIsTheSumOfItsYears() {
            long sum = 0;
            for (int y = 1971; y <= 2100; y++) {
                sum += US.workingDaysBetween(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1));
            }
            assertThat(US.workingDaysBetween(FIRST, LAST.plusDays(1))).isEqualTo(sum);
        }

        @Test
        void adjustersKeepTheTimeOfALocalDateTime() {
            LocalDateTime dt = LocalDateTime.of(2021, 12, 30, 16, 45, 30);
            assertThat(dt.with(WorkingDays.next(US))).isEqualTo(LocalDateTime.of(2022, 1, 3, 16, 45, 30));
            assertThat(dt.with(WorkingDays.plus(US, 2))).isEqualTo(LocalDateTime.of(2022, 1, 4, 16, 45, 30));
            assertThat(LocalDateTime.of(2022, 1, 1, 9, 0).with(WorkingDays.previousOrSame(US)))
                    .isEqualTo(LocalDateTime.of(2021, 12, 30, 9, 0));
            assertThat(dt.with(WorkingDays.nextOrSame(US))).isSameAs(dt);
        }

        @Test
        void adjustersKeepTheTimeAndZoneOfAZonedDateTime() {
            ZoneId newYork = ZoneId.of("America/New_York");
            ZonedDateTime friday = ZonedDateTime.of(2026, 3, 6, 9, 0, 0, 0, newYork);
            ZonedDateTime monday = friday.with(WorkingDays.next(US));
            assertThat(monday.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 9, 9, 0));
            assertThat(monday.getZone()).isEqualTo(newYork);
            assertThat(monday.getOffset().getTotalSeconds()).as("daylight saving time began on 2026-03-08")
                    .isEqualTo(-4 * 3600);

            ZonedDateTime beijing = ZonedDateTime.of(2026, 7, 2, 17, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
            assertThat(beijing.with(WorkingDays.next(US)))
                    .isEqualTo(ZonedDateTime.of(2026, 7, 6, 17, 30, 0, 0, ZoneId.of("Asia/Shanghai")));
            assertThat(beijing.query(WorkingDays.dayType(US))).isEqualTo(DayType.WORKDAY);
            assertThat(beijing.plusDays(1).query(WorkingDays.isWorkingDay(US))).isFalse();
        }

        @Test
        void theReadmeExampleHolds() {
            HolidayCalendar us = UsFederalHolidays.calendar();
            assertThat(us.plusWorkingDays(LocalDate.of(2027, 12, 29), 2)).isEqualTo(d("2028-01-03"));
            assertThat(us.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).isEqualTo(250);
            assertThat(LocalDateTime.of(2026, 7, 2, 17, 30).with(WorkingDays.next(us)))
                    .isEqualTo(LocalDateTime.of(2026, 7, 6, 17, 30));
            assertThat(us.day(LocalDate.of(2027, 12, 31)).holidayNames(ZH)).containsExactly("元旦");
        }

        @Test
        void betweenAcceptsAnyTemporalWithADate() {
            ZonedDateTime a = ZonedDateTime.of(2027, 12, 20, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
            LocalDateTime b = LocalDateTime.of(2028, 1, 3, 8, 0);
            // Dec 20-23, 27-30: 8 working days (Dec 24 Christmas observed, Dec 31 New Year's Day 2028).
            assertThat(WorkingDays.between(US, a, b)).isEqualTo(8);
        }
    }

    //-----------------------------------------------------------------------
    /**
     * An independent implementation of the rules, written from the statute without the resource:
     * weekday arithmetic instead of {@code TemporalAdjusters}, the closings copied from facts.md.
     */
    private static final class Oracle {
        private final Map<LocalDate, DayType> types = new HashMap<>();
        private final Map<LocalDate, Set<String>> ids = new HashMap<>();

        Oracle(boolean closings, boolean inauguration) {
            for (int y = 1971; y <= 2101; y++) {
                statutory(y, "new-years-day", LocalDate.of(y, 1, 1));
                if (y >= 1986) {
                    statutory(y, "martin-luther-king-jr-day", nth(y, 1, 3, MONDAY));
                }
                statutory(y, "washingtons-birthday", nth(y, 2, 3, MONDAY));
                statutory(y, "memorial-day", last(y, 5, MONDAY));
                if (y >= 2021) {
                    statutory(y, "juneteenth", LocalDate.of(y, 6, 19));
                }
                statutory(y, "independence-day", LocalDate.of(y, 7, 4));
                statutory(y, "labor-day", nth(y, 9, 1, MONDAY));
                statutory(y, "columbus-day", nth(y, 10, 2, MONDAY));
                statutory(y, "veterans-day", y <= 1977 ? nth(y, 10, 4, MONDAY) : LocalDate.of(y, 11, 11));
                statutory(y, "thanksgiving-day", nth(y, 11, 4, THURSDAY));
                statutory(y, "christmas-day", LocalDate.of(y, 12, 25));
                LocalDate jan20 = LocalDate.of(y, 1, 20);
                if (inauguration && (y - 1969) % 4 == 0 && jan20.getDayOfWeek() != SATURDAY) {
                    statutory(y, "inauguration-day", jan20);
                }
            }
            if (closings) {
                for (Object[] row : FACTS_CLOSINGS) {
                    LocalDate date = d((String) row[0]);
                    String key = date.getMonthValue() == 12 && date.getDayOfMonth() == 24 ? "christmas-eve-closing"
                            : date.getMonthValue() == 12 && date.getDayOfMonth() == 26 ? "day-after-christmas-closing"
                            : "national-day-of-mourning";
                    put(date, key + "/" + date.getYear(), (Boolean) row[3] ? DayType.WORKDAY : DayType.CLOSURE);
                }
            }
        }

        private void statutory(int year, String key, LocalDate date) {
            int shift = switch (date.getDayOfWeek()) {
                case SATURDAY -> -1;
                case SUNDAY -> 1;
                default -> 0;
            };
            String id = key + "/" + year;
            put(date.plusDays(shift), id, DayType.PUBLIC_HOLIDAY);
            if (shift != 0) {
                put(date, id, DayType.WEEKEND);
            }
        }

        private void put(LocalDate date, String id, DayType type) {
            ids.computeIfAbsent(date, k -> new TreeSet<>()).add(id);
            types.merge(date, type, (a, b) -> a == DayType.PUBLIC_HOLIDAY || b == DayType.PUBLIC_HOLIDAY
                    ? DayType.PUBLIC_HOLIDAY : a == DayType.CLOSURE || b == DayType.CLOSURE ? DayType.CLOSURE : a);
        }

        /** The n-th given weekday of a month, by arithmetic on day-of-week numbers. */
        private static LocalDate nth(int year, int month, int n, DayOfWeek dow) {
            int firstDow = LocalDate.of(year, month, 1).getDayOfWeek().getValue();
            int firstMatch = 1 + Math.floorMod(dow.getValue() - firstDow, 7);
            return LocalDate.of(year, month, firstMatch + 7 * (n - 1));
        }

        /** The last given weekday of a month. */
        private static LocalDate last(int year, int month, DayOfWeek dow) {
            LocalDate end = YearMonth.of(year, month).atEndOfMonth();
            return end.minusDays(Math.floorMod(end.getDayOfWeek().getValue() - dow.getValue(), 7));
        }

        DayType type(LocalDate date) {
            DayType t = types.get(date);
            if (t != null) {
                return t;
            }
            return isWeekend(date) ? DayType.WEEKEND : DayType.WORKDAY;
        }

        Set<String> ids(LocalDate date) {
            return ids.getOrDefault(date, Set.of());
        }
    }

    //-----------------------------------------------------------------------
    /**
     * A calendar built at run time from the data (as for files loaded by {@code DataOverrides}), a
     * new instance whose years are all computed here: the edges of the range, an observed day that
     * cites the observance rule, a half-day closing.
     */
    @Nested
    class CalendarBuiltFromTheData {

        private final HolidayCalendar built = UsFederalHolidays.calendar(UsFederalOptions.defaults(),
                UsFederalHolidays.data(), null);

        @Test
        void newYearsDayOfTheFirstYearAndTheObservedOneOfTheYearAfterTheLast() {
            assertThat(built.day(d("1971-01-01")).type()).isEqualTo(DayType.PUBLIC_HOLIDAY);
            // January 1, 2101 is a Saturday: observed on Friday, December 31, 2100.
            assertThat(built.day(d("2100-12-31")).holidays()).extracting(Holiday::key, Holiday::year)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("new-years-day", 2101));
        }

        @Test
        void aMovedHolidayCitesTheObservanceRuleOnlyWhenMoved() {
            assertThat(occurrence(built, "christmas-day", 2027).sources()).extracting(Source::citation)
                    .anyMatch(c -> c.startsWith("EO 11582"));
            assertThat(occurrence(built, "christmas-day", 2026).sources()).extracting(Source::citation)
                    .noneMatch(c -> c.startsWith("EO 11582"));
        }

        @Test
        void aHalfDayClosingIsAnEarlyClosingOnAWorkingDay() {
            CalendarDay day = built.day(d("2009-12-24"));
            assertThat(day.type()).isEqualTo(DayType.WORKDAY);
            assertThat(day.holidays()).extracting(Holiday::kind).containsExactly(HolidayKind.EARLY_CLOSING);
        }
    }
}
