package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HoursCommandTest {

    static final String HEADER = "post,at,open,reason,holidays,nextChange,hours,postStatus\n";

    @Test
    void closedForSpringFestivalWithTheNextOpening() {
        CliRun r = CliRun.library("hours", "--post", "beijing", "--at", "2026-02-17T10:00+08:00", "--format", "csv");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(HEADER + "beijing,2026-02-17T10:00+08:00,false,HOLIDAY,Spring Festival,"
                + "2026-02-20T08:00+08:00,Mo-Fr 08:00-17:00; PH off,OPEN\n");
    }

    @Test
    void openWithTheNextClosingInThePostsZoneWhateverTheOffsetGiven() {
        CliRun r = CliRun.library("hours", "--post", "beijing", "--at", "2026-03-03T02:00Z", "--format", "csv");
        assertThat(r.out()).isEqualTo(HEADER + "beijing,2026-03-03T10:00+08:00,true,OPEN,,2026-03-03T17:00+08:00,"
                + "Mo-Fr 08:00-17:00; PH off,OPEN\n");
    }

    @Test
    void lunchBreakAtWuhan() {
        CliRun r = CliRun.library("hours", "--post", "wuhan", "--at", "2026-03-03T12:30+08:00", "--format", "csv");
        assertThat(r.out()).isEqualTo(HEADER + "wuhan,2026-03-03T12:30+08:00,false,OUTSIDE_HOURS,,"
                + "2026-03-03T13:00+08:00,\"Mo-Fr 08:00-12:00,13:00-17:00; PH off\",LIMITED since 2022-12-27\n");
    }

    @Test
    void aClosedPostIsAnsweredByItsPublishedHoursWithANote() {
        CliRun r = CliRun.library("hours", "--post", "chengdu", "--at", "2026-03-03T10:00+08:00", "--format", "json");
        assertThat(r.out()).isEqualTo("""
                [
                  {
                    "post": "chengdu",
                    "at": "2026-03-03T10:00+08:00",
                    "open": true,
                    "reason": "OPEN",
                    "holidays": [],
                    "nextChange": "2026-03-03T17:00+08:00",
                    "hours": "Mo-Fr 08:00-17:00; PH off",
                    "postStatus": "CLOSED since 2020-07-27"
                  }
                ]
                """);
        assertThat(r.err()).isEqualTo("consularkit hours: note: post chengdu is CLOSED since 2020-07-27;"
                + " these are the hours it last published\n");
        assertThat(r.status()).isZero();
    }

    @Test
    void chengduIsClosedForSpringFestivalAsValidateSays() {
        CliRun r = CliRun.library("hours", "--post", "chengdu", "--at", "2026-02-17T14:00+08:00", "--format", "csv");
        assertThat(r.out()).isEqualTo(HEADER + "chengdu,2026-02-17T14:00+08:00,false,HOLIDAY,Spring Festival,"
                + "2026-02-20T08:00+08:00,Mo-Fr 08:00-17:00; PH off,CLOSED since 2020-07-27\n");
    }

    @Test
    void textRecord() {
        CliRun r = CliRun.library("hours", "--post", "beijing", "--at", "2026-02-17T10:00+08:00");
        assertThat(r.out()).isEqualTo("""
                post        beijing
                postName    U.S. Embassy Beijing
                at          2026-02-17T10:00+08:00
                open        false
                reason      HOLIDAY
                holidays    Spring Festival
                nextChange  2026-02-20T08:00+08:00
                hours       Mo-Fr 08:00-17:00; PH off
                postStatus  OPEN
                """);
    }

    @Test
    void postWithoutPublishedHours() {
        CliRun r = CliRun.library("hours", "--post", "guangzhou", "--at", "2026-03-03T10:00+08:00");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("consularkit hours: No office hours are known for post guangzhou\n");
    }
}
