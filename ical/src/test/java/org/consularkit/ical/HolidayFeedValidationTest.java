package org.consularkit.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.consularkit.ical.HolidayFeedTestCalendars.synthetic;
import static org.consularkit.ical.HolidayFeedTestCalendars.tiny;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.consularkit.calendar.Calendars;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.ical.internal.IcsWriter;
import org.junit.jupiter.api.Test;

/**
 * Where the guarantee "every feed is valid RFC 5545" comes from, now that {@link
 * HolidayFeed#toBytes()} writes content lines directly instead of through ical4j: every feed of
 * every bundled calendar passes ical4j's validator here, in the build, and its bytes are exactly
 * ical4j's serialization of the validated calendar.
 *
 * <p>The CLI's {@code ics} offers any bundled calendar, any range of its years, English or
 * Chinese, with or without make-up days. A feed of a range of years is the header (which depends
 * on the range, the language and whether make-up days and early closings occur) and the events of
 * those years, each written by the same code whatever the range; so checking every calendar over
 * all its years, and every single year, in both languages, with and without make-up days, checks
 * every event and every header the CLI can write.
 */
class HolidayFeedValidationTest {

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, LocalizedText.SIMPLIFIED_CHINESE);

    @Test
    void everyBundledCalendarOverAllItsYearsPassesIcal4jAndIsItsExactSerialization() {
        int checked = 0;
        for (String id : Calendars.ids()) {
            HolidayCalendar cal = Calendars.byId(id);
            for (Locale locale : LOCALES) {
                for (boolean makeup : List.of(true, false)) {
                    HolidayFeed feed = HolidayFeed.builder(cal).locale(locale).makeupDays(makeup).build();
                    feed.validate();
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(Calendars.ids().size() * 4);
    }

    @Test
    void everySingleYearOfEveryBundledCalendarIsIcal4jsExactSerialization() {
        for (String id : Calendars.ids()) {
            HolidayCalendar cal = Calendars.byId(id);
            for (int year = cal.firstYear(); year <= cal.lastYear(); year++) {
                for (Locale locale : LOCALES) {
                    HolidayFeed feed = HolidayFeed.builder(cal).years(year, year).locale(locale).build();
                    assertThat(feed.toBytes()).as("%s %d %s", id, year, locale)
                            .isEqualTo(ical4jBytes(feed));
                }
            }
        }
    }

    @Test
    void theTestCalendarsArePassedAsWell() {
        for (Locale locale : LOCALES) {
            for (boolean makeup : List.of(true, false)) {
                HolidayFeed.builder(synthetic()).locale(locale).makeupDays(makeup).build().validate();
                HolidayFeed.builder(tiny()).locale(locale).makeupDays(makeup).build().validate();
            }
        }
    }

    @Test
    void textIsEscapedAsIcal4jEscapesIt() {
        HolidayCalendar odd = HolidayFeedTestCalendars.calendar("odd",
                LocalizedText.of("A, b; c\\d\r\ne\nf\tg \uD83C\uDF89" + "春".repeat(40), "节"), 2026, 2026,
                year -> syntheticYear(year), year -> synthetic().yearStatus(year));
        for (Locale locale : LOCALES) {
            HolidayFeed feed = HolidayFeed.builder(odd).locale(locale).build();
            assertThat(feed.toBytes()).isEqualTo(ical4jBytes(feed));
            feed.validate();
        }
        assertThat(new String(HolidayFeed.builder(odd).build().toBytes(), StandardCharsets.UTF_8))
                .contains("\r\nNAME:A\\, b\\; c\\\\d\\ne\\nf\tg \uD83C\uDF89春");
    }

    @Test
    void aControlCharacterOrABareCrIsRejectedWithTheWordsOfTheFormerWriter() {
        for (String name : List.of("Bell\u0007days", "Bare\rCR", "Lone \uDC00 surrogate", "DEL\u007F")) {
            HolidayCalendar bad = HolidayFeedTestCalendars.calendar("bad", LocalizedText.of(name, name), 2026, 2026,
                    year -> syntheticYear(year), year -> synthetic().yearStatus(year));
            HolidayFeed feed = HolidayFeed.builder(bad).build();
            IcsValidationException former = catchThrowableOfType(IcsValidationException.class,
                    () -> IcsWriter.toBytes(feed.toCalendar().toString(), "holiday feed bad (en) 2026-2026"));
            assertThat(former).as(name).isNotNull();
            assertThatThrownBy(feed::toBytes).as(name).isInstanceOf(IcsValidationException.class)
                    .hasMessage(former.getMessage());
            assertThat(((IcsValidationException) catchThrowable(feed::toBytes)).problems())
                    .as(name).hasSize(3).first().asString().startsWith("content line 5 (NAME:");
        }
    }

    @Test
    void aFeedWithoutEventsIsWrittenButValidationReportsIt() {
        HolidayCalendar empty = HolidayFeedTestCalendars.calendar("empty", LocalizedText.of("Empty", "空"), 2026, 2026,
                year -> List.of(), year -> synthetic().yearStatus(year));
        HolidayFeed feed = HolidayFeed.builder(empty).build();
        assertThat(IcsFeeds.lines(feed.toBytes())).endsWith("X-PUBLISHED-TTL:P1D", "END:VCALENDAR");
        assertThatThrownBy(feed::validate).isInstanceOf(IcsValidationException.class)
                .hasMessage("Invalid iCalendar output for holiday feed empty (en) 2026-2026: ical4j: VCALENDAR:"
                        + " Calendar must contain at least one component");
    }

    private static List<Holiday> syntheticYear(int year) {
        return synthetic().holidays(year).stream().filter(h -> h.year() == year).toList();
    }

    private static byte[] ical4jBytes(HolidayFeed feed) {
        return IcsWriter.toBytes(feed.toCalendar().toString(), "test");
    }
}
