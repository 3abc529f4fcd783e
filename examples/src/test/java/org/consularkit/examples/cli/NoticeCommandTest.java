package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeCommandTest {

    /** The made-up 2027 notice of the README's walk-through (a test fixture, not a real notice). */
    static final String FIXTURE = "cn-2027-notice-FIXTURE.txt";

    @TempDir
    static Path dir;

    /** Copies a notice of the calendar module's fixtures without its {@code #} header. */
    static String notice(String name) throws IOException {
        Path from = Path.of("../calendar/src/test/resources/org/consularkit/calendar/cn/notices/" + name + ".txt");
        StringBuilder sb = new StringBuilder();
        boolean head = true;
        for (String line : Files.readString(from, StandardCharsets.UTF_8).split("\n", -1)) {
            if (head && (line.startsWith("#") || line.isEmpty())) {
                head = !line.isEmpty();
                continue;
            }
            head = false;
            sb.append(line).append('\n');
        }
        Path to = dir.resolve(name + ".txt");
        Files.writeString(to, sb, StandardCharsets.UTF_8);
        return to.toString();
    }

    @BeforeAll
    static void copy() throws IOException {
        for (String n : new String[] {"2019", "2019-amendment", "2020-amendment", "2026", "2009"}) {
            notice(n);
        }
    }

    private static String file(String name) {
        return dir.resolve(name + ".txt").toString();
    }

    @Nested
    class Print {

        @Test
        void theScheduleInTheLibrarysFormatByDefault() {
            CliRun r = CliRun.library("notice", file("2026"));
            assertThat(r.status()).isZero();
            assertThat(r.err()).isEqualTo("consularkit notice: warning: " + file("2026")
                    + ": the text has no document number (发文字号); the citation leaves it out\n");
            assertThat(r.out()).startsWith("""
                    {
                      "format": "consularkit.cn-schedule/1",
                      "year": 2026,
                      "sources": [
                        {"citation": "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）"}
                      ],
                      "blocks": [
                        {"festivals": ["new-years-day"], "daysOff": ["2026-01-01/2026-01-03"], "makeupWorkdays": ["2026-01-04"], "note": "statutory days: 2026-01-01"},
                        {"festivals": ["spring-festival"], "daysOff": ["2026-02-15/2026-02-23"], "makeupWorkdays": ["2026-02-14", "2026-02-28"], "note": "statutory days: 2026-02-16, 2026-02-17, 2026-02-18, 2026-02-19"},
                    """);
        }

        @Test
        void theHolidayCnFormat() {
            CliRun r = CliRun.library("notice", "--format", "holiday-cn", file("2026"));
            assertThat(r.out()).startsWith("""
                    {
                        "year": 2026,
                        "papers": [],
                        "days": [
                            {
                                "name": "元旦",
                                "date": "2026-01-01",
                                "isOffDay": true
                            },
                    """);
        }

        @Test
        void aTableOfDaysInCsv() {
            CliRun r = CliRun.library("notice", "--format", "csv", FIXTURE);
            assertThat(r.status()).isZero();
            assertThat(r.out()).startsWith("""
                    date,role,statutory,festivals
                    2027-01-01,DAY_OFF,true,New Year's Day
                    2027-01-02,DAY_OFF,false,New Year's Day
                    2027-01-03,DAY_OFF,false,New Year's Day
                    2027-01-30,MAKEUP_WORKDAY,false,Spring Festival
                    2027-02-05,DAY_OFF,true,Spring Festival
                    """);
        }

        @Test
        void aYearsNoticeAndItsAmendmentTogether() {
            CliRun r = CliRun.library("notice", "--format", "csv", "--locale", "zh-CN", file("2019-amendment"),
                    file("2019"));
            assertThat(r.out()).contains("""
                    2019-04-28,MAKEUP_WORKDAY,false,劳动节
                    2019-05-01,DAY_OFF,true,劳动节
                    2019-05-02,DAY_OFF,false,劳动节
                    """);
        }

        @Test
        void standardInput() throws IOException {
            CliRun r = CliRun.withInput(Files.readString(Path.of(file("2026"))), "notice", "--format", "csv", "-");
            assertThat(r.status()).isZero();
            assertThat(r.err()).startsWith("consularkit notice: warning: <stdin>: ");
            assertThat(r.out()).startsWith("date,role,statutory,festivals\n2026-01-01,DAY_OFF,true,New Year's Day\n");
        }
    }

    @Nested
    class Check {

        @Test
        void aNoticeThatAgreesWithTheBuiltInData() {
            CliRun r = CliRun.library("notice", "--check", file("2026"));
            assertThat(r.status()).isZero();
            assertThat(r.out()).isEqualTo("""
                    notice: 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）
                      ARRANGEMENT 2026, 7 date rules, 1 note
                    schedule 2026: 33 days off, 6 make-up working days
                    built-in data: 2026 is OFFICIAL; the notice agrees with it day by day
                    """);
        }

        @Test
        void aNoticeThatChangesAnOfficialYearExitsWithOne() {
            CliRun r = CliRun.library("notice", "--check", file("2019"));
            assertThat(r.status()).isEqualTo(1);
            assertThat(r.out()).endsWith("""
                    built-in data: 2019 is OFFICIAL; the notice changes 5 dates:
                      2019-04-28 labour-day: MAKEUP_WORKDAY -> NONE
                      2019-05-02 labour-day: DAY_OFF -> NONE
                      2019-05-03 labour-day: DAY_OFF -> NONE
                      2019-05-04 labour-day: DAY_OFF -> NONE
                      2019-05-05 labour-day: MAKEUP_WORKDAY -> NONE
                    """);
        }

        @Test
        void anAmendmentAloneIsComparedWithTheBuiltInYear() {
            CliRun r = CliRun.library("notice", "--check", file("2020-amendment"));
            assertThat(r.status()).isZero();
            assertThat(r.out()).endsWith("built-in data: 2020 is OFFICIAL; the notice agrees with it day by day\n");
        }

        @Test
        void aYearTheBuiltInDataDoesNotHave() {
            CliRun r = CliRun.library("notice", "--check", FIXTURE);
            assertThat(r.status()).isZero();
            assertThat(r.out()).isEqualTo("""
                    notice: 国务院办公厅关于2027年部分节假日安排的通知（2026年12月7日）
                      ARRANGEMENT 2027, 7 date rules
                    schedule 2027: 28 days off, 5 make-up working days
                    built-in data: 2027 is PROVISIONAL; this schedule would make it OFFICIAL (load it with --schedule or DataOverrides)
                    """);
        }
    }

    @Nested
    class Errors {

        @Test
        void aPartialCopy() {
            CliRun r = CliRun.library("notice", file("2009"));
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("consularkit notice: " + file("2009") + ":8:1: expected a complete notice, ");
        }

        @Test
        void aMissingFile() {
            CliRun r = CliRun.library("notice", "/no/such/notice.txt");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit notice: /no/such/notice.txt: no such file or directory\n");
        }

        @Test
        void anUnknownFormat() {
            CliRun r = CliRun.library("notice", "--format", "xml", FIXTURE);
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).startsWith("consularkit notice: Invalid value for option '--format': 'xml' is not a "
                    + "format; use json, holiday-cn, text or csv");
        }
    }

    @Nested
    class ScheduleOption {

        @Test
        void daysAnswerWithALoadedNotice() {
            CliRun r = CliRun.library("days", "--calendar", "cn", "--from", "2027-01-30", "--to", "2027-01-30",
                    "--format", "csv", "--schedule", FIXTURE);
            assertThat(r.status()).isZero();
            assertThat(r.out()).isEqualTo("date,type,names,status\n2027-01-30,MAKEUP_WORKDAY,Spring Festival,OFFICIAL\n");
            assertThat(r.err()).contains("consularkit days: warning: " + FIXTURE + ": line 1 (【测试样例");
        }

        @Test
        void holidaysAnswerWithALoadedNotice() {
            CliRun r = CliRun.library("holidays", "--calendar", "cn", "--year", "2027", "--format", "csv",
                    "--schedule", FIXTURE);
            assertThat(r.out()).contains("Spring Festival,2027-02-06,2027-02-06,2027-02-05,2027-02-14,");
        }

        @Test
        void icsAnswersWithALoadedNotice() {
            CliRun r = CliRun.library("ics", "--calendar", "cn", "--from-year", "2027", "--to-year", "2027",
                    "--schedule", FIXTURE);
            assertThat(r.status()).isZero();
            assertThat(r.out()).contains("STATUS:CONFIRMED").doesNotContain("STATUS:TENTATIVE");
        }

        @Test
        void aScheduleThatChangesAnOfficialYearIsReported() {
            CliRun r = CliRun.library("days", "--calendar", "cn", "--from", "2019-05-02", "--to", "2019-05-02",
                    "--format", "csv", "--schedule", file("2019"));
            assertThat(r.out()).isEqualTo("date,type,names,status\n2019-05-02,WORKDAY,,OFFICIAL\n");
            assertThat(r.err()).contains("consularkit days: warning: China 2019: the files change the built-in official "
                    + "schedule on 5 dates: 2019-04-28 labour-day: MAKEUP_WORKDAY -> NONE;");
        }

        @Test
        void aBadFileIsAnError() throws IOException {
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, "{\"format\": \"other/1\"}");
            CliRun r = CliRun.library("days", "--calendar", "cn", "--from", "2027-01-30", "--to", "2027-01-30",
                    "--schedule", bad.toString());
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit days: " + bad + ":1:12: $.format: expected a data file of a known "
                    + "format (\"format\": \"consularkit.cn-schedule/1\" or \"consularkit.us-closings/1\", or a holiday-cn "
                    + "file with \"days\"), but was "
                    + "\"other/1\"\n");
        }
    }
}
