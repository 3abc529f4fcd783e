package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HolidaysCommandTest {

    static final String HEADER = "name,date,observed,firstDayOff,lastDayOff,daysOff,makeupWorkdays,kind,status,"
            + "key,year,earlyClosing,sources\n";

    @Nested
    class Csv {

        @Test
        void yearListsEveryOccurrenceTouchingItIncludingNextNewYearObservedInDecember() {
            CliRun r = CliRun.run("holidays", "--calendar", "test", "--year", "2021", "--format", "csv");
            assertThat(r.err()).isEmpty();
            assertThat(r.status()).isZero();
            assertThat(r.out()).isEqualTo(HEADER
                    + "New Year's Day,2021-01-01,2021-01-01,2021-01-01,2021-01-01,2021-01-01,,STATUTORY,OFFICIAL,"
                    + "new-year,2021,,https://example.org/test-act\n"
                    + "Half Day,2021-12-24,2021-12-24,,,,,EARLY_CLOSING,OFFICIAL,half-day,2021,12:00,"
                    + "\"Notice 7, art. 2\"\n"
                    + "New Year's Day,2022-01-01,2021-12-31,2021-12-31,2022-01-01,2021-12-31;2022-01-01,,STATUTORY,"
                    + "PROVISIONAL,new-year,2022,,https://example.org/test-act\n");
        }

        @Test
        void rangeWithMakeupWorkdaysAndQuotedName() {
            CliRun r = CliRun.run("holidays", "--calendar", "test", "--from", "2022-02-01", "--to", "2022-02-01",
                    "--format", "csv");
            assertThat(r.out()).isEqualTo(HEADER
                    + "\"Spring, \"\"Festival\"\"\",2022-02-01,2022-02-01,2022-01-31,2022-02-06,"
                    + "2022-01-31;2022-02-01;2022-02-02;2022-02-03;2022-02-04;2022-02-05;2022-02-06,"
                    + "2022-01-29;2022-01-30,STATUTORY,PROVISIONAL,festival,2022,,"
                    + "\"Notice 7, art. 2;https://example.org/test-act\"\n"
                    + "Other Day,2022-02-01,2022-02-01,2022-02-01,2022-02-01,2022-02-01,,SPECIAL,PROVISIONAL,"
                    + "other,2022,,\"Notice 7, art. 2\"\n");
        }

        @Test
        void chineseNames() {
            CliRun r = CliRun.run("holidays", "--calendar", "test", "--from", "2021-01-01", "--to", "2021-01-01",
                    "--format", "csv", "--locale", "zh-CN");
            assertThat(r.out()).isEqualTo(HEADER
                    + "元旦,2021-01-01,2021-01-01,2021-01-01,2021-01-01,2021-01-01,,STATUTORY,OFFICIAL,"
                    + "new-year,2021,,https://example.org/test-act\n");
        }

        @Test
        void emptyRangeHasOnlyTheHeader() {
            CliRun r = CliRun.run("holidays", "--calendar", "test", "--from", "2021-03-01", "--to", "2021-03-31",
                    "--format", "csv");
            assertThat(r.status()).isZero();
            assertThat(r.out()).isEqualTo(HEADER);
        }
    }

    @Test
    void text() {
        CliRun r = CliRun.run("holidays", "--calendar", "test", "--year", "2021");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("""
                date        observed    daysOff                     makeupWorkdays  kind           status       name
                2021-01-01  2021-01-01  2021-01-01                                  STATUTORY      OFFICIAL     New Year's Day
                2021-12-24  2021-12-24                                              EARLY_CLOSING  OFFICIAL     Half Day
                2022-01-01  2021-12-31  2021-12-31..2022-01-01 (2)                  STATUTORY      PROVISIONAL  New Year's Day
                """);
    }

    @Test
    void json() {
        CliRun r = CliRun.run("holidays", "--calendar", "test", "--from", "2021-12-24", "--to", "2021-12-31",
                "--format", "json");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("""
                [
                  {
                    "name": "Half Day",
                    "date": "2021-12-24",
                    "observed": "2021-12-24",
                    "firstDayOff": null,
                    "lastDayOff": null,
                    "daysOff": [],
                    "makeupWorkdays": [],
                    "kind": "EARLY_CLOSING",
                    "status": "OFFICIAL",
                    "key": "half-day",
                    "year": 2021,
                    "earlyClosing": "12:00",
                    "sources": [
                      "Notice 7, art. 2"
                    ],
                    "days": {
                      "2021-12-24": "WORKDAY"
                    }
                  },
                  {
                    "name": "New Year's Day",
                    "date": "2022-01-01",
                    "observed": "2021-12-31",
                    "firstDayOff": "2021-12-31",
                    "lastDayOff": "2022-01-01",
                    "daysOff": [
                      "2021-12-31",
                      "2022-01-01"
                    ],
                    "makeupWorkdays": [],
                    "kind": "STATUTORY",
                    "status": "PROVISIONAL",
                    "key": "new-year",
                    "year": 2022,
                    "earlyClosing": null,
                    "sources": [
                      "https://example.org/test-act"
                    ],
                    "days": {
                      "2021-12-31": "PUBLIC_HOLIDAY",
                      "2022-01-01": "WEEKEND"
                    }
                  }
                ]
                """);
    }

    @Nested
    class Errors {

        @Test
        void yearOutsideTheCalendar() {
            CliRun r = CliRun.run("holidays", "--calendar", "test", "--year", "2023");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo(
                    "consularkit holidays: Calendar test covers the years 2021-2022; year 2023 is outside its range\n");
        }

        @Test
        void yearAndRangeTogether() {
            CliRun r = CliRun.run("holidays", "--calendar", "test", "--year", "2021", "--to", "2021-02-01");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit holidays: Missing required argument(s): --from=DATE "
                    + "(see 'consularkit holidays --help')\n");
        }

        @Test
        void yearAndFullRangeTogether() {
            CliRun r = CliRun.run("holidays", "--calendar", "test", "--year", "2021", "--from", "2021-01-01", "--to",
                    "2021-02-01");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("consularkit holidays: --year=YYYY and (--from=DATE --to=DATE) are mutually "
                    + "exclusive (specify only one) (see 'consularkit holidays --help')\n");
        }

        @Test
        void neitherYearNorRange() {
            CliRun r = CliRun.run("holidays", "--calendar", "test", "--from", "2021-02-01");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit holidays: Missing required argument(s): --to=DATE "
                    + "(see 'consularkit holidays --help')\n");
        }

        @Test
        void nothingAsked() {
            CliRun r = CliRun.run("holidays", "--calendar", "test");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit holidays: Missing required argument (specify one of these): "
                    + "(--year=YYYY | (--from=DATE --to=DATE)) (see 'consularkit holidays --help')\n");
        }

        @Test
        void yearNotANumber() {
            CliRun r = CliRun.run("holidays", "--calendar", "test", "--year", "twenty");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).startsWith("consularkit holidays: Invalid value for option '--year': 'twenty'");
        }
    }

    @Test
    void usFederal2021ListsNewYear2022ObservedOnDecember31() {
        CliRun r = CliRun.run(CalendarRegistry.standard(), "holidays", "--calendar", "us-federal", "--year", "2021",
                "--format", "csv");
        assertThat(r.status()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(13);
        assertThat(lines.get(2)).startsWith("\"Birthday of Martin Luther King, Jr.\",2021-01-18,2021-01-18,2021-01-18,"
                + "2021-01-18,2021-01-18,,STATUTORY,OFFICIAL,martin-luther-king-jr-day,2021,,https://");
        assertThat(lines.get(12)).startsWith("New Year's Day,2022-01-01,2021-12-31,2021-12-31,2022-01-01,"
                + "2021-12-31;2022-01-01,,STATUTORY,OFFICIAL,new-years-day,2022,,https://");
    }

    @Test
    void helpDocumentsTheColumns() {
        CliRun r = CliRun.run("holidays", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Usage: consularkit holidays ")
                .contains("CSV columns: name,date,observed,firstDayOff,lastDayOff,daysOff,makeupWorkdays,kind,status,");
    }
}
