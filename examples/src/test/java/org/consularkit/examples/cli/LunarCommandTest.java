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
        void withCertaintyAddsTwoColumnsAtTheEnd() {
            CliRun r = CliRun.run("lunar", "--from", "2089-09-03", "--to", "2089-09-04", "--format", "csv",
                    "--with-certainty");
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).isEqualTo("""
                    date,lunarYear,lunarMonth,leapMonth,lunarDay,certain,alternativeStart
                    2089-09-03,2089,7,false,29,true,
                    2089-09-04,2089,8,false,1,false,2089-09-05
                    """);
        }

        @Test
        void withoutTheOptionAnUncertainDateKeepsTheFiveColumns() {
            CliRun r = CliRun.run("lunar", "--date", "2089-09-18", "--format", "csv");
            assertThat(r.out()).isEqualTo("date,lunarYear,lunarMonth,leapMonth,lunarDay\n2089-09-18,2089,8,false,15\n");
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
                date        lunar        lunarYear  lunarMonth  leapMonth  lunarDay  note
                2023-04-01  2023-02L-11  2023       2           true       11
                """);
    }

    @Test
    void textMarksAnUncertainDate() {
        CliRun r = CliRun.run("lunar", "--from", "2089-09-17", "--to", "2089-09-18");
        assertThat(r.out()).isEqualTo("""
                date        lunar       lunarYear  lunarMonth  leapMonth  lunarDay  note
                2089-09-17  2089-08-14  2089       8           false      14        uncertain: 2089-08 may begin 2089-09-05
                2089-09-18  2089-08-15  2089       8           false      15        uncertain: 2089-08 may begin 2089-09-05
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
                    "lunarDay": 1,
                    "certain": true,
                    "alternativeStart": null
                  }
                ]
                """);
    }

    @Test
    void jsonEndsEachObjectWithTheCertaintyOfTheDate() {
        CliRun r = CliRun.run("lunar", "--date", "2057-10-06", "--format", "json");
        assertThat(r.out()).isEqualTo("""
                [
                  {
                    "date": "2057-10-06",
                    "lunarYear": 2057,
                    "lunarMonth": 9,
                    "leapMonth": false,
                    "lunarDay": 9,
                    "certain": false,
                    "alternativeStart": "2057-09-29"
                  }
                ]
                """);
    }

    @Test
    void before1929TheMonthsFollowBeijingLocalMeanTime() {
        CliRun r = CliRun.run("lunar", "--date", "1916-02-03", "--format", "csv");
        assertThat(r.out()).isEqualTo("date,lunarYear,lunarMonth,leapMonth,lunarDay\n1916-02-03,1916,1,false,1\n");
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
