package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DaysCommandTest {

    @Nested
    class Csv {

        @Test
        void headerAndOneRowPerDateBothEndsIncluded() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2021-12-30", "--to", "2022-01-03",
                    "--format", "csv");
            assertThat(r.err()).isEmpty();
            assertThat(r.status()).isZero();
            assertThat(r.out()).isEqualTo("""
                    date,type,names,status
                    2021-12-30,WORKDAY,,OFFICIAL
                    2021-12-31,PUBLIC_HOLIDAY,New Year's Day,PROVISIONAL
                    2022-01-01,WEEKEND,New Year's Day,PROVISIONAL
                    2022-01-02,WEEKEND,,PROVISIONAL
                    2022-01-03,WORKDAY,,PROVISIONAL
                    """);
        }

        @Test
        void namesJoinedWithSemicolonAndQuotedAsCsvRequires() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2022-01-29", "--to", "2022-02-01",
                    "--format", "csv");
            assertThat(r.out()).isEqualTo("date,type,names,status\n"
                    + "2022-01-29,MAKEUP_WORKDAY,\"Spring, \"\"Festival\"\"\",PROVISIONAL\n"
                    + "2022-01-30,MAKEUP_WORKDAY,\"Spring, \"\"Festival\"\"\",PROVISIONAL\n"
                    + "2022-01-31,REST_DAY,\"Spring, \"\"Festival\"\"\",PROVISIONAL\n"
                    + "2022-02-01,PUBLIC_HOLIDAY,\"Spring, \"\"Festival\"\";Other Day\",PROVISIONAL\n");
        }

        @Test
        void earlyClosingIsAWorkdayThatCarriesItsName() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2021-12-24", "--to", "2021-12-24",
                    "--format", "CSV");
            assertThat(r.out()).isEqualTo("date,type,names,status\n2021-12-24,WORKDAY,Half Day,OFFICIAL\n");
        }

        @Test
        void chineseNamesWithLocaleZhCn() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2022-02-01", "--to", "2022-02-02",
                    "--format", "csv", "--locale", "zh-CN");
            assertThat(r.out()).isEqualTo("""
                    date,type,names,status
                    2022-02-01,PUBLIC_HOLIDAY,春节;另一天,PROVISIONAL
                    2022-02-02,PUBLIC_HOLIDAY,春节,PROVISIONAL
                    """);
        }
    }

    @Nested
    class Text {

        @Test
        void alignedTableWithWeekday() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2021-12-30", "--to", "2022-01-01");
            assertThat(r.status()).isZero();
            assertThat(r.out()).isEqualTo("""
                    date        day  type            status       names
                    2021-12-30  Thu  WORKDAY         OFFICIAL
                    2021-12-31  Fri  PUBLIC_HOLIDAY  PROVISIONAL  New Year's Day
                    2022-01-01  Sat  WEEKEND         PROVISIONAL  New Year's Day
                    """);
        }

        @Test
        void chineseWeekdaysAndNamesAlignByDisplayWidth() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2022-01-31", "--to", "2022-02-01",
                    "--locale", "zh-CN", "--format", "text");
            assertThat(r.out()).isEqualTo("""
                    date        day   type            status       names
                    2022-01-31  周一  REST_DAY        PROVISIONAL  春节
                    2022-02-01  周二  PUBLIC_HOLIDAY  PROVISIONAL  春节, 另一天
                    """);
        }
    }

    @Nested
    class Json {

        @Test
        void arrayOfObjectsWithSources() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2021-12-30", "--to", "2021-12-31",
                    "--format", "json");
            assertThat(r.status()).isZero();
            assertThat(r.out()).isEqualTo("""
                    [
                      {
                        "date": "2021-12-30",
                        "type": "WORKDAY",
                        "names": [],
                        "status": "OFFICIAL",
                        "sources": []
                      },
                      {
                        "date": "2021-12-31",
                        "type": "PUBLIC_HOLIDAY",
                        "names": [
                          "New Year's Day"
                        ],
                        "status": "PROVISIONAL",
                        "sources": [
                          "https://example.org/test-act"
                        ]
                      }
                    ]
                    """);
        }

        @Test
        void citationWhenNoUrlAndEscapedQuotes() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2022-01-29", "--to", "2022-01-29",
                    "--format", "json");
            assertThat(r.out()).isEqualTo("""
                    [
                      {
                        "date": "2022-01-29",
                        "type": "MAKEUP_WORKDAY",
                        "names": [
                          "Spring, \\"Festival\\""
                        ],
                        "status": "PROVISIONAL",
                        "sources": [
                          "Notice 7, art. 2",
                          "https://example.org/test-act"
                        ]
                      }
                    ]
                    """);
        }
    }

    @Nested
    class Errors {

        @Test
        void dateOutsideTheCalendarIsBadInput() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2020-12-31", "--to", "2021-01-02");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("consularkit days: Calendar test covers the years 2021-2022; "
                    + "date 2020-12-31 is outside its range\n");
        }

        @Test
        void endBeforeStartIsBadInput() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2021-01-02", "--to", "2021-01-01");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit days: Range end 2021-01-01 is before its start 2021-01-02\n");
        }

        @Test
        void unknownCalendarIsNamedWithTheKnownIds() {
            CliRun r = CliRun.run("days", "--calendar", "nope", "--from", "2021-01-01", "--to", "2021-01-01");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit days: Unknown calendar 'nope'; known calendars: test\n");
        }

        @Test
        void impossibleDateIsNamed() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2021-02-29", "--to", "2021-03-01");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit days: Invalid value for option '--from': '2021-02-29' is "
                    + "not a date yyyy-MM-dd (Invalid date 'February 29' as '2021' is not a leap year) "
                    + "(see 'consularkit days --help')\n");
        }

        @Test
        void malformedDateIsNamed() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2021-1-1", "--to", "2021-03-01");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit days: Invalid value for option '--from': '2021-1-1' is "
                    + "not a date yyyy-MM-dd (see 'consularkit days --help')\n");
        }

        @Test
        void missingOption() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2021-01-01");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo(
                    "consularkit days: Missing required option: '--to=DATE' (see 'consularkit days --help')\n");
        }

        @Test
        void unknownFormat() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2021-01-01", "--to", "2021-01-01",
                    "--format", "xml");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit days: Invalid value for option '--format': 'xml' is not a "
                    + "format; use text, csv or json (see 'consularkit days --help')\n");
        }

        @Test
        void unknownLocale() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2021-01-01", "--to", "2021-01-01",
                    "--locale", "fr");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit days: Invalid value for option '--locale': 'fr' is not a "
                    + "supported locale; use en or zh-CN (see 'consularkit days --help')\n");
        }
    }

    @Nested
    class UsFederal {

        @Test
        void newYear2022ObservedOnFriday20211231() {
            CliRun r = CliRun.run(CalendarRegistry.standard(), "days", "--calendar", "us-federal", "--from",
                    "2021-12-30", "--to", "2022-01-03", "--format", "csv");
            assertThat(r.err()).isEmpty();
            assertThat(r.status()).isZero();
            assertThat(r.out()).isEqualTo("""
                    date,type,names,status
                    2021-12-30,WORKDAY,,OFFICIAL
                    2021-12-31,PUBLIC_HOLIDAY,New Year's Day,OFFICIAL
                    2022-01-01,WEEKEND,New Year's Day,OFFICIAL
                    2022-01-02,WEEKEND,,OFFICIAL
                    2022-01-03,WORKDAY,,OFFICIAL
                    """);
        }

        @Test
        void before1971IsOutOfRange() {
            CliRun r = CliRun.run(CalendarRegistry.standard(), "days", "--calendar", "us-federal", "--from",
                    "1970-12-31", "--to", "1971-01-02", "--format", "csv");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("consularkit days: Calendar us-federal covers the years 1971-2100; "
                    + "date 1970-12-31 is outside its range\n");
        }

        @Test
        void wholeRangeOneRowPerDate() {
            CliRun r = CliRun.run(CalendarRegistry.standard(), "days", "--calendar", "us-federal", "--from",
                    "1971-01-01", "--to", "2100-12-31", "--format", "csv");
            assertThat(r.status()).isZero();
            List<String> lines = r.out().lines().toList();
            assertThat(lines).hasSize(1 + (int) ChronoUnit.DAYS.between(LocalDate.of(1971, 1, 1),
                    LocalDate.of(2101, 1, 1)));
            assertThat(lines.get(0)).isEqualTo("date,type,names,status");
            assertThat(lines.get(1)).isEqualTo("1971-01-01,PUBLIC_HOLIDAY,New Year's Day,OFFICIAL");
            assertThat(lines).allMatch(l -> l.equals("date,type,names,status") || l.matches(
                    "\\d{4}-\\d{2}-\\d{2},(WORKDAY|WEEKEND|PUBLIC_HOLIDAY|REST_DAY|MAKEUP_WORKDAY|CLOSURE),"
                            + "(\"[^\"]*\"|[^,\"]*),(OFFICIAL|PROVISIONAL)"));
        }
    }

    @Nested
    class China {

        @Test
        void springFestival2026AsInTheContract() {
            CliRun r = CliRun.library("days", "--calendar", "cn", "--from", "2026-02-14", "--to", "2026-02-24",
                    "--format", "csv");
            assertThat(r.status()).isZero();
            assertThat(r.out()).isEqualTo("""
                    date,type,names,status
                    2026-02-14,MAKEUP_WORKDAY,Spring Festival,OFFICIAL
                    2026-02-15,WEEKEND,Spring Festival,OFFICIAL
                    2026-02-16,PUBLIC_HOLIDAY,Spring Festival,OFFICIAL
                    2026-02-17,PUBLIC_HOLIDAY,Spring Festival,OFFICIAL
                    2026-02-18,PUBLIC_HOLIDAY,Spring Festival,OFFICIAL
                    2026-02-19,PUBLIC_HOLIDAY,Spring Festival,OFFICIAL
                    2026-02-20,REST_DAY,Spring Festival,OFFICIAL
                    2026-02-21,WEEKEND,Spring Festival,OFFICIAL
                    2026-02-22,WEEKEND,Spring Festival,OFFICIAL
                    2026-02-23,REST_DAY,Spring Festival,OFFICIAL
                    2026-02-24,WORKDAY,,OFFICIAL
                    """);
        }

        @Test
        void aYearWithoutANoticeIsProvisional() {
            CliRun r = CliRun.library("days", "--calendar", "cn", "--from", "2027-01-01", "--to", "2027-01-01",
                    "--format", "csv", "--locale", "zh-CN");
            assertThat(r.out()).isEqualTo("date,type,names,status\n2027-01-01,PUBLIC_HOLIDAY,元旦,PROVISIONAL\n");
        }

        @Test
        void postCalendarDoesNotOpenOnMakeupDays() {
            CliRun r = CliRun.library("days", "--calendar", "post:beijing", "--from", "2026-02-14", "--to",
                    "2026-02-14", "--format", "csv");
            assertThat(r.status()).isZero();
            assertThat(r.out()).startsWith("date,type,names,status\n2026-02-14,WEEKEND,");
        }
    }

    @Test
    void helpListsTheCsvColumns() {
        CliRun r = CliRun.run("days", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Usage: consularkit days ").contains("CSV columns: date,type,names,status");
    }
}
