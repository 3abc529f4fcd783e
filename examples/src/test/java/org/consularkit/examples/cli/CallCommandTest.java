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
        assertThat(r.out()).startsWith("name,number,e164,reason,uncertain,routing,warning\n").doesNotContain(",110,");
        assertThat(r.out()).contains(",011 86 21 8011 2400,+862180112400,").contains(",false,current-status,\n");
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

    /** The routing cases of issue 5 for Chengdu, as its page was published (--as-published): the numbers dialled, in order. */
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
                "--format", "csv", "--as-published");
        assertThat(r.status()).isZero();
        List<String> dialled = r.out().lines().skip(1).map(line -> line.split(",", -1)[1]).collect(Collectors.toList());
        assertThat(String.join(";", dialled)).isEqualTo(numbers);
        // every row says how it was routed and carries the warning
        assertThat(r.out().lines().skip(1)).allSatisfy(line -> assertThat(line).contains(",as-published,\"Routed as"
                + " published, not by the post's current status: U.S. Consulate General Chengdu is CLOSED since"
                + " 2020-07-27 (").endsWith("Its own numbers may no longer answer.\""));
    }

    @Test
    void asPublishedSaysSoOnTheFirstLine() {
        CliRun r = CliRun.library("call", "--post", "chengdu", "--at", "2026-03-03T10:00+08:00", "--from", "CN",
                "--situation", "arrest", "--as-published");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Routed as published, not by the post's current status: U.S. Consulate General"
                + " Chengdu is CLOSED since 2020-07-27 (closed by order of the host government").contains("Its own"
                + " numbers may no longer answer.\n\n1. U.S. Consulate General Chengdu – American Citizen Services"
                + " (through the operator): 028 8558 3992 (unverified)\n");
        CliRun zh = CliRun.library("call", "--post", "chengdu", "--at", "2026-03-03T10:00+08:00", "--from", "CN",
                "--situation", "arrest", "--as-published", "--locale", "zh-CN");
        assertThat(zh.out()).startsWith("按公布的页面安排,而非按使领馆目前状况:美国驻成都总领事馆自2020-07-27起已关闭。"
                + "其原有电话可能已无人接听。\n\n1. ");
        CliRun operating = CliRun.library("call", "--post", "shanghai", "--at", "2026-03-03T10:00+08:00", "--from",
                "CN", "--situation", "arrest", "--as-published");
        assertThat(operating.out()).startsWith("Routed as published: U.S. Consulate General Shanghai is operating, so"
                + " this is also the routing by its current status.\n\n1. ");
        CliRun json = CliRun.library("call", "--post", "chengdu", "--at", "2026-03-03T10:00+08:00", "--from", "CN",
                "--situation", "arrest", "--as-published", "--format", "json");
        assertThat(json.out()).contains("\"routing\": \"as-published\",\n    \"warning\": \"Routed as published, not by");
    }

    @Test
    void asPublishedAndCurrentStatusExcludeEachOther() {
        CliRun r = CliRun.library("call", "--post", "chengdu", "--at", "2026-03-03T10:00+08:00", "--from", "CN",
                "--situation", "arrest", "--as-published", "--current-status");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("consularkit call: --as-published and --current-status exclude each other (the"
                + " current status is the default) (see 'consularkit call --help')\n");
    }

    /**
     * The default, at every hour of a week with Spring Festival in it, from China and from the US, for
     * situations with and without China's emergency services first: no number of Chengdu's own, the
     * Mission's 24-hour line right after 110/119/120, no warning.
     */
    @Test
    void chengduByDefaultAtEveryHourOfAWeek() {
        int runs = 0;
        for (java.time.LocalDateTime t = java.time.LocalDateTime.of(2026, 2, 13, 0, 0);
                t.isBefore(java.time.LocalDateTime.of(2026, 2, 20, 0, 0)); t = t.plusHours(1)) {
            for (String from : List.of("CN", "US")) {
                for (String situation : List.of("arrest", "crime", "sick", "fire")) {
                    String at = t.atOffset(java.time.ZoneOffset.ofHours(8)).toString();
                    CliRun r = CliRun.library("call", "--post", "chengdu", "--at", at, "--from", from, "--situation",
                            situation, "--format", "csv");
                    String where = at + " " + from + " " + situation;
                    assertThat(r.status()).as(where).isZero();
                    List<String> rows = r.out().lines().skip(1).toList();
                    // China's emergency services (short codes, no E.164 form) come first from China
                    String first = rows.stream().filter(row -> !row.split(",", -1)[2].isEmpty()).findFirst().orElseThrow();
                    assertThat(first).as(where).startsWith("U.S. Mission China emergency line (24 hours),"
                            + (from.equals("CN") ? "010 8531 4000," : "011 86 10 8531 4000,"));
                    assertThat(r.out()).as(where).doesNotContain("8558", "Chengdu –", "as-published");
                    assertThat(rows).as(where).allSatisfy(row -> assertThat(row).endsWith(",current-status,"));
                    runs++;
                }
            }
        }
        assertThat(runs).isEqualTo(7 * 24 * 2 * 4);
    }

    /** --current-status names the default and changes nothing. */
    @Test
    void chengduByItsCurrentStatusNeverOffersItsOwnNumber() {
        CliRun r = CliRun.library("call", "--post", "chengdu", "--at", "2026-03-03T10:00+08:00", "--from", "CN",
                "--situation", "arrest", "--format", "csv", "--current-status");
        assertThat(r.status()).isZero();
        assertThat(r.out()).doesNotContain("8558").contains(",010 8531 4000,+861085314000,");
        CliRun byDefault = CliRun.library("call", "--post", "chengdu", "--at", "2026-03-03T10:00+08:00", "--from", "CN",
                "--situation", "arrest", "--format", "csv");
        assertThat(byDefault).isEqualTo(r);
    }
}
