package org.consularkit.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.consularkit.core.booking.AppointmentPolicy;
import org.consularkit.core.booking.ConsularOffice;
import org.consularkit.core.booking.OfficeState;
import org.consularkit.core.booking.OfficeStatus;
import org.consularkit.core.booking.ServiceCatalogue;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayProvider;
import org.consularkit.core.calendar.HolidayStatus;
import org.consularkit.core.hours.OpeningSchedule;

/** Hand-built calendars and a Chengdu-like office from the seed page, for tests. */
public final class TestData {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final Source TEST_SOURCE = Source.of(SourceType.PAGE, "test data");
    public static final Source SEED = Source.of(SourceType.PAGE, "US Consulate General Chengdu, U.S. Citizen Services",
            java.net.URI.create("https://china.usembassy-china.org.cn/embassy-consulates/chengdu/u-s-citizens-services/"));

    private TestData() {
    }

    /** A one-day holiday occurrence of type PUBLIC_HOLIDAY. */
    public static Holiday holiday(String key, String en, String zh, LocalDate date) {
        return Holiday.builder(key, date.getYear(), LocalizedText.of(en, zh), HolidayKind.STATUTORY)
                .day(date, DayType.PUBLIC_HOLIDAY).source(TEST_SOURCE).build();
    }

    public static Holiday closure(String key, String en, String zh, LocalDate date) {
        return Holiday.builder(key, date.getYear(), LocalizedText.of(en, zh), HolidayKind.CLOSURE)
                .day(date, DayType.CLOSURE).source(TEST_SOURCE).build();
    }

    public static Holiday earlyClosing(String key, String en, String zh, LocalDate date, LocalTime closesAt) {
        Holiday.Builder b = Holiday.builder(key, date.getYear(), LocalizedText.of(en, zh), HolidayKind.EARLY_CLOSING)
                .day(date, DayType.WORKDAY).source(TEST_SOURCE);
        if (closesAt != null) {
            b.earlyClosing(closesAt);
        }
        return b.build();
    }

    public static Holiday earlyClosingWithoutTime(String key, String en, String zh, LocalDate date) {
        return Holiday.builder(key, date.getYear(), LocalizedText.of(en, zh), HolidayKind.EARLY_CLOSING)
                .day(date, DayType.WORKDAY).source(TEST_SOURCE).build();
    }

    /** A calendar over a range of years with the given occurrences; the listed years are provisional. */
    public static HolidayCalendar calendar(String id, int firstYear, int lastYear, List<Holiday> holidays,
            Set<Integer> provisionalYears) {
        HolidayProvider source = new HolidayProvider() {
            @Override
            public int firstYear() {
                return firstYear;
            }

            @Override
            public int lastYear() {
                return lastYear;
            }

            @Override
            public HolidayStatus yearStatus(int year) {
                return provisionalYears.contains(year) ? HolidayStatus.PROVISIONAL : HolidayStatus.OFFICIAL;
            }

            @Override
            public List<Holiday> holidays(int year) {
                List<Holiday> out = new ArrayList<>();
                for (Holiday h : holidays) {
                    if (h.year() == year) {
                        out.add(provisionalYears.contains(year) ? h.withStatus(HolidayStatus.PROVISIONAL) : h);
                    }
                }
                return out;
            }
        };
        return HolidayCalendar.of(id, LocalizedText.of("Test closures " + id, "测试闭馆日历 " + id), source);
    }

    /** The test holidays of 2025-2027 (not real closure lists; named so that messages can be checked). */
    public static final Holiday NATIONAL_DAY_2026 = holiday("national-day", "National Day", "国庆节", LocalDate.of(2026, 10, 1));
    public static final Holiday WASHINGTON_2026 = holiday("washingtons-birthday", "Washington's Birthday", "华盛顿诞辰",
            LocalDate.of(2026, 2, 16));
    public static final Holiday SPRING_EVE_2026 = holiday("spring-festival-eve", "Spring Festival Eve", "除夕",
            LocalDate.of(2026, 2, 16));
    public static final Holiday NEW_YEAR_2025 = holiday("new-year", "New Year's Day", "元旦", LocalDate.of(2025, 1, 1));
    public static final Holiday INDEPENDENCE_2027 = holiday("independence-day", "Independence Day", "美国独立日",
            LocalDate.of(2027, 7, 5));
    public static final Holiday MOURNING_2025 = closure("day-of-mourning", "National Day of Mourning", "国家哀悼日",
            LocalDate.of(2025, 1, 9));
    public static final Holiday CHRISTMAS_EVE_2025 = earlyClosing("christmas-eve", "Christmas Eve (half day)", "平安夜（半天）",
            LocalDate.of(2025, 12, 23), LocalTime.of(14, 0));
    public static final Holiday HALF_DAY_2026 = earlyClosingWithoutTime("half-day", "Half-day closing", "半天闭馆",
            LocalDate.of(2026, 12, 24));

    public static final List<Holiday> HOLIDAYS = List.of(NEW_YEAR_2025, MOURNING_2025, CHRISTMAS_EVE_2025, WASHINGTON_2026,
            SPRING_EVE_2026, NATIONAL_DAY_2026, HALF_DAY_2026, INDEPENDENCE_2027);

    /** Weekends plus the test holidays, 2024-2028, 2028 provisional. */
    public static HolidayCalendar testClosures() {
        return calendar("test-closures", 2024, 2028, HOLIDAYS, Set.of(2028));
    }

    public static final OpeningSchedule OFFICE_HOURS = OpeningSchedule.parse("Mo-Fr 08:00-17:00; PH off");
    public static final OpeningSchedule ACS_WINDOW = OpeningSchedule.parse("Mo,Tu,Th 13:00-16:00; PH off");

    public static final OfficeStatus CHENGDU_CLOSED = OfficeStatus.of(OfficeState.CLOSED, LocalDate.of(2020, 7, 27),
            LocalizedText.of("closed by order of the host government", "应东道国政府要求关闭"),
            List.of(Source.of(SourceType.PAGE, "Xinhua, 2020-07-27",
                    java.net.URI.create("http://www.xinhuanet.com/english/2020-07/27/c_139243186.htm"))));

    /**
     * The small service catalogue of core's tests ({@code test-catalogue.json}): every service
     * once, with the channels of the Mission China catalogue and short made-up texts.
     */
    public static final ServiceCatalogue CATALOGUE = readCatalogue();

    private static ServiceCatalogue readCatalogue() {
        String name = "booking/test-catalogue.json";
        try (java.io.InputStream in = TestData.class.getResourceAsStream(name)) {
            return ServiceCatalogue.read(java.util.Objects.requireNonNull(in, name), name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A Chengdu-like office built by hand from the seed page, with the given closures. */
    public static ConsularOffice chengdu(HolidayCalendar closures) {
        ServiceCatalogue catalogue = CATALOGUE;
        return ConsularOffice.builder("chengdu",
                        LocalizedText.of("US Consulate General Chengdu", "美国驻成都总领事馆"), SHANGHAI)
                .officeHours(OFFICE_HOURS)
                .closures(closures)
                .policy(AppointmentPolicy.builder(ACS_WINDOW)
                        .walkInWindow(ACS_WINDOW)
                        .visitRules(catalogue.rules())
                        .build())
                .catalogue(catalogue)
                .status(CHENGDU_CLOSED)
                .build();
    }

    public static ConsularOffice chengdu() {
        return chengdu(testClosures());
    }

    /** The same office, open. */
    public static ConsularOffice openChengdu() {
        ConsularOffice c = chengdu();
        return ConsularOffice.builder(c.id(), c.displayName(), c.zone()).officeHours(OFFICE_HOURS).closures(c.closures())
                .policy(c.policy()).catalogue(c.catalogue()).build();
    }

    public static OffsetDateTime cst(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00");
    }

    public static boolean isAcsDay(DayOfWeek d) {
        return d == DayOfWeek.MONDAY || d == DayOfWeek.TUESDAY || d == DayOfWeek.THURSDAY;
    }
}
