package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HoursCommandTest {

    static final String HEADER = "post,at,open,reason,holidays,nextChange,hours,postStatus,window,uncertain,seen,sources,note\n";

    /** The columns of Beijing's office hours after postStatus. */
    static final String BEIJING_OFFICE = ",office,true,2026-11-27,https://www.immihelp.com/china/us-embassy-beijing.html;https://integrity-legal.com/legal-blog/tag/us-embassy-beijing/,\"Third-party sources only (Immihelp: Mon-Fri 08:00-17:00, by appointment; a 2010 quotation of the Embassy page); no current official statement of ACS telephone hours was found.\"";

    @Test
    void closedForSpringFestivalWithTheNextOpening() {
        CliRun r = CliRun.library("hours", "--post", "beijing", "--at", "2026-02-17T10:00+08:00", "--format", "csv");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(HEADER + "beijing,2026-02-17T10:00+08:00,false,HOLIDAY,Spring Festival,"
                + "2026-02-20T08:00+08:00,Mo-Fr 08:00-17:00; PH off,OPEN" + BEIJING_OFFICE + "\n");
    }

    @Test
    void openWithTheNextClosingInThePostsZoneWhateverTheOffsetGiven() {
        CliRun r = CliRun.library("hours", "--post", "beijing", "--at", "2026-03-03T02:00Z", "--format", "csv");
        assertThat(r.out()).isEqualTo(HEADER + "beijing,2026-03-03T10:00+08:00,true,OPEN,,2026-03-03T17:00+08:00,"
                + "Mo-Fr 08:00-17:00; PH off,OPEN" + BEIJING_OFFICE + "\n");
    }

    @Test
    void lunchBreakAtWuhan() {
        CliRun r = CliRun.library("hours", "--post", "wuhan", "--at", "2026-03-03T12:30+08:00", "--format", "csv");
        assertThat(r.out()).isEqualTo(HEADER + "wuhan,2026-03-03T12:30+08:00,false,OUTSIDE_HOURS,,"
                + "2026-03-03T13:00+08:00,\"Mo-Fr 08:00-12:00,13:00-17:00; PH off\",LIMITED since 2022-12-27,office,true,"
                + "2026-11-27,https://china.usembassy-china.org.cn/wuhan-consular-services/,Hours for emergencies from a"
                + " page dated Jul 2021; closed on local and U.S. holidays.\n");
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
                    "postStatus": "CLOSED since 2020-07-27",
                    "window": "office",
                    "uncertain": true,
                    "seen": "2026-11-27",
                    "sources": [
                      "https://china.usembassy-china.org.cn/embassy-consulates/chengdu/u-s-citizens-services/"
                    ],
                    "note": "Hours of the closed post as its stale page states them (Monday-Friday, 8:00 am to 5:00 pm, excluding holidays)."
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
                + "2026-02-20T08:00+08:00,Mo-Fr 08:00-17:00; PH off,CLOSED since 2020-07-27,office,true,2026-11-27,"
                + "https://china.usembassy-china.org.cn/embassy-consulates/chengdu/u-s-citizens-services/,\"Hours of the"
                + " closed post as its stale page states them (Monday-Friday, 8:00 am to 5:00 pm, excluding holidays).\"\n");
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
                window      office hours
                hours       Mo-Fr 08:00-17:00; PH off
                postStatus  OPEN
                uncertain   true
                note        Third-party sources only (Immihelp: Mon-Fri 08:00-17:00, by appointment; a 2010 quotation of the Embassy page); no current official statement of ACS telephone hours was found.
                sources     https://www.immihelp.com/china/us-embassy-beijing.html, https://integrity-legal.com/legal-blog/tag/us-embassy-beijing/
                seen        2026-11-27
                """);
    }

    /** Guangzhou publishes no hours: exit status 2 with the reason and how to reach the post, never an empty answer. */
    @Test
    void postWithoutPublishedHours() {
        CliRun r = CliRun.library("hours", "--post", "guangzhou", "--at", "2026-03-03T10:00+08:00");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("consularkit hours: No office hours are published for post guangzhou (U.S."
                + " Consulate General Guangzhou): no source found gives any hours of it, so hours cannot answer for it;"
                + " ask its ACS unit: 020-3814 5775, GuangzhouACS@state.gov\n");
    }

    @Test
    void aKindOfHoursThePostDoesNotPublishNamesThoseItDoes() {
        CliRun r = CliRun.library("hours", "--post", "shenyang", "--at", "2026-03-03T10:00+08:00", "--window", "office");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("consularkit hours: No office hours are published for post shenyang (U.S."
                + " Consulate General Shenyang), so hours cannot answer for it; it publishes: appointments\n");
        CliRun bad = CliRun.library("hours", "--post", "shenyang", "--at", "2026-03-03T10:00+08:00", "--window", "lunch");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("consularkit hours: Invalid value for option '--window': Unknown kind of hours"
                + " 'lunch'; the kinds are: office, appointments, walk-in, passport-pickup, quiet-afternoons (see"
                + " 'consularkit hours --help')\n");
    }

    /** Shenyang publishes only its ACS appointment hours (as of Feb 2020): they answer by default. */
    @Test
    void shenyangAnswersByItsAppointmentHours() {
        CliRun r = CliRun.library("hours", "--post", "shenyang", "--at", "2026-03-03T10:00+08:00", "--format", "csv");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith(HEADER + "shenyang,2026-03-03T10:00+08:00,true,OPEN,,2026-03-03T11:00+08:00,"
                + "\"Mo,Tu,Th,Fr 09:00-11:00; PH off\",OPEN,appointments,true,2026-11-27,"
                + "\"https://china.usembassy-china.org.cn/embassy-consulates/shenyang/american-citizen-services/;")
                .endsWith(",\"ACS appointment hours as of Feb 2020; closed on holidays (PH off) by the Mission-wide"
                + " practice, not stated by the page.\"\n");
        assertThat(CliRun.library("hours", "--post", "shenyang", "--at", "2026-03-04T10:00+08:00", "--format", "csv")
                .out()).contains(",false,OUTSIDE_HOURS,,2026-03-05T09:00+08:00,");
    }

    /** Shanghai's passport pickup: 10:30-12:00 and 14:30-16:30, Monday to Friday. */
    @Test
    void shanghaiPassportPickup() {
        CliRun lunch = CliRun.library("hours", "--post", "shanghai", "--at", "2026-03-03T12:30+08:00", "--window",
                "passport-pickup", "--format", "csv");
        assertThat(lunch.out()).contains("shanghai,2026-03-03T12:30+08:00,false,OUTSIDE_HOURS,,2026-03-03T14:30+08:00,"
                + "\"Mo-Fr 10:30-12:00,14:30-16:30; PH off\",LIMITED,passport-pickup,false,2026-11-27,"
                + "https://china.usembassy-china.org.cn/embassy-consulates/shanghai/american-citizen-services-shanghai/,"
                + "Closed for all U.S. and Chinese holidays.\n");
    }

    /** Beijing's Quiet Afternoons: the second and fourth Friday of the month only. */
    @Test
    void beijingQuietAfternoonsOnTheSecondAndFourthFriday() {
        CliRun second = CliRun.library("hours", "--post", "beijing", "--at", "2026-03-13T14:00+08:00", "--window",
                "quiet-afternoons", "--format", "csv");
        assertThat(second.out()).contains("\nbeijing,2026-03-13T14:00+08:00,true,OPEN,,2026-03-13T17:00+08:00,"
                + "\"Fr[2,4] 12:00-17:00; PH off\",OPEN,quiet-afternoons,true,");
        CliRun third = CliRun.library("hours", "--post", "beijing", "--at", "2026-03-20T14:00+08:00", "--window",
                "quiet-afternoons", "--format", "csv");
        assertThat(third.out()).contains("\nbeijing,2026-03-20T14:00+08:00,false,OUTSIDE_HOURS,,2026-03-27T12:00+08:00,");
    }

    /**
     * Issue 12, defect 4: a moment at either end of the time line printed java.time's "Invalid
     * value for EpochDay" without the option; every moment option accepts the years 1900-9999.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            +999999999-12-31T23:59-10:00 | consularkit hours: Invalid value for option '--at': '+999999999-12-31T23:59-10:00' is outside the supported years 1900 to 9999 (see 'consularkit hours --help')
            -999999999-01-01T00:00+18:00 | consularkit hours: Invalid value for option '--at': '-999999999-01-01T00:00+18:00' is outside the supported years 1900 to 9999 (see 'consularkit hours --help')
            1899-12-31T23:59+08:00       | consularkit hours: Invalid value for option '--at': '1899-12-31T23:59+08:00' is outside the supported years 1900 to 9999 (see 'consularkit hours --help')
            +10000-01-01T00:00Z          | consularkit hours: Invalid value for option '--at': '+10000-01-01T00:00Z' is outside the supported years 1900 to 9999 (see 'consularkit hours --help')
            """)
    void aMomentOutsideTheSupportedYearsNamesTheOptionAndTheValue(String at, String message) {
        CliRun r = CliRun.library("hours", "--post", "chengdu", "--at", at);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(message + "\n");
    }

    /** The first and the last moment of the supported years are answered (the calendar's own range error). */
    @Test
    void theEndsOfTheSupportedYearsReachTheCalendar() {
        CliRun first = CliRun.library("hours", "--post", "chengdu", "--at", "1900-01-01T00:00+18:00");
        assertThat(first.status()).isEqualTo(2);
        assertThat(first.err()).isEqualTo("consularkit hours: Calendar post:chengdu covers the years 2000-2100;"
                + " date 1899-12-31 is outside its range\n");
        CliRun last = CliRun.library("hours", "--post", "chengdu", "--at", "9999-12-31T23:59-18:00");
        assertThat(last.status()).isEqualTo(2);
        assertThat(last.err()).isEqualTo("consularkit hours: Calendar post:chengdu covers the years 2000-2100;"
                + " date +10000-01-02 is outside its range\n");
    }

    /** Issue 12, defect 6: a value of 10 MB made a 10 MB line on stderr; the line is short whatever the value. */
    @Test
    void aHugeOptionValueGivesAShortMessage() {
        CliRun r = CliRun.library("hours", "--post", "x".repeat(10_000_000), "--at", "2026-03-03T14:00+08:00");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).hasSizeLessThan(400).startsWith("consularkit hours: ").contains("xxx…xxx").endsWith("\n")
                .hasLineCount(1);
    }
}
