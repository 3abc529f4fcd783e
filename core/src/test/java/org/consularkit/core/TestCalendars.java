package org.consularkit.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayProvider;
import org.consularkit.core.calendar.HolidayStatus;

/**
 * A synthetic calendar for the engine's tests, 2000–2030:
 * <ul>
 *   <li>"fixed-day" every 1 January, observed Saturday → Friday before, Sunday → Monday after (so
 *       in some years it is observed on 31 December of the year before);</li>
 *   <li>"block" every year from the second Monday of May: Monday–Wednesday off (Monday a public
 *       holiday, Tuesday and Wednesday rest days), the Saturday after is a make-up working day;</li>
 *   <li>years 2000–2020 official, 2021–2030 provisional.</li>
 * </ul>
 */
public final class TestCalendars {

    public static final Source RULE = Source.of(SourceType.DERIVED_RULE, "test rule");
    public static final LocalizedText FIXED = LocalizedText.of("Fixed Day", "固定日");
    public static final LocalizedText BLOCK = LocalizedText.of("Block Holiday", "长假");

    private TestCalendars() {
    }

    public static HolidayProvider source() {
        return new HolidayProvider() {
            @Override
            public int firstYear() {
                return 2000;
            }

            @Override
            public int lastYear() {
                return 2030;
            }

            @Override
            public HolidayStatus yearStatus(int year) {
                return year <= 2020 ? HolidayStatus.OFFICIAL : HolidayStatus.PROVISIONAL;
            }

            @Override
            public List<Holiday> holidays(int year) {
                HolidayStatus status = year <= 2020 ? HolidayStatus.OFFICIAL : HolidayStatus.PROVISIONAL;
                List<Holiday> out = new ArrayList<>();
                LocalDate nominal = LocalDate.of(year, 1, 1);
                LocalDate observed = observed(nominal);
                Holiday.Builder fixed = Holiday.builder("fixed-day", year, FIXED, HolidayKind.STATUTORY)
                        .date(nominal).observedDate(observed).day(observed, DayType.PUBLIC_HOLIDAY)
                        .status(status).source(RULE);
                if (!observed.equals(nominal)) {
                    fixed.day(nominal, DayType.WEEKEND);
                }
                out.add(fixed.build());
                LocalDate monday = LocalDate.of(year, 5, 1);
                while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
                    monday = monday.plusDays(1);
                }
                monday = monday.plusWeeks(1);
                out.add(Holiday.builder("block", year, BLOCK, HolidayKind.STATUTORY)
                        .day(monday, DayType.PUBLIC_HOLIDAY)
                        .day(monday.plusDays(1), DayType.REST_DAY)
                        .day(monday.plusDays(2), DayType.REST_DAY)
                        .day(monday.plusDays(5), DayType.MAKEUP_WORKDAY)
                        .status(status).source(RULE).build());
                return out;
            }
        };
    }

    public static LocalDate observed(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.minusDays(1);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }

    public static HolidayCalendar calendar() {
        return HolidayCalendar.of("test", LocalizedText.of("Test", "测试"), source());
    }
}
