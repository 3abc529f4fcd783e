package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlotsCommandTest {

    @Test
    void nextSlotsSkipTheSpringFestivalClosures() {
        CliRun r = CliRun.library("slots", "--post", "chengdu", "--service", "PASSPORT", "--from",
                "2026-02-13T15:00+08:00", "--count", "2", "--format", "csv");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("""
                start,end,service
                2026-02-23T13:00+08:00,2026-02-23T13:15+08:00,PASSPORT
                2026-02-23T13:15+08:00,2026-02-23T13:30+08:00,PASSPORT
                """);
        assertThat(r.err()).startsWith("consularkit slots: note: post chengdu is suspended since 2020-07-27\n"
                + "consularkit slots: note: Appointment hours of U.S. Consulate General Chengdu: Mo,Tu,Th 13:00-16:00;"
                + " PH off (Asia/Shanghai)\n");
    }

    @Test
    void json() {
        CliRun r = CliRun.library("slots", "--post", "chengdu", "--service", "notarial", "--from",
                "2026-03-03T15:40+08:00", "--count", "1", "--format", "json");
        assertThat(r.out()).isEqualTo("""
                [
                  {
                    "start": "2026-03-03T15:45+08:00",
                    "end": "2026-03-03T16:00+08:00",
                    "service": "NOTARIAL"
                  }
                ]
                """);
    }

    @Test
    void aServiceNotBookedByAppointmentHasNoSlots() {
        CliRun r = CliRun.library("slots", "--post", "chengdu", "--service", "STEP_ENROLLMENT", "--from",
                "2026-03-03T15:40+08:00", "--count", "3", "--format", "csv");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("start,end,service\n");
    }

    /** Shenyang's appointment hours (as of Feb 2020), Monday, Tuesday, Thursday and Friday 09:00-11:00. */
    @Test
    void shenyangSlotsWithTheSourcesOfItsHours() {
        CliRun r = CliRun.library("slots", "--post", "shenyang", "--service", "PASSPORT", "--from",
                "2026-03-03T10:30+08:00", "--count", "3");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("""
                start                   end                     service
                2026-03-03T10:30+08:00  2026-03-03T10:45+08:00  PASSPORT
                2026-03-03T10:45+08:00  2026-03-03T11:00+08:00  PASSPORT
                2026-03-05T09:00+08:00  2026-03-05T09:15+08:00  PASSPORT

                Appointment hours of U.S. Consulate General Shenyang: Mo,Tu,Th,Fr 09:00-11:00; PH off (Asia/Shanghai)
                  uncertain: ACS appointment hours as of Feb 2020;""").contains("\n  sources: "
                + "https://china.usembassy-china.org.cn/embassy-consulates/shenyang/american-citizen-services/");
    }

    @Test
    void guangzhouPublishesNoAppointmentHours() {
        CliRun r = CliRun.library("slots", "--post", "guangzhou", "--service", "PASSPORT", "--from",
                "2026-03-03T10:30+08:00", "--count", "3");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("consularkit slots: No appointment hours are published for post guangzhou");
    }

    @Test
    void countMustBePositive() {
        CliRun r = CliRun.library("slots", "--post", "chengdu", "--service", "PASSPORT", "--from",
                "2026-03-03T15:40+08:00", "--count", "0");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(
                "consularkit slots: --count must be at least 1, but was 0 (see 'consularkit slots --help')\n");
    }

    @Test
    void unknownService() {
        CliRun r = CliRun.library("slots", "--post", "chengdu", "--service", "VISA", "--from",
                "2026-03-03T15:40+08:00", "--count", "1");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("consularkit slots: Invalid value for option '--service': "
                + "Unknown service code 'VISA'; known codes: [PASSPORT, ");
    }

    @Test
    void aMomentAtTheEdgeOfTimeIsBadInputNotABug() {
        CliRun r = CliRun.library("slots", "--post", "chengdu", "--service", "PASSPORT", "--from",
                "-999999999-01-01T09:00+18:00", "--count", "1");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("consularkit slots: Invalid value for option '--from': '-999999999-01-01T09:00+18:00'"
                + " is outside the supported years 1900 to 9999 (see 'consularkit slots --help')\n");
    }

    /**
     * Issue 12: {@code --count 1000000000} searched to the end of the closure calendar (2100) and
     * printed every slot; a count is at most 1000, as one request of {@code serve} may ask for.
     */
    @Test
    void aCountAboveTheMaximumIsAUsageError() {
        CliRun r = CliRun.library("slots", "--post", "chengdu", "--service", "NOTARIAL", "--from",
                "2026-03-02T09:00+08:00", "--count", "1000000000");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("consularkit slots: --count must be at most 1000, but was 1000000000"
                + " (see 'consularkit slots --help')\n");
        CliRun most = CliRun.library("slots", "--post", "chengdu", "--service", "NOTARIAL", "--from",
                "2026-03-02T09:00+08:00", "--count", "1000", "--format", "csv");
        assertThat(most.status()).isZero();
        assertThat(most.out().lines()).hasSize(1001);
    }
}
