package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** The routing cases of issue 5 for Chengdu, as its page was published: the numbers dialled, in order. */
    @ParameterizedTest(name = "{0} from {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-03T10:00+08:00 | CN | arrest | 028 8558 3992;00 1 202 501 4444
            2026-03-03T10:00+08:00 | US | arrest | 011 86 28 8558 3992;1-888-407-4747
            2026-03-03T17:00+08:00 | CN | arrest | 010 8531 4000;00 1 202 501 4444
            2026-03-03T22:00+08:00 | US | sick   | 011 86 10 8531 4000;1-888-407-4747
            2026-03-07T10:00+08:00 | CN | destitute | 010 8531 4000;00 1 202 501 4444
            2026-02-17T10:00+08:00 | CN | arrest | 010 8531 4000;00 1 202 501 4444
            2026-02-17T10:00+08:00 | US | arrest | 011 86 10 8531 4000;1-888-407-4747
            2026-02-20T10:00+08:00 | CN | arrest | 028 8558 3992;00 1 202 501 4444
            2026-03-03T10:00+08:00 | CN | crime  | 110;028 8558 3992;00 1 202 501 4444
            2026-03-03T22:00+08:00 | CN | fire   | 119;010 8531 4000;00 1 202 501 4444
            2026-03-07T10:00+08:00 | CN | medical | 120;010 8531 4000;00 1 202 501 4444
            """)
    void chengduAsPublished(String at, String from, String situation, String numbers) {
        CliRun r = CliRun.library("call", "--post", "chengdu", "--at", at, "--from", from, "--situation", situation,
                "--format", "csv");
        assertThat(r.status()).isZero();
        List<String> dialled = r.out().lines().skip(1).map(line -> line.split(",", -1)[1]).collect(Collectors.toList());
        assertThat(String.join(";", dialled)).isEqualTo(numbers);
        assertThat(r.err()).contains("Chengdu");
    }

    @Test
    void chengduByItsCurrentStatusNeverOffersItsOwnNumber() {
        CliRun r = CliRun.library("call", "--post", "chengdu", "--at", "2026-03-03T10:00+08:00", "--from", "CN",
                "--situation", "arrest", "--format", "csv", "--current-status");
        assertThat(r.status()).isZero();
        assertThat(r.out()).doesNotContain("8558").contains(",010 8531 4000,+861085314000,");
    }
}
