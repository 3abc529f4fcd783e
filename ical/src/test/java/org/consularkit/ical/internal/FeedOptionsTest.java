package org.consularkit.ical.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.core.calendar.HolidayCalendar;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FeedOptionsTest {

    static final HolidayCalendar US = UsFederalHolidays.calendar();

    @Test
    void byDefaultEveryYearOfTheCalendarInEnglishAtTheDefaultDataVersion() {
        FeedOptions options = FeedOptions.of(US);
        assertThat(options.fromYear()).isEqualTo(US.firstYear());
        assertThat(options.toYear()).isEqualTo(US.lastYear());
        assertThat(options.language()).isEqualTo(FeedLanguage.ENGLISH);
        assertThat(options.dataVersion()).isEqualTo(Instant.parse("2025-12-18T00:00:00Z"));
    }

    @Nested
    class WithYears {
        @Test
        void yearsWithinTheCalendarAreKept() {
            FeedOptions options = FeedOptions.of(US).withYears(US, 2026, 2027);
            assertThat(options.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(options.lastDay()).isEqualTo(LocalDate.of(2027, 12, 31));
            assertThat(options.yearsText()).isEqualTo("2026-2027");
            assertThat(options.withYears(US, 2026, 2026).yearsText()).isEqualTo("2026");
        }

        @Test
        void yearsOutOfOrderAreRejectedBeforeTheRange() {
            assertThatThrownBy(() -> FeedOptions.of(US).withYears(US, 3000, 1000))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Feed years must be in order, but 1000 is before 3000");
        }

        @Test
        void yearsOutsideTheCalendarAreRejected() {
            assertThatThrownBy(() -> FeedOptions.of(US).withYears(US, 1970, 2026))
                    .isExactlyInstanceOf(DateTimeException.class)
                    .hasMessage("Calendar us-federal covers the years " + US.firstYear() + "-" + US.lastYear()
                            + "; feed years 1970-2026 are outside its range");
        }
    }

    @Nested
    class WithDataVersion {
        @Test
        void fractionsOfASecondAreDropped() {
            assertThat(FeedOptions.of(US).withDataVersion(Instant.parse("2026-01-02T03:04:05.678Z")).dataVersion())
                    .isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        }

        @Test
        void aVersionOutsideYears1To9999IsRejected() {
            assertThatThrownBy(() -> FeedOptions.of(US).withDataVersion(Instant.parse("+10000-01-01T00:00:00Z")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Data version must lie in the years 1 to 9999 (UTC)");
            assertThatThrownBy(() -> FeedOptions.of(US).withDataVersion(Instant.parse("0000-12-31T23:59:59Z")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void subjectAndDescriptionNameTheFeed() {
        FeedOptions options = FeedOptions.of(US).withYears(US, 2026, 2027).withLocale(Locale.CHINA);
        assertThat(options.locale()).isEqualTo(Locale.forLanguageTag("zh-CN"));
        assertThat(options.text("Closure", "停止办公")).isEqualTo("停止办公");
        assertThat(options.subject("holiday feed", "us-federal")).isEqualTo("holiday feed us-federal (zh) 2026-2027");
        assertThat(options.describe("HolidayFeed", "us-federal", "makeupDays"))
                .isEqualTo("HolidayFeed[us-federal 2026-2027 zh makeupDays 2025-12-18T00:00:00Z]");
        assertThat(options.describe("HolidayFeed", "us-federal", null))
                .isEqualTo("HolidayFeed[us-federal 2026-2027 zh 2025-12-18T00:00:00Z]");
    }

    @Test
    void equalOptionsHaveTheSameHashInEveryRun() {
        FeedOptions a = FeedOptions.of(US).withYears(US, 2026, 2026).withLocale(Locale.CHINA);
        FeedOptions b = new FeedOptions(2026, 2026, FeedLanguage.CHINESE, FeedOptions.DEFAULT_DATA_VERSION);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.hashCode()).isEqualTo(java.util.Objects.hash(2026, 2026, "zh", FeedOptions.DEFAULT_DATA_VERSION));
    }
}
