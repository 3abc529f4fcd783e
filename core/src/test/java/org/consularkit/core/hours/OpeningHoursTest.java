package org.consularkit.core.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.TestData;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final ZoneId ZONE = TestData.SHANGHAI;

    /** The test week: Monday 2026-09-28 to Sunday 2026-10-04, with the days around it. */
    private static final LocalDate FIRST = LocalDate.of(2026, 9, 26);
    private static final LocalDate LAST = LocalDate.of(2026, 10, 7);

    private static final Holiday NATIONAL_DAY = Holiday.builder("national-day", 2026,
                    LocalizedText.of("National Day", "国庆节"), HolidayKind.STATUTORY)
            .day(LocalDate.of(2026, 10, 1), DayType.PUBLIC_HOLIDAY)
            .day(LocalDate.of(2026, 10, 2), DayType.REST_DAY)
            .day(LocalDate.of(2026, 10, 3), DayType.PUBLIC_HOLIDAY)
            .day(LocalDate.of(2026, 9, 27), DayType.MAKEUP_WORKDAY)
            .source(TestData.TEST_SOURCE).build();
    private static final Holiday EARLY = TestData.earlyClosing("early", "Early closing", "提前闭馆",
            LocalDate.of(2026, 9, 29), LocalTime.of(10, 30));
    private static final Holiday HALF_DAY = TestData.earlyClosingWithoutTime("half-day", "Half day", "半天",
            LocalDate.of(2026, 9, 30));
    private static final HolidayCalendar CALENDAR = TestData.calendar("week", 2025, 2027,
            List.of(NATIONAL_DAY, EARLY, HALF_DAY), Set.of());

    /** Lunch break, early closings, a holiday block, a date rule, Saturday night joined to Sunday morning. */
    private static final OpeningHours HOURS = OpeningHours.parse(
            "Mo-Fr 08:00-12:00,13:00-17:00; Sa 22:00-24:00; Su 00:00-02:00,23:00-24:00; PH off; "
                    + "2026 Oct 05 off; 2026 Oct 06 10:00-11:00",
            ZONE, CALENDAR);

    /** The rules of HOURS written out independently, minute by minute. */
    private static boolean oracle(LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        int m = t.getHour() * 60 + t.getMinute();
        if (d.equals(LocalDate.of(2026, 10, 5))) {
            return false;
        }
        if (d.equals(LocalDate.of(2026, 10, 6))) {
            return m >= 600 && m < 660;
        }
        if (!d.isBefore(LocalDate.of(2026, 10, 1)) && !d.isAfter(LocalDate.of(2026, 10, 3))) {
            return false;
        }
        DayOfWeek dow = d.getDayOfWeek();
        boolean open = switch (dow) {
            case SATURDAY -> m >= 22 * 60;
            case SUNDAY -> m < 120 || m >= 23 * 60;
            default -> (m >= 480 && m < 720) || (m >= 780 && m < 1020);
        };
        if (d.equals(LocalDate.of(2026, 9, 29))) {
            open &= m < 630;
        }
        if (d.equals(LocalDate.of(2026, 9, 30))) {
            open &= m < 750; // middle of 08:00-17:00
        }
        return open;
    }

    @Test
    void everyMinuteAgreesWithABruteForceOracle() {
        LocalDateTime start = FIRST.atStartOfDay();
        int minutes = (int) Duration.between(start, LAST.plusDays(1).atStartOfDay()).toMinutes();
        boolean[] open = new boolean[minutes + 1];
        for (int i = 0; i <= minutes; i++) {
            open[i] = oracle(start.plusMinutes(i));
        }
        // transitions strictly after minute i, searched in the oracle
        for (int i = 0; i < minutes - 3 * 1440; i++) {
            Instant t = start.plusMinutes(i).atZone(ZONE).toInstant();
            assertThat(HOURS.isOpen(t)).as("isOpen %s", start.plusMinutes(i)).isEqualTo(open[i]);
            assertThat(HOURS.isOpen(t.plusSeconds(59))).as("isOpen %s:59", start.plusMinutes(i)).isEqualTo(open[i]);
            Integer nextOpening = null;
            Integer nextClosing = null;
            for (int k = i + 1; k <= minutes && (nextOpening == null || nextClosing == null); k++) {
                if (nextOpening == null && open[k] && !open[k - 1]) {
                    nextOpening = k;
                }
                if (nextClosing == null && !open[k] && open[k - 1]) {
                    nextClosing = k;
                }
            }
            assertThat(HOURS.nextOpening(t)).as("nextOpening %s", start.plusMinutes(i))
                    .contains(start.plusMinutes(nextOpening).atZone(ZONE).toInstant());
            assertThat(HOURS.nextClosing(t)).as("nextClosing %s", start.plusMinutes(i))
                    .contains(start.plusMinutes(nextClosing).atZone(ZONE).toInstant());
        }
    }

    @Test
    void openIntervalsJoinMidnightAndClipToTheRange() {
        Instant from = LocalDateTime.of(2026, 9, 26, 23, 0).atZone(ZONE).toInstant();
        Instant to = LocalDateTime.of(2026, 9, 28, 9, 0).atZone(ZONE).toInstant();
        assertThat(HOURS.openIntervals(from, to)).extracting(Interval::toString).containsExactly(
                "2026-09-26T15:00:00Z/2026-09-26T18:00:00Z",
                "2026-09-27T15:00:00Z/2026-09-27T16:00:00Z",
                "2026-09-28T00:00:00Z/2026-09-28T01:00:00Z");
        assertThat(HOURS.openIntervals(from, from)).isEmpty();
        assertThatThrownBy(() -> HOURS.openIntervals(to, from)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void makeUpWorkingSundayOpensOnlyAsTheWeekSays() {
        // 2026-09-27 is a make-up working Sunday in the test calendar: Sunday hours, not weekday hours
        assertThat(HOURS.windows(LocalDate.of(2026, 9, 27)))
                .containsExactly(TimeWindow.parse("00:00-02:00"), TimeWindow.parse("23:00-24:00"));
    }

    @Nested
    class State {

        @Test
        void explainsHolidaysAndEarlyClosings() {
            OpeningState holiday = HOURS.state(LocalDateTime.of(2026, 10, 1, 9, 0).atZone(ZONE).toInstant());
            assertThat(holiday.open()).isFalse();
            assertThat(holiday.reason()).isEqualTo(OpeningState.Reason.HOLIDAY);
            assertThat(holiday.holidays()).containsExactly(NATIONAL_DAY);
            assertThat(holiday.nextChange()).contains(LocalDateTime.of(2026, 10, 4, 0, 0).atZone(ZONE).toInstant());

            OpeningState early = HOURS.state(LocalDateTime.of(2026, 9, 29, 11, 0).atZone(ZONE).toInstant());
            assertThat(early.reason()).isEqualTo(OpeningState.Reason.EARLY_CLOSING);
            assertThat(early.holidays()).containsExactly(EARLY);

            OpeningState lunch = HOURS.state(LocalDateTime.of(2026, 9, 28, 12, 30).atZone(ZONE).toInstant());
            assertThat(lunch.reason()).isEqualTo(OpeningState.Reason.OUTSIDE_HOURS);
            assertThat(lunch.nextChange()).contains(LocalDateTime.of(2026, 9, 28, 13, 0).atZone(ZONE).toInstant());

            OpeningState rule = HOURS.state(LocalDateTime.of(2026, 10, 5, 9, 0).atZone(ZONE).toInstant());
            assertThat(rule.reason()).isEqualTo(OpeningState.Reason.DATE_RULE);

            OpeningState open = HOURS.state(LocalDateTime.of(2026, 9, 28, 8, 0).atZone(ZONE).toInstant());
            assertThat(open.open()).isTrue();
            assertThat(open.nextChange()).contains(LocalDateTime.of(2026, 9, 28, 12, 0).atZone(ZONE).toInstant());
        }
    }

    @Nested
    class Range {

        @Test
        void searchesStopAtTheEndOfTheCalendar() {
            Instant lastEvening = LocalDateTime.of(2027, 12, 31, 18, 0).atZone(ZONE).toInstant();
            assertThat(HOURS.nextOpening(lastEvening)).isEmpty();
            assertThat(HOURS.nextClosing(lastEvening)).isEmpty();
        }

        @Test
        void datesOutsideTheCalendarAreErrorsNotGuesses() {
            Instant outside = LocalDateTime.of(2028, 1, 3, 9, 0).atZone(ZONE).toInstant();
            assertThatThrownBy(() -> HOURS.isOpen(outside)).isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar week covers the years 2025-2027; date 2028-01-03 is outside its range");
            assertThatThrownBy(() -> HOURS.nextOpening(outside)).isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar week covers the years 2025-2027; date 2028-01-03 is outside its range");
        }

        @Test
        void withoutHolidaysTheSearchIsUnbounded() {
            OpeningHours plain = OpeningHours.of(OpeningSchedule.parse("Mo 09:00-10:00"), ZONE);
            Instant t = LocalDateTime.of(2990, 1, 1, 0, 0).atZone(ZONE).toInstant(); // a Friday
            assertThat(plain.nextOpening(t)).contains(LocalDateTime.of(2990, 1, 4, 9, 0).atZone(ZONE).toInstant());
            OpeningHours always = OpeningHours.of(OpeningSchedule.parse("Mo-Su 00:00-24:00"), ZONE);
            assertThat(always.isOpen(t)).isTrue();
            assertThat(always.nextClosing(t)).isEmpty();
            assertThat(always.nextOpening(t)).isEmpty();
            OpeningHours never = OpeningHours.of(OpeningSchedule.parse("off"), ZONE);
            assertThat(never.nextOpening(t)).isEmpty();
        }

        @Test
        void holidayClosingNeedsACalendar() {
            assertThatThrownBy(() -> OpeningHours.of(TestData.OFFICE_HOURS, ZONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Schedule 'Mo-Fr 08:00-17:00; PH off' closes on public holidays; give a calendar");
        }

        /** A long schedule is quoted by its beginning and length (issue 12: bounded messages). */
        @Test
        void aLongScheduleIsQuotedByItsBeginning() {
            StringBuilder text = new StringBuilder("PH off; ");
            for (int day = 1; day <= 28; day++) {
                text.append(String.format("2026 Jan %02d 09:00-10:00; ", day));
            }
            OpeningSchedule schedule = OpeningSchedule.parse(text.substring(0, text.length() - 2));
            String printed = schedule.toString();
            assertThat(printed).hasSizeGreaterThan(500);
            assertThatThrownBy(() -> OpeningHours.of(schedule, ZONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Schedule '" + printed.substring(0, 20))
                    .hasMessageEndingWith("… (" + printed.length() + " characters)' closes on public holidays;"
                            + " give a calendar")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(150));
        }
    }

    /** The second and fourth Friday of each month: open, closed on a holiday, found weeks ahead. */
    @Test
    void nthWeekdayRulesApplyOnTheTimeLine() {
        OpeningHours quiet = OpeningHours.of(OpeningSchedule.parse("Fr[2,4] 12:00-17:00; PH off"), ZONE, CALENDAR);
        Instant secondFriday = LocalDateTime.of(2026, 9, 11, 14, 0).atZone(ZONE).toInstant();
        Instant thirdFriday = LocalDateTime.of(2026, 9, 18, 14, 0).atZone(ZONE).toInstant();
        assertThat(quiet.isOpen(secondFriday)).isTrue();
        assertThat(quiet.isOpen(thirdFriday)).isFalse();
        assertThat(quiet.nextOpening(thirdFriday))
                .contains(LocalDateTime.of(2026, 9, 25, 12, 0).atZone(ZONE).toInstant());
        // after the fourth Friday of September: the second Friday of October is 2026-10-09
        Instant after = LocalDateTime.of(2026, 9, 25, 18, 0).atZone(ZONE).toInstant();
        assertThat(quiet.nextOpening(after)).contains(LocalDateTime.of(2026, 10, 9, 12, 0).atZone(ZONE).toInstant());
        // a fifth Monday only, without holidays: months apart, still found
        OpeningHours fifthMonday = OpeningHours.of(OpeningSchedule.parse("Mo[5] 09:00-10:00"), ZONE);
        Instant june = LocalDateTime.of(2026, 6, 30, 0, 0).atZone(ZONE).toInstant();
        assertThat(fifthMonday.nextOpening(june)).contains(LocalDateTime.of(2026, 8, 31, 9, 0).atZone(ZONE).toInstant());
    }

    @Test
    void daylightSavingGapsAndOverlapsFollowZonedDateTime() {
        ZoneId newYork = ZoneId.of("America/New_York");
        OpeningHours h = OpeningHours.of(OpeningSchedule.parse("Mo-Su 01:00-03:00"), newYork);
        Instant day1 = LocalDate.of(2026, 3, 8).atStartOfDay(newYork).toInstant();
        List<Interval> spring = h.openIntervals(day1, day1.plus(Duration.ofHours(23)));
        assertThat(spring).singleElement().extracting(Interval::duration).isEqualTo(Duration.ofHours(1));
        Instant day2 = LocalDate.of(2026, 11, 1).atStartOfDay(newYork).toInstant();
        List<Interval> autumn = h.openIntervals(day2, day2.plus(Duration.ofHours(25)));
        assertThat(autumn).singleElement().extracting(Interval::duration).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void theSameMomentInAnyOffsetGivesTheSameAnswer() {
        OpeningHours acs = OpeningHours.of(TestData.ACS_WINDOW, ZONE, TestData.testClosures());
        Instant tuesday13 = java.time.OffsetDateTime.parse("2026-03-03T13:00+08:00").toInstant();
        assertThat(acs.isOpen(java.time.OffsetDateTime.parse("2026-03-03T05:00Z").toInstant())).isTrue();
        assertThat(acs.isOpen(java.time.OffsetDateTime.parse("2026-03-03T00:00-05:00").toInstant())).isTrue();
        assertThat(acs.isOpen(java.time.OffsetDateTime.parse("2026-03-03T13:00-05:00").toInstant())).isFalse();
        assertThat(acs.nextClosing(tuesday13)).contains(java.time.OffsetDateTime.parse("2026-03-03T16:00+08:00")
                .toInstant());
        assertThat(acs.nextOpening(tuesday13)).isEqualTo(Optional.of(
                java.time.OffsetDateTime.parse("2026-03-05T13:00+08:00").toInstant()));
    }

    @Test
    void toStringShowsScheduleZoneAndCalendar() {
        assertThat(OpeningHours.of(TestData.OFFICE_HOURS, ZONE, TestData.testClosures()))
                .hasToString("Mo-Fr 08:00-17:00; PH off [Asia/Shanghai, calendar test-closures]");
    }

    /** Equal exactly when schedule, zone, calendar and workday schedule are equal; the hash follows. */
    @Test
    void equalityFollowsScheduleZoneCalendarAndWorkday() {
        OpeningSchedule week = OpeningSchedule.parse("Mo-Fr 08:00-17:00");
        OpeningHours a = OpeningHours.of(week, ZONE, CALENDAR);
        OpeningHours same = OpeningHours.of(OpeningSchedule.parse("Mo-Fr 08:00-17:00"), ZONE, CALENDAR);
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("Mo-Fr 08:00-17:00");
        assertThat(a).isNotEqualTo(OpeningHours.of(OpeningSchedule.parse("Mo-Fr 08:00-16:00"), ZONE, CALENDAR))
                .isNotEqualTo(OpeningHours.of(week, ZoneId.of("Asia/Tokyo"), CALENDAR))
                .isNotEqualTo(OpeningHours.of(week, ZONE, TestData.testClosures()))
                .isNotEqualTo(OpeningHours.of(week, ZONE))
                .isNotEqualTo(a.withWorkday(OpeningSchedule.parse("Mo-Fr 09:00-17:00")));
        assertThat(a.withWorkday(OpeningSchedule.parse("Mo-Fr 09:00-17:00")))
                .isEqualTo(same.withWorkday(OpeningSchedule.parse("Mo-Fr 09:00-17:00")))
                .hasSameHashCodeAs(same.withWorkday(OpeningSchedule.parse("Mo-Fr 09:00-17:00")));
        assertThat(a.hashCode()).isNotEqualTo(OpeningHours.of(week, ZoneId.of("Asia/Tokyo"), CALENDAR).hashCode());
    }

    @Nested
    class Day {

        /** An early closing keeps the scheduled windows, cuts the open ones, and names the holiday. */
        @Test
        void anEarlyClosingCutsTheOpenWindows() {
            OpeningDay d = HOURS.day(LocalDate.of(2026, 9, 29));
            assertThat(d.date()).isEqualTo(LocalDate.of(2026, 9, 29));
            assertThat(d.scheduledWindows()).containsExactly(TimeWindow.parse("08:00-12:00"), TimeWindow.parse("13:00-17:00"));
            assertThat(d.openWindows()).containsExactly(TimeWindow.parse("08:00-10:30"));
            assertThat(d.holidays()).containsExactly(EARLY);
            assertThat(d.earlyClosings()).containsExactly(EARLY);
            assertThat(d.closesEarlyAt()).contains(LocalTime.of(10, 30));
            assertThat(d.isOpenAt(LocalTime.of(10, 29))).isTrue();
            assertThat(d.isOpenAt(LocalTime.of(10, 30))).isFalse();
            assertThat(d.isOpenThroughout(LocalTime.of(10, 0), Duration.ofMinutes(30))).isTrue();
            assertThat(d.isOpenThroughout(LocalTime.of(10, 0), Duration.ofMinutes(31))).isFalse();
            assertThat(d).hasToString("2026-09-29 08:00-10:30");
        }

        /** A public holiday closes the whole day and is named; an ordinary day names none. */
        @Test
        void aHolidayClosesTheWholeDay() {
            OpeningDay holiday = HOURS.day(LocalDate.of(2026, 10, 1));
            assertThat(holiday.scheduledWindows()).hasSize(2);
            assertThat(holiday.openWindows()).isEmpty();
            assertThat(holiday.holidays()).containsExactly(NATIONAL_DAY);
            assertThat(holiday.earlyClosings()).isEmpty();
            assertThat(holiday.closesEarlyAt()).isEmpty();
            assertThat(holiday).hasToString("2026-10-01 closed");
            OpeningDay monday = HOURS.day(LocalDate.of(2026, 9, 28));
            assertThat(monday.holidays()).isEmpty();
            assertThat(monday).hasToString("2026-09-28 08:00-12:00,13:00-17:00");
        }

        /** Days are equal exactly when date, windows, holidays and closing time are equal. */
        @Test
        void equalityFollowsDateWindowsAndHolidays() {
            OpeningDay d = HOURS.day(LocalDate.of(2026, 9, 29));
            assertThat(d).isEqualTo(HOURS.day(LocalDate.of(2026, 9, 29)))
                    .hasSameHashCodeAs(HOURS.day(LocalDate.of(2026, 9, 29))).isNotEqualTo("2026-09-29 08:00-10:30");
            OpeningHours noCalendar = OpeningHours.of(OpeningSchedule.parse(
                    "Mo-Fr 08:00-12:00,13:00-17:00; Sa 22:00-24:00; Su 00:00-02:00,23:00-24:00"), ZONE);
            OpeningHours later = OpeningHours.parse("Mo-Fr 09:00-12:00,13:00-17:00; PH off", ZONE, CALENDAR);
            for (OpeningDay other : List.of(HOURS.day(LocalDate.of(2026, 9, 28)), noCalendar.day(LocalDate.of(2026, 9, 29)),
                    later.day(LocalDate.of(2026, 9, 29)), HOURS.day(LocalDate.of(2026, 9, 30)))) {
                assertThat(other).as("%s", other).isNotEqualTo(d);
                assertThat(other.hashCode()).as("%s", other).isNotEqualTo(d.hashCode());
            }
            // the same date closed for the same holiday, from other scheduled windows
            assertThat(later.day(LocalDate.of(2026, 10, 1))).isNotEqualTo(HOURS.day(LocalDate.of(2026, 10, 1)));
        }
    }

    @Nested
    class CalendarEdges {

        /** The hours know their calendar, or have none. */
        @Test
        void calendarIsTheOneGiven() {
            assertThat(HOURS.calendar()).containsSame(CALENDAR);
            assertThat(OpeningHours.of(OpeningSchedule.parse("Mo 09:00-10:00"), ZONE).calendar()).isEmpty();
        }

        /** A schedule that closes on public holidays cannot replace one of hours without a calendar. */
        @Test
        void withScheduleKeepsTheCalendarRule() {
            OpeningHours plain = OpeningHours.of(OpeningSchedule.parse("Mo 09:00-10:00"), ZONE);
            assertThatThrownBy(() -> plain.withSchedule(TestData.OFFICE_HOURS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Schedule 'Mo-Fr 08:00-17:00; PH off' closes on public holidays; give a calendar");
            assertThat(plain.withSchedule(OpeningSchedule.parse("Tu 09:00-10:00")).schedule())
                    .hasToString("Tu 09:00-10:00");
            assertThat(HOURS.withSchedule(TestData.OFFICE_HOURS)).isEqualTo(
                    OpeningHours.of(TestData.OFFICE_HOURS, ZONE, CALENDAR));
        }

        /**
         * On the first day of the calendar (Wednesday 2025-01-01) the day before is unknown and not
         * looked at: the answers come from the first day alone.
         */
        @Test
        void theFirstDayOfTheCalendarIsAnswered() {
            Instant midnight = LocalDateTime.of(2025, 1, 1, 0, 0).atZone(ZONE).toInstant();
            Instant nine = LocalDateTime.of(2025, 1, 1, 9, 0).atZone(ZONE).toInstant();
            assertThat(HOURS.isOpen(midnight)).isFalse();
            assertThat(HOURS.isOpen(nine)).isTrue();
            assertThat(HOURS.state(nine).open()).isTrue();
            assertThat(HOURS.nextOpening(midnight)).contains(LocalDateTime.of(2025, 1, 1, 8, 0).atZone(ZONE).toInstant());
            assertThat(HOURS.nextClosing(midnight)).contains(LocalDateTime.of(2025, 1, 1, 12, 0).atZone(ZONE).toInstant());
            assertThat(HOURS.openIntervals(midnight, LocalDateTime.of(2025, 1, 1, 12, 30).atZone(ZONE).toInstant()))
                    .extracting(Interval::toString).containsExactly("2025-01-01T00:00:00Z/2025-01-01T04:00:00Z");
        }

        /** A search for the next opening goes on through weeks of holidays, up to the end of the calendar. */
        @Test
        void theNextOpeningIsFoundAfterWeeksOfHolidays() {
            HolidayCalendar mondays = TestData.calendar("mondays", 2026, 2026, List.of(
                    TestData.holiday("a", "A", "甲", LocalDate.of(2026, 3, 2)),
                    TestData.holiday("b", "B", "乙", LocalDate.of(2026, 3, 9)),
                    TestData.holiday("c", "C", "丙", LocalDate.of(2026, 3, 16))), Set.of());
            OpeningHours h = OpeningHours.parse("Mo 08:00-12:00; PH off", ZONE, mondays);
            Instant sunday = LocalDateTime.of(2026, 3, 1, 0, 0).atZone(ZONE).toInstant();
            assertThat(h.nextOpening(sunday)).contains(LocalDateTime.of(2026, 3, 23, 8, 0).atZone(ZONE).toInstant());
        }

        /** A date rule far from the moment asked about is still found, before or after it. */
        @Test
        void aDistantDateRuleIsFound() {
            OpeningHours once = OpeningHours.of(OpeningSchedule.parse("off; 2026 Dec 24 09:00-10:00"), ZONE);
            Instant january = LocalDateTime.of(2026, 1, 1, 0, 0).atZone(ZONE).toInstant();
            assertThat(once.nextOpening(january)).contains(LocalDateTime.of(2026, 12, 24, 9, 0).atZone(ZONE).toInstant());
            assertThat(once.nextOpening(LocalDateTime.of(2026, 12, 25, 0, 0).atZone(ZONE).toInstant())).isEmpty();
            OpeningHours weekly = OpeningHours.of(OpeningSchedule.parse("Mo 09:00-10:00; 2020 Jan 06 off"), ZONE);
            assertThat(weekly.nextOpening(january)).contains(LocalDateTime.of(2026, 1, 5, 9, 0).atZone(ZONE).toInstant());
            OpeningHours future = OpeningHours.of(OpeningSchedule.parse("Mo 09:00-10:00; 2026 Dec 21 off"), ZONE);
            Instant lateDecember = LocalDateTime.of(2026, 12, 15, 0, 0).atZone(ZONE).toInstant();
            assertThat(future.nextOpening(lateDecember)).contains(LocalDateTime.of(2026, 12, 28, 9, 0).atZone(ZONE).toInstant());
        }
    }
}
