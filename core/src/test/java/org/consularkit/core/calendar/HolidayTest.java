package org.consularkit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HolidayTest {

    private static final LocalizedText NAME = LocalizedText.of("Independence Day", "独立日");
    private static final Source STATUTE = Source.of(SourceType.STATUTE, "5 U.S.C. 6103(a)");

    private static Holiday july4(int year, LocalDate observed) {
        Holiday.Builder b = Holiday.builder("independence-day", year, NAME, HolidayKind.STATUTORY)
                .date(LocalDate.of(year, 7, 4)).observedDate(observed)
                .day(observed, DayType.PUBLIC_HOLIDAY).source(STATUTE);
        if (!observed.equals(LocalDate.of(year, 7, 4))) {
            b.day(LocalDate.of(year, 7, 4), DayType.WEEKEND);
        }
        return b.build();
    }

    @Nested
    class Accessors {
        private final Holiday h = july4(2026, LocalDate.of(2026, 7, 3));

        @Test
        void describeTheOccurrence() {
            assertThat(h.id()).isEqualTo("independence-day/2026");
            assertThat(h.key()).isEqualTo("independence-day");
            assertThat(h.year()).isEqualTo(2026);
            assertThat(h.displayName(Locale.ENGLISH)).isEqualTo("Independence Day");
            assertThat(h.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("独立日");
            assertThat(h.date()).isEqualTo(LocalDate.of(2026, 7, 4));
            assertThat(h.observedDate()).isEqualTo(LocalDate.of(2026, 7, 3));
            assertThat(h.isObservedOnOtherDay()).isTrue();
            assertThat(h.daysOff()).containsExactly(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 4));
            assertThat(h.makeupWorkdays()).isEmpty();
            assertThat(h.firstDate()).isEqualTo(LocalDate.of(2026, 7, 3));
            assertThat(h.lastDate()).isEqualTo(LocalDate.of(2026, 7, 4));
            assertThat(h.contains(LocalDate.of(2026, 7, 4))).isTrue();
            assertThat(h.contains(LocalDate.of(2026, 7, 5))).isFalse();
            assertThat(h.status()).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(h.sources()).containsExactly(STATUTE);
            assertThat(h.earlyClosing()).isEmpty();
        }

        @Test
        void toStringIsReadable() {
            assertThat(h.toString()).isEqualTo("independence-day/2026 Independence Day 2026-07-04 observed 2026-07-03"
                    + " [2026-07-03/2026-07-04] STATUTORY OFFICIAL");
        }

        @Test
        void aOneDayHolidayObservedOnItsDateIsDescribedWithoutRange() {
            Holiday d = july4(2025, LocalDate.of(2025, 7, 4));
            assertThat(d.isObservedOnOtherDay()).isFalse();
            assertThat(d.toString()).isEqualTo("independence-day/2025 Independence Day 2025-07-04 STATUTORY OFFICIAL");
        }

        @Test
        void makeupWorkdaysAreTheDatesOfThatType() {
            Holiday block = Holiday.builder("block", 2026, NAME, HolidayKind.STATUTORY)
                    .day(LocalDate.of(2026, 2, 16), DayType.PUBLIC_HOLIDAY)
                    .day(LocalDate.of(2026, 2, 14), DayType.MAKEUP_WORKDAY)
                    .day(LocalDate.of(2026, 2, 28), DayType.MAKEUP_WORKDAY)
                    .day(LocalDate.of(2026, 2, 17), DayType.REST_DAY).source(STATUTE).build();
            assertThat(block.makeupWorkdays()).containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28));
            assertThat(block.daysOff()).containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17));
        }

        @Test
        void sourcesAreKeptInTheOrderGiven() {
            Source notice = Source.of(SourceType.NOTICE, "notice");
            Holiday h = Holiday.builder("x", 2026, NAME, HolidayKind.STATUTORY)
                    .day(LocalDate.of(2026, 7, 3), DayType.PUBLIC_HOLIDAY)
                    .sources(List.of(notice, STATUTE)).build();
            assertThat(h.sources()).containsExactly(notice, STATUTE);
        }

        @Test
        void collectionsAreImmutable() {
            assertThatThrownBy(() -> h.dayTypes().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> h.sources().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Equality {
        @Test
        void equalWhenAllFieldsAreEqual() {
            Holiday a = july4(2026, LocalDate.of(2026, 7, 3));
            Holiday b = july4(2026, LocalDate.of(2026, 7, 3));
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
            assertThat(a).isNotEqualTo(july4(2027, LocalDate.of(2027, 7, 5)));
            assertThat(a).isNotEqualTo(a.withStatus(HolidayStatus.PROVISIONAL));
            assertThat(a.withStatus(HolidayStatus.OFFICIAL)).isSameAs(a);
            assertThat(a.toBuilder().build()).isEqualTo(a);
        }

        @Test
        void unequalHolidaysHaveDifferentHashCodes() {
            List<Holiday> holidays = List.of(july4(2026, LocalDate.of(2026, 7, 3)), july4(2027, LocalDate.of(2027, 7, 5)),
                    july4(2025, LocalDate.of(2025, 7, 4)), july4(2026, LocalDate.of(2026, 7, 3)).withStatus(HolidayStatus.PROVISIONAL));
            assertThat(holidays.stream().map(Holiday::hashCode).distinct()).hasSize(holidays.size());
            Holiday h = holidays.get(0);
            assertThat(h.hashCode()).isEqualTo(h.hashCode());
        }
    }

    @Nested
    class Validation {
        @Test
        void keyMustBeLowerCaseWords() {
            assertThatThrownBy(() -> Holiday.builder("Independence Day", 2026, NAME, HolidayKind.STATUTORY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Holiday key must be lower-case words joined by '-', but was 'Independence Day'");
        }

        @Test
        void aHugeBadKeyIsQuotedShort() {
            String huge = "K".repeat(1_000_000);
            assertThatThrownBy(() -> Holiday.builder(huge, 2026, NAME, HolidayKind.STATUTORY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Holiday key must be lower-case words joined by '-', but was '" + "K".repeat(58)
                            + "… (1000000 characters)'");
        }

        @Test
        void needsDatesAndSources() {
            assertThatThrownBy(() -> Holiday.builder("x", 2026, NAME, HolidayKind.STATUTORY).source(STATUTE).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Holiday x/2026 has no dates");
            assertThatThrownBy(() -> Holiday.builder("x", 2026, NAME, HolidayKind.STATUTORY)
                    .day(LocalDate.of(2026, 7, 3), DayType.PUBLIC_HOLIDAY).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Holiday x/2026 has no source");
        }

        @Test
        void weekendTypesMustBeOnWeekends() {
            assertThatThrownBy(() -> Holiday.builder("x", 2026, NAME, HolidayKind.STATUTORY)
                    .day(LocalDate.of(2026, 7, 3), DayType.MAKEUP_WORKDAY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Holiday x/2026: MAKEUP_WORKDAY must be a Saturday or Sunday, but 2026-07-03 is a FRIDAY");
        }

        @Test
        void aDateHasOneType() {
            assertThatThrownBy(() -> Holiday.builder("x", 2026, NAME, HolidayKind.STATUTORY)
                    .day(LocalDate.of(2026, 7, 3), DayType.PUBLIC_HOLIDAY)
                    .day(LocalDate.of(2026, 7, 3), DayType.REST_DAY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Holiday x/2026: date 2026-07-03 given two types, PUBLIC_HOLIDAY and REST_DAY");
        }

        @Test
        void nominalAndObservedDatesMustBelongToTheOccurrence() {
            assertThatThrownBy(() -> Holiday.builder("x", 2026, NAME, HolidayKind.STATUTORY)
                    .date(LocalDate.of(2026, 7, 4)).day(LocalDate.of(2026, 7, 3), DayType.PUBLIC_HOLIDAY)
                    .source(STATUTE).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Holiday x/2026: nominal date 2026-07-04 is not among its dates [2026-07-03]");
            assertThatThrownBy(() -> Holiday.builder("x", 2026, NAME, HolidayKind.STATUTORY)
                    .observedDate(LocalDate.of(2026, 7, 4)).day(LocalDate.of(2026, 7, 3), DayType.PUBLIC_HOLIDAY)
                    .source(STATUTE).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Holiday x/2026: observed date 2026-07-04 is not among its dates [2026-07-03]");
        }

        @Test
        void earlyClosingTimeOnlyForEarlyClosings() {
            assertThatThrownBy(() -> Holiday.builder("x", 2026, NAME, HolidayKind.CLOSURE)
                    .day(LocalDate.of(2026, 7, 3), DayType.CLOSURE).earlyClosing(LocalTime.NOON)
                    .source(STATUTE).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Holiday x/2026: an early-closing time is only allowed for kind EARLY_CLOSING, not CLOSURE");
            Holiday half = Holiday.builder("half-day", 2026, NAME, HolidayKind.EARLY_CLOSING)
                    .day(LocalDate.of(2026, 12, 24), DayType.WORKDAY).earlyClosing(LocalTime.NOON)
                    .source(STATUTE).build();
            assertThat(half.earlyClosing()).contains(LocalTime.NOON);
            assertThat(half.daysOff()).isEmpty();
        }

        @Test
        void nullsAreRejectedWithTheirName() {
            assertThatThrownBy(() -> Holiday.builder("x", 2026, null, HolidayKind.STATUTORY))
                    .isInstanceOf(NullPointerException.class).hasMessage("name");
            assertThatThrownBy(() -> Holiday.builder("x", 2026, NAME, HolidayKind.STATUTORY).day(null, DayType.WORKDAY))
                    .isInstanceOf(NullPointerException.class).hasMessage("day");
        }
    }
}
