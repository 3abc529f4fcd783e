package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.consularkit.calendar.Calendars;
import org.consularkit.core.LocalizedText;
import org.consularkit.ical.HolidayFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

class IcsCommandTest {

    @Test
    void feedOnStandardOutputIsTheLibrarysBytes() {
        CliRun r = CliRun.library("ics", "--calendar", "us-federal", "--from-year", "2021", "--to-year", "2021");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        byte[] expected = HolidayFeed.builder(Calendars.byId("us-federal")).years(2021, 2021).build().toBytes();
        assertThat(r.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(r.out()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("UID:us-federal.2022.new-years-day.en@consularkit.org\r\n", "DTSTART;VALUE=DATE:20211231\r\n");
    }

    @Test
    void outputFileInChinese(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cn-zh.ics");
        CliRun r = CliRun.library("ics", "--calendar", "cn", "--from-year", "2026", "--to-year", "2026", "--locale",
                "zh-CN", "--output", file.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(HolidayFeed.builder(Calendars.byId("cn")).years(2026, 2026)
                .locale(LocalizedText.SIMPLIFIED_CHINESE).build().toBytes());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("SUMMARY:元旦\r\n",
                "UID:cn.2026.spring-festival.workday1.zh@consularkit.org\r\n");
    }

    /** "-" names a standard stream: --output - writes to standard output, and no file named "-". */
    @Test
    void outputDashIsStandardOutput() {
        CliRun r = CliRun.library("ics", "--calendar", "us-federal", "--from-year", "2021", "--to-year", "2021",
                "--output", "-");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(
                CliRun.library("ics", "--calendar", "us-federal", "--from-year", "2021", "--to-year", "2021").out());
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void withoutMakeupDays() {
        CliRun r = CliRun.library("ics", "--calendar", "cn", "--from-year", "2026", "--to-year", "2026",
                "--no-makeup-days");
        assertThat(r.status()).isZero();
        assertThat(r.out()).doesNotContain("workday1").contains("UID:cn.2026.spring-festival.en@consularkit.org\r\n");
    }

    @Test
    void sameBytesEveryRun() {
        String[] args = {"ics", "--calendar", "post:beijing", "--from-year", "2025", "--to-year", "2027"};
        assertThat(CliRun.library(args).out()).isEqualTo(CliRun.library(args).out());
    }

    @Test
    void yearsOutsideTheCalendar() {
        CliRun r = CliRun.library("ics", "--calendar", "us-federal", "--from-year", "1970", "--to-year", "1971");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("consularkit ics: Calendar us-federal covers the years 1971-2100; feed years "
                + "1970-1971 are outside its range\n");
    }

    @Test
    void unwritableOutput(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("x.ics");
        CliRun r = CliRun.library("ics", "--calendar", "us-federal", "--from-year", "2026", "--to-year", "2026",
                "--output", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("consularkit ics: " + file + ": no such file or directory\n");
    }

    /** Issue 12, defect 10: a full device said "No space left on device" without naming the file. */
    @Test
    @EnabledIf("hasDevFull")
    void aFullDeviceNamesTheFile() {
        CliRun r = CliRun.library("ics", "--calendar", "us-federal", "--from-year", "2026", "--to-year", "2026",
                "--output", "/dev/full");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("consularkit ics: /dev/full: No space left on device\n");
    }

    static boolean hasDevFull() {
        return Files.isWritable(Path.of("/dev/full"));
    }
}
