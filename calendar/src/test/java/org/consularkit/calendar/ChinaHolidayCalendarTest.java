package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.DateRange;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayStatus;
import org.consularkit.core.calendar.WorkingDays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChinaHolidayCalendarTest {

    private static final ChinaHolidayCalendar CN = ChinaHolidays.calendar();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String names(CalendarDay day) {
        return String.join(";", day.holidayNames(Locale.ROOT));
    }

    /** The days of a holiday-cn fixture, read independently of the library's loader. */
    static Map<LocalDate, Boolean> holidayCn(int year) {
        String name = "cn/holiday-cn/" + year + ".json";
        try (InputStream in = ChinaHolidayCalendarTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Map<LocalDate, Boolean> out = new TreeMap<>();
            for (JsonNode d : JSON.readTree(in).get("days")) {
                out.put(LocalDate.parse(d.get("date").asText()), d.get("isOffDay").asBoolean());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IntStream officialYears() {
        return IntStream.rangeClosed(2007, 2026);
    }

    //-----------------------------------------------------------------------
    @Nested
    class OfficialYearsAgainstHolidayCn {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.consularkit.calendar.ChinaHolidayCalendarTest#officialYears")
        void everyDateOfTheYearAgreesWithTheReferenceData(int year) {
            Map<LocalDate, Boolean> listed = new HashMap<>(holidayCn(year));
            // December days fixed by next year's notice belong to this calendar year too.
            if (year < 2026) {
                holidayCn(year + 1).forEach((d, off) -> {
                    if (d.getYear() == year) {
                        listed.put(d, off);
                    }
                });
            }
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                DayType type = CN.dayType(d);
                Boolean off = listed.get(d);
                String what = d + " " + d.getDayOfWeek() + " listed " + off;
                if (Boolean.TRUE.equals(off)) {
                    assertThat(type.isWorkingDay()).as(what).isFalse();
                } else if (Boolean.FALSE.equals(off) && isWeekend(d)) {
                    assertThat(type).as(what).isEqualTo(DayType.MAKEUP_WORKDAY);
                } else if (isWeekend(d)) {
                    assertThat(type).as(what).isEqualTo(DayType.WEEKEND);
                } else {
                    assertThat(type).as(what).isEqualTo(DayType.WORKDAY);
                }
                assertThat(CN.day(d).status()).as(what).isEqualTo(HolidayStatus.OFFICIAL);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.consularkit.calendar.ChinaHolidayCalendarTest#officialYears")
        void everyListedDateOutsideTheYearAgreesToo(int year) {
            holidayCn(year).forEach((d, off) -> {
                if (d.getYear() != year) {
                    assertThat(CN.isWorkingDay(d)).as(d.toString()).isEqualTo(!off);
                    if (!off) {
                        assertThat(CN.dayType(d)).as(d.toString()).isEqualTo(DayType.MAKEUP_WORKDAY);
                    }
                }
            });
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.consularkit.calendar.ChinaHolidayCalendarTest#officialYears")
        void everyStatutoryDayIsAPublicHoliday(int year) {
            for (ChinaPublicHoliday f : ChinaPublicHoliday.values()) {
                for (LocalDate d : f.statutoryDays(year)) {
                    CalendarDay day = CN.day(d);
                    assertThat(day.type()).as(f + " " + d).isEqualTo(DayType.PUBLIC_HOLIDAY);
                    assertThat(day.holidayNames(Locale.ENGLISH)).as(f + " " + d).contains(f.displayName(Locale.ENGLISH));
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.consularkit.calendar.ChinaHolidayCalendarTest#officialYears")
        void everyDayOffAndMakeupDayCarriesAFestivalName(int year) {
            holidayCn(year).keySet().forEach(d -> {
                if (!d.equals(LocalDate.of(2020, 2, 3))) {
                    assertThat(CN.day(d).holidays()).as(d.toString()).isNotEmpty();
                }
            });
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.consularkit.calendar.ChinaHolidayCalendarTest#officialYears")
        void oneOccurrencePerFestivalAndYear(int year) {
            List<Holiday> own = CN.holidays(year).stream().filter(h -> h.year() == year).toList();
            Set<String> keys = new HashSet<>();
            for (Holiday h : own) {
                assertThat(keys.add(h.key())).as(h.id()).isTrue();
                assertThat(h.status()).isEqualTo(HolidayStatus.OFFICIAL);
                assertThat(h.sources().get(0).type()).isEqualTo(SourceType.NOTICE);
                assertThat(h.sources().get(0).citation()).isEqualTo("国务院办公厅关于" + year + "年部分节假日安排的通知");
                assertThat(h.sources().get(0).url()).isPresent();
                assertThat(h.sources()).last().extracting(s -> s.type()).isEqualTo(SourceType.STATUTE);
                assertThat(h.contains(h.date())).isTrue();
                assertThat(h.dayTypes().get(h.date())).isIn(DayType.PUBLIC_HOLIDAY);
            }
            int festivals = year == 2007 ? 4 : year == 2015 ? 8 : 7;
            assertThat(keys).hasSize(festivals);
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Schedule2026 {

        /** facts.md §5: the 2026 notice of 4 Nov 2025, every date of every block. */
        @ParameterizedTest(name = "{0} {1} {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2025-12-31 | WORKDAY        |
                2026-01-01 | PUBLIC_HOLIDAY | New Year's Day
                2026-01-02 | REST_DAY       | New Year's Day
                2026-01-03 | WEEKEND        | New Year's Day
                2026-01-04 | MAKEUP_WORKDAY | New Year's Day
                2026-01-05 | WORKDAY        |
                2026-02-13 | WORKDAY        |
                2026-02-14 | MAKEUP_WORKDAY | Spring Festival
                2026-02-15 | WEEKEND        | Spring Festival
                2026-02-16 | PUBLIC_HOLIDAY | Spring Festival
                2026-02-17 | PUBLIC_HOLIDAY | Spring Festival
                2026-02-18 | PUBLIC_HOLIDAY | Spring Festival
                2026-02-19 | PUBLIC_HOLIDAY | Spring Festival
                2026-02-20 | REST_DAY       | Spring Festival
                2026-02-21 | WEEKEND        | Spring Festival
                2026-02-22 | WEEKEND        | Spring Festival
                2026-02-23 | REST_DAY       | Spring Festival
                2026-02-24 | WORKDAY        |
                2026-02-27 | WORKDAY        |
                2026-02-28 | MAKEUP_WORKDAY | Spring Festival
                2026-03-01 | WEEKEND        |
                2026-03-02 | WORKDAY        |
                2026-04-03 | WORKDAY        |
                2026-04-04 | WEEKEND        | Qingming Festival
                2026-04-05 | PUBLIC_HOLIDAY | Qingming Festival
                2026-04-06 | REST_DAY       | Qingming Festival
                2026-04-07 | WORKDAY        |
                2026-04-30 | WORKDAY        |
                2026-05-01 | PUBLIC_HOLIDAY | Labour Day
                2026-05-02 | PUBLIC_HOLIDAY | Labour Day
                2026-05-03 | WEEKEND        | Labour Day
                2026-05-04 | REST_DAY       | Labour Day
                2026-05-05 | REST_DAY       | Labour Day
                2026-05-06 | WORKDAY        |
                2026-05-09 | MAKEUP_WORKDAY | Labour Day
                2026-05-10 | WEEKEND        |
                2026-06-18 | WORKDAY        |
                2026-06-19 | PUBLIC_HOLIDAY | Dragon Boat Festival
                2026-06-20 | WEEKEND        | Dragon Boat Festival
                2026-06-21 | WEEKEND        | Dragon Boat Festival
                2026-06-22 | WORKDAY        |
                2026-09-19 | WEEKEND        |
                2026-09-20 | MAKEUP_WORKDAY | National Day
                2026-09-24 | WORKDAY        |
                2026-09-25 | PUBLIC_HOLIDAY | Mid-Autumn Festival
                2026-09-26 | WEEKEND        | Mid-Autumn Festival
                2026-09-27 | WEEKEND        | Mid-Autumn Festival
                2026-09-28 | WORKDAY        |
                2026-09-30 | WORKDAY        |
                2026-10-01 | PUBLIC_HOLIDAY | National Day
                2026-10-02 | PUBLIC_HOLIDAY | National Day
                2026-10-03 | PUBLIC_HOLIDAY | National Day
                2026-10-04 | WEEKEND        | National Day
                2026-10-05 | REST_DAY       | National Day
                2026-10-06 | REST_DAY       | National Day
                2026-10-07 | REST_DAY       | National Day
                2026-10-08 | WORKDAY        |
                2026-10-09 | WORKDAY        |
                2026-10-10 | MAKEUP_WORKDAY | National Day
                2026-10-11 | WEEKEND        |
                """)
        void everyDateOfTheBlocks(LocalDate date, DayType type, String name) {
            CalendarDay day = CN.day(date);
            assertThat(day.type()).isEqualTo(type);
            assertThat(names(day)).isEqualTo(name == null ? "" : name);
            assertThat(day.status()).isEqualTo(HolidayStatus.OFFICIAL);
        }

        @Test
        void nineteenWeekdaysOffAndSixMakeupDays() {
            List<CalendarDay> year = CN.days(DateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
            assertThat(year.stream().filter(d -> d.type() == DayType.PUBLIC_HOLIDAY)).hasSize(13);
            assertThat(year.stream().filter(d -> d.type() == DayType.REST_DAY)).hasSize(9);
            assertThat(year.stream().filter(d -> d.type() == DayType.MAKEUP_WORKDAY)).hasSize(6);
        }

        @Test
        void occurrencesOf2026() {
            assertThat(CN.holidays(2026)).extracting(Holiday::id, Holiday::date).containsExactly(
                    tuple("new-years-day/2026", LocalDate.of(2026, 1, 1)),
                    tuple("spring-festival/2026", LocalDate.of(2026, 2, 17)),
                    tuple("qingming-festival/2026", LocalDate.of(2026, 4, 5)),
                    tuple("labour-day/2026", LocalDate.of(2026, 5, 1)),
                    tuple("dragon-boat-festival/2026", LocalDate.of(2026, 6, 19)),
                    tuple("national-day/2026", LocalDate.of(2026, 10, 1)),
                    tuple("mid-autumn-festival/2026", LocalDate.of(2026, 9, 25)));
            Holiday spring = CN.holidays(2026).get(1);
            assertThat(spring.daysOff()).first().isEqualTo(LocalDate.of(2026, 2, 15));
            assertThat(spring.makeupWorkdays()).containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28));
            assertThat(spring.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("春节");
            assertThat(spring.kind()).isEqualTo(HolidayKind.STATUTORY);
            assertThat(spring.sources().get(0).reference())
                    .isEqualTo("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm");
        }

        @Test
        void readmeExample() {
            boolean working = CN.isWorkingDay(LocalDate.of(2026, 2, 14));
            LocalDate next = LocalDate.of(2026, 10, 1).with(WorkingDays.next(CN));
            assertThat(working).isTrue();
            assertThat(next).isEqualTo(LocalDate.of(2026, 10, 8));
            assertThat(CN.nextWorkingDay(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 8));
            assertThat(CN.workingDaysBetween(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1))).isEqualTo(16);
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class SharedMidAutumnAndNationalDayBlocks {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(delimiter = '|', textBlock = """
                2009-09-27 | MAKEUP_WORKDAY | National Day
                2009-10-01 | PUBLIC_HOLIDAY | National Day
                2009-10-03 | PUBLIC_HOLIDAY | National Day;Mid-Autumn Festival
                2009-10-04 | WEEKEND        | National Day
                2009-10-08 | REST_DAY       | National Day
                2009-10-10 | MAKEUP_WORKDAY | National Day
                2012-09-29 | MAKEUP_WORKDAY | National Day
                2012-09-30 | PUBLIC_HOLIDAY | Mid-Autumn Festival
                2012-10-01 | PUBLIC_HOLIDAY | National Day
                2012-10-07 | WEEKEND        | National Day
                2017-09-30 | MAKEUP_WORKDAY | National Day
                2017-10-01 | PUBLIC_HOLIDAY | National Day
                2017-10-04 | PUBLIC_HOLIDAY | Mid-Autumn Festival
                2017-10-05 | REST_DAY       | National Day
                2017-10-08 | WEEKEND        | National Day
                2020-10-01 | PUBLIC_HOLIDAY | National Day;Mid-Autumn Festival
                2020-10-08 | REST_DAY       | National Day
                2023-09-29 | PUBLIC_HOLIDAY | Mid-Autumn Festival
                2023-09-30 | WEEKEND        | Mid-Autumn Festival
                2023-10-01 | PUBLIC_HOLIDAY | National Day
                2023-10-06 | REST_DAY       | National Day
                2023-10-07 | MAKEUP_WORKDAY | National Day
                2025-10-05 | WEEKEND        | National Day
                2025-10-06 | PUBLIC_HOLIDAY | Mid-Autumn Festival
                2025-10-07 | REST_DAY       | National Day
                2025-10-08 | REST_DAY       | National Day
                """)
        void theBlockIsSplitByStatutoryDay(LocalDate date, DayType type, String names) {
            CalendarDay day = CN.day(date);
            assertThat(day.type()).isEqualTo(type);
            assertThat(names(day)).isEqualTo(names);
        }

        @Test
        void midAutumnOccurrenceHasTheFestivalDateAsNominalDate() {
            Holiday ma = CN.holidays(2025).stream().filter(h -> h.key().equals("mid-autumn-festival"))
                    .findFirst().orElseThrow();
            assertThat(ma.date()).isEqualTo(LocalDate.of(2025, 10, 6));
            assertThat(ma.dayTypes()).containsOnlyKeys(LocalDate.of(2025, 10, 6));
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Amendments {

        @Test
        void victoryDay2015() {
            assertThat(CN.day(LocalDate.of(2015, 9, 3)).type()).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(CN.day(LocalDate.of(2015, 9, 4)).type()).isEqualTo(DayType.REST_DAY);
            assertThat(CN.day(LocalDate.of(2015, 9, 5)).type()).isEqualTo(DayType.WEEKEND);
            assertThat(CN.day(LocalDate.of(2015, 9, 6)).type()).isEqualTo(DayType.MAKEUP_WORKDAY);
            Holiday v = CN.day(LocalDate.of(2015, 9, 6)).holidays().get(0);
            assertThat(v.id()).isEqualTo("victory-day-2015/2015");
            assertThat(v.kind()).isEqualTo(HolidayKind.SPECIAL);
            assertThat(v.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日");
            assertThat(v.displayName(Locale.ENGLISH)).startsWith("70th Anniversary of the Victory");
            assertThat(v.sources()).extracting(s -> s.reference()).contains(
                    "http://www.gov.cn/zhengce/zhengceku/2015-05/13/content_9742.htm");
        }

        @Test
        void labourDay2019WasExtendedToFourDays() {
            assertThat(CN.days(DateRange.ofClosed(LocalDate.of(2019, 4, 28), LocalDate.of(2019, 5, 5))))
                    .extracting(CalendarDay::type).containsExactly(DayType.MAKEUP_WORKDAY, DayType.WORKDAY,
                            DayType.WORKDAY, DayType.PUBLIC_HOLIDAY, DayType.REST_DAY, DayType.REST_DAY,
                            DayType.WEEKEND, DayType.MAKEUP_WORKDAY);
        }

        @Test
        void springFestival2020WasExtendedAndWorkResumedOnAnOrdinaryMonday() {
            assertThat(CN.dayType(LocalDate.of(2020, 1, 31))).isEqualTo(DayType.REST_DAY);
            assertThat(CN.dayType(LocalDate.of(2020, 2, 1))).isEqualTo(DayType.WEEKEND);
            assertThat(CN.dayType(LocalDate.of(2020, 2, 2))).isEqualTo(DayType.WEEKEND);
            CalendarDay monday = CN.day(LocalDate.of(2020, 2, 3));
            assertThat(monday.type()).isEqualTo(DayType.WORKDAY);
            assertThat(monday.holidays()).isEmpty();
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class YearBoundary {

        @ParameterizedTest
        @ValueSource(strings = {"2006-12-30", "2006-12-31", "2007-12-29", "2011-12-31", "2018-12-29"})
        void decemberMakeupDaysOfNextYearsNoticeAnswerTheSameEverywhere(LocalDate date) {
            CalendarDay day = CN.day(date);
            assertThat(day.type()).isEqualTo(DayType.MAKEUP_WORKDAY);
            assertThat(day.status()).isEqualTo(HolidayStatus.OFFICIAL);
            Holiday newYear = day.holidays().get(0);
            assertThat(newYear.id()).isEqualTo("new-years-day/" + (date.getYear() + 1));
            assertThat(CN.holidays(DateRange.ofClosed(date, date))).containsExactly(newYear);
            assertThat(CN.holidays(date.getYear())).contains(newYear);
            assertThat(CN.holidays(DateRange.ofClosed(LocalDate.of(date.getYear(), 12, 1), LocalDate.of(date.getYear() + 1, 1, 31))))
                    .contains(newYear);
            assertThat(CN.isWorkingDay(date)).isTrue();
        }

        @Test
        void the2006YearIsProvisionalButItsDecemberMakeupDaysAreOfficial() {
            assertThat(CN.yearStatus(2006)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(CN.day(LocalDate.of(2006, 12, 29)).status()).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(CN.day(LocalDate.of(2006, 12, 30)).status()).isEqualTo(HolidayStatus.OFFICIAL);
        }

        @Test
        void datesOutsideTheRangeAreAnError() {
            assertThatThrownBy(() -> CN.dayType(LocalDate.of(1999, 12, 31)))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar cn covers the years 2000-2100; date 1999-12-31 is outside its range");
            assertThatThrownBy(() -> CN.day(LocalDate.of(2101, 1, 1))).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> CN.yearStatus(2101)).isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar cn covers the years 2000-2100; year 2101 is outside its range");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class ProvisionalYears {

        @Test
        void every2027RowIsProvisional() {
            for (CalendarDay d : CN.days(DateRange.ofClosed(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))) {
                assertThat(d.status()).as(d.date().toString()).isEqualTo(HolidayStatus.PROVISIONAL);
            }
            assertThat(CN.yearStatus(2027)).isEqualTo(HolidayStatus.PROVISIONAL);
        }

        @ParameterizedTest(name = "{0} {1} {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2027-01-01 | PUBLIC_HOLIDAY | New Year's Day
                2027-02-04 | WORKDAY        |
                2027-02-05 | PUBLIC_HOLIDAY | Spring Festival
                2027-02-06 | PUBLIC_HOLIDAY | Spring Festival
                2027-02-07 | PUBLIC_HOLIDAY | Spring Festival
                2027-02-08 | PUBLIC_HOLIDAY | Spring Festival
                2027-02-09 | REST_DAY       | Spring Festival
                2027-02-10 | REST_DAY       | Spring Festival
                2027-02-11 | WORKDAY        |
                2027-04-05 | PUBLIC_HOLIDAY | Qingming Festival
                2027-05-01 | PUBLIC_HOLIDAY | Labour Day
                2027-05-02 | PUBLIC_HOLIDAY | Labour Day
                2027-05-03 | REST_DAY       | Labour Day
                2027-05-04 | REST_DAY       | Labour Day
                2027-06-09 | PUBLIC_HOLIDAY | Dragon Boat Festival
                2027-09-15 | PUBLIC_HOLIDAY | Mid-Autumn Festival
                2027-10-01 | PUBLIC_HOLIDAY | National Day
                2027-10-02 | PUBLIC_HOLIDAY | National Day
                2027-10-03 | PUBLIC_HOLIDAY | National Day
                2027-10-04 | REST_DAY       | National Day
                2027-10-05 | REST_DAY       | National Day
                2027-10-06 | WORKDAY        |
                """)
        void the2027DaysOff(LocalDate date, DayType type, String name) {
            CalendarDay day = CN.day(date);
            assertThat(day.type()).isEqualTo(type);
            assertThat(names(day)).isEqualTo(name == null ? "" : name);
            assertThat(day.status()).isEqualTo(HolidayStatus.PROVISIONAL);
        }

        @Test
        void provisionalOccurrencesCiteTheDerivedRuleAndTheRegulation() {
            Holiday nd = CN.day(LocalDate.of(2027, 10, 1)).holidays().get(0);
            assertThat(nd.status()).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(nd.sources()).extracting(s -> s.type())
                    .containsExactly(SourceType.DERIVED_RULE, SourceType.STATUTE);
            assertThat(nd.sources().get(1).citation()).contains("国务院令第795号");
        }

        @Test
        void years2000To2006FollowThe1999Regulation() {
            assertThat(CN.days(DateRange.ofClosed(LocalDate.of(2004, 1, 22), LocalDate.of(2004, 1, 27))))
                    .extracting(CalendarDay::type).containsExactly(DayType.PUBLIC_HOLIDAY, DayType.PUBLIC_HOLIDAY,
                            DayType.PUBLIC_HOLIDAY, DayType.WEEKEND, DayType.REST_DAY, DayType.WORKDAY);
            assertThat(CN.days(DateRange.ofClosed(LocalDate.of(2004, 5, 1), LocalDate.of(2004, 5, 6))))
                    .extracting(CalendarDay::type).containsExactly(DayType.PUBLIC_HOLIDAY, DayType.PUBLIC_HOLIDAY,
                            DayType.PUBLIC_HOLIDAY, DayType.REST_DAY, DayType.REST_DAY, DayType.WORKDAY);
            assertThat(CN.holidays(2004)).extracting(Holiday::key).containsExactly(
                    "new-years-day", "spring-festival", "labour-day", "national-day");
        }

        @Test
        void noMakeupWorkdayIsInvented() {
            for (int y = 2027; y <= 2100; y++) {
                for (Holiday h : CN.holidays(y)) {
                    assertThat(h.makeupWorkdays()).as(h.id()).isEmpty();
                }
            }
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class WithSchedule {

        @Test
        void aLoadedYearInTheLibraryFormatBecomesOfficial() throws IOException {
            ChinaSchedule s;
            try (InputStream in = getClass().getResourceAsStream("cn/fixture-2027.json")) {
                s = ChinaScheduleLoader.read(in, "fixture-2027.json").schedule();
            }
            ChinaHolidayCalendar cn = CN.withSchedule(s);
            assertThat(cn.yearStatus(2027)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(cn.lastOfficialYear()).isEqualTo(2027);
            assertThat(cn.officialYears()).contains(2027).hasSize(21);
            assertThat(cn.schedule(2027)).contains(s);
            assertThat(cn.dayType(LocalDate.of(2027, 2, 12))).isEqualTo(DayType.REST_DAY);
            assertThat(cn.dayType(LocalDate.of(2027, 2, 20))).isEqualTo(DayType.MAKEUP_WORKDAY);
            assertThat(cn.dayType(LocalDate.of(2027, 10, 7))).isEqualTo(DayType.REST_DAY);
            for (CalendarDay d : cn.days(DateRange.ofClosed(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))) {
                assertThat(d.status()).as(d.date().toString()).isEqualTo(HolidayStatus.OFFICIAL);
            }
            // The built-in calendar is unchanged.
            assertThat(CN.yearStatus(2027)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(CN.dayType(LocalDate.of(2027, 2, 12))).isEqualTo(DayType.WORKDAY);
            assertThat(CN.lastOfficialYear()).isEqualTo(2026);
        }

        @Test
        void aLoadedYearInTheHolidayCnFormatBecomesOfficialWithTheSameDays() throws IOException {
            ChinaSchedule own;
            ChinaSchedule holidayCn;
            try (InputStream in = getClass().getResourceAsStream("cn/fixture-2027.json")) {
                own = ChinaScheduleLoader.read(in, "fixture-2027.json").schedule();
            }
            try (InputStream in = getClass().getResourceAsStream("cn/fixture-2027-holiday-cn.json")) {
                holidayCn = ChinaScheduleLoader.readHolidayCn(in, "fixture-2027-holiday-cn.json").schedule();
            }
            ChinaHolidayCalendar a = CN.withSchedule(own);
            ChinaHolidayCalendar b = CN.withSchedule(holidayCn);
            assertThat(b.yearStatus(2027)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(b.days(DateRange.ofClosed(LocalDate.of(2026, 12, 1), LocalDate.of(2028, 1, 31))))
                    .extracting(CalendarDay::type)
                    .isEqualTo(a.days(DateRange.ofClosed(LocalDate.of(2026, 12, 1), LocalDate.of(2028, 1, 31))).stream()
                            .map(CalendarDay::type).toList());
        }

        @Test
        void aLoadedYearReplacesAnEarlierOfficialSchedule() {
            ChinaSchedule only = ChinaSchedule.of(2026, CN.schedule(2026).orElseThrow().sources(), List.of(
                    ChinaSchedule.Block.of(ChinaPublicHoliday.NATIONAL_DAY,
                            List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)), List.of())));
            ChinaHolidayCalendar cn = CN.withSchedule(only);
            assertThat(cn.schedule(2026)).contains(only);
            assertThat(cn.dayType(LocalDate.of(2026, 2, 14))).isEqualTo(DayType.WEEKEND);
            assertThat(cn.dayType(LocalDate.of(2026, 2, 20))).isEqualTo(DayType.WORKDAY);
            assertThat(cn).isNotEqualTo(CN);
            assertThat(cn.withSchedule(CN.schedule(2026).orElseThrow())).isEqualTo(CN).hasSameHashCodeAs(CN);
        }

        @Test
        void nullIsRejected() {
            assertThatThrownBy(() -> CN.withSchedule(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("schedule");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Exhaustive2000To2100 {

        @Test
        void rangeQueriesAgreeWithPerDateAnswers() {
            for (int y = 2000; y <= 2100; y++) {
                Set<Holiday> fromDays = new LinkedHashSet<>();
                for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
                    CalendarDay day = CN.day(d);
                    assertThat(day.type()).as(d.toString()).isEqualTo(CN.dayType(d));
                    assertThat(CN.holidays(DateRange.ofClosed(d, d))).as(d.toString()).containsExactlyInAnyOrderElementsOf(day.holidays());
                    fromDays.addAll(day.holidays());
                }
                assertThat(CN.holidays(y)).as("year " + y).containsExactlyInAnyOrderElementsOf(fromDays);
            }
        }

        @Test
        void everyMakeupWorkdayIsASaturdayOrSunday() {
            for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
                DayType t = CN.dayType(d);
                if (t == DayType.MAKEUP_WORKDAY || t == DayType.WEEKEND) {
                    assertThat(isWeekend(d)).as(d + " " + t).isTrue();
                }
                if (t == DayType.WORKDAY || t == DayType.REST_DAY) {
                    assertThat(isWeekend(d)).as(d + " " + t).isFalse();
                }
                assertThat(t).as(d.toString()).isNotEqualTo(DayType.CLOSURE);
            }
        }

        @Test
        void everyProvisionalYearHasExactlyTheStatutoryDaysOfItsEra() {
            for (int y = 2000; y <= 2100; y++) {
                if (CN.yearStatus(y) == HolidayStatus.OFFICIAL) {
                    continue;
                }
                int expected = y <= 2007 ? 10 : y <= 2024 ? 11 : 13;
                int statutory = 0;
                List<LocalDate> weekdaysOff = new ArrayList<>();
                for (Holiday h : CN.holidays(y)) {
                    if (h.year() != y) {
                        continue;
                    }
                    assertThat(h.status()).as(h.id()).isEqualTo(HolidayStatus.PROVISIONAL);
                    for (Map.Entry<LocalDate, DayType> e : h.dayTypes().entrySet()) {
                        if (e.getValue() == DayType.PUBLIC_HOLIDAY) {
                            statutory++;
                        }
                    }
                }
                for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
                    if (!isWeekend(d) && !CN.isWorkingDay(d)) {
                        weekdaysOff.add(d);
                    }
                }
                assertThat(statutory).as("statutory days of " + y).isEqualTo(expected);
                assertThat(weekdaysOff).as("weekday days off of " + y).hasSize(expected);
            }
        }

        @Test
        void publicHolidaysAreStatutoryDaysOnly() {
            for (int y = 2000; y <= 2100; y++) {
                Set<LocalDate> statutory = new HashSet<>();
                for (ChinaPublicHoliday f : ChinaPublicHoliday.values()) {
                    statutory.addAll(f.statutoryDays(y));
                }
                if (y == 2015) {
                    statutory.add(LocalDate.of(2015, 9, 3));
                }
                for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
                    assertThat(CN.dayType(d) == DayType.PUBLIC_HOLIDAY).as(d.toString())
                            .isEqualTo(statutory.contains(d));
                }
            }
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Identity {

        @Test
        void idNameAndRange() {
            assertThat(CN.id()).isEqualTo("cn");
            assertThat(CN.displayName().english()).isEqualTo("China public holidays");
            assertThat(CN.displayName().chinese()).isEqualTo("中国法定节假日");
            assertThat(CN.firstYear()).isEqualTo(2000);
            assertThat(CN.lastYear()).isEqualTo(2100);
            assertThat(CN.officialYears()).containsExactlyElementsOf(officialYears().boxed().toList());
            assertThat(CN.lastOfficialYear()).isEqualTo(2026);
            assertThat(CN.schedule(2006)).isEmpty();
            assertThat(CN.schedules()).hasSize(20);
        }

        @Test
        void twoSchedulesOfOneYearAreRejected() {
            ChinaSchedule s = CN.schedule(2026).orElseThrow();
            assertThatThrownBy(() -> ChinaHolidayCalendar.of(List.of(CN.schedule(2025).orElseThrow(), s, s)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Two schedules for the year 2026");
            assertThat(ChinaHolidayCalendar.of(List.of(s)).officialYears()).containsExactly(2026);
        }

        /** Loading files in any order gives the version of the newest one, never older than the bundled data. */
        @Test
        void theDataVersionIsThatOfTheNewestLoadedFiles() {
            LocalDate builtIn = Calendars.builtInDataVersion();
            LocalDate newer = builtIn.plusDays(10);
            assertThat(CN.withDataVersion(newer).dataVersion()).contains(newer);
            assertThat(CN.withDataVersion(newer).withDataVersion(newer.minusDays(1)).dataVersion()).contains(newer);
            assertThat(CN.withDataVersion(newer.minusDays(1)).withDataVersion(newer).dataVersion()).contains(newer);
            assertThat(CN.withDataVersion(builtIn.minusDays(1)).dataVersion()).contains(builtIn);
        }

        @Test
        void toStringSummarisesTheOfficialYears() {
            assertThat(CN).hasToString("ChinaHolidayCalendar[cn, 2000-2100, official 2007-2026]");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class ForecastsAfterTheLastOfficialYear {

        private ChinaSchedule newYearOnly(int year) {
            return ChinaSchedule.of(year, List.of(Source.of(SourceType.NOTICE, "notice of " + year)),
                    List.of(ChinaSchedule.Block.of(ChinaPublicHoliday.NEW_YEARS_DAY, List.of(LocalDate.of(year, 1, 1)),
                            List.of())));
        }

        /** A year without a schedule before the last official year stays provisional; forecasts start after it. */
        @Test
        void forecastsStartTheYearAfterTheLastOfficialYearNotAfterAGap() {
            ChinaHolidayCalendar cn = CN.withForecasts().withSchedule(newYearOnly(2028));
            assertThat(cn.yearStatus(2026)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(cn.yearStatus(2027)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(cn.yearStatus(2028)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(cn.yearStatus(2029)).isEqualTo(HolidayStatus.FORECAST);
            assertThat(cn.toString()).endsWith(", 2026, 2028], forecast 2029-2100]");
        }

        /** With an official schedule of the last year, 2100, no year is left to forecast and the summary says none. */
        @Test
        void anOfficialLastYearLeavesNoYearToForecast() {
            ChinaHolidayCalendar cn = CN.withForecasts().withSchedule(newYearOnly(2100));
            assertThat(cn.yearStatus(2099)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(cn.toString()).endsWith(", 2026, 2100]]");
        }
    }
}
