package org.consularkit.examples.cli;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayProvider;
import org.consularkit.core.calendar.HolidayStatus;

/**
 * A hand-built calendar "test" for the command-line tests, years 2021 (official) and 2022
 * (provisional):
 * <ul>
 *   <li>new-year/2021 on Friday 2021-01-01;</li>
 *   <li>half-day/2021, an early closing at 12:00 on Friday 2021-12-24;</li>
 *   <li>new-year/2022, nominal Saturday 2022-01-01, observed Friday 2021-12-31;</li>
 *   <li>festival/2022, named {@code Spring, "Festival"} (a comma and quotes, to test CSV quoting):
 *       make-up working days Saturday 29 and Sunday 30 January, days off Monday 31 January to
 *       Sunday 6 February;</li>
 *   <li>other/2022, "Other Day", also on 2022-02-01.</li>
 * </ul>
 */
final class TestCalendars {

    static final Source STATUTE = Source.of(SourceType.STATUTE, "Test Act, s. 1",
            URI.create("https://example.org/test-act"));
    static final Source NOTICE = Source.of(SourceType.NOTICE, "Notice 7, art. 2");

    private TestCalendars() {
    }

    static HolidayCalendar calendar() {
        return HolidayCalendar.of("test", LocalizedText.of("Test", "测试"), new HolidayProvider() {
            @Override
            public int firstYear() {
                return 2021;
            }

            @Override
            public int lastYear() {
                return 2022;
            }

            @Override
            public HolidayStatus yearStatus(int year) {
                return year == 2021 ? HolidayStatus.OFFICIAL : HolidayStatus.PROVISIONAL;
            }

            @Override
            public List<Holiday> holidays(int year) {
                return switch (year) {
                    case 2021 -> List.of(newYear2021(), halfDay2021());
                    case 2022 -> List.of(newYear2022(), festival2022(), other2022());
                    default -> List.of();
                };
            }
        });
    }

    static CalendarRegistry registry() {
        return CalendarRegistry.of(Map.of("test", TestCalendars::calendar));
    }

    private static Holiday newYear2021() {
        return Holiday.builder("new-year", 2021, LocalizedText.of("New Year's Day", "元旦"), HolidayKind.STATUTORY)
                .day(LocalDate.of(2021, 1, 1), DayType.PUBLIC_HOLIDAY).source(STATUTE).build();
    }

    private static Holiday halfDay2021() {
        return Holiday.builder("half-day", 2021, LocalizedText.of("Half Day", "半天"), HolidayKind.EARLY_CLOSING)
                .day(LocalDate.of(2021, 12, 24), DayType.WORKDAY).earlyClosing(LocalTime.NOON)
                .source(NOTICE).build();
    }

    private static Holiday newYear2022() {
        return Holiday.builder("new-year", 2022, LocalizedText.of("New Year's Day", "元旦"), HolidayKind.STATUTORY)
                .date(LocalDate.of(2022, 1, 1)).observedDate(LocalDate.of(2021, 12, 31))
                .day(LocalDate.of(2021, 12, 31), DayType.PUBLIC_HOLIDAY)
                .day(LocalDate.of(2022, 1, 1), DayType.WEEKEND)
                .status(HolidayStatus.PROVISIONAL).source(STATUTE).build();
    }

    private static Holiday festival2022() {
        Holiday.Builder b = Holiday.builder("festival", 2022, LocalizedText.of("Spring, \"Festival\"", "春节"),
                HolidayKind.STATUTORY).date(LocalDate.of(2022, 2, 1));
        b.day(LocalDate.of(2022, 1, 29), DayType.MAKEUP_WORKDAY).day(LocalDate.of(2022, 1, 30), DayType.MAKEUP_WORKDAY);
        b.day(LocalDate.of(2022, 1, 31), DayType.REST_DAY);
        b.day(LocalDate.of(2022, 2, 1), DayType.PUBLIC_HOLIDAY).day(LocalDate.of(2022, 2, 2), DayType.PUBLIC_HOLIDAY)
                .day(LocalDate.of(2022, 2, 3), DayType.PUBLIC_HOLIDAY);
        b.day(LocalDate.of(2022, 2, 4), DayType.REST_DAY);
        b.day(LocalDate.of(2022, 2, 5), DayType.WEEKEND).day(LocalDate.of(2022, 2, 6), DayType.WEEKEND);
        return b.status(HolidayStatus.PROVISIONAL).source(NOTICE).source(STATUTE).build();
    }

    private static Holiday other2022() {
        return Holiday.builder("other", 2022, LocalizedText.of("Other Day", "另一天"), HolidayKind.SPECIAL)
                .day(LocalDate.of(2022, 2, 1), DayType.PUBLIC_HOLIDAY).status(HolidayStatus.PROVISIONAL)
                .source(NOTICE).build();
    }
}
