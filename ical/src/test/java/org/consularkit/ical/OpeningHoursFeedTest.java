package org.consularkit.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.consularkit.calendar.MissionChinaClosures;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.booking.AppointmentPolicy;
import org.consularkit.core.booking.ConsularOffice;
import org.consularkit.core.booking.ServiceCatalogue;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayStatus;
import org.consularkit.core.hours.OpeningHours;
import org.consularkit.core.hours.OpeningSchedule;
import org.consularkit.core.hours.TimeWindow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpeningHoursFeedTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** A small test catalogue with the Mission's visit rules (core holds no country data). */
    static final ServiceCatalogue CATALOGUE = ServiceCatalogue.read(java.util.Objects.requireNonNull(
            OpeningHoursFeedTest.class.getResourceAsStream("test-catalogue.json")), "test-catalogue.json");

    /**
     * The Chengdu ACS unit as its last page describes it (office hours Monday to Friday 8:00 to
     * 17:00, appointments and walk-ins Monday, Tuesday and Thursday 13:00 to 16:00, closed on US
     * and Chinese holidays), with a closure calendar.
     */
    static ConsularOffice chengdu(HolidayCalendar closures) {
        OpeningSchedule window = OpeningSchedule.parse("Mo,Tu,Th 13:00-16:00; PH off");
        ServiceCatalogue catalogue = CATALOGUE;
        return ConsularOffice.builder("chengdu", LocalizedText.of("US Consulate General Chengdu", "美国驻成都总领事馆"),
                        SHANGHAI)
                .officeHours(OpeningSchedule.parse("Mo-Fr 08:00-17:00; PH off"))
                .closures(closures)
                .policy(AppointmentPolicy.builder(window).walkInWindow(window).visitRules(catalogue.rules()).build())
                .catalogue(catalogue)
                .build();
    }

    static ConsularOffice chengdu() {
        return chengdu(MissionChinaClosures.calendar("chengdu"));
    }

    /** A closure calendar of 2026 with one closure and one early closing without a time. */
    static HolidayCalendar smallClosures() {
        Holiday closure = Holiday.builder("closure", 2026, LocalizedText.of("Closure", "闭馆"), HolidayKind.CLOSURE)
                .day(LocalDate.of(2026, 3, 3), DayType.CLOSURE).source(HolidayFeedTestCalendars.ORDER).build();
        Holiday half = Holiday.builder("half-day", 2026, LocalizedText.of("Half day", "半天"),
                        HolidayKind.EARLY_CLOSING)
                .day(LocalDate.of(2026, 3, 5), DayType.WORKDAY).source(HolidayFeedTestCalendars.ORDER).build();
        return HolidayFeedTestCalendars.calendar("small", LocalizedText.of("Small", "小"), 2026, 2026,
                y -> y == 2026 ? List.of(closure, half) : List.of(), y -> HolidayStatus.OFFICIAL);
    }

    @Nested
    class Structure {
        private final Map<String, String> blocks = IcsFeeds.eventBlocks(
                OpeningHoursFeed.builder(chengdu()).years(2026, 2026).build().toBytes());

        @Test
        void oneWeeklyEventPerScheduleAndWindowInShanghaiTime() {
            assertThat(blocks.keySet()).containsExactly(
                    "chengdu.office-hours.mo-tu-we-th-fr.0800-1700.en@consularkit.org",
                    "chengdu.appointments.mo-tu-th.1300-1600.en@consularkit.org",
                    "chengdu.walk-in.mo-tu-th.1300-1600.en@consularkit.org");
            String b = blocks.get("chengdu.appointments.mo-tu-th.1300-1600.en@consularkit.org");
            assertThat(IcsFeeds.value(b, "DTSTART;TZID=Asia/Shanghai")).isEqualTo("20260105T130000");
            assertThat(IcsFeeds.value(b, "DTEND;TZID=Asia/Shanghai")).isEqualTo("20260105T160000");
            assertThat(IcsFeeds.value(b, "RRULE")).isEqualTo("FREQ=WEEKLY;UNTIL=20261231T050000Z;BYDAY=MO,TU,TH");
            assertThat(IcsFeeds.value(b, "DESCRIPTION")).startsWith("Every Monday\\, Tuesday and Thursday\\, 13:00-16:00"
                    + " (Asia/Shanghai)\\, from 2026-01-05 to 2026-12-31\\, except 12 days");
            assertThat(IcsFeeds.value(b, "SUMMARY"))
                    .isEqualTo("US Consulate General Chengdu: appointments (American Citizen Services)");
            assertThat(IcsFeeds.value(b, "TRANSP")).isEqualTo("TRANSPARENT");
        }

        @Test
        void everyClosureDayOnAWeeklyDayIsExcluded() {
            HolidayCalendar closures = MissionChinaClosures.calendar("chengdu");
            String b = blocks.get("chengdu.office-hours.mo-tu-we-th-fr.0800-1700.en@consularkit.org");
            Set<String> excluded = new TreeSet<>(List.of(IcsFeeds.value(b, "EXDATE;TZID=Asia/Shanghai").split(",")));
            Set<String> expected = new TreeSet<>();
            for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() <= 5 && !closures.isWorkingDay(d)) {
                    expected.add(d.toString().replace("-", "") + "T080000");
                }
            }
            expected.remove("20260101T080000");
            assertThat(excluded).isEqualTo(expected).contains("20260216T080000", "20261001T080000");
        }

        @Test
        void theFeedCarriesTheShanghaiTimeZoneBuiltOffline() {
            List<String> lines = IcsFeeds.lines(OpeningHoursFeed.builder(chengdu()).years(2026, 2026).build().toBytes());
            int begin = lines.indexOf("BEGIN:VTIMEZONE");
            assertThat(lines.subList(begin, begin + 9)).containsExactly("BEGIN:VTIMEZONE", "TZID:Asia/Shanghai",
                    "BEGIN:STANDARD", "DTSTART:19910915T020000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0800",
                    "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT");
            assertThat(lines).contains("X-WR-TIMEZONE:Asia/Shanghai", "REFRESH-INTERVAL;VALUE=DURATION:P1D");
        }

        @Test
        void aShortenedDayIsExcludedFromTheWeeklyEventAndHasAnEventOfItsOwn() {
            Map<String, String> b = IcsFeeds.eventBlocks(
                    OpeningHoursFeed.builder(chengdu(smallClosures())).build().toBytes());
            String office = b.get("chengdu.office-hours.mo-tu-we-th-fr.0800-1700.en@consularkit.org");
            assertThat(IcsFeeds.value(office, "EXDATE;TZID=Asia/Shanghai")).contains("20260303T080000")
                    .contains("20260305T080000");
            // an early closing without a time closes at the middle of the office's day, 12:30
            String half = b.get("chengdu.office-hours.20260305.0800-1230.en@consularkit.org");
            assertThat(IcsFeeds.value(half, "DTSTART;TZID=Asia/Shanghai")).isEqualTo("20260305T080000");
            assertThat(IcsFeeds.value(half, "DTEND;TZID=Asia/Shanghai")).isEqualTo("20260305T123000");
            assertThat(half).doesNotContain("RRULE");
            // the appointments of that Thursday afternoon are cancelled: excluded, no event
            assertThat(IcsFeeds.value(b.get("chengdu.appointments.mo-tu-th.1300-1600.en@consularkit.org"),
                    "EXDATE;TZID=Asia/Shanghai")).contains("20260303T130000", "20260305T130000");
            assertThat(b.keySet()).noneMatch(uid -> uid.startsWith("chengdu.appointments.2026"));
        }

        @Test
        void theChineseFeedHasChineseTexts() {
            Map<String, String> b = IcsFeeds.eventBlocks(OpeningHoursFeed.builder(chengdu()).years(2026, 2026)
                    .locale(LocalizedText.SIMPLIFIED_CHINESE).build().toBytes());
            String appt = b.get("chengdu.appointments.mo-tu-th.1300-1600.zh@consularkit.org");
            assertThat(IcsFeeds.value(appt, "SUMMARY")).isEqualTo("美国驻成都总领事馆：美国公民服务预约时段");
            assertThat(IcsFeeds.value(appt, "DESCRIPTION")).startsWith("每周一、周二、周四 13:00-16:00（Asia/Shanghai）");
        }
    }

    @Nested
    class Golden {
        @Test
        void theFeedOfASmallClosureCalendarIsExactlyTheFrozenFile() throws java.io.IOException {
            HolidayFeedTest.assertGolden(OpeningHoursFeed.builder(chengdu(smallClosures())).availability(true).build()
                    .toBytes(), "opening-hours-small-2026-en.ics");
        }
    }

    @Nested
    class RoundTrip {
        @Test
        void ical4jExpandsEveryWeeklyEventToTheOpenIntervalsOfTheEngine() {
            ConsularOffice office = chengdu();
            byte[] bytes = OpeningHoursFeed.builder(office).years(2026, 2027).build().toBytes();
            Calendar parsed = IcsFeeds.parse(bytes);
            assertThat(parsed.validate().hasErrors()).isFalse();
            Map<String, OpeningHours> hours = Map.of("office-hours", office.officeHours(),
                    "appointments", office.appointmentHours(), "walk-in", office.walkInHours().orElseThrow());
            ZonedDateTime from = LocalDate.of(2026, 1, 1).atStartOfDay(SHANGHAI);
            ZonedDateTime to = LocalDate.of(2028, 1, 1).atStartOfDay(SHANGHAI);
            for (Map.Entry<String, OpeningHours> e : hours.entrySet()) {
                List<String> expected = new ArrayList<>();
                for (LocalDate d = from.toLocalDate(); d.isBefore(to.toLocalDate()); d = d.plusDays(1)) {
                    for (TimeWindow w : e.getValue().windows(d)) {
                        expected.add(ZonedDateTime.of(d, w.start(), SHANGHAI).toInstant() + "/"
                                + ZonedDateTime.of(d, w.end(), SHANGHAI).toInstant());
                    }
                }
                List<String> actual = new ArrayList<>();
                for (VEvent v : IcsFeeds.events(parsed)) {
                    if (!IcsFeeds.text(v, "UID").startsWith("chengdu." + e.getKey() + ".")) {
                        continue;
                    }
                    for (Period<Temporal> p : v.<Temporal>calculateRecurrenceSet(
                            new Period<>(from, to))) {
                        actual.add(instant(p.getStart()) + "/" + instant(p.getEnd()));
                    }
                }
                actual.sort(null);
                expected.sort(null);
                assertThat(actual).as(e.getKey()).isEqualTo(expected);
            }
        }

        private Instant instant(Temporal t) {
            if (t instanceof ZonedDateTime z) {
                return z.toInstant();
            }
            if (t instanceof LocalDateTime l) {
                return l.atZone(SHANGHAI).toInstant();
            }
            return Instant.from(t);
        }
    }

    @Nested
    class Availability {
        @Test
        void optionallyDescribesEachScheduleAsAVavailability() {
            List<String> lines = IcsFeeds.lines(OpeningHoursFeed.builder(chengdu()).years(2026, 2026)
                    .availability(true).build().toBytes());
            assertThat(lines.stream().filter("BEGIN:VAVAILABILITY"::equals)).hasSize(3);
            assertThat(lines.stream().filter("BEGIN:AVAILABLE"::equals)).hasSize(3);
            assertThat(lines).contains("BUSYTYPE:BUSY-UNAVAILABLE",
                    "UID:chengdu.appointments.availability.en@consularkit.org");
        }
    }

    @Nested
    class Options {
        @Test
        void yearsMustBeInOrderAndWithinTheClosureCalendar() {
            assertThatThrownBy(() -> OpeningHoursFeed.builder(chengdu()).years(2027, 2026))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Feed years must be in order, but 2026 is before 2027");
            assertThatThrownBy(() -> OpeningHoursFeed.builder(chengdu()).years(1999, 2026))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar post:chengdu covers the years 2000-2100; feed years 1999-2026 are"
                            + " outside its range");
        }

        @Test
        void theSameInputGivesTheSameBytesAndUidsDoNotDependOnTheYears() {
            OpeningHoursFeed a = OpeningHoursFeed.builder(chengdu()).years(2026, 2026).build();
            assertThat(a.toBytes()).isEqualTo(OpeningHoursFeed.builder(chengdu()).years(2026, 2026).build().toBytes());
            assertThat(IcsFeeds.eventBlocks(a.toBytes()).keySet()).isEqualTo(IcsFeeds.eventBlocks(
                    OpeningHoursFeed.builder(chengdu()).years(2025, 2030).build().toBytes()).keySet());
            assertThat(a).hasToString("OpeningHoursFeed[chengdu 2026-2026 en 2025-12-18T00:00:00Z]")
                    .isEqualTo(OpeningHoursFeed.builder(chengdu()).years(2026, 2026).build())
                    .hasSameHashCodeAs(OpeningHoursFeed.builder(chengdu()).years(2026, 2026).build())
                    .isNotEqualTo(OpeningHoursFeed.builder(chengdu()).years(2026, 2026).availability(true).build());
            assertThat(a.dataVersion()).isEqualTo(HolidayFeed.DEFAULT_DATA_VERSION);
            assertThat(a.locale()).isEqualTo(Locale.ENGLISH);
            assertThat(a.includesAvailability()).isFalse();
            assertThat(a.office().id()).isEqualTo("chengdu");
            assertThat(a.fromYear()).isEqualTo(2026);
            assertThat(a.toYear()).isEqualTo(2026);
            assertThat(a.equals(a)).isTrue();
            assertThat(a.equals(null)).isFalse();
        }

        @Test
        void feedsThatDifferInOneOptionHaveDifferentHashCodes() {
            ConsularOffice office = chengdu();
            OpeningHoursFeed base = OpeningHoursFeed.builder(office).years(2026, 2026).build();
            assertThat(List.of(base, OpeningHoursFeed.builder(office).years(2026, 2027).build(),
                    OpeningHoursFeed.builder(office).years(2026, 2026).availability(true).build(),
                    OpeningHoursFeed.builder(office).years(2026, 2026).locale(LocalizedText.SIMPLIFIED_CHINESE).build(),
                    OpeningHoursFeed.builder(chengdu(smallClosures())).build()).stream()
                    .map(OpeningHoursFeed::hashCode).distinct()).hasSize(5);
        }

        @Test
        void theAvailabilityOptionIsKept() {
            OpeningHoursFeed f = OpeningHoursFeed.builder(chengdu()).years(2026, 2026).availability(true).build();
            assertThat(f.includesAvailability()).isTrue();
            assertThat(f).hasToString("OpeningHoursFeed[chengdu 2026-2026 en availability 2025-12-18T00:00:00Z]");
        }

        @Test
        void textAndStreamCarryExactlyTheBytes() throws java.io.IOException {
            OpeningHoursFeed f = OpeningHoursFeed.builder(chengdu(smallClosures())).build();
            byte[] bytes = f.toBytes();
            assertThat(f.toIcs()).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            f.write(out);
            assertThat(out.toByteArray()).isEqualTo(bytes);
        }
    }
}
