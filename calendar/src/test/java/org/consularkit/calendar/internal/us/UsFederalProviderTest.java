package org.consularkit.calendar.internal.us;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.calendar.UsFederalOptions;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UsFederalProviderTest {

    private static final UsFederalData DATA = UsFederalData.load();
    private static final UsFederalProvider DEFAULT = new UsFederalProvider(DATA, UsFederalOptions.defaults());
    private static final UsFederalProvider DC = new UsFederalProvider(DATA, UsFederalOptions.defaults().withInaugurationDay(true));

    @Nested
    class YearRange {

        @Test
        void coversTheYears1971To2100() {
            assertThat(DEFAULT.firstYear()).isEqualTo(UsFederalHolidays.FIRST_YEAR);
            assertThat(DEFAULT.lastYear()).isEqualTo(UsFederalHolidays.LAST_YEAR);
        }

        @Test
        void everyYearIsOfficial() {
            for (int y = DEFAULT.firstYear(); y <= DEFAULT.lastYear(); y++) {
                assertThat(DEFAULT.yearStatus(y)).isEqualTo(HolidayStatus.OFFICIAL);
            }
        }

        @Test
        void answersNothingForTheYearBeforeTheRangeWhoseRulesDiffer() {
            assertThat(DEFAULT.holidays(1970)).isEmpty();
        }

        @Test
        void answersTheYearAfterTheRangeSoThat2100_12_31IsNewYearsDay2101() {
            Holiday ny = DEFAULT.holidays(2101).stream().filter(h -> h.key().equals("new-years-day"))
                    .findFirst().orElseThrow();
            assertThat(ny.observedDate()).isEqualTo(LocalDate.of(2100, 12, 31));
            assertThat(DC.holidays(2101)).extracting(Holiday::key).contains("inauguration-day");
        }

        @Test
        void answersNothingFurtherOut() {
            assertThat(DEFAULT.holidays(2102)).isEmpty();
            assertThat(DEFAULT.holidays(1900)).isEmpty();
        }
    }

    @Nested
    class Holidays {

        @Test
        void returnsOnlyOccurrencesOfTheYearAsked() {
            for (int y = 1970; y <= 2101; y++) {
                int year = y;
                assertThat(DC.holidays(y)).allMatch(h -> h.year() == year);
            }
        }

        @Test
        void answersTheSameEveryTime() {
            assertThat(DEFAULT.holidays(2025)).isEqualTo(DEFAULT.holidays(2025));
        }

        @Test
        void givesTheObservedDateAPublicHolidayAndTheNominalWeekendDateAWeekend() {
            Holiday christmas = DEFAULT.holidays(2022).stream().filter(h -> h.key().equals("christmas-day"))
                    .findFirst().orElseThrow();
            assertThat(christmas.dayTypes()).containsExactly(
                    Map.entry(LocalDate.of(2022, 12, 25), DayType.WEEKEND),
                    Map.entry(LocalDate.of(2022, 12, 26), DayType.PUBLIC_HOLIDAY));
        }

        @Test
        void leavesOutClosingsWhenSwitchedOff() {
            UsFederalProvider statutory = new UsFederalProvider(DATA, UsFederalOptions.defaults().withExecutiveOrderClosings(false));
            assertThat(statutory.holidays(2025)).allMatch(h -> h.kind() == HolidayKind.STATUTORY).hasSize(11);
            assertThat(DEFAULT.holidays(2025)).hasSize(14);
        }
    }

    /** A rule applies from its first year to its last year inclusive: Veterans Day moved in 1978. */
    @Test
    void eachRuleAppliesFromItsFirstToItsLastYear() {
        assertThat(date(DEFAULT, 1977, "veterans-day")).isEqualTo(LocalDate.of(1977, 10, 24));
        assertThat(date(DEFAULT, 1978, "veterans-day")).isEqualTo(LocalDate.of(1978, 11, 11));
        assertThat(DEFAULT.holidays(1985)).extracting(Holiday::key).doesNotContain("martin-luther-king-jr-day");
        assertThat(date(DEFAULT, 1986, "martin-luther-king-jr-day")).isEqualTo(LocalDate.of(1986, 1, 20));
        assertThat(date(DC, 1977, "inauguration-day")).isEqualTo(LocalDate.of(1977, 1, 20));
        assertThat(DC.holidays(1978)).extracting(Holiday::key).doesNotContain("inauguration-day");
    }

    private static LocalDate date(UsFederalProvider p, int year, String key) {
        return p.holidays(year).stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow().date();
    }

    /** The data version is the date of the newest executive order, or that of loaded files when it is newer. */
    @Test
    void theDataVersionIsTheNewestOrderOrTheLoadedFilesVersionWhenNewer() {
        LocalDate newestOrder = LocalDate.of(2025, 12, 18);
        assertThat(DATA.newestOrder()).contains(newestOrder);
        assertThat(DEFAULT.dataVersion()).contains(newestOrder);
        UsFederalOptions o = UsFederalOptions.defaults();
        assertThat(new UsFederalProvider(DATA, o, newestOrder.plusDays(1)).dataVersion())
                .contains(newestOrder.plusDays(1));
        assertThat(new UsFederalProvider(DATA, o, newestOrder).dataVersion()).contains(newestOrder);
        assertThat(new UsFederalProvider(DATA, o, newestOrder.minusDays(1)).dataVersion()).contains(newestOrder);
    }

    @Test
    void toStringNamesTheOptions() {
        assertThat(DEFAULT).hasToString(
                "UsFederalSource[UsFederalOptions[executiveOrderClosings=true, inaugurationDay=false]]");
    }
}
