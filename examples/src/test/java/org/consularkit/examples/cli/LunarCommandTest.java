package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LunarCommandTest {

    @Nested
    class Csv {

        @Test
        void springFestival2026() {
            CliRun r = CliRun.run("lunar", "--from", "2026-02-16", "--to", "2026-02-17", "--format", "csv");
            assertThat(r.err()).isEmpty();
            assertThat(r.status()).isZero();
            assertThat(r.out()).isEqualTo("""
                    date,lunarYear,lunarMonth,leapMonth,lunarDay
                    2026-02-16,2025,12,false,29
                    2026-02-17,2026,1,false,1
                    """);
        }

        @Test
        void leapMonthCarriesTheNumberOfTheMonthItRepeats() {
            CliRun r = CliRun.run("lunar", "--date", "2023-04-01", "--format", "csv");
            assertThat(r.out()).isEqualTo("date,lunarYear,lunarMonth,leapMonth,lunarDay\n2023-04-01,2023,2,true,11\n");
        }

        @Test
        void firstAndLastSupportedDates() {
            assertThat(CliRun.run("lunar", "--date", "1901-01-01", "--format", "csv").status()).isZero();
            assertThat(CliRun.run("lunar", "--date", "2100-12-31", "--format", "csv").status()).isZero();
        }
    }

    @Test
    void text() {
        CliRun r = CliRun.run("lunar", "--date", "2023-04-01");
        assertThat(r.out()).isEqualTo("""
                date        lunar        lunarYear  lunarMonth  leapMonth  lunarDay
                2023-04-01  2023-02L-11  2023       2           true       11
                """);
    }

    @Test
    void json() {
        CliRun r = CliRun.run("lunar", "--date", "2026-02-17", "--format", "json");
        assertThat(r.out()).isEqualTo("""
                [
                  {
                    "date": "2026-02-17",
                    "lunarYear": 2026,
                    "lunarMonth": 1,
                    "leapMonth": false,
                    "lunarDay": 1
                  }
                ]
                """);
    }

    @Nested
    class Errors {

        @Test
        void dateOutsideTheTablesIsBadInputAndPrintsNothing() {
            CliRun r = CliRun.run("lunar", "--from", "2100-12-31", "--to", "2101-01-01", "--format", "csv");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo(
                    "consularkit lunar: Date 2101-01-01 is outside the supported range 1901-01-01 to 2100-12-31\n");
        }

        @Test
        void endBeforeStart() {
            CliRun r = CliRun.run("lunar", "--from", "2026-01-02", "--to", "2026-01-01");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit lunar: Range end 2026-01-01 is before its start 2026-01-02\n");
        }

        @Test
        void dateAndRangeTogether() {
            CliRun r = CliRun.run("lunar", "--date", "2026-01-01", "--from", "2026-01-01");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit lunar: Missing required argument(s): --to=DATE "
                    + "(see 'consularkit lunar --help')\n");
        }

        @Test
        void dateAndFullRangeTogether() {
            CliRun r = CliRun.run("lunar", "--date", "2026-01-01", "--from", "2026-01-01", "--to", "2026-01-02");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit lunar: --date=DATE and (--from=DATE --to=DATE) are mutually "
                    + "exclusive (specify only one) (see 'consularkit lunar --help')\n");
        }

        @Test
        void nothingAsked() {
            CliRun r = CliRun.run("lunar");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit lunar: Missing required argument (specify one of these): "
                    + "(--date=DATE | (--from=DATE --to=DATE)) (see 'consularkit lunar --help')\n");
        }
    }
}
