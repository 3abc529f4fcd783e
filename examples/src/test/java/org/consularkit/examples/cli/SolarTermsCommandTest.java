package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SolarTermsCommandTest {

    @Nested
    class Csv {

        @Test
        void qingming2026AsInTheContract() {
            CliRun r = CliRun.run("solar-terms", "--year", "2026", "--format", "csv");
            assertThat(r.err()).isEmpty();
            assertThat(r.status()).isZero();
            assertThat(r.out()).startsWith("index,name,date,moment\n")
                    .contains("\n7,Qingming,2026-04-05,2026-04-05T02:40+08:00\n");
            assertThat(r.out().lines()).hasSize(25);
        }

        @Test
        void oneRowPerTermAndYearInOrder() {
            CliRun r = CliRun.run("solar-terms", "--from-year", "2025", "--to-year", "2026", "--format", "csv");
            assertThat(r.out().lines()).hasSize(49);
            assertThat(r.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList())
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(0, 47)
                            .mapToObj(i -> Integer.toString(i % 24 + 1)).toList());
            assertThat(r.out()).contains("\n1,Minor Cold,2025-01-05,").contains("\n24,Winter Solstice,2026-12-22,");
        }

        @Test
        void chineseNames() {
            CliRun r = CliRun.run("solar-terms", "--year", "2026", "--format", "csv", "--locale", "zh-CN");
            assertThat(r.out()).contains("\n7,清明,2026-04-05,2026-04-05T02:40+08:00\n");
        }
    }

    @Test
    void textHasTheYear() {
        CliRun r = CliRun.run("solar-terms", "--year", "2026");
        assertThat(r.out().lines().limit(2)).containsExactly(
                "year  index  date        moment                  name",
                "2026  1      2026-01-05  2026-01-05T16:23+08:00  Minor Cold");
    }

    @Test
    void json() {
        CliRun r = CliRun.run("solar-terms", "--year", "2026", "--format", "json");
        assertThat(r.out()).startsWith("""
                [
                  {
                    "index": 1,
                    "name": "Minor Cold",
                    "date": "2026-01-05",
                    "moment": "2026-01-05T16:23+08:00"
                  },
                """);
    }

    @Nested
    class Errors {

        @Test
        void yearOutsideTheTablesPrintsNothing() {
            CliRun r = CliRun.run("solar-terms", "--from-year", "2100", "--to-year", "2101", "--format", "csv");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("consularkit solar-terms: Solar terms are known for the years 1901-2100, not 2101\n");
        }

        @Test
        void lastYearBeforeFirst() {
            CliRun r = CliRun.run("solar-terms", "--from-year", "2026", "--to-year", "2025");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit solar-terms: Last year 2025 is before the first year 2026\n");
        }

        @Test
        void yearAndRangeTogether() {
            CliRun r = CliRun.run("solar-terms", "--year", "2026", "--to-year", "2027");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit solar-terms: Missing required argument(s): --from-year=YYYY "
                    + "(see 'consularkit solar-terms --help')\n");
        }

        @Test
        void yearAndFullRangeTogether() {
            CliRun r = CliRun.run("solar-terms", "--year", "2026", "--from-year", "2026", "--to-year", "2027");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit solar-terms: --year=YYYY and (--from-year=YYYY --to-year=YYYY) "
                    + "are mutually exclusive (specify only one) (see 'consularkit solar-terms --help')\n");
        }

        @Test
        void nothingAsked() {
            CliRun r = CliRun.run("solar-terms");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit solar-terms: Missing required argument (specify one of these): "
                    + "(--year=YYYY | (--from-year=YYYY --to-year=YYYY)) (see 'consularkit solar-terms --help')\n");
        }
    }
}
