package org.consularkit.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consularkit.ical.HolidayFeedTestCalendars.synthetic;
import static org.consularkit.ical.HolidayFeedTestCalendars.tiny;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.consularkit.calendar.ChinaHolidayCalendar;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.calendar.ChinaScheduleLoader;
import org.consularkit.calendar.MissionChinaClosures;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.DateRange;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayFeedTest {

    private static final Locale ZH = LocalizedText.SIMPLIFIED_CHINESE;

    private static HolidayFeed feed(HolidayCalendar cal, Locale locale) {
        return HolidayFeed.builder(cal).locale(locale).build();
    }

    private static Map<String, String> blocks(HolidayFeed feed) {
        return IcsFeeds.eventBlocks(feed.toBytes());
    }

    //-----------------------------------------------------------------------
    @Nested
    class Builder {
        @Test
        void defaultsToEveryYearInEnglishWithMakeupDaysAtTheLibrarysDataVersion() {
            HolidayFeed f = HolidayFeed.builder(synthetic()).build();
            assertThat(f.fromYear()).isEqualTo(2000);
            assertThat(f.toYear()).isEqualTo(2030);
            assertThat(f.locale()).isEqualTo(Locale.ENGLISH);
            assertThat(f.includesMakeupDays()).isTrue();
            assertThat(f.dataVersion()).isEqualTo(HolidayFeed.DEFAULT_DATA_VERSION)
                    .isEqualTo(Instant.parse("2025-12-18T00:00:00Z"));
        }

        @ParameterizedTest
        @CsvSource({"zh-CN, zh-CN", "zh-TW, zh-CN", "zh, zh-CN", "en-US, en", "fr-FR, en", "hi-IN, en"})
        void anyChineseLocaleGivesSimplifiedChineseAnyOtherEnglish(String tag, String expected) {
            HolidayFeed f = HolidayFeed.builder(tiny()).locale(Locale.forLanguageTag(tag)).build();
            assertThat(f.locale().toLanguageTag()).isEqualTo(expected);
        }

        @Test
        void yearsMustBeInOrder() {
            assertThatThrownBy(() -> HolidayFeed.builder(synthetic()).years(2010, 2009))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Feed years must be in order, but 2009 is before 2010");
        }

        @Test
        void yearsMustLieInTheCalendarsRange() {
            assertThatThrownBy(() -> HolidayFeed.builder(synthetic()).years(1999, 2010))
                    .isInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar synthetic covers the years 2000-2030; feed years 1999-2010 are"
                            + " outside its range");
            assertThatThrownBy(() -> HolidayFeed.builder(synthetic()).years(2020, 2031))
                    .isInstanceOf(DateTimeException.class);
        }

        @Test
        void dataVersionDropsFractionsAndMustLieInYears1To9999() {
            HolidayFeed f = HolidayFeed.builder(tiny())
                    .dataVersion(Instant.parse("2026-03-01T10:11:12.987Z")).build();
            assertThat(f.dataVersion()).isEqualTo(Instant.parse("2026-03-01T10:11:12Z"));
            assertThatThrownBy(() -> HolidayFeed.builder(tiny()).dataVersion(Instant.parse("+10000-01-01T00:00:00Z")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Data version must lie in the years 1 to 9999 (UTC), but was"
                            + " +10000-01-01T00:00:00Z");
            assertThatThrownBy(() -> HolidayFeed.builder(tiny()).dataVersion(Instant.parse("0000-12-31T23:59:59Z")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void nullsAreRejectedWithTheParameterName() {
            assertThatThrownBy(() -> HolidayFeed.builder(null)).hasMessage("calendar");
            assertThatThrownBy(() -> HolidayFeed.builder(tiny()).locale(null)).hasMessage("locale");
            assertThatThrownBy(() -> HolidayFeed.builder(tiny()).dataVersion(null)).hasMessage("version");
            assertThatThrownBy(() -> HolidayFeed.builder(tiny()).build().uid(null)).hasMessage("holiday");
            assertThatThrownBy(() -> HolidayFeed.builder(tiny()).build().write(null)).hasMessage("out");
        }

        @Test
        void equalOptionsGiveEqualFeeds() {
            HolidayCalendar cal = tiny();
            HolidayFeed a = HolidayFeed.builder(cal).years(2026, 2026).locale(ZH).build();
            HolidayFeed b = HolidayFeed.builder(cal).locale(Locale.forLanguageTag("zh-TW")).build();
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
            assertThat(a).isNotEqualTo(HolidayFeed.builder(cal).build())
                    .isNotEqualTo(HolidayFeed.builder(cal).locale(ZH).makeupDays(false).build());
            assertThat(a).hasToString("HolidayFeed[tiny 2026-2026 zh makeupDays 2025-12-18T00:00:00Z]");
            assertThat(a.equals(a)).isTrue();
            assertThat(a.equals(null)).isFalse();
        }

        @Test
        void feedsThatDifferInOneOptionHaveDifferentHashCodes() {
            HolidayCalendar cal = synthetic();
            HolidayFeed base = HolidayFeed.builder(cal).build();
            assertThat(List.of(base, HolidayFeed.builder(cal).locale(ZH).build(),
                    HolidayFeed.builder(cal).makeupDays(false).build(), HolidayFeed.builder(cal).years(2001, 2030).build(),
                    HolidayFeed.builder(cal).dataVersion(Instant.parse("2026-01-01T00:00:00Z")).build(),
                    HolidayFeed.builder(tiny()).build()).stream().map(HolidayFeed::hashCode).distinct()).hasSize(6);
        }

        @Test
        void makeupDaysCanBeLeftOut() {
            assertThat(HolidayFeed.builder(tiny()).makeupDays(false).build().includesMakeupDays()).isFalse();
            assertThat(HolidayFeed.builder(tiny()).makeupDays(false).build())
                    .hasToString("HolidayFeed[tiny 2026-2026 en 2025-12-18T00:00:00Z]");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Golden {
        @ParameterizedTest
        @CsvSource({"en, holiday-feed-tiny-en.ics", "zh-CN, holiday-feed-tiny-zh.ics"})
        void theTinyFeedIsExactlyTheFrozenFile(String tag, String file) throws IOException {
            assertGolden(feed(tiny(), Locale.forLanguageTag(tag)).toBytes(), file);
        }
    }

    /**
     * Compares bytes with a frozen file of {@code src/test/resources}; with {@code
     * -Dconsularkit.updateGolden=true} rewrites the file first (then check it by hand).
     */
    static void assertGolden(byte[] actual, String file) throws IOException {
        if (Boolean.getBoolean("consularkit.updateGolden")) {
            Files.write(Path.of("src/test/resources/org/consularkit/ical", file), actual);
            return;
        }
        byte[] expected;
        try (InputStream in = HolidayFeedTest.class.getResourceAsStream(file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            expected = in.readAllBytes();
        }
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual).isEqualTo(expected);
    }

    //-----------------------------------------------------------------------
    @Nested
    class CalendarObject {
        @Test
        void carriesNamesRefreshHintsAndNoMethod() {
            List<String> lines = IcsFeeds.lines(feed(tiny(), Locale.ENGLISH).toBytes());
            assertThat(lines.subList(0, 7)).containsExactly(
                    "BEGIN:VCALENDAR",
                    "PRODID:-//consularkit.org//ConsularKit//EN",
                    "VERSION:2.0",
                    "CALSCALE:GREGORIAN",
                    "NAME:Tiny test holidays",
                    "X-WR-CALNAME:Tiny test holidays",
                    "X-WR-CALDESC:Tiny test holidays\\, 2026: days off\\, make-up working days and early"
                            + " closings. Official dates are CONFIRMED\\, dates derived by rule TENTATIVE."
                            + " Data version 2025-12-18T00:00:00Z. Generated by ConsularKit.");
            assertThat(lines).contains("REFRESH-INTERVAL;VALUE=DURATION:P1D", "X-PUBLISHED-TTL:P1D")
                    .noneMatch(l -> l.startsWith("METHOD"));
            assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VCALENDAR");
        }

        @Test
        void theRefreshHintsAreTheRefreshIntervalConstant() {
            assertThat(HolidayFeed.REFRESH_INTERVAL).isEqualTo(Duration.ofDays(1));
            List<String> lines = IcsFeeds.lines(feed(tiny(), Locale.ENGLISH).toBytes());
            assertThat(lines).contains("REFRESH-INTERVAL;VALUE=DURATION:P" + HolidayFeed.REFRESH_INTERVAL.toDays() + "D",
                    "X-PUBLISHED-TTL:P" + HolidayFeed.REFRESH_INTERVAL.toDays() + "D");
        }

        @Test
        void theChineseFeedHasTheChineseName() {
            List<String> lines = IcsFeeds.lines(feed(tiny(), ZH).toBytes());
            assertThat(lines).contains("NAME:测试假日", "X-WR-CALNAME:测试假日");
        }

        @Test
        void everyEventIsAllDayTransparentPublicAndStampedWithTheDataVersion() {
            Instant version = Instant.parse("2026-11-04T08:30:00Z");
            HolidayFeed f = HolidayFeed.builder(synthetic()).dataVersion(version).build();
            Map<String, String> blocks = blocks(f);
            assertThat(blocks).hasSizeGreaterThan(100);
            for (String b : blocks.values()) {
                assertThat(IcsFeeds.value(b, "DTSTART;VALUE=DATE")).hasSize(8);
                assertThat(IcsFeeds.value(b, "DTEND;VALUE=DATE")).hasSize(8);
                assertThat(IcsFeeds.value(b, "TRANSP")).isEqualTo("TRANSPARENT");
                assertThat(IcsFeeds.value(b, "CLASS")).isEqualTo("PUBLIC");
                assertThat(IcsFeeds.value(b, "DTSTAMP")).isEqualTo("20261104T083000Z");
                assertThat(IcsFeeds.value(b, "LAST-MODIFIED")).isEqualTo("20261104T083000Z");
                assertThat(IcsFeeds.value(b, "CATEGORIES")).isNotBlank();
                assertThat(IcsFeeds.value(b, "DESCRIPTION")).contains("Status: ").contains("Source: ");
            }
        }

        @Test
        void eventsAreSortedByStartThenUid() {
            List<String> keys = new ArrayList<>();
            for (String b : blocks(HolidayFeed.builder(synthetic()).build()).values()) {
                keys.add(IcsFeeds.value(b, "DTSTART;VALUE=DATE") + " " + IcsFeeds.value(b, "UID"));
            }
            assertThat(keys).isSorted().doesNotHaveDuplicates();
            // tiny: the make-up day of 14 February comes before the block of 15 February
            assertThat(blocks(feed(tiny(), Locale.ENGLISH)).keySet()).startsWith(
                    "tiny.2026.spring-festival.workday1.en@consularkit.org",
                    "tiny.2026.spring-festival.en@consularkit.org");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Events {
        private final Map<String, String> en = blocks(feed(tiny(), Locale.ENGLISH));
        private final Map<String, String> zh = blocks(feed(tiny(), ZH));

        @Test
        void aMultiDayBlockIsOneEventWithAnExclusiveEnd() {
            String b = en.get("tiny.2026.spring-festival.en@consularkit.org");
            assertThat(IcsFeeds.value(b, "DTSTART;VALUE=DATE")).isEqualTo("20260215");
            assertThat(IcsFeeds.value(b, "DTEND;VALUE=DATE")).isEqualTo("20260224");
            assertThat(IcsFeeds.value(b, "SUMMARY")).isEqualTo("Spring Festival");
            assertThat(IcsFeeds.value(b, "X-APPLE-SPECIAL-DAY")).isEqualTo("WORK-HOLIDAY");
            assertThat(IcsFeeds.value(b, "DESCRIPTION")).startsWith(
                    "Days off: 2026-02-15 to 2026-02-23 (9 days).\\nMake-up working days: 2026-02-14\\,"
                            + " 2026-02-28.\\nStatus: official.\\nSource: 国务院办公厅关于2026年部分节假日安排的通知"
                            + " <https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm>");
            assertThat(IcsFeeds.value(zh.get("tiny.2026.spring-festival.zh@consularkit.org"), "DESCRIPTION"))
                    .startsWith("放假：2026-02-15 至 2026-02-23，共 9 天。\\n调休上班：2026-02-14、2026-02-28。\\n状态：正式。");
        }

        @Test
        void aUsHolidayIsOnItsObservedDayWithTheActualDateInTheDescription() {
            String b = en.get("tiny.2026.independence-day.en@consularkit.org");
            assertThat(IcsFeeds.value(b, "DTSTART;VALUE=DATE")).isEqualTo("20260703");
            assertThat(IcsFeeds.value(b, "DTEND;VALUE=DATE")).isEqualTo("20260704");
            assertThat(IcsFeeds.value(b, "SUMMARY")).isEqualTo("Independence Day (observed)");
            assertThat(IcsFeeds.value(b, "DESCRIPTION"))
                    .startsWith("Independence Day falls on 2026-07-04\\; it is observed on 2026-07-03.");
            String z = zh.get("tiny.2026.independence-day.zh@consularkit.org");
            assertThat(IcsFeeds.value(z, "SUMMARY")).isEqualTo("独立日（补休）");
            assertThat(IcsFeeds.value(z, "DESCRIPTION")).startsWith("独立日为 2026-07-04，于 2026-07-03 补休。");
        }

        @Test
        void aHolidayOnASundayIsObservedOnTheMondayAfterWithTheActualDateInTheDescription() {
            // fixed-day 2023: Sunday 1 January, observed on Monday 2 January
            String b = blocks(HolidayFeed.builder(synthetic()).years(2023, 2023).build())
                    .get("synthetic.2023.fixed-day.en@consularkit.org");
            assertThat(IcsFeeds.value(b, "DTSTART;VALUE=DATE")).isEqualTo("20230102");
            assertThat(IcsFeeds.value(b, "DTEND;VALUE=DATE")).isEqualTo("20230103");
            assertThat(IcsFeeds.value(b, "SUMMARY")).isEqualTo("Fixed Day (observed)");
            assertThat(IcsFeeds.value(b, "DESCRIPTION")).isEqualTo("Fixed Day falls on 2023-01-01\\; it is observed"
                    + " on 2023-01-02.\\nDay off: 2023-01-02.\\nStatus: provisional (derived by rule\\; may change"
                    + " when the official schedule is published).\\nSource: Test rule");
        }

        @Test
        void daysOffOnAFridayAndTheMondayAfterAreOneEventOverTheWeekend() {
            Holiday bridge = Holiday.builder("bridge", 2026, HolidayFeedTestCalendars.BRIDGE, HolidayKind.SPECIAL)
                    .day(LocalDate.of(2026, 5, 1), DayType.REST_DAY).day(LocalDate.of(2026, 5, 4), DayType.REST_DAY)
                    .source(HolidayFeedTestCalendars.ORDER).build();
            HolidayCalendar cal = HolidayFeedTestCalendars.calendar("fri-mon", LocalizedText.of("F", "F"), 2026, 2026,
                    y -> y == 2026 ? List.of(bridge) : List.of(), y -> HolidayStatus.OFFICIAL);
            Map<String, String> b = blocks(feed(cal, Locale.ENGLISH));
            assertThat(b).containsOnlyKeys("fri-mon.2026.bridge.en@consularkit.org");
            String event = b.get("fri-mon.2026.bridge.en@consularkit.org");
            assertThat(IcsFeeds.value(event, "DTSTART;VALUE=DATE")).isEqualTo("20260501");
            assertThat(IcsFeeds.value(event, "DTEND;VALUE=DATE")).isEqualTo("20260505");
            assertThat(IcsFeeds.value(event, "DESCRIPTION")).startsWith("Days off: 2026-05-01 to 2026-05-04 (4 days).");
        }

        @Test
        void partsAreNumberedInDateOrderWhenAnEarlyClosingComesBeforeADayOff() {
            Holiday closings = Holiday.builder("closings", 2026, HolidayFeedTestCalendars.CHRISTMAS_EVE,
                            HolidayKind.EARLY_CLOSING)
                    .day(LocalDate.of(2026, 12, 24), DayType.WORKDAY).day(LocalDate.of(2026, 12, 28), DayType.CLOSURE)
                    .source(HolidayFeedTestCalendars.ORDER).build();
            HolidayCalendar cal = HolidayFeedTestCalendars.calendar("parts", LocalizedText.of("P", "P"), 2026, 2026,
                    y -> y == 2026 ? List.of(closings) : List.of(), y -> HolidayStatus.OFFICIAL);
            Map<String, String> b = blocks(feed(cal, Locale.ENGLISH));
            assertThat(b).containsOnlyKeys("parts.2026.closings.en@consularkit.org",
                    "parts.2026.closings.part2.en@consularkit.org");
            assertThat(IcsFeeds.value(b.get("parts.2026.closings.en@consularkit.org"), "DTSTART;VALUE=DATE"))
                    .isEqualTo("20261224");
            assertThat(IcsFeeds.value(b.get("parts.2026.closings.part2.en@consularkit.org"), "DTSTART;VALUE=DATE"))
                    .isEqualTo("20261228");
        }

        @Test
        void anEarlyClosingIsAWorkingDayEventNotADayOff() {
            String b = en.get("tiny.2026.christmas-eve.en@consularkit.org");
            assertThat(IcsFeeds.value(b, "DTSTART;VALUE=DATE")).isEqualTo("20261224");
            assertThat(IcsFeeds.value(b, "DTEND;VALUE=DATE")).isEqualTo("20261225");
            assertThat(IcsFeeds.value(b, "SUMMARY")).isEqualTo("Christmas Eve (offices close at 12:00)");
            assertThat(IcsFeeds.value(b, "CATEGORIES")).isEqualTo("Early closing");
            assertThat(IcsFeeds.value(b, "DESCRIPTION")).startsWith("Working day 2026-12-24\\; offices close at 12:00.");
            assertThat(b).doesNotContain("X-APPLE-SPECIAL-DAY");
            assertThat(IcsFeeds.value(zh.get("tiny.2026.christmas-eve.zh@consularkit.org"), "SUMMARY"))
                    .isEqualTo("平安夜（12:00 起停止办公）");
        }

        @Test
        void anEarlyClosingWithoutATimeClosesTheSecondHalfOfTheDay() {
            Holiday eve = Holiday.builder("christmas-eve", 2026, HolidayFeedTestCalendars.CHRISTMAS_EVE,
                    HolidayKind.EARLY_CLOSING).day(LocalDate.of(2026, 12, 24), DayType.WORKDAY)
                    .source(HolidayFeedTestCalendars.ORDER).build();
            HolidayCalendar cal = HolidayFeedTestCalendars.calendar("eve", LocalizedText.of("Eve", "夜"),
                    2026, 2026, y -> y == 2026 ? List.of(eve) : List.of(), y -> HolidayStatus.OFFICIAL);
            String b = blocks(feed(cal, Locale.ENGLISH)).get("eve.2026.christmas-eve.en@consularkit.org");
            assertThat(IcsFeeds.value(b, "SUMMARY")).isEqualTo("Christmas Eve (offices close early)");
            assertThat(IcsFeeds.value(b, "DESCRIPTION")).startsWith("Working day 2026-12-24\\; offices close for"
                    + " the second half of the scheduled workday.");
        }

        @Test
        void makeupDaysAreEventsOfTheirOwnWithTheAppleAlternateWorkdayMark() {
            String b = en.get("tiny.2026.spring-festival.workday2.en@consularkit.org");
            assertThat(IcsFeeds.value(b, "DTSTART;VALUE=DATE")).isEqualTo("20260228");
            assertThat(IcsFeeds.value(b, "DTEND;VALUE=DATE")).isEqualTo("20260301");
            assertThat(IcsFeeds.value(b, "SUMMARY")).isEqualTo("Make-up working day (Spring Festival)");
            assertThat(IcsFeeds.value(b, "CATEGORIES")).isEqualTo("Make-up working day");
            assertThat(IcsFeeds.value(b, "X-APPLE-SPECIAL-DAY")).isEqualTo("ALTERNATE-WORKDAY");
            assertThat(IcsFeeds.value(zh.get("tiny.2026.spring-festival.workday2.zh@consularkit.org"), "SUMMARY"))
                    .isEqualTo("调休上班（春节）");
        }

        @Test
        void anOccurrenceWithOnlyMakeupDaysGivesOnlyMakeupEvents() {
            assertThat(en).containsKey("tiny.2026.bridge-day.workday1.en@consularkit.org")
                    .doesNotContainKey("tiny.2026.bridge-day.en@consularkit.org");
            Map<String, String> without = blocks(HolidayFeed.builder(tiny()).makeupDays(false).build());
            assertThat(without.keySet()).noneMatch(uid -> uid.contains("bridge-day") || uid.contains("workday"));
            assertThat(without).hasSize(4);
            // the day-off event still lists its make-up days
            assertThat(IcsFeeds.value(without.get("tiny.2026.spring-festival.en@consularkit.org"), "DESCRIPTION"))
                    .contains("Make-up working days: 2026-02-14\\, 2026-02-28.");
        }

        @Test
        void officialIsConfirmedAndProvisionalTentative() {
            assertThat(IcsFeeds.value(en.get("tiny.2026.spring-festival.en@consularkit.org"), "STATUS"))
                    .isEqualTo("CONFIRMED");
            String bridge = en.get("tiny.2026.bridge-day.workday1.en@consularkit.org");
            assertThat(IcsFeeds.value(bridge, "STATUS")).isEqualTo("TENTATIVE");
            assertThat(IcsFeeds.value(bridge, "DESCRIPTION")).contains("Status: provisional (derived by rule\\;"
                    + " may change when the official schedule is published).");
            assertThat(IcsFeeds.value(zh.get("tiny.2026.bridge-day.workday1.zh@consularkit.org"), "DESCRIPTION"))
                    .contains("状态：暂定（按规则推算，正式安排公布后可能变更）。");
        }

        @Test
        void sequenceIsZeroWhenProvisionalAndTheNumberOfSourcesWhenOfficial() {
            assertThat(IcsFeeds.value(en.get("tiny.2026.bridge-day.workday1.en@consularkit.org"), "SEQUENCE"))
                    .isEqualTo("0");
            assertThat(IcsFeeds.value(en.get("tiny.2026.spring-festival.en@consularkit.org"), "SEQUENCE"))
                    .isEqualTo("1");
            assertThat(IcsFeeds.value(en.get("tiny.2026.independence-day.en@consularkit.org"), "SEQUENCE"))
                    .isEqualTo("2");
        }

        @Test
        void daysOffThatAreNotConsecutiveGiveOneEventPerRun() {
            Map<String, String> b = blocks(HolidayFeed.builder(synthetic()).years(2010, 2010).build());
            // second Tuesday of August 2010 is the 10th; the Thursday after is the 12th
            assertThat(IcsFeeds.value(b.get("synthetic.2010.split.en@consularkit.org"), "DTSTART;VALUE=DATE"))
                    .isEqualTo("20100810");
            assertThat(IcsFeeds.value(b.get("synthetic.2010.split.part2.en@consularkit.org"), "DTSTART;VALUE=DATE"))
                    .isEqualTo("20100812");
        }

        @Test
        void anEventIsInTheFeedOfTheYearsItsDatesMeet() {
            // fixed-day 2011 (Saturday) is observed on Friday 2010-12-31
            String uid = "synthetic.2011.fixed-day.en@consularkit.org";
            assertThat(blocks(HolidayFeed.builder(synthetic()).years(2000, 2010).build())).containsKey(uid);
            assertThat(blocks(HolidayFeed.builder(synthetic()).years(2011, 2020).build())).doesNotContainKey(uid);
        }

        @Test
        void twoOccurrencesWithTheSameKeyAndYearCannotBeWritten() {
            HolidayCalendar a = tiny();
            HolidayCalendar b = HolidayFeedTestCalendars.calendar("other", LocalizedText.of("O", "O"), 2026, 2026,
                    y -> y == 2026 ? List.of(HolidayFeedTestCalendars.springFestival2026()
                            .source(HolidayFeedTestCalendars.AMENDMENT).build()) : List.of(),
                    y -> HolidayStatus.OFFICIAL);
            HolidayCalendar union = HolidayCalendar.union("post:test", LocalizedText.of("Post", "馆"), List.of(a, b));
            List<Holiday> twice = union.holidays(DateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                    .stream().filter(h -> h.id().equals("spring-festival/2026")).toList();
            assertThat(twice).hasSize(2);
            assertThatThrownBy(() -> HolidayFeed.builder(union).build().toBytes())
                    .isInstanceOf(IcsValidationException.class)
                    .hasMessageStartingWith("Invalid iCalendar output for holiday feed post:test (en) 2026-2026:"
                            + " calendar post:test has 2 occurrences spring-festival/2026")
                    .satisfies(e -> assertThat(((IcsValidationException) e).problems()).containsExactly(
                            "calendar post:test has 2 occurrences spring-festival/2026 (" + twice + "); the UIDs of a"
                                    + " feed need a unique key per year"));
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Uids {
        @Test
        void followTheDocumentedScheme() {
            Holiday sf = HolidayFeedTestCalendars.springFestival2026().build();
            assertThat(feed(tiny(), ZH).uid(sf)).isEqualTo("tiny.2026.spring-festival.zh@consularkit.org");
            HolidayCalendar post = HolidayFeedTestCalendars.calendar("post:bei.jing/北", LocalizedText.of("P", "P"),
                    2026, 2026, y -> List.of(), y -> HolidayStatus.OFFICIAL);
            assertThat(feed(post, Locale.ENGLISH).uid(sf))
                    .isEqualTo("post%3Abei%2Ejing%2F%E5%8C%97.2026.spring-festival.en@consularkit.org");
        }

        @Test
        void differByLanguageSoThatBothFeedsCanBeSubscribedTogether() {
            assertThat(en().keySet()).allMatch(u -> u.endsWith(".en@consularkit.org"));
            List<String> asChinese = en().keySet().stream().map(u -> u.replace(".en@", ".zh@")).toList();
            assertThat(blocks(feed(tiny(), ZH)).keySet()).containsExactlyElementsOf(asChinese);
        }

        private Map<String, String> en() {
            return blocks(feed(tiny(), Locale.ENGLISH));
        }

        @Test
        void areStableAcrossYearRanges() {
            HolidayCalendar cal = synthetic();
            Map<String, String> early = blocks(HolidayFeed.builder(cal).years(2020, 2025).build());
            Map<String, String> late = blocks(HolidayFeed.builder(cal).years(2024, 2030).build());
            int shared = 0;
            for (Map.Entry<String, String> e : early.entrySet()) {
                String start = IcsFeeds.value(e.getValue(), "DTSTART;VALUE=DATE");
                if (start.compareTo("20240101") >= 0) {
                    assertThat(late).containsEntry(e.getKey(), e.getValue());
                    shared++;
                } else {
                    assertThat(late).doesNotContainKey(e.getKey());
                }
            }
            assertThat(shared).isGreaterThan(10);
        }

        @Test
        void anAmendedEventKeepsItsUidAndGetsAHigherSequence() {
            Map<String, String> before = blocks(HolidayFeed.builder(synthetic()).build());
            Instant later = Instant.parse("2026-06-01T00:00:00Z");
            Map<String, String> after = blocks(HolidayFeed.builder(synthetic(2010)).dataVersion(later).build());
            assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
            String uid = "synthetic.2010.block.en@consularkit.org";
            assertThat(IcsFeeds.value(before.get(uid), "DTSTART;VALUE=DATE")).isEqualTo("20100508");
            assertThat(IcsFeeds.value(after.get(uid), "DTSTART;VALUE=DATE")).isEqualTo("20100515");
            assertThat(IcsFeeds.value(before.get(uid), "SEQUENCE")).isEqualTo("1");
            assertThat(IcsFeeds.value(after.get(uid), "SEQUENCE")).isEqualTo("2");
            assertThat(IcsFeeds.value(after.get(uid), "LAST-MODIFIED")).isEqualTo("20260601T000000Z");
            assertThat(IcsFeeds.value(before.get(uid), "LAST-MODIFIED")).isEqualTo("20251218T000000Z");
            // the make-up days of the amended block keep their UIDs too
            String workday = "synthetic.2010.block.workday1.en@consularkit.org";
            assertThat(IcsFeeds.value(after.get(workday), "DTSTART;VALUE=DATE")).isEqualTo("20100522");
            assertThat(IcsFeeds.value(after.get(workday), "SEQUENCE")).isEqualTo("2");
        }

        @Test
        void aProvisionalEventThatBecomesOfficialGetsAHigherSequence() {
            Holiday provisional = HolidayFeedTestCalendars.springFestival2026()
                    .status(HolidayStatus.PROVISIONAL).build();
            HolidayCalendar rule = HolidayFeedTestCalendars.calendar("tiny", LocalizedText.of("T", "T"), 2026, 2026,
                    y -> y == 2026 ? List.of(provisional) : List.of(), y -> HolidayStatus.PROVISIONAL);
            String uid = "tiny.2026.spring-festival.en@consularkit.org";
            assertThat(IcsFeeds.value(blocks(feed(rule, Locale.ENGLISH)).get(uid), "SEQUENCE")).isEqualTo("0");
            assertThat(IcsFeeds.value(blocks(feed(tiny(), Locale.ENGLISH)).get(uid), "SEQUENCE")).isEqualTo("1");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Bytes {
        @Test
        void areUtf8WithoutBomWithCrlfLineEnds() {
            byte[] bytes = feed(tiny(), ZH).toBytes();
            assertThat(new String(bytes, 0, 15, StandardCharsets.US_ASCII)).isEqualTo("BEGIN:VCALENDAR");
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).endsWith("END:VCALENDAR\r\n");
            assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
            assertThat(feed(tiny(), ZH).toIcs()).isEqualTo(text);
        }

        @Test
        void writeWritesExactlyTheBytes() throws IOException {
            HolidayFeed f = feed(tiny(), ZH);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            f.write(out);
            assertThat(out.toByteArray()).isEqualTo(f.toBytes());
        }

        @Test
        void foldAt75OctetsWithoutBreakingAChineseCharacter() throws CharacterCodingException {
            for (HolidayFeed f : List.of(feed(tiny(), ZH), feed(tiny(), Locale.ENGLISH), feed(synthetic(), ZH))) {
                byte[] bytes = f.toBytes();
                int start = 0;
                int folded = 0;
                for (int i = 0; i + 1 < bytes.length; i++) {
                    if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                        assertThat(i - start).as("octets of line at %d", start).isLessThanOrEqualTo(75);
                        // each physical line alone is valid UTF-8: no character was split
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(bytes, start, i - start));
                        if (i + 2 < bytes.length && bytes[i + 2] == ' ') {
                            folded++;
                        }
                        start = i + 2;
                    }
                }
                assertThat(folded).isPositive();
                // unfolding restores exactly the text ical4j produced
                assertThat(IcsFeeds.unfold(bytes)).isEqualTo(f.toCalendar().toString());
            }
        }

        @Test
        void aLongChineseNameUnfoldsToItself() {
            String b = blocks(feed(tiny(), ZH)).get("tiny.2026.victory-day.zh@consularkit.org");
            assertThat(IcsFeeds.value(b, "SUMMARY")).isEqualTo("中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Determinism {
        @Test
        void theSameInputGivesTheSameBytes() {
            byte[] first = HolidayFeed.builder(synthetic()).locale(ZH).build().toBytes();
            byte[] second = HolidayFeed.builder(synthetic()).locale(ZH).build().toBytes();
            assertThat(second).isEqualTo(first);
        }

        @Test
        void theJvmDefaultLocaleAndZoneChangeNothing() {
            byte[] en = feed(synthetic(), Locale.ENGLISH).toBytes();
            byte[] zh = feed(synthetic(), ZH).toBytes();
            Locale locale = Locale.getDefault();
            Locale display = Locale.getDefault(Locale.Category.DISPLAY);
            Locale format = Locale.getDefault(Locale.Category.FORMAT);
            TimeZone zone = TimeZone.getDefault();
            try {
                for (String tag : List.of("th-TH-u-nu-thai", "ar-EG", "tr-TR", "ja-JP-u-ca-japanese")) {
                    for (String tz : List.of("America/St_Johns", "Asia/Kathmandu")) {
                        Locale.setDefault(Locale.forLanguageTag(tag));
                        TimeZone.setDefault(TimeZone.getTimeZone(tz));
                        assertThat(feed(synthetic(), Locale.ENGLISH).toBytes()).as("%s %s", tag, tz).isEqualTo(en);
                        assertThat(feed(synthetic(), ZH).toBytes()).as("%s %s", tag, tz).isEqualTo(zh);
                    }
                }
            } finally {
                Locale.setDefault(locale);
                Locale.setDefault(Locale.Category.DISPLAY, display);
                Locale.setDefault(Locale.Category.FORMAT, format);
                TimeZone.setDefault(zone);
            }
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class RoundTrip {
        @Test
        void ical4jReadsBackEveryEventAsTheCalendarApiDescribesIt() {
            for (Locale locale : List.of(Locale.ENGLISH, ZH)) {
                roundTrip(synthetic(), 2000, 2030, locale);
                roundTrip(tiny(), 2026, 2026, locale);
            }
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Coverage {
        @Test
        void everyDayOffLiesInExactlyOneEventAndEveryMakeupDayInOne() {
            everyDayOffInExactlyOneEvent(synthetic(), 2000, 2030);
            everyDayOffInExactlyOneEvent(tiny(), 2026, 2026);
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class UsFederal {
        private final HolidayCalendar us = UsFederalHolidays.calendar();

        @ParameterizedTest
        @CsvSource({"en, holiday-feed-us-federal-2026-en.ics", "zh-CN, holiday-feed-us-federal-2026-zh.ics"})
        void the2026FeedIsExactlyTheFrozenFile(String tag, String file) throws IOException {
            byte[] actual = HolidayFeed.builder(us).years(2026, 2026).locale(Locale.forLanguageTag(tag))
                    .build().toBytes();
            assertGolden(actual, file);
        }

        @Test
        void the2026FeedHasTheElevenObservedDates() {
            List<String> starts = new ArrayList<>();
            for (String b : blocks(HolidayFeed.builder(us).years(2026, 2026).build()).values()) {
                starts.add(IcsFeeds.value(b, "DTSTART;VALUE=DATE"));
            }
            assertThat(starts).containsExactly("20260101", "20260119", "20260216", "20260525", "20260619",
                    "20260703", "20260907", "20261012", "20261111", "20261126", "20261225");
        }

        @Test
        void newYearsDay2022IsInTheFeedOf2021OnFriday31December() {
            String uid = "us-federal.2022.new-years-day.en@consularkit.org";
            String b = blocks(HolidayFeed.builder(us).years(2007, 2021).build()).get(uid);
            assertThat(IcsFeeds.value(b, "DTSTART;VALUE=DATE")).isEqualTo("20211231");
            assertThat(IcsFeeds.value(b, "SUMMARY")).isEqualTo("New Year's Day (observed)");
            assertThat(IcsFeeds.value(b, "DESCRIPTION")).startsWith(
                    "New Year's Day falls on 2022-01-01\\; it is observed on 2021-12-31.");
            assertThat(blocks(HolidayFeed.builder(us).years(2022, 2030).build())).doesNotContainKey(uid);
        }

        @Test
        void aHalfDayClosingIsAnEarlyClosingAndAFullDayClosingADayOff() {
            Map<String, String> b = blocks(HolidayFeed.builder(us).years(2015, 2024).build());
            String half = b.get("us-federal.2015.christmas-eve-closing.en@consularkit.org");
            assertThat(IcsFeeds.value(half, "DTSTART;VALUE=DATE")).isEqualTo("20151224");
            assertThat(IcsFeeds.value(half, "CATEGORIES")).isEqualTo("Early closing");
            assertThat(IcsFeeds.value(half, "SUMMARY")).endsWith(" (offices close early)");
            assertThat(half).doesNotContain("X-APPLE-SPECIAL-DAY");
            String full = b.get("us-federal.2024.christmas-eve-closing.en@consularkit.org");
            assertThat(IcsFeeds.value(full, "DTSTART;VALUE=DATE")).isEqualTo("20241224");
            assertThat(IcsFeeds.value(full, "CATEGORIES")).isEqualTo("Closure");
            assertThat(IcsFeeds.value(full, "X-APPLE-SPECIAL-DAY")).isEqualTo("WORK-HOLIDAY");
            assertThat(IcsFeeds.value(full, "DESCRIPTION")).contains("Source: EO 14129");
        }

        @Test
        void roundTripsAndCoversEveryDayOffOf2007To2030() {
            roundTrip(us, 2007, 2030, Locale.ENGLISH);
            roundTrip(us, 2007, 2030, ZH);
            everyDayOffInExactlyOneEvent(us, 2007, 2030);
        }

        @Test
        void keepsItsUidsAcrossYearRanges() {
            Map<String, String> early = blocks(HolidayFeed.builder(us).years(2020, 2025).build());
            Map<String, String> late = blocks(HolidayFeed.builder(us).years(2024, 2030).build());
            int shared = 0;
            for (Map.Entry<String, String> e : early.entrySet()) {
                if (IcsFeeds.value(e.getValue(), "DTSTART;VALUE=DATE").compareTo("20240101") >= 0) {
                    assertThat(late).containsEntry(e.getKey(), e.getValue());
                    shared++;
                }
            }
            // 2024: 11 holidays and 1 closing; 2025: 11 holidays and 3 closings
            assertThat(shared).isEqualTo(12 + 14);
        }

        @Test
        void coversEveryYearOfTheCalendar() {
            byte[] bytes = HolidayFeed.builder(us).build().toBytes();
            assertThat(IcsFeeds.eventBlocks(bytes)).hasSizeGreaterThan(130 * 9);
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class DataVersion {

        @Test
        void aBuiltInCalendarGivesTheVersionOfTheBundledData() {
            assertThat(HolidayFeed.builder(ChinaHolidays.calendar()).build().dataVersion())
                    .isEqualTo(Instant.parse("2025-12-18T00:00:00Z"));
        }

        @Test
        void aClosingOrderLoadedAtRunTimeMovesTheFeedOfItsCalendarOnly() throws IOException {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("closings", ".json");
            try {
                // A TEST FIXTURE, not a real order (no 2026 closing order was known when this was written).
                java.nio.file.Files.writeString(file, """
                        {"format": "consularkit.us-closings/1", "version": "2026-12-18", "closings": [
                          {"date": "2026-12-24", "key": "christmas-eve-closing", "halfDay": false,
                           "executiveOrder": "EO 99999", "orderDate": "2026-12-18",
                           "names": {"en": "Christmas Eve (executive order closing, TEST FIXTURE)", "zh": "平安夜（测试样例）"},
                           "citation": "TEST FIXTURE, not a real order"}]}
                        """, java.nio.charset.StandardCharsets.UTF_8);
                org.consularkit.calendar.DataOverrides data = org.consularkit.calendar.DataOverrides.of(List.of(file));
                String us = HolidayFeed.builder(data.calendar("us-federal")).years(2026, 2026).build().toIcs()
                        .replace("\r\n ", "");
                assertThat(us).contains("DTSTAMP:20261218T000000Z").contains("SUMMARY:Christmas Eve (executive order "
                        + "closing\\, TEST FIXTURE)").doesNotContain("DTSTAMP:20251218T000000Z");
                String cn = HolidayFeed.builder(data.calendar("cn")).years(2026, 2026).build().toIcs();
                assertThat(cn).isEqualTo(HolidayFeed.builder(ChinaHolidays.calendar()).years(2026, 2026).build().toIcs());
            } finally {
                java.nio.file.Files.delete(file);
            }
        }

        @Test
        void aForecastIsTentativeAndSaysSo() {
            String ics = HolidayFeed.builder(ChinaHolidays.calendar().withForecasts()).years(2027, 2027).build().toIcs();
            assertThat(ics).contains("STATUS:TENTATIVE").doesNotContain("STATUS:CONFIRMED").contains("SEQUENCE:0");
            assertThat(ics.replace("\r\n ", "")).contains("Status: forecast (from the published arrangement principles");
        }
    }

    @Nested
    class China {
        private final ChinaHolidayCalendar cn = ChinaHolidays.calendar();

        @ParameterizedTest
        @CsvSource({"en, holiday-feed-cn-2026-en.ics", "zh-CN, holiday-feed-cn-2026-zh.ics"})
        void the2026FeedIsExactlyTheFrozenFile(String tag, String file) throws IOException {
            byte[] actual = HolidayFeed.builder(cn).years(2026, 2026).locale(Locale.forLanguageTag(tag))
                    .build().toBytes();
            assertGolden(actual, file);
        }

        @Test
        void the2026FeedHasTheBlocksAndMakeupDaysOfTheNotice() {
            List<String> events = new ArrayList<>();
            for (String b : blocks(HolidayFeed.builder(cn).years(2026, 2026).build()).values()) {
                events.add(IcsFeeds.value(b, "DTSTART;VALUE=DATE") + "/" + IcsFeeds.value(b, "DTEND;VALUE=DATE")
                        + " " + IcsFeeds.value(b, "X-APPLE-SPECIAL-DAY"));
            }
            // State Council notice of 4 November 2025 (facts.md section 5)
            assertThat(events).containsExactly(
                    "20260101/20260104 WORK-HOLIDAY", "20260104/20260105 ALTERNATE-WORKDAY",
                    "20260214/20260215 ALTERNATE-WORKDAY", "20260215/20260224 WORK-HOLIDAY",
                    "20260228/20260301 ALTERNATE-WORKDAY",
                    "20260404/20260407 WORK-HOLIDAY",
                    "20260501/20260506 WORK-HOLIDAY", "20260509/20260510 ALTERNATE-WORKDAY",
                    "20260619/20260622 WORK-HOLIDAY",
                    "20260920/20260921 ALTERNATE-WORKDAY", "20260925/20260928 WORK-HOLIDAY",
                    "20261001/20261008 WORK-HOLIDAY", "20261010/20261011 ALTERNATE-WORKDAY");
        }

        @Test
        void roundTripsAndCoversEveryDayOffOf2007To2030() {
            roundTrip(cn, 2007, 2030, Locale.ENGLISH);
            roundTrip(cn, 2007, 2030, ZH);
            everyDayOffInExactlyOneEvent(cn, 2007, 2030);
        }

        @Test
        void provisionalYearsAreTentativeWithSequenceZero() {
            for (String b : blocks(HolidayFeed.builder(cn).years(2028, 2028).build()).values()) {
                assertThat(IcsFeeds.value(b, "STATUS")).isEqualTo("TENTATIVE");
                assertThat(IcsFeeds.value(b, "SEQUENCE")).isEqualTo("0");
            }
        }

        @Test
        void keepsItsUidsAcrossYearRanges() {
            Map<String, String> early = blocks(HolidayFeed.builder(cn).years(2020, 2025).locale(ZH).build());
            Map<String, String> late = blocks(HolidayFeed.builder(cn).years(2024, 2030).locale(ZH).build());
            int shared = 0;
            for (Map.Entry<String, String> e : early.entrySet()) {
                if (IcsFeeds.value(e.getValue(), "DTSTART;VALUE=DATE").compareTo("20240101") >= 0) {
                    assertThat(late).containsEntry(e.getKey(), e.getValue());
                    shared++;
                }
            }
            assertThat(shared).isGreaterThan(20);
        }

        @Test
        void aScheduleLoadedAtRunTimeKeepsTheUidsAndRaisesTheSequenceOfWhatItAmends() throws IOException {
            // a fictitious amendment of 2026, for the test only: Labour Day one day longer, and a
            // second notice cited
            String json = "{\"format\": \"consularkit.cn-schedule/1\", \"year\": 2026, \"sources\": ["
                    + "{\"citation\": \"国务院办公厅关于2026年部分节假日安排的通知\","
                    + " \"url\": \"https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm\"},"
                    + "{\"citation\": \"Test amendment notice\"}],"
                    + " \"blocks\": ["
                    + "{\"festivals\": [\"new-years-day\"], \"daysOff\": [\"2026-01-01/2026-01-03\"],"
                    + " \"makeupWorkdays\": [\"2026-01-04\"]},"
                    + "{\"festivals\": [\"spring-festival\"], \"daysOff\": [\"2026-02-15/2026-02-23\"],"
                    + " \"makeupWorkdays\": [\"2026-02-14\", \"2026-02-28\"]},"
                    + "{\"festivals\": [\"qingming-festival\"], \"daysOff\": [\"2026-04-04/2026-04-06\"]},"
                    + "{\"festivals\": [\"labour-day\"], \"daysOff\": [\"2026-05-01/2026-05-06\"],"
                    + " \"makeupWorkdays\": [\"2026-05-09\"]},"
                    + "{\"festivals\": [\"dragon-boat-festival\"], \"daysOff\": [\"2026-06-19/2026-06-21\"]},"
                    + "{\"festivals\": [\"mid-autumn-festival\"], \"daysOff\": [\"2026-09-25/2026-09-27\"]},"
                    + "{\"festivals\": [\"national-day\"], \"daysOff\": [\"2026-10-01/2026-10-07\"],"
                    + " \"makeupWorkdays\": [\"2026-09-20\", \"2026-10-10\"]}]}";
            ChinaSchedule amended = ChinaScheduleLoader.read(
                    new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json").schedule();
            ChinaHolidayCalendar loaded = cn.withSchedule(amended);
            Map<String, String> before = blocks(HolidayFeed.builder(cn).years(2026, 2026).build());
            Map<String, String> after = blocks(HolidayFeed.builder(loaded).years(2026, 2026)
                    .dataVersion(Instant.parse("2026-04-01T00:00:00Z")).build());
            assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
            String labour = "cn.2026.labour-day.en@consularkit.org";
            assertThat(IcsFeeds.value(before.get(labour), "DTEND;VALUE=DATE")).isEqualTo("20260506");
            assertThat(IcsFeeds.value(after.get(labour), "DTEND;VALUE=DATE")).isEqualTo("20260507");
            assertThat(Integer.parseInt(IcsFeeds.value(after.get(labour), "SEQUENCE")))
                    .isGreaterThan(Integer.parseInt(IcsFeeds.value(before.get(labour), "SEQUENCE")));
            assertThat(IcsFeeds.value(after.get(labour), "LAST-MODIFIED")).isEqualTo("20260401T000000Z");
        }

        @Test
        void aProvisionalYearThatBecomesOfficialKeepsItsUidsWhereTheFestivalIsTheSame() {
            // a fictitious 2028 notice, for the test only
            String json = "{\"format\": \"consularkit.cn-schedule/1\", \"year\": 2028, \"sources\": ["
                    + "{\"citation\": \"Test notice for 2028\"}], \"blocks\": ["
                    + "{\"festivals\": [\"new-years-day\"], \"daysOff\": [\"2028-01-01/2028-01-03\"]}]}";
            ChinaSchedule y2028;
            try {
                y2028 = ChinaScheduleLoader.read(new java.io.ByteArrayInputStream(
                        json.getBytes(StandardCharsets.UTF_8)), "test.json").schedule();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            String uid = "cn.2028.new-years-day.en@consularkit.org";
            String provisional = blocks(HolidayFeed.builder(cn).years(2028, 2028).build()).get(uid);
            String official = blocks(HolidayFeed.builder(cn.withSchedule(y2028)).years(2028, 2028).build()).get(uid);
            assertThat(IcsFeeds.value(provisional, "STATUS")).isEqualTo("TENTATIVE");
            assertThat(IcsFeeds.value(provisional, "SEQUENCE")).isEqualTo("0");
            assertThat(IcsFeeds.value(official, "STATUS")).isEqualTo("CONFIRMED");
            assertThat(Integer.parseInt(IcsFeeds.value(official, "SEQUENCE"))).isPositive();
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Posts {
        @Test
        void everyPostFeedRoundTripsAndCoversEveryDayOff() {
            for (String post : MissionChinaClosures.postIds()) {
                HolidayCalendar cal = MissionChinaClosures.calendar(post);
                roundTrip(cal, 2018, 2030, Locale.ENGLISH);
                everyDayOffInExactlyOneEvent(cal, 2018, 2030);
            }
            roundTrip(MissionChinaClosures.calendar("beijing"), 2018, 2030, ZH);
        }

        @Test
        void aDayAUsAndAChineseHolidayShareIsInOneEventOfEach() {
            // 2023: New Year's Day, a Sunday, is closed once, on Monday 2 January, for both
            Map<String, String> b = blocks(HolidayFeed.builder(MissionChinaClosures.calendar("shanghai"))
                    .years(2023, 2023).build());
            assertThat(IcsFeeds.value(b.get("post%3Ashanghai.2023.new-years-day.en@consularkit.org"),
                    "DTSTART;VALUE=DATE")).isEqualTo("20230102");
            assertThat(IcsFeeds.value(b.get("post%3Ashanghai.2023.cn-new-years-day.en@consularkit.org"),
                    "DTSTART;VALUE=DATE")).isEqualTo("20230102");
            assertThat(IcsFeeds.value(b.get("post%3Ashanghai.2023.cn-new-years-day.en@consularkit.org"),
                    "SUMMARY")).isEqualTo("New Year's Day (observed)");
        }

        @Test
        void daysOffOnBothSidesOfAWeekendAreOneEvent() {
            // 2026: Labour Day May 1 (Friday) and May 2 (a Saturday, closed on Monday May 4)
            Map<String, String> b = blocks(HolidayFeed.builder(MissionChinaClosures.calendar("beijing"))
                    .years(2026, 2026).build());
            String labour = b.get("post%3Abeijing.2026.cn-labour-day.en@consularkit.org");
            assertThat(IcsFeeds.value(labour, "DTSTART;VALUE=DATE")).isEqualTo("20260501");
            assertThat(IcsFeeds.value(labour, "DTEND;VALUE=DATE")).isEqualTo("20260505");
            assertThat(b.keySet()).noneMatch(uid -> uid.contains(".part"));
        }

        @Test
        void aFestivalBlockObservedInLieuLeavesOutTheWeekendItFallsOn() {
            // 2018: the 2nd and 3rd day of the first month (Saturday and Sunday 17-18 February) move
            // to Monday 19 (Washington's Birthday) and Tuesday 20 February
            Map<String, String> b = blocks(HolidayFeed.builder(MissionChinaClosures.calendar("beijing"))
                    .years(2018, 2018).build());
            String sf = b.get("post%3Abeijing.2018.cn-spring-festival.en@consularkit.org");
            assertThat(IcsFeeds.value(sf, "DTSTART;VALUE=DATE")).isEqualTo("20180216");
            assertThat(IcsFeeds.value(sf, "DTEND;VALUE=DATE")).isEqualTo("20180221");
            assertThat(IcsFeeds.value(sf, "STATUS")).isEqualTo("TENTATIVE");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class ReadmeExample {
        @Test
        void writesTheChineseFeedOfChina2007To2030(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
            Path file = dir.resolve("cn-zh.ics");
            // --- README example ---
            HolidayFeed feed = HolidayFeed.builder(ChinaHolidays.calendar())
                    .years(2007, 2030)
                    .locale(Locale.forLanguageTag("zh-CN"))
                    .build();
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                feed.write(out);
            }
            // ---
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes).isEqualTo(feed.toBytes());
            assertThat(IcsFeeds.lines(bytes)).contains("X-WR-CALNAME:中国法定节假日",
                    "UID:cn.2026.spring-festival.zh@consularkit.org");
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Parses the feed with ical4j and checks every event against the calendar: UID, dates,
     * summary, status, sequence and the Apple mark of the occurrence it comes from.
     */
    static void roundTrip(HolidayCalendar cal, int from, int to, Locale locale) {
        HolidayFeed feed = HolidayFeed.builder(cal).years(from, to).locale(locale).build();
        Calendar parsed = IcsFeeds.parse(feed.toBytes());
        assertThat(parsed.validate().hasErrors()).isFalse();
        Map<String, Holiday> byUid = new HashMap<>();
        for (Holiday h : cal.holidays(DateRange.ofClosed(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)))) {
            byUid.put(feed.uid(h), h);
        }
        List<VEvent> events = IcsFeeds.events(parsed);
        assertThat(events).isNotEmpty();
        boolean zh = "zh".equals(locale.getLanguage());
        for (VEvent e : events) {
            String uid = IcsFeeds.text(e, Property.UID);
            String base = uid.replaceFirst("\\.(workday|part)\\d+(\\.[a-z]{2}@)", "$2");
            Holiday h = byUid.get(base);
            assertThat(h).as("occurrence of %s", uid).isNotNull();
            LocalDate start = IcsFeeds.date(e, Property.DTSTART);
            LocalDate end = IcsFeeds.date(e, Property.DTEND);
            assertThat(end).as(uid).isAfter(start);
            String summary = IcsFeeds.text(e, Property.SUMMARY);
            String name = h.displayName(locale);
            assertThat(IcsFeeds.text(e, Property.STATUS))
                    .isEqualTo(h.status() == HolidayStatus.OFFICIAL ? "CONFIRMED" : "TENTATIVE");
            assertThat(IcsFeeds.text(e, Property.SEQUENCE)).isEqualTo(
                    h.status() == HolidayStatus.OFFICIAL ? String.valueOf(h.sources().stream().distinct().count()) : "0");
            for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
                if (h.contains(d)) {
                    assertThat(cal.day(d).holidays()).as(uid + " " + d).contains(h);
                } else {
                    // a weekend bridged between two runs of days off
                    assertThat(d.getDayOfWeek().getValue()).as("%s: %s not in %s", uid, d, h).isGreaterThan(5);
                    assertThat(d).isAfter(start).isBefore(end.minusDays(1));
                }
            }
            if (uid.contains(".workday")) {
                assertThat(end).isEqualTo(start.plusDays(1));
                assertThat(cal.dayType(start)).isEqualTo(DayType.MAKEUP_WORKDAY);
                assertThat(summary).isEqualTo(zh ? "调休上班（" + name + "）" : "Make-up working day (" + name + ")");
                assertThat(IcsFeeds.text(e, "X-APPLE-SPECIAL-DAY")).isEqualTo("ALTERNATE-WORKDAY");
            } else if (h.kind() == HolidayKind.EARLY_CLOSING) {
                assertThat(cal.isWorkingDay(start)).isTrue();
                assertThat(summary).startsWith(name);
                assertThat(e.getProperty("X-APPLE-SPECIAL-DAY")).isEmpty();
            } else {
                for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
                    assertThat(cal.isWorkingDay(d)).as("%s is a day off", d).isFalse();
                }
                boolean observedDayOnly = h.isObservedOnOtherDay() && start.equals(h.observedDate())
                        && end.equals(start.plusDays(1));
                assertThat(summary).isEqualTo(observedDayOnly ? name + (zh ? "（补休）" : " (observed)") : name);
                if (h.isObservedOnOtherDay()) {
                    assertThat(cal.dayType(start)).as("first day of %s", uid).isNotEqualTo(DayType.WEEKEND);
                    assertThat(cal.dayType(end.minusDays(1))).as("last day of %s", uid).isNotEqualTo(DayType.WEEKEND);
                }
                assertThat(IcsFeeds.text(e, "X-APPLE-SPECIAL-DAY")).isEqualTo("WORK-HOLIDAY");
            }
        }
    }

    /**
     * Checks that every day off of the range ({@code PUBLIC_HOLIDAY}, {@code REST_DAY}, {@code
     * CLOSURE}) lies in exactly one day-off event of each occurrence that gives it such a type (so in
     * exactly one event, unless two holidays share the day, like China's Mid-Autumn Festival and
     * National Day on 2009-10-03 and 2020-10-01), and every make-up working day in exactly one
     * make-up event; and that the events cover no ordinary working day.
     */
    static void everyDayOffInExactlyOneEvent(HolidayCalendar cal, int from, int to) {
        HolidayFeed feed = HolidayFeed.builder(cal).years(from, to).build();
        Map<String, Integer> offCount = new HashMap<>();
        Map<LocalDate, Integer> offTotal = new HashMap<>();
        Map<LocalDate, Integer> makeupCount = new HashMap<>();
        for (VEvent e : IcsFeeds.events(IcsFeeds.parse(feed.toBytes()))) {
            String uid = IcsFeeds.text(e, Property.UID);
            if (IcsFeeds.text(e, Property.CATEGORIES).equals("Early closing")) {
                continue;
            }
            String base = uid.replaceFirst("\\.(workday|part)\\d+(\\.[a-z]{2}@)", "$2");
            LocalDate end = IcsFeeds.date(e, Property.DTEND);
            for (LocalDate d = IcsFeeds.date(e, Property.DTSTART); d.isBefore(end); d = d.plusDays(1)) {
                if (uid.contains(".workday")) {
                    makeupCount.merge(d, 1, Integer::sum);
                } else {
                    offCount.merge(base + " " + d, 1, Integer::sum);
                    offTotal.merge(d, 1, Integer::sum);
                }
            }
        }
        int daysOff = 0;
        for (LocalDate d = LocalDate.of(from, 1, 1); d.getYear() <= to; d = d.plusDays(1)) {
            CalendarDay day = cal.day(d);
            DayType t = day.type();
            if (t == DayType.PUBLIC_HOLIDAY || t == DayType.REST_DAY || t == DayType.CLOSURE) {
                int owners = 0;
                for (Holiday h : day.holidays()) {
                    DayType own = h.dayTypes().get(d);
                    if (!own.isWorkingDay() && own != DayType.WEEKEND) {
                        assertThat(offCount.get(feed.uid(h) + " " + d)).as("events of %s on %s", h.id(), d)
                                .isEqualTo(1);
                        owners++;
                    }
                }
                assertThat(owners).as("holidays with %s as a day off", d).isPositive();
                assertThat(offTotal.get(d)).as("day-off events on %s", d).isGreaterThanOrEqualTo(owners);
                daysOff++;
            } else if (t == DayType.MAKEUP_WORKDAY) {
                assertThat(makeupCount.get(d)).as("make-up events on %s", d).isEqualTo(1);
            } else if (t == DayType.WORKDAY) {
                assertThat(offTotal).as("an ordinary working day %s in a day-off event", d).doesNotContainKey(d);
            }
        }
        assertThat(daysOff).isPositive();
    }
}
