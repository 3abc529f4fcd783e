package org.consularkit.calendar.lunar.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.nlf.calendar.util.ShouXingUtil;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The margin of uncertain days, its parts, and what the generator finds with it. */
class MarginTest {

    @Nested
    class Parts {

        /**
         * The generator's new moons and major solar terms against the 寿星 (sxwnl) algorithm of lunar-java
         * (its precise moments, {@code msaLonT} and {@code saLonT}, in dynamical time like the generator's
         * before ΔT), for every lunation and term of 1900-2101. Observed: at most 17.6 s for new moons and
         * 20.4 s for terms, which the 30 s of the astronomy part covers.
         */
        @Test
        void theAstronomyPartCoversTheLargestDifferenceFromSxwnl() {
            double moon = 0;
            int k0 = MoonPhase.lunationNear(TimeScale.julianDay(LocalDate.of(1900, 1, 1).toEpochDay()));
            int k1 = MoonPhase.lunationNear(TimeScale.julianDay(LocalDate.of(2101, 12, 31).toEpochDay()));
            for (int k = k0; k <= k1; k++) {
                double theirs = ShouXingUtil.msaLonT(k * ShouXingUtil.PI_2) * 36525 + 2451545;
                moon = Math.max(moon, Math.abs(MoonPhase.newMoon(k) - theirs) * 86400);
            }
            double term = 0;
            for (int year = 1900; year <= 2101; year++) {
                for (int index = 2; index <= 24; index += 2) {
                    double jde = TimeScale.toDynamical(TimeScale.UNIX_EPOCH_JD + SolarTerms.moment(year, index) / 86400.0);
                    // lunar-java counts terms in steps of 15 degrees from the spring equinox of 1999 (JD 2451259).
                    double approximate = (jde - 2451259) / 365.2422 * 24;
                    int step = SolarTerms.longitude(index) / 15;
                    long n = step + 24 * Math.round((approximate - step) / 24);
                    double theirs = ShouXingUtil.saLonT(n * Math.PI / 12) * 36525 + 2451545;
                    term = Math.max(term, Math.abs(jde - theirs) * 86400);
                }
            }
            assertThat(moon).as("largest difference of a new moon, s").isLessThan(20);
            assertThat(term).as("largest difference of a major term, s").isLessThan(22);
            assertThat(Math.max(moon, term)).isLessThan(Margin.THEORY_SECONDS);
        }

        @Test
        void growsFrom37SecondsUntil2025To210In2100() {
            assertThat(Margin.seconds(1901)).isEqualTo(37);
            assertThat(Margin.seconds(2025)).isEqualTo(37);
            assertThat(Margin.seconds(2055)).isCloseTo(64.7, within(0.1));
            assertThat(Margin.seconds(2078)).isCloseTo(123.4, within(0.1));
            assertThat(Margin.seconds(2100)).isEqualTo(210);
        }
    }

    @Nested
    class Doubts {

        /** The Hong Kong Observatory notes three new moons of 1901-2100 as possibly a day off. */
        @Test
        void theMarginFindsExactlyTheThreeNewMoonsTheHongKongObservatoryNotes() {
            List<Lunisolar.Doubt> doubts = Lunisolar.doubts(1900, 2100, Margin::seconds);
            assertThat(doubts).extracting(d -> d.month().label() + " " + Lunisolar.localMoment(d.event()) + " "
                    + LocalDate.ofEpochDay(d.alternative().startDay()))
                    .containsExactly("2057-09 2057-09-28T23:59:58+08:00 2057-09-29",
                            "2089-08 2089-09-04T23:57:36+08:00 2089-09-05",
                            "2097-07 2097-08-07T23:59:40+08:00 2097-08-08");
        }

        /**
         * With a margin of 10 minutes, the search also finds the major solar terms that decide a leap
         * month: in 1917, 1922 and 1987 a term falls a few minutes after midnight on the day a month
         * begins; on the day before, the leap month would move one month later.
         */
        @Test
        void aWideMarginFindsTheLeapMonthsThatDependOnAMajorTerm() {
            List<String> terms = Lunisolar.doubts(1900, 2100, year -> 600).stream()
                    .filter(d -> d.kind() == Lunisolar.EventKind.MAJOR_TERM)
                    .map(d -> d.month().label() + "->" + d.alternative().label() + " " + d.fromMidnight())
                    .toList();
            assertThat(terms).containsExactly("1917-02L->1917-03 189", "1917-03->1917-03L 189",
                    "1922-05L->1922-06 334", "1922-06->1922-06L 334", "1987-06L->1987-07 590", "1987-07->1987-07L 590");
        }
    }

    @Nested
    class LocalTime {

        @Test
        void beijingLocalMeanTimeUntilTheEndOf1928() {
            long midnight1929 = LocalDate.of(1929, 1, 1).toEpochDay() * 86400 - 8 * 3600;
            assertThat(Lunisolar.offsetSeconds(midnight1929 - 1)).isEqualTo(7 * 3600 + 45 * 60 + 40);
            assertThat(Lunisolar.offsetSeconds(midnight1929)).isEqualTo(8 * 3600);
        }

        @Test
        void aNewMoonJustAfterMidnightUtc8IsOnTheDayBeforeIn1914() {
            long newMoon = LocalDate.of(1914, 11, 18).toEpochDay() * 86400 - 8 * 3600 + 103; // 00:01:43 UTC+8
            assertThat(LocalDate.ofEpochDay(Lunisolar.calendarDay(newMoon))).isEqualTo(LocalDate.of(1914, 11, 17));
            assertThat(Lunisolar.fromMidnight(newMoon)).isEqualTo(-757);
            assertThat(Lunisolar.localMoment(newMoon)).hasToString("1914-11-17T23:47:23+07:45:40");
        }
    }
}
