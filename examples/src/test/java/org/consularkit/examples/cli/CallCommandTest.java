package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallCommandTest {

    @Test
    void jsonIsTheContractArray() {
        CliRun r = CliRun.library("call", "--post", "shanghai", "--at", "2026-03-03T10:00+08:00", "--from", "CN",
                "--situation", "crime", "--format", "json");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("""
                [
                  {
                    "name": "Police",
                    "number": "110",
                    "e164": null,
                    "reason": \"""").contains("\"number\": \"021 8011 2400\"", "\"e164\": \"+862180112400\"");
    }

    @Test
    void csvFromTheUsLeavesOutShortCodesWithANoteOnStderr() {
        CliRun r = CliRun.library("call", "--post", "shanghai", "--at", "2026-03-03T10:00+08:00", "--from", "us",
                "--situation", "crime", "--format", "csv");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("name,number,e164,reason,uncertain\n").doesNotContain(",110,");
        assertThat(r.out()).contains(",011 86 21 8011 2400,+862180112400,");
        assertThat(r.err()).startsWith("consularkit call: note: Police (110) can be dialled only from a phone in China");
    }

    @Test
    void textIsANumberedListWithTheAcsState() {
        CliRun r = CliRun.library("call", "--post", "shanghai", "--at", "2026-03-03T22:00+08:00", "--from", "CN",
                "--situation", "arrest");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("1. ").contains("\nACS unit: closed: ");
    }

    @Test
    void badLocationAndSituation() {
        CliRun location = CliRun.library("call", "--post", "shanghai", "--at", "2026-03-03T22:00+08:00", "--from",
                "HK", "--situation", "arrest");
        assertThat(location.status()).isEqualTo(2);
        assertThat(location.err()).isEqualTo("consularkit call: Invalid value for option '--from': Caller location "
                + "must be CN or US, but was 'HK' (see 'consularkit call --help')\n");
        CliRun situation = CliRun.library("call", "--post", "shanghai", "--at", "2026-03-03T22:00+08:00", "--from",
                "CN", "--situation", "flood");
        assertThat(situation.status()).isEqualTo(2);
        assertThat(situation.err()).startsWith("consularkit call: Invalid value for option '--situation': "
                + "Unknown situation 'flood'");
    }

    @Test
    void momentWithoutOffsetIsBadInput() {
        CliRun r = CliRun.library("call", "--post", "shanghai", "--at", "2026-03-03T22:00", "--from", "CN",
                "--situation", "arrest");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("consularkit call: Invalid value for option '--at': '2026-03-03T22:00' is not "
                + "a moment with an offset, e.g. 2026-03-03T14:00+08:00 (see 'consularkit call --help')\n");
    }

    @Test
    void unknownPostListsTheKnownPosts() {
        CliRun r = CliRun.library("call", "--post", "lhasa", "--at", "2026-03-03T22:00+08:00", "--from", "CN",
                "--situation", "arrest");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("consularkit call: Unknown post 'lhasa'; known posts: beijing, chengdu, "
                + "guangzhou, shanghai, shenyang, wuhan\n");
    }
}
