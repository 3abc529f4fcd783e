package org.consularkit.calendar.lunar.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards the coefficient tables of the generator with the worked examples of Jean Meeus,
 * <i>Astronomical Algorithms</i>, 2nd ed., and with published moments.
 */
class AstronomyTest {

    /** 1992 October 13.0 TD, example 25.b. */
    private static final double EXAMPLE_25B = 2448908.5;

    @Nested
    class Vsop87 {

        @Test
        void example25bHeliocentricCoordinates() {
            assertThat(Vsop87Earth.longitude(EXAMPLE_25B)).isCloseTo(-43.63484796, within(1e-8));
            assertThat(Vsop87Earth.latitude(EXAMPLE_25B)).isCloseTo(-0.00000312, within(1e-8));
            assertThat(Vsop87Earth.radius(EXAMPLE_25B)).isCloseTo(0.99760775, within(1e-8));
        }

        @Test
        void termCountsOfAppendixIii() {
            int[] l = {64, 34, 20, 7, 3, 1};
            int[] b = {5, 2};
            int[] r = {40, 10, 6, 2, 1};
            for (int i = 0; i < l.length; i++) {
                assertThat(Vsop87Earth.terms('L', i)).as("L%d", i).isEqualTo(l[i]);
            }
            for (int i = 0; i < b.length; i++) {
                assertThat(Vsop87Earth.terms('B', i)).as("B%d", i).isEqualTo(b[i]);
            }
            for (int i = 0; i < r.length; i++) {
                assertThat(Vsop87Earth.terms('R', i)).as("R%d", i).isEqualTo(r[i]);
            }
        }
    }

    @Nested
    class SunLongitude {

        @Test
        void example25bApparentLongitude() {
            // Meeus: λ = 199°54'21.818"
            double arcseconds = (Sun.apparentLongitude(EXAMPLE_25B) - 199 - 54.0 / 60) * 3600;
            assertThat(arcseconds).isCloseTo(21.818, within(0.01));
        }

        @Test
        void example25bGeometricLongitudeInFk5() {
            // Meeus: Θ = 199°54'26.45" after the FK5 correction (geometric, before nutation and aberration)
            double arcseconds = (Sun.geometricLongitude(EXAMPLE_25B) - 199 - 54.0 / 60) * 3600;
            assertThat(arcseconds).isCloseTo(26.45, within(0.01));
        }
    }

    @Nested
    class NutationTerms {

        @Test
        void example22a() {
            // 1987 April 10, 0h TD: Δψ = -3.788", Δε = +9.443"
            assertThat(Nutation.longitude(2446895.5)).isCloseTo(-3.788, within(0.0005));
            assertThat(Nutation.obliquity(2446895.5)).isCloseTo(9.443, within(0.0005));
        }

        @Test
        void example25bNutationInLongitude() {
            assertThat(Nutation.longitude(EXAMPLE_25B)).isCloseTo(15.908, within(0.0005));
        }
    }

    @Nested
    class NewMoon {

        @Test
        void example49a() {
            // New moon of 1977 February: k = -283, JDE = 2443192.65118 (1977 Feb 18, 3h37m42s TD)
            assertThat(MoonPhase.newMoon(-283)).isCloseTo(2443192.65118, within(0.000005));
        }

        @Test
        void lunationNumberZeroIsJanuary2000() {
            assertThat(MoonPhase.lunationNear(2451550.1)).isZero();
            assertThat(MoonPhase.lunationNear(2451550.1 + 29.53)).isEqualTo(1);
        }

        @Test
        void newMoonOfTheAnnularEclipseOf2026February17() {
            // USNO: new moon 2026 February 17, 12:01 UT.
            int k = MoonPhase.lunationNear(TimeScale.julianDay(LocalDate.of(2026, 2, 17).toEpochDay()));
            long second = TimeScale.epochSecond(TimeScale.toUniversal(MoonPhase.newMoon(k)));
            assertThat(second).isCloseTo(Instant.parse("2026-02-17T12:01:00Z").getEpochSecond(), within(60L));
        }
    }

    @Nested
    class EquinoxesAndSolstices {

        @ParameterizedTest(name = "{0} term {1} at {2}")
        @CsvSource({
            // USNO, Earth's seasons 2000 (UT, to the minute)
            "2000, 6, 2000-03-20T07:35:00Z",
            "2000, 12, 2000-06-21T01:48:00Z",
            "2000, 18, 2000-09-22T17:27:00Z",
            "2000, 24, 2000-12-21T13:37:00Z",
        })
        void agreeWithPublishedMomentsWithinAMinute(int year, int index, String moment) {
            assertThat(SolarTerms.moment(year, index)).isCloseTo(Instant.parse(moment).getEpochSecond(), within(60L));
        }

        @Test
        void longitudesFollowTheYear() {
            assertThat(SolarTerms.longitude(1)).isEqualTo(285);
            assertThat(SolarTerms.longitude(6)).isZero();
            assertThat(SolarTerms.longitude(7)).isEqualTo(15);
            assertThat(SolarTerms.longitude(24)).isEqualTo(270);
        }
    }

    @Nested
    class DeltaTPolynomials {

        @Test
        void valuesAtTheEpochsOfThePolynomials() {
            assertThat(DeltaT.seconds(1900)).isCloseTo(-2.79, within(1e-9));
            assertThat(DeltaT.seconds(1950)).isCloseTo(29.07, within(1e-9));
            assertThat(DeltaT.seconds(2000)).isCloseTo(63.86, within(1e-9));
            assertThat(DeltaT.seconds(2100)).isCloseTo(202.74, within(1e-9));
        }

        @Test
        void continuousAtTheBoundaries() {
            for (int year : new int[] {1900, 1920, 1941, 1961, 1986, 2005, 2050}) {
                assertThat(DeltaT.seconds(year - 1e-9)).as("at %d", year).isCloseTo(DeltaT.seconds(year), within(1.0));
            }
        }

        @Test
        void rejectsYearsOutsideItsRange() {
            assertThatThrownBy(() -> DeltaT.seconds(2150))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Delta T is implemented for 1860-2150 only, not 2150.0");
        }
    }
}
