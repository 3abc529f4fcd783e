package org.consularkit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.TestCalendars;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    private final HolidayCalendar cal = TestCalendars.calendar();

    @Nested
    class DayTypes {
        @Test
        void plainDaysFollowTheWeekday() {
            assertThat(cal.dayType(LocalDate.of(2010, 3, 3))).isEqualTo(DayType.WORKDAY);
            assertThat(cal.dayType(LocalDate.of(2010, 3, 6))).isEqualTo(DayType.WEEKEND);
            assertThat(cal.dayType(LocalDate.of(2010, 3, 7))).isEqualTo(DayType.WEEKEND);
        }

        @Test
        void typesComeFromTheOccurrences() {
            // 2010: second Monday of May is 2010-05-10
            assertThat(cal.dayType(LocalDate.of(2010, 5, 10))).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(cal.dayType(LocalDate.of(2010, 5, 11))).isEqualTo(DayType.REST_DAY);
            assertThat(cal.dayType(LocalDate.of(2010, 5, 12))).isEqualTo(DayType.REST_DAY);
            assertThat(cal.dayType(LocalDate.of(2010, 5, 15))).isEqualTo(DayType.MAKEUP_WORKDAY);
            assertThat(cal.isWorkingDay(LocalDate.of(2010, 5, 15))).isTrue();
            assertThat(cal.isWorkingDay(LocalDate.of(2010, 5, 10))).isFalse();
        }

        @Test
        void aNominalDateOnAWeekendStaysWeekendButCarriesTheName() {
            // 2011-01-01 is a Saturday: observed Friday 2010-12-31
            CalendarDay sat = cal.day(LocalDate.of(2011, 1, 1));
            assertThat(sat.type()).isEqualTo(DayType.WEEKEND);
            assertThat(sat.holidayNames(Locale.ENGLISH)).containsExactly("Fixed Day");
            assertThat(sat.holidayNames(LocalizedText.SIMPLIFIED_CHINESE)).containsExactly("固定日");
        }

        @Test
        void anOccurrenceObservedInTheYearBeforeAnswersTheSameEverywhere() {
            LocalDate dec31 = LocalDate.of(2010, 12, 31);
            CalendarDay day = cal.day(dec31);
            assertThat(day.type()).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(day.holidays()).extracting(Holiday::id).containsExactly("fixed-day/2011");
            assertThat(cal.holidays(DateRange.ofClosed(LocalDate.of(2010, 12, 1), dec31))).extracting(Holiday::id)
                    .containsExactly("fixed-day/2011");
            assertThat(cal.holidays(2010)).extracting(Holiday::id)
                    .containsExactly("fixed-day/2010", "block/2010", "fixed-day/2011");
            assertThat(cal.holidays(2011)).extracting(Holiday::id).contains("fixed-day/2011");
        }
    }

    @Nested
    class Status {
        @Test
        void yearsHaveTheirSourceStatus() {
            assertThat(cal.yearStatus(2020)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(cal.yearStatus(2021)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(cal.officialYears()).hasSize(21).startsWith(2000).endsWith(2020);
        }

        @Test
        void aDateTakesTheStatusOfItsOccurrencesOrElseOfItsYear() {
            assertThat(cal.day(LocalDate.of(2021, 3, 3)).status()).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(cal.day(LocalDate.of(2020, 3, 3)).status()).isEqualTo(HolidayStatus.OFFICIAL);
            // 2021-01-01 is a Friday; 2022-01-01 a Saturday, observed 2021-12-31 (provisional)
            assertThat(cal.day(LocalDate.of(2021, 12, 31)).status()).isEqualTo(HolidayStatus.PROVISIONAL);
        }
    }

    @Nested
    class FastLookups {
        @Test
        void statusAndHolidaysWithoutBuildingTheDayAgreeWithDayOnEveryDate() {
            HolidayCalendar union = HolidayCalendar.union("both", LocalizedText.of("Both", "两者"),
                    List.of(cal, HolidayCalendar.of("other", LocalizedText.of("Other", "其他"), TestCalendars.source())));
            for (HolidayCalendar c : List.of(cal, union)) {
                for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
                    CalendarDay day = c.day(d);
                    assertThat(c.status(d)).as("%s %s", c, d).isEqualTo(day.status());
                    assertThat(c.holidaysOn(d)).as("%s %s", c, d).isEqualTo(day.holidays());
                    assertThat(c.dayType(d)).as("%s %s", c, d).isEqualTo(day.type());
                }
            }
        }
    }

    @Nested
    class Range {
        @Test
        void datesOutsideTheRangeAreErrors() {
            assertThatThrownBy(() -> cal.dayType(LocalDate.of(1999, 12, 31)))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar test covers the years 2000-2030; date 1999-12-31 is outside its range");
            assertThatThrownBy(() -> cal.day(LocalDate.of(2031, 1, 1)))
                    .isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> cal.holidays(2031))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar test covers the years 2000-2030; year 2031 is outside its range");
            assertThatThrownBy(() -> cal.yearStatus(1999)).isInstanceOf(DateTimeException.class);
        }

        @Test
        void reversedRangesAreErrors() {
            assertThatThrownBy(() -> cal.holidays(DateRange.ofClosed(LocalDate.of(2010, 2, 1), LocalDate.of(2010, 1, 1))))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Range end 2010-01-01 is before its start 2010-02-01");
        }

        @Test
        void nullsAreRejected() {
            assertThatThrownBy(() -> cal.dayType(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> cal.day(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Exhaustive {
        @Test
        void rangeQueriesAgreeWithPerDateAnswersOnEveryDate() {
            for (int year = 2000; year <= 2030; year++) {
                for (int month = 1; month <= 12; month++) {
                    LocalDate from = LocalDate.of(year, month, 1);
                    LocalDate to = from.plusMonths(1).minusDays(1);
                    Set<Holiday> fromDays = new HashSet<>();
                    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                        CalendarDay day = cal.day(d);
                        assertThat(day.type()).as("%s", d).isEqualTo(cal.dayType(d));
                        fromDays.addAll(day.holidays());
                        for (Holiday h : day.holidays()) {
                            assertThat(h.dayTypes()).containsKey(d);
                        }
                    }
                    assertThat(new HashSet<>(cal.holidays(DateRange.ofClosed(from, to)))).as("%s", from).isEqualTo(fromDays);
                }
            }
        }

        @Test
        void workingDaysBetweenAgreesWithCountingOnEveryYearAndMonth() {
            for (int year = 2000; year <= 2030; year++) {
                LocalDate start = LocalDate.of(year, 1, 1);
                for (LocalDate end = start; end.getYear() == year; end = end.plusDays(17)) {
                    assertThat(cal.workingDaysBetween(start, end)).isEqualTo(count(start, end));
                    assertThat(cal.workingDaysBetween(end, start)).isEqualTo(-count(start, end));
                }
            }
            LocalDate first = LocalDate.of(2000, 1, 1);
            LocalDate after = LocalDate.of(2031, 1, 1);
            assertThat(cal.workingDaysBetween(first, after)).isEqualTo(count(first, after));
        }

        @Test
        void workingDaysBetweenAgreesWithCountingOnRandomPairs() {
            long seed = System.nanoTime();
            Random random = new Random(seed);
            for (int i = 0; i < 2000; i++) {
                LocalDate a = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(11_000));
                LocalDate b = a.plusDays(random.nextInt(800));
                if (b.getYear() > 2030) {
                    continue;
                }
                assertThat(cal.workingDaysBetween(a, b)).as("seed %d: %s..%s", seed, a, b).isEqualTo(count(a, b));
            }
        }

        @Test
        void plusThenMinusReturnsToTheNearestWorkingDay() {
            long seed = System.nanoTime();
            Random random = new Random(seed);
            for (LocalDate d = LocalDate.of(2000, 3, 1); d.getYear() < 2030; d = d.plusDays(1)) {
                int n = 1 + random.nextInt(40);
                LocalDate there = cal.plusWorkingDays(d, n);
                LocalDate back = cal.plusWorkingDays(there, -n);
                LocalDate expected = cal.isWorkingDay(d) ? d : cal.previousWorkingDay(d);
                assertThat(back).as("seed %d: %s +%d", seed, d, n).isEqualTo(expected);
                assertThat(cal.workingDaysBetween(d, there)).as("seed %d: %s +%d", seed, d, n)
                        .isEqualTo(cal.isWorkingDay(d) ? n : n - 1);
                LocalDate backwards = cal.plusWorkingDays(d, -n);
                LocalDate forth = cal.plusWorkingDays(backwards, n);
                assertThat(forth).as("seed %d: %s -%d", seed, d, n)
                        .isEqualTo(cal.isWorkingDay(d) ? d : cal.nextWorkingDay(d));
            }
        }

        private long count(LocalDate start, LocalDate end) {
            long n = 0;
            for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
                if (cal.isWorkingDay(d)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Nested
    class Arithmetic {
        @Test
        void nextAndPreviousSkipDaysOff() {
            // 2010-05-07 is a Friday before the block (Mon 10 - Wed 12)
            assertThat(cal.nextWorkingDay(LocalDate.of(2010, 5, 7))).isEqualTo(LocalDate.of(2010, 5, 13));
            assertThat(cal.previousWorkingDay(LocalDate.of(2010, 5, 13))).isEqualTo(LocalDate.of(2010, 5, 7));
            // the make-up Saturday is a working day
            assertThat(cal.nextWorkingDay(LocalDate.of(2010, 5, 14))).isEqualTo(LocalDate.of(2010, 5, 15));
        }

        @Test
        void zeroIsIdentityEvenOnADayOff() {
            LocalDate sunday = LocalDate.of(2010, 3, 7);
            assertThat(cal.plusWorkingDays(sunday, 0)).isEqualTo(sunday);
        }

        @Test
        void walkingOutOfTheRangeIsAnError() {
            assertThatThrownBy(() -> cal.plusWorkingDays(LocalDate.of(2030, 12, 30), 5))
                    .isInstanceOf(DateTimeException.class);
        }
    }

    @Nested
    class Composition {
        private final HolidayStatus official = HolidayStatus.OFFICIAL;

        @Test
        void unionTakesTheStrongestType() {
            Holiday closure = Holiday.builder("closure", 2010, LocalizedText.of("Closed", "闭馆"), HolidayKind.CLOSURE)
                    .day(LocalDate.of(2010, 3, 3), DayType.CLOSURE)
                    .day(LocalDate.of(2010, 5, 15), DayType.WEEKEND)
                    .status(official).source(TestCalendars.RULE).build();
            HolidayCalendar other = HolidayCalendar.of("other", LocalizedText.of("Other", "其他"),
                    singleton(closure));
            HolidayCalendar union = HolidayCalendar.union("u", LocalizedText.of("U", "合"), List.of(cal, other));
            assertThat(union.dayType(LocalDate.of(2010, 3, 3))).isEqualTo(DayType.CLOSURE);
            // make-up Saturday in one member, weekend in the other: closed
            assertThat(union.dayType(LocalDate.of(2010, 5, 15))).isEqualTo(DayType.WEEKEND);
            assertThat(union.day(LocalDate.of(2010, 5, 15)).holidays()).extracting(Holiday::id)
                    .containsExactly("closure/2010", "block/2010"); // by first date: March before May
            assertThat(union.holidays(DateRange.ofClosed(LocalDate.of(2010, 3, 1), LocalDate.of(2010, 3, 31))))
                    .containsExactly(closure);
            assertThat(union.firstYear()).isEqualTo(2000);
            assertThat(union.lastYear()).isEqualTo(2030);
        }

        @Test
        void unionCoversTheCommonYears() {
            HolidayCalendar narrow = HolidayCalendar.of("narrow", LocalizedText.of("N", "窄"), years(2010, 2012));
            HolidayCalendar union = HolidayCalendar.union("u", LocalizedText.of("U", "合"), List.of(cal, narrow));
            assertThat(union.firstYear()).isEqualTo(2010);
            assertThat(union.lastYear()).isEqualTo(2012);
            assertThatThrownBy(() -> HolidayCalendar.union("u", LocalizedText.of("U", "合"), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Union u needs at least one calendar");
        }

        @Test
        void extraClosuresCloseWorkingDaysButNotReplaceHolidays() {
            Holiday closure = Holiday.builder("storm", 2010, LocalizedText.of("Storm", "风暴"), HolidayKind.CLOSURE)
                    .day(LocalDate.of(2010, 5, 10), DayType.CLOSURE)
                    .day(LocalDate.of(2010, 5, 13), DayType.CLOSURE)
                    .source(TestCalendars.RULE).build();
            HolidayCalendar closed = cal.withClosures(List.of(closure));
            assertThat(closed.id()).isEqualTo("test");
            assertThat(closed.dayType(LocalDate.of(2010, 5, 10))).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(closed.dayType(LocalDate.of(2010, 5, 13))).isEqualTo(DayType.CLOSURE);
            assertThat(closed.day(LocalDate.of(2010, 5, 10)).holidayNames(Locale.ENGLISH))
                    .containsExactly("Block Holiday", "Storm");
            assertThat(cal.dayType(LocalDate.of(2010, 5, 13))).isEqualTo(DayType.WORKDAY);
        }

        @Test
        void closuresOutsideTheRangeAreRejected() {
            Holiday closure = Holiday.builder("storm", 2040, LocalizedText.of("Storm", "风暴"), HolidayKind.CLOSURE)
                    .day(LocalDate.of(2040, 5, 10), DayType.CLOSURE).source(TestCalendars.RULE).build();
            assertThatThrownBy(() -> cal.withClosures(List.of(closure)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Closure storm/2040 has dates outside the years 2000-2030 of calendar test");
        }

        private HolidayProvider singleton(Holiday h) {
            return new HolidayProvider() {
                @Override public int firstYear() { return 2000; }
                @Override public int lastYear() { return 2030; }
                @Override public HolidayStatus yearStatus(int year) { return HolidayStatus.OFFICIAL; }
                @Override public List<Holiday> holidays(int year) { return year == h.year() ? List.of(h) : List.of(); }
            };
        }

        private HolidayProvider years(int first, int last) {
            return new HolidayProvider() {
                @Override public int firstYear() { return first; }
                @Override public int lastYear() { return last; }
                @Override public HolidayStatus yearStatus(int year) { return HolidayStatus.OFFICIAL; }
                @Override public List<Holiday> holidays(int year) { return List.of(); }
            };
        }
    }

    @Nested
    class Sources {
        @Test
        void aSourceReturningAnotherYearIsAnError() {
            HolidayProvider bad = new HolidayProvider() {
                @Override public int firstYear() { return 2000; }
                @Override public int lastYear() { return 2001; }
                @Override public HolidayStatus yearStatus(int year) { return HolidayStatus.OFFICIAL; }
                @Override public List<Holiday> holidays(int year) {
                    return List.of(Holiday.builder("x", 2000, TestCalendars.FIXED, HolidayKind.STATUTORY)
                            .day(LocalDate.of(2000, 3, 1), DayType.PUBLIC_HOLIDAY).source(TestCalendars.RULE).build());
                }
            };
            HolidayCalendar c = HolidayCalendar.of("bad", TestCalendars.FIXED, bad);
            assertThatThrownBy(() -> c.dayType(LocalDate.of(2000, 1, 1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Calendar bad: source returned x/2000 when asked for the year 1999");
        }

        @Test
        void invalidRangesAreRejected() {
            HolidayProvider reversed = new HolidayProvider() {
                @Override public int firstYear() { return 2001; }
                @Override public int lastYear() { return 2000; }
                @Override public HolidayStatus yearStatus(int year) { return HolidayStatus.OFFICIAL; }
                @Override public List<Holiday> holidays(int year) { return List.of(); }
            };
            assertThatThrownBy(() -> HolidayCalendar.of("r", TestCalendars.FIXED, reversed))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Calendar r: invalid year range 2001-2000");
            assertThatThrownBy(() -> HolidayCalendar.of(" ", TestCalendars.FIXED, reversed))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Calendar id must not be blank");
        }
    }

    @Test
    void tablesBuiltConcurrentlyGiveTheSameAnswers() throws Exception {
        HolidayCalendar fresh = TestCalendars.calendar();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<DayType>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<DayType> types = new ArrayList<>();
                    for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
                        types.add(fresh.dayType(d));
                    }
                    return types;
                }));
            }
            List<DayType> expected = futures.get(0).get();
            for (Future<List<DayType>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void toStringNamesTheCalendar() {
        assertThat(cal.toString()).isEqualTo("HolidayCalendar[test, 2000-2030]");
    }
}
