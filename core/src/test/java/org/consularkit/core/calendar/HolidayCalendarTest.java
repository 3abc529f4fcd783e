package org.consularkit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
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

    //-----------------------------------------------------------------------
    private static final LocalizedText NAME = LocalizedText.of("Calendar", "日历");

    /** A source of the years {@code first-last} whose years are official and whose holidays are {@code holidays}. */
    static HolidayProvider provider(int first, int last, Optional<LocalDate> version, IntFunction<List<Holiday>> holidays) {
        return new HolidayProvider() {
            @Override public int firstYear() { return first; }
            @Override public int lastYear() { return last; }
            @Override public HolidayStatus yearStatus(int year) { return HolidayStatus.OFFICIAL; }
            @Override public List<Holiday> holidays(int year) { return holidays.apply(year); }
            @Override public Optional<LocalDate> dataVersion() { return version; }
        };
    }

    static HolidayProvider provider(int first, int last) {
        return provider(first, last, Optional.empty(), y -> List.of());
    }

    static Holiday oneDay(String key, int year, LocalDate date, DayType type) {
        return Holiday.builder(key, year, LocalizedText.of(key, key), HolidayKind.STATUTORY)
                .day(date, type).source(TestCalendars.RULE).build();
    }

    @Nested
    class Coverage {
        @Test
        void aCalendarCoversTheFirstDayOfItsFirstYearToTheLastDayOfItsLastYear() {
            assertThat(cal.covers(LocalDate.of(1999, 12, 31))).isFalse();
            assertThat(cal.covers(LocalDate.of(2000, 1, 1))).isTrue();
            assertThat(cal.covers(LocalDate.of(2030, 12, 31))).isTrue();
            assertThat(cal.covers(LocalDate.of(2031, 1, 1))).isFalse();
        }

        @Test
        void theLastYearHasItsStatus() {
            assertThat(cal.yearStatus(2000)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(cal.yearStatus(2030)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThatThrownBy(() -> cal.yearStatus(2031)).isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar test covers the years 2000-2030; year 2031 is outside its range");
        }

        @Test
        void aRangeQueryMustStayInsideTheYears() {
            assertThatThrownBy(() -> cal.holidays(DateRange.of(LocalDate.of(1999, 12, 31), LocalDate.of(2000, 2, 1))))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar test covers the years 2000-2030; date 1999-12-31 is outside its range");
            assertThatThrownBy(() -> cal.holidays(DateRange.of(LocalDate.of(2030, 12, 1), LocalDate.of(2031, 1, 2))))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar test covers the years 2000-2030; date 2031-01-01 is outside its range");
            assertThat(cal.holidays(DateRange.of(LocalDate.of(2030, 12, 1), LocalDate.of(2031, 1, 1)))).isEmpty();
        }

        @Test
        void anEmptyRangeIsAnsweredInsideTheYearsAndRightAfterThem() {
            LocalDate after = LocalDate.of(2031, 1, 1);
            assertThat(cal.holidays(DateRange.of(after, after))).isEmpty();
            assertThat(cal.days(DateRange.of(after, after))).isEmpty();
            LocalDate inside = LocalDate.of(2010, 5, 10);
            assertThat(cal.holidays(DateRange.of(inside, inside))).isEmpty();
            LocalDate later = LocalDate.of(2031, 1, 2);
            assertThatThrownBy(() -> cal.holidays(DateRange.of(later, later))).isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar test covers the years 2000-2030; date 2031-01-02 is outside its range");
            LocalDate before = LocalDate.of(1999, 6, 1);
            assertThatThrownBy(() -> cal.days(DateRange.of(before, before))).isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar test covers the years 2000-2030; date 1999-06-01 is outside its range");
        }

        @Test
        void workingDaysBetweenNeedsBothEndsInsideTheYears() {
            assertThatThrownBy(() -> cal.workingDaysBetween(LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 5)))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar test covers the years 2000-2030; date 1999-12-31 is outside its range");
            assertThatThrownBy(() -> cal.workingDaysBetween(LocalDate.of(2030, 12, 1), LocalDate.of(2031, 1, 2)))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar test covers the years 2000-2030; date 2031-01-01 is outside its range");
        }

        @Test
        void addingWorkingDaysToADateOutsideTheYearsIsAnErrorEvenForZero() {
            assertThatThrownBy(() -> cal.plusWorkingDays(LocalDate.of(1999, 12, 31), 0))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar test covers the years 2000-2030; date 1999-12-31 is outside its range");
        }

        @Test
        void yearRangesFromOneToNineThousandNineHundredNinetyNineAreAccepted() {
            HolidayCalendar first = HolidayCalendar.of("first", NAME, provider(1, 1));
            assertThat(first.dayType(LocalDate.of(1, 1, 1))).isEqualTo(DayType.WORKDAY); // a Monday
            assertThat(first.dayType(LocalDate.of(1, 12, 31))).isEqualTo(DayType.WORKDAY);
            HolidayCalendar last = HolidayCalendar.of("last", NAME, provider(9999, 9999));
            assertThat(last.dayType(LocalDate.of(9999, 12, 31))).isEqualTo(DayType.WORKDAY); // a Friday
        }

        @Test
        void closuresMayFallOnTheFirstAndLastDaysOfTheYearsButNotOutside() {
            Holiday first = oneDay("first", 2000, LocalDate.of(2000, 1, 3), DayType.CLOSURE);
            Holiday last = oneDay("last", 2030, LocalDate.of(2030, 12, 31), DayType.CLOSURE);
            HolidayCalendar closed = cal.withClosures(List.of(first, last));
            assertThat(closed.dayType(LocalDate.of(2000, 1, 3))).isEqualTo(DayType.CLOSURE);
            assertThat(closed.dayType(LocalDate.of(2030, 12, 31))).isEqualTo(DayType.CLOSURE);
            Holiday before = oneDay("before", 2000, LocalDate.of(1999, 12, 31), DayType.CLOSURE);
            assertThatThrownBy(() -> cal.withClosures(List.of(before))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Closure before/2000 has dates outside the years 2000-2030 of calendar test");
        }

        @Test
        void yearRangesBeforeOneOrAfterNineThousandNineHundredNinetyNineAreRejected() {
            assertThatThrownBy(() -> HolidayCalendar.of("c", NAME, provider(0, 5)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Calendar c: invalid year range 0-5");
            assertThatThrownBy(() -> HolidayCalendar.of("c", NAME, provider(9999, 10000)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Calendar c: invalid year range 9999-10000");
        }
    }

    @Nested
    class Tables {
        @Test
        void anOccurrenceMayHaveDatesInTheYearsBeforeAndAfterItsOwn() {
            Holiday early = oneDay("early", 2010, LocalDate.of(2009, 1, 1), DayType.PUBLIC_HOLIDAY);
            Holiday late = oneDay("late", 2010, LocalDate.of(2011, 12, 30), DayType.PUBLIC_HOLIDAY);
            HolidayCalendar c = HolidayCalendar.of("c", NAME,
                    provider(2005, 2015, Optional.empty(), y -> y == 2010 ? List.of(early, late) : List.of()));
            assertThat(c.holidaysOn(LocalDate.of(2009, 1, 1))).containsExactly(early);
            assertThat(c.holidaysOn(LocalDate.of(2011, 12, 30))).containsExactly(late);
            assertThat(c.holidays(2010)).isEmpty();
        }

        @Test
        void anOccurrenceWithDatesFurtherThanAYearFromItsOwnIsAnError() {
            Holiday before = oneDay("before", 2010, LocalDate.of(2008, 12, 31), DayType.PUBLIC_HOLIDAY);
            HolidayCalendar c = HolidayCalendar.of("c", NAME,
                    provider(2005, 2015, Optional.empty(), y -> y == 2010 ? List.of(before) : List.of()));
            assertThatThrownBy(() -> c.dayType(LocalDate.of(2010, 3, 3))).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Calendar c: occurrence before/2010 has dates further than a year from 2010");
            Holiday after = oneDay("after", 2010, LocalDate.of(2012, 1, 2), DayType.PUBLIC_HOLIDAY);
            HolidayCalendar d = HolidayCalendar.of("d", NAME,
                    provider(2005, 2015, Optional.empty(), y -> y == 2010 ? List.of(after) : List.of()));
            assertThatThrownBy(() -> d.dayType(LocalDate.of(2011, 3, 3))).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Calendar d: occurrence after/2010 has dates further than a year from 2010");
        }

        @Test
        void holidaysAreInChronologicalOrderWhateverTheOrderOfTheSource() {
            LocalDate may = LocalDate.of(2010, 5, 3);
            Holiday z = oneDay("z", 2010, may, DayType.PUBLIC_HOLIDAY);
            Holiday a = oneDay("a", 2010, may, DayType.REST_DAY);
            Holiday march = oneDay("march", 2010, LocalDate.of(2010, 3, 1), DayType.PUBLIC_HOLIDAY);
            HolidayCalendar c = HolidayCalendar.of("c", NAME,
                    provider(2005, 2015, Optional.empty(), y -> y == 2010 ? List.of(z, a, march) : List.of()));
            assertThat(c.holidaysOn(may)).containsExactly(a, z);
            assertThat(c.day(may).holidays()).containsExactly(a, z);
            assertThat(c.holidays(2010)).containsExactly(march, a, z);
            assertThat(c.dayType(may)).isEqualTo(DayType.PUBLIC_HOLIDAY);
        }

        @Test
        void theListsOfHolidaysAreImmutable() {
            List<Holiday> on = cal.holidaysOn(LocalDate.of(2010, 5, 10));
            assertThat(on).hasSize(1);
            assertThatThrownBy(() -> on.add(on.get(0))).isInstanceOf(UnsupportedOperationException.class);
            List<Holiday> year = cal.holidays(2010);
            assertThatThrownBy(() -> year.add(on.get(0))).isInstanceOf(UnsupportedOperationException.class);
            List<CalendarDay> days = cal.days(DateRange.ofClosed(LocalDate.of(2010, 5, 10), LocalDate.of(2010, 5, 11)));
            assertThatThrownBy(() -> days.add(days.get(0))).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void theDataVersionIsTheSources() {
            LocalDate version = LocalDate.of(2026, 11, 27);
            assertThat(HolidayCalendar.of("c", NAME, provider(2005, 2015, Optional.of(version), y -> List.of()))
                    .dataVersion()).hasValue(version);
            assertThat(cal.dataVersion()).isEmpty();
        }
    }

    /** The interface's own answers, which a union of calendars uses. */
    @Nested
    class DefaultMethods {
        private final HolidayCalendar single = HolidayCalendar.union("single", NAME, List.of(cal));

        @Test
        void workingDaysBetweenByCountingAgreesWithTheTables() {
            for (LocalDate start = LocalDate.of(2000, 1, 1); start.getYear() <= 2030; start = start.plusDays(23)) {
                for (int n = 0; n <= 40 && start.plusDays(n).getYear() <= 2030; n += 3) {
                    LocalDate end = start.plusDays(n);
                    assertThat(single.workingDaysBetween(start, end)).as("%s..%s", start, end)
                            .isEqualTo(cal.workingDaysBetween(start, end));
                    assertThat(single.workingDaysBetween(end, start)).as("%s..%s", end, start)
                            .isEqualTo(cal.workingDaysBetween(end, start));
                }
            }
        }

        @Test
        void daysAreTheDayOfEveryDateOfTheRange() {
            LocalDate from = LocalDate.of(2010, 5, 1);
            List<CalendarDay> days = single.days(DateRange.of(from, from.plusDays(20)));
            assertThat(days).hasSize(20);
            for (int i = 0; i < 20; i++) {
                assertThat(days.get(i)).isEqualTo(cal.day(from.plusDays(i)));
            }
            assertThat(single.days(DateRange.of(from, from))).isEmpty();
            assertThatThrownBy(() -> single.days(DateRange.of(LocalDate.of(2030, 12, 31), LocalDate.of(2031, 1, 2))))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar single covers the years 2000-2030; date 2031-01-01 is outside its range");
        }

        @Test
        void statusAndHolidaysOnADateComeFromItsDay() {
            LocalDate block = LocalDate.of(2021, 5, 10);
            assertThat(single.status(block)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(single.holidaysOn(block)).extracting(Holiday::id).containsExactly("block/2021");
            assertThat(single.holidays(2021)).isEqualTo(cal.holidays(2021));
        }
    }

    @Nested
    class Unions {
        private final HolidayCalendar narrow = HolidayCalendar.of("narrow", NAME, provider(2010, 2012));
        private final HolidayCalendar union = HolidayCalendar.union("u", NAME, List.of(cal, narrow));

        @Test
        void calendarsSharingOneYearMakeAUnionOfThatYear() {
            HolidayCalendar a = HolidayCalendar.of("a", NAME, provider(2000, 2010));
            HolidayCalendar b = HolidayCalendar.of("b", NAME, provider(2010, 2020));
            HolidayCalendar ab = HolidayCalendar.union("ab", NAME, List.of(a, b));
            assertThat(ab.firstYear()).isEqualTo(2010);
            assertThat(ab.lastYear()).isEqualTo(2010);
            HolidayCalendar c = HolidayCalendar.of("c", NAME, provider(2011, 2020));
            assertThatThrownBy(() -> HolidayCalendar.union("ac", NAME, List.of(a, c)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Union ac: the year ranges of its calendars do not overlap");
        }

        @Test
        void aDateOutsideTheCommonYearsIsAnErrorOfTheUnion() {
            LocalDate d = LocalDate.of(2005, 3, 3);
            String message = "Calendar u covers the years 2010-2012; date 2005-03-03 is outside its range";
            assertThatThrownBy(() -> union.dayType(d)).isInstanceOf(DateTimeException.class).hasMessage(message);
            assertThatThrownBy(() -> union.day(d)).isInstanceOf(DateTimeException.class).hasMessage(message);
            assertThatThrownBy(() -> union.holidays(DateRange.ofClosed(d, d))).isInstanceOf(DateTimeException.class)
                    .hasMessage(message);
        }

        @Test
        void theHolidaysOfAllMembersAreInChronologicalOrder() {
            Holiday march = oneDay("march", 2010, LocalDate.of(2010, 3, 3), DayType.CLOSURE);
            HolidayCalendar other = HolidayCalendar.of("other", NAME,
                    provider(2000, 2030, Optional.empty(), y -> y == 2010 ? List.of(march) : List.of()));
            HolidayCalendar both = HolidayCalendar.union("both", NAME, List.of(cal, other));
            assertThat(both.holidays(DateRange.of(LocalDate.of(2010, 3, 1), LocalDate.of(2010, 6, 1))))
                    .extracting(Holiday::id).containsExactly("march/2010", "block/2010");
        }

        @Test
        void theDataVersionIsTheNewestOfTheMembers() {
            HolidayCalendar none = HolidayCalendar.of("none", NAME, provider(2000, 2030));
            HolidayCalendar v2020 = HolidayCalendar.of("v2020", NAME,
                    provider(2000, 2030, Optional.of(LocalDate.of(2020, 1, 1)), y -> List.of()));
            HolidayCalendar v2021 = HolidayCalendar.of("v2021", NAME,
                    provider(2000, 2030, Optional.of(LocalDate.of(2021, 5, 5)), y -> List.of()));
            assertThat(HolidayCalendar.union("u", NAME, List.of(none, cal)).dataVersion()).isEmpty();
            assertThat(HolidayCalendar.union("u", NAME, List.of(none, v2020)).dataVersion()).hasValue(LocalDate.of(2020, 1, 1));
            assertThat(HolidayCalendar.union("u", NAME, List.of(v2020, none, v2021)).dataVersion())
                    .hasValue(LocalDate.of(2021, 5, 5));
            assertThat(HolidayCalendar.union("u", NAME, List.of(v2021, v2020)).dataVersion())
                    .hasValue(LocalDate.of(2021, 5, 5));
        }

        @Test
        void toStringNamesTheUnionItsSizeAndYears() {
            assertThat(union).hasToString("HolidayCalendar[u, union of 2, 2010-2012]");
        }
    }

    @Nested
    class Forwarding {
        private final HolidayCalendar forwarding = new ForwardingHolidayCalendar() {
            @Override
            protected HolidayCalendar delegate() {
                return cal;
            }
        };

        @Test
        void everyQuestionIsAnsweredByTheDelegate() {
            LocalDate block = LocalDate.of(2021, 5, 10);
            DateRange may = DateRange.ofClosed(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 31));
            assertThat(forwarding.id()).isEqualTo("test");
            assertThat(forwarding.displayName()).isEqualTo(cal.displayName());
            assertThat(forwarding.firstYear()).isEqualTo(2000);
            assertThat(forwarding.lastYear()).isEqualTo(2030);
            assertThat(forwarding.dataVersion()).isEqualTo(cal.dataVersion());
            assertThat(forwarding.yearStatus(2021)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(forwarding.officialYears()).isEqualTo(cal.officialYears());
            assertThat(forwarding.dayType(block)).isEqualTo(DayType.PUBLIC_HOLIDAY);
            assertThat(forwarding.day(block)).isEqualTo(cal.day(block));
            assertThat(forwarding.holidays(may)).extracting(Holiday::id).containsExactly("block/2021");
            assertThat(forwarding.isWorkingDay(block)).isFalse();
            assertThat(forwarding.isWorkingDay(block.plusDays(3))).isTrue();
            assertThat(forwarding.covers(block)).isTrue();
            assertThat(forwarding.covers(LocalDate.of(2031, 1, 1))).isFalse();
            assertThat(forwarding.status(block)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(forwarding.holidaysOn(block)).extracting(Holiday::id).containsExactly("block/2021");
            assertThat(forwarding.holidays(2021)).isEqualTo(cal.holidays(2021));
            assertThat(forwarding.days(may)).isEqualTo(cal.days(may));
            assertThat(forwarding.nextWorkingDay(block)).isEqualTo(LocalDate.of(2021, 5, 13));
            assertThat(forwarding.previousWorkingDay(block)).isEqualTo(LocalDate.of(2021, 5, 7));
            assertThat(forwarding.plusWorkingDays(block, 2)).isEqualTo(LocalDate.of(2021, 5, 14));
            assertThat(forwarding.workingDaysBetween(may.start(), may.end())).isEqualTo(cal.workingDaysBetween(may.start(), may.end()));
            assertThat(forwarding).hasToString("HolidayCalendar[test, 2000-2030]");
        }

        @Test
        void theDataVersionIsTheDelegates() {
            LocalDate version = LocalDate.of(2026, 11, 27);
            HolidayCalendar versioned = HolidayCalendar.of("v", NAME, provider(2000, 2030, Optional.of(version), y -> List.of()));
            HolidayCalendar forwardingVersioned = new ForwardingHolidayCalendar() {
                @Override
                protected HolidayCalendar delegate() {
                    return versioned;
                }
            };
            assertThat(forwardingVersioned.dataVersion()).hasValue(version);
        }

        @Test
        void closuresAreAddedToTheForwardingCalendar() {
            Holiday storm = oneDay("storm", 2010, LocalDate.of(2010, 5, 13), DayType.CLOSURE);
            HolidayCalendar closed = forwarding.withClosures(List.of(storm));
            assertThat(closed.id()).isEqualTo("test");
            assertThat(closed.dayType(LocalDate.of(2010, 5, 13))).isEqualTo(DayType.CLOSURE);
        }
    }
}
