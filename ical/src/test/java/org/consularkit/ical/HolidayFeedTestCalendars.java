package org.consularkit.ical;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
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
 * Hand-built calendars for the feed tests. Their holidays are test data shaped like the real ones
 * (an observed US holiday, a Chinese block with make-up days, an early closing); only the dates of
 * the 2026 Spring Festival block and the notice that fixed it are real (State Council notice of 4
 * November 2025).
 */
final class HolidayFeedTestCalendars {

    static final Source STATUTE = Source.of(SourceType.STATUTE, "Test Holidays Act, section 1");
    static final Source ORDER = Source.of(SourceType.EXECUTIVE_ORDER, "Test Order 1",
            URI.create("https://example.org/orders/1"));
    static final Source NOTICE_2026 = Source.of(SourceType.NOTICE,
            "国务院办公厅关于2026年部分节假日安排的通知",
            URI.create("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"));
    static final Source RULE = Source.of(SourceType.DERIVED_RULE, "Test rule");
    static final Source AMENDMENT = Source.of(SourceType.NOTICE, "Test amendment notice");

    static final LocalizedText INDEPENDENCE = LocalizedText.of("Independence Day", "独立日");
    static final LocalizedText SPRING = LocalizedText.of("Spring Festival", "春节");
    static final LocalizedText CHRISTMAS_EVE = LocalizedText.of("Christmas Eve", "平安夜");
    static final LocalizedText VICTORY = LocalizedText.of(
            "70th Anniversary of the Victory of the Chinese People's War of Resistance against"
                    + " Japanese Aggression and the World Anti-Fascist War",
            "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日");
    static final LocalizedText BRIDGE = LocalizedText.of("Bridge day", "桥接日");
    static final LocalizedText FIXED = LocalizedText.of("Fixed Day", "固定日");
    static final LocalizedText BLOCK = LocalizedText.of("Block Holiday", "长假");
    static final LocalizedText SPLIT = LocalizedText.of("Split Holiday", "分段假日");

    private HolidayFeedTestCalendars() {
    }

    //-----------------------------------------------------------------------
    /**
     * A calendar of the single year 2026, small enough for golden files:
     * <ul>
     *   <li>Spring Festival: days off 15–23 February, make-up days 14 and 28 February (official);
     *   <li>Independence Day: Saturday 4 July, observed Friday 3 July (official);
     *   <li>a one-off special holiday with a long name, 3–4 September, make-up Sunday 6 September;
     *   <li>a provisional occurrence with a make-up day and no day off (Saturday 10 October);
     *   <li>an early closing at 12:00 on Thursday 24 December.
     * </ul>
     */
    static HolidayCalendar tiny() {
        return calendar("tiny", LocalizedText.of("Tiny test holidays", "测试假日"), 2026, 2026,
                year -> year == 2026 ? tiny2026() : List.of(), year -> HolidayStatus.OFFICIAL);
    }

    static List<Holiday> tiny2026() {
        List<Holiday> out = new ArrayList<>();
        out.add(springFestival2026().build());
        out.add(Holiday.builder("independence-day", 2026, INDEPENDENCE, HolidayKind.STATUTORY)
                .date(LocalDate.of(2026, 7, 4)).observedDate(LocalDate.of(2026, 7, 3))
                .day(LocalDate.of(2026, 7, 3), DayType.PUBLIC_HOLIDAY)
                .day(LocalDate.of(2026, 7, 4), DayType.WEEKEND)
                .source(STATUTE).source(ORDER).build());
        out.add(Holiday.builder("victory-day", 2026, VICTORY, HolidayKind.SPECIAL)
                .day(LocalDate.of(2026, 9, 3), DayType.PUBLIC_HOLIDAY)
                .day(LocalDate.of(2026, 9, 4), DayType.REST_DAY)
                .day(LocalDate.of(2026, 9, 5), DayType.WEEKEND)
                .day(LocalDate.of(2026, 9, 6), DayType.MAKEUP_WORKDAY)
                .source(AMENDMENT).build());
        out.add(Holiday.builder("bridge-day", 2026, BRIDGE, HolidayKind.SPECIAL)
                .day(LocalDate.of(2026, 10, 10), DayType.MAKEUP_WORKDAY)
                .status(HolidayStatus.PROVISIONAL).source(RULE).build());
        out.add(Holiday.builder("christmas-eve", 2026, CHRISTMAS_EVE, HolidayKind.EARLY_CLOSING)
                .day(LocalDate.of(2026, 12, 24), DayType.WORKDAY)
                .earlyClosing(LocalTime.NOON).source(ORDER).build());
        return out;
    }

    /** The real 2026 Spring Festival block (days off 15–23 February, make-up 14 and 28 February). */
    static Holiday.Builder springFestival2026() {
        return Holiday.builder("spring-festival", 2026, SPRING, HolidayKind.STATUTORY)
                .date(LocalDate.of(2026, 2, 17))
                .day(LocalDate.of(2026, 2, 14), DayType.MAKEUP_WORKDAY)
                .day(LocalDate.of(2026, 2, 15), DayType.WEEKEND)
                .day(LocalDate.of(2026, 2, 16), DayType.PUBLIC_HOLIDAY)
                .day(LocalDate.of(2026, 2, 17), DayType.PUBLIC_HOLIDAY)
                .day(LocalDate.of(2026, 2, 18), DayType.PUBLIC_HOLIDAY)
                .day(LocalDate.of(2026, 2, 19), DayType.PUBLIC_HOLIDAY)
                .day(LocalDate.of(2026, 2, 20), DayType.REST_DAY)
                .day(LocalDate.of(2026, 2, 21), DayType.WEEKEND)
                .day(LocalDate.of(2026, 2, 22), DayType.WEEKEND)
                .day(LocalDate.of(2026, 2, 23), DayType.REST_DAY)
                .day(LocalDate.of(2026, 2, 28), DayType.MAKEUP_WORKDAY)
                .source(NOTICE_2026);
    }

    //-----------------------------------------------------------------------
    /**
     * A synthetic calendar of the years 2000–2030 (official to 2020, provisional after):
     * <ul>
     *   <li>"fixed-day" every 1 January, Saturday observed on the Friday before (so in some years
     *       on 31 December of the year before), Sunday on the Monday after;
     *   <li>"block": from the Saturday before the second Monday of May to the Wednesday after it,
     *       with make-up days on the Saturday and Sunday after;
     *   <li>"split": the second Tuesday of August and the Thursday after, not consecutive;
     *   <li>"christmas-eve": an early closing at 12:00 when 24 December is a weekday.
     * </ul>
     */
    static HolidayCalendar synthetic() {
        return synthetic(0);
    }

    /**
     * The synthetic calendar with the block of one year amended: one week later, and citing an
     * amending notice as well.
     *
     * @param amendedYear the year amended, 0 for none
     */
    static HolidayCalendar synthetic(int amendedYear) {
        return calendar("synthetic", LocalizedText.of("Synthetic holidays", "合成假日"), 2000, 2030,
                year -> syntheticYear(year, year == amendedYear),
                year -> year <= 2020 ? HolidayStatus.OFFICIAL : HolidayStatus.PROVISIONAL);
    }

    private static List<Holiday> syntheticYear(int year, boolean amended) {
        HolidayStatus status = year <= 2020 ? HolidayStatus.OFFICIAL : HolidayStatus.PROVISIONAL;
        Source source = status == HolidayStatus.OFFICIAL ? STATUTE : RULE;
        List<Holiday> out = new ArrayList<>();
        LocalDate nominal = LocalDate.of(year, 1, 1);
        LocalDate observed = switch (nominal.getDayOfWeek()) {
            case SATURDAY -> nominal.minusDays(1);
            case SUNDAY -> nominal.plusDays(1);
            default -> nominal;
        };
        Holiday.Builder fixed = Holiday.builder("fixed-day", year, FIXED, HolidayKind.STATUTORY)
                .date(nominal).observedDate(observed).day(observed, DayType.PUBLIC_HOLIDAY)
                .status(status).source(source);
        if (!observed.equals(nominal)) {
            fixed.day(nominal, DayType.WEEKEND);
        }
        out.add(fixed.build());

        LocalDate monday = LocalDate.of(year, 5, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
        if (amended) {
            monday = monday.plusWeeks(1);
        }
        Holiday.Builder block = Holiday.builder("block", year, BLOCK, HolidayKind.STATUTORY)
                .date(monday)
                .day(monday.minusDays(2), DayType.WEEKEND)
                .day(monday.minusDays(1), DayType.WEEKEND)
                .day(monday, DayType.PUBLIC_HOLIDAY)
                .day(monday.plusDays(1), DayType.REST_DAY)
                .day(monday.plusDays(2), DayType.REST_DAY)
                .day(monday.plusDays(5), DayType.MAKEUP_WORKDAY)
                .day(monday.plusDays(6), DayType.MAKEUP_WORKDAY)
                .status(status).source(source);
        if (amended) {
            block.source(AMENDMENT);
        }
        out.add(block.build());

        LocalDate tuesday = LocalDate.of(year, 8, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
        out.add(Holiday.builder("split", year, SPLIT, HolidayKind.SPECIAL)
                .day(tuesday, DayType.REST_DAY)
                .day(tuesday.plusDays(2), DayType.REST_DAY)
                .status(status).source(source).build());

        LocalDate eve = LocalDate.of(year, 12, 24);
        if (eve.getDayOfWeek().getValue() <= 5) {
            out.add(Holiday.builder("christmas-eve", year, CHRISTMAS_EVE, HolidayKind.EARLY_CLOSING)
                    .day(eve, DayType.WORKDAY).earlyClosing(LocalTime.NOON)
                    .status(status).source(source).build());
        }
        return out;
    }

    //-----------------------------------------------------------------------
    interface Years {
        List<Holiday> holidays(int year);
    }

    interface Statuses {
        HolidayStatus status(int year);
    }

    static HolidayCalendar calendar(String id, LocalizedText name, int first, int last, Years years,
            Statuses statuses) {
        return HolidayCalendar.of(id, name, new HolidayProvider() {
            @Override
            public int firstYear() {
                return first;
            }

            @Override
            public int lastYear() {
                return last;
            }

            @Override
            public HolidayStatus yearStatus(int year) {
                return statuses.status(year);
            }

            @Override
            public List<Holiday> holidays(int year) {
                return years.holidays(year);
            }
        });
    }
}
