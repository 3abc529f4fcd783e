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
        assertThat(r.err()).isEqualTo("consularkit slots: note: post chengdu is suspended since 2020-07-27\n");
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
        assertThat(r.err()).isEqualTo("consularkit slots: Invalid value for EpochDay (valid values -365243219162 - "
                + "365241780471): -365243219163\n");
    }
}
