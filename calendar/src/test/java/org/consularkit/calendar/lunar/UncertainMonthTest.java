package org.consularkit.calendar.lunar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UncertainMonthTest {

    private static final LocalDate START = LocalDate.of(2089, 9, 4);
    private static final OffsetDateTime NEW_MOON = OffsetDateTime.parse("2089-09-04T23:57:36+08:00");
    private static final Duration MARGIN = Duration.ofSeconds(166);

    @Nested
    class Parts {

        @Test
        void aNewMoonBeforeMidnightMayBeginTheMonthADayLater() {
            UncertainMonth m = new UncertainMonth(2089, 8, false, START, START.plusDays(1), NEW_MOON, MARGIN);
            assertThat(m.fromMidnight()).isEqualTo(Duration.ofSeconds(-144));
            assertThat(m.shift()).isEqualTo(1);
            assertThat(m.label()).isEqualTo("2089-08");
        }

        @Test
        void aNewMoonAfterMidnightMayBeginTheMonthADayEarlier() {
            UncertainMonth m = new UncertainMonth(2018, 10, false, LocalDate.of(2018, 11, 8), LocalDate.of(2018, 11, 7),
                    OffsetDateTime.parse("2018-11-08T00:02:03+08:00"), Duration.ofSeconds(130));
            assertThat(m.fromMidnight()).isEqualTo(Duration.ofSeconds(123));
            assertThat(m.shift()).isEqualTo(-1);
            assertThat(m.label()).isEqualTo("2018-10");
        }

        @Test
        void labelOfALeapMonth() {
            UncertainMonth m = new UncertainMonth(2023, 2, true, LocalDate.of(2023, 3, 22), LocalDate.of(2023, 3, 21),
                    OffsetDateTime.parse("2023-03-22T00:00:10+08:00"), Duration.ofSeconds(37));
            assertThat(m.label()).isEqualTo("2023-02L");
        }

        @Test
        void beforeTheYear1929TheOffsetIsBeijingLocalMeanTime() {
            OffsetDateTime newMoon = OffsetDateTime.parse("1914-11-17T23:47:23+07:45:40");
            UncertainMonth m = new UncertainMonth(1914, 10, false, LocalDate.of(1914, 11, 17), LocalDate.of(1914, 11, 18),
                    newMoon, Duration.ofMinutes(15));
            assertThat(m.fromMidnight()).isEqualTo(Duration.ofSeconds(-757));
        }
    }

    @Nested
    class Validation {

        @Test
        void theMonthIsFrom1To12() {
            assertThatThrownBy(() -> new UncertainMonth(2089, 13, false, START, START.plusDays(1), NEW_MOON, MARGIN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Invalid lunar month 13: must be from 1 to 12");
        }

        @Test
        void theMonthStartsOnTheDateOfItsNewMoon() {
            assertThatThrownBy(() -> new UncertainMonth(2089, 8, false, START.plusDays(1), START.plusDays(2), NEW_MOON,
                    MARGIN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The month must start on the date of its new moon 2089-09-04T23:57:36+08:00, not 2089-09-05");
        }

        @Test
        void theAlternativeIsTheOtherSideOfMidnight() {
            assertThatThrownBy(() -> new UncertainMonth(2089, 8, false, START, START.minusDays(1), NEW_MOON, MARGIN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The alternative start of a month whose new moon is 2089-09-04T23:57:36+08:00 must be"
                            + " 2089-09-05, not 2089-09-03");
        }

        @Test
        void theNewMoonIsWithinTheMargin() {
            assertThatThrownBy(() -> new UncertainMonth(2089, 8, false, START, START.plusDays(1), NEW_MOON,
                    Duration.ofSeconds(143)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The new moon 2089-09-04T23:57:36+08:00 is PT2M24S from midnight, more than the margin"
                            + " PT2M23S");
        }

        @Test
        void theMonthsFrom1To12AreAccepted() {
            assertThat(new UncertainMonth(2089, 1, false, START, START.plusDays(1), NEW_MOON, MARGIN).month()).isEqualTo(1);
            assertThat(new UncertainMonth(2089, 12, false, START, START.plusDays(1), NEW_MOON, MARGIN).label())
                    .isEqualTo("2089-12");
            assertThatThrownBy(() -> new UncertainMonth(2089, 0, false, START, START.plusDays(1), NEW_MOON, MARGIN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Invalid lunar month 0: must be from 1 to 12");
        }

        @Test
        void aNewMoonExactlyAtTheMarginIsWithinIt() {
            assertThat(new UncertainMonth(2089, 8, false, START, START.plusDays(1), NEW_MOON, Duration.ofSeconds(144))
                    .margin()).isEqualTo(Duration.ofSeconds(144));
        }

        @Test
        void theMarginIsPositive() {
            assertThatThrownBy(() -> new UncertainMonth(2089, 8, false, START, START.plusDays(1), NEW_MOON, Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The margin must be positive, not PT0S");
        }

        @Test
        void nothingIsNull() {
            assertThatThrownBy(() -> new UncertainMonth(2089, 8, false, START, START.plusDays(1), NEW_MOON, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("margin");
        }
    }
}
