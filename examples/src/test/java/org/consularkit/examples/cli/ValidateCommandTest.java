package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidateCommandTest {

    /** The booking of docs/cli.md (examples/booking-example.json). */
    static final String BOOKING = """
            {
              "services": ["NOTARIAL"],
              "appointmentType": "NOTARIAL",
              "start": "2026-03-03T14:00+08:00",
              "walkIn": false,
              "applicants": 1,
              "items": ["LAPTOP"],
              "bookedAt": "2026-02-20T10:00+08:00"
            }
            """;

    @Test
    void aLaptopIsAnErrorSoExitStatusOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("booking.json");
        Files.writeString(file, BOOKING, StandardCharsets.UTF_8);
        CliRun r = CliRun.library("validate", "--post", "chengdu", "--booking", file.toString(), "--now",
                "2026-02-20T10:00+08:00", "--format", "csv");
        assertThat(r.err()).isEqualTo("""
                consularkit validate: note: Appointment hours of U.S. Consulate General Chengdu: Mo,Tu,Th 13:00-16:00; PH off (Asia/Shanghai)
                consularkit validate: note: uncertain: Stale page of the closed post (ACS closed on both U.S. and Chinese national holidays); sources disagree: an old Beijing page says Tue/Thu/Fri 13:00-16:00, in 2004 it was Mon-Thu 13:30-17:00 and Fri 09:00-16:00.
                consularkit validate: note: sources: https://china.usembassy-china.org.cn/embassy-consulates/chengdu/u-s-citizens-services/, http://beijing.usembassy-china.org.cn/acs_eme.html; seen 2026-11-27
                """);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).startsWith("code,severity,field,message\nPROHIBITED_ITEM,ERROR,items,")
                .contains("\nPOST_SUSPENDED,WARNING,,");
    }

    @Test
    void jsonFromStandardInput() {
        CliRun r = CliRun.withInput(BOOKING, "validate", "--post", "chengdu", "--booking", "-", "--now",
                "2026-02-20T10:00+08:00", "--format", "json");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).startsWith("{\"valid\": false, \"violations\": [{\"code\": \"PROHIBITED_ITEM\", "
                + "\"severity\": \"ERROR\", \"field\": \"items\", \"message\": ").endsWith("}]}\n");
        assertThat(r.out().lines()).hasSize(1);
    }

    @Test
    void withoutTheLaptopOnlyWarningsRemainSoExitStatusZero() {
        CliRun r = CliRun.withInput(BOOKING.replace("\"LAPTOP\"", ""), "validate", "--post", "chengdu", "--booking",
                "-", "--now", "2026-02-20T10:00+08:00");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("valid: true\n").contains("POST_SUSPENDED").doesNotContain("ERROR")
                .endsWith("\n\nAppointment hours of U.S. Consulate General Chengdu: Mo,Tu,Th 13:00-16:00; PH off"
                        + " (Asia/Shanghai)\n  uncertain: Stale page of the closed post (ACS closed on both U.S. and"
                        + " Chinese national holidays); sources disagree: an old Beijing page says Tue/Thu/Fri 13:00-16:00,"
                        + " in 2004 it was Mon-Thu 13:30-17:00 and Fri 09:00-16:00.\n  sources:"
                        + " https://china.usembassy-china.org.cn/embassy-consulates/chengdu/u-s-citizens-services/,"
                        + " http://beijing.usembassy-china.org.cn/acs_eme.html; seen 2026-11-27\n");
    }

    @Test
    void aBookingInThePastAtTheGivenMoment() {
        CliRun r = CliRun.withInput(BOOKING.replace("\"LAPTOP\"", ""), "validate", "--post", "chengdu", "--booking",
                "-", "--now", "2026-03-04T10:00+08:00", "--format", "csv");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("\nIN_THE_PAST,ERROR,start,");
    }

    @Test
    void malformedBookingIsBadInput() {
        CliRun r = CliRun.withInput("{\"services\": 3}", "validate", "--post", "chengdu", "--booking", "-");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("consularkit validate: <stdin>:1:14: $.services: expected an array, but was 3\n")
                .doesNotContain("\tat ");
    }

    @Test
    void missingFileIsBadInput(@TempDir Path dir) {
        String missing = dir.resolve("nope.json").toString();
        CliRun r = CliRun.library("validate", "--post", "chengdu", "--booking", missing);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("consularkit validate: " + missing + ": no such file or directory\n");
    }

    @Test
    void postWithoutAppointmentHoursCannotBeChecked() {
        CliRun guangzhou = CliRun.withInput(BOOKING, "validate", "--post", "guangzhou", "--booking", "-");
        assertThat(guangzhou.status()).isEqualTo(2);
        assertThat(guangzhou.out()).isEmpty();
        assertThat(guangzhou.err()).isEqualTo("consularkit validate: No appointment hours are published for post"
                + " guangzhou (U.S. Consulate General Guangzhou): no source found gives any hours of it, so its booking"
                + " rules cannot be checked; ask its ACS unit: 020-3814 5775, GuangzhouACS@state.gov\n");
    }

    /** Every post that publishes appointment hours is checked, with the sources of its hours. */
    @ParameterizedTest
    @CsvSource({
        "beijing, 'Appointment hours of U.S. Embassy Beijing: Mo-Fr 08:00-17:00; PH off', POST_LIMITED",
        "shanghai, 'Appointment hours of U.S. Consulate General Shanghai: Mo-Fr 08:00-17:00; PH off', POST_LIMITED",
        "shenyang, 'Appointment hours of U.S. Consulate General Shenyang: Mo,Tu,Th,Fr 09:00-11:00; PH off', POST_LIMITED",
        "wuhan, 'Appointment hours of U.S. Consulate General Wuhan: Mo-Fr 08:00-12:00,13:00-17:00; PH off', POST_LIMITED"})
    void everyPostWithAppointmentHours(String post, String hours, String limited) {
        CliRun r = CliRun.withInput(BOOKING.replace("\"LAPTOP\"", ""), "validate", "--post", post, "--booking", "-",
                "--now", "2026-02-20T10:00+08:00");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("valid: ").contains("\n" + hours + " (Asia/Shanghai)\n", "\n  sources: http",
                "; seen 2026-11-27\n");
        boolean limitedPost = post.equals("shanghai") || post.equals("wuhan");
        assertThat(r.out().contains(limited)).isEqualTo(limitedPost);
    }

    /** The check-in rule: 15 minutes late is in time, 16 minutes late cancels the appointment. */
    @Test
    void lateArrivalAtFifteenAndSixteenMinutes() {
        String booking = BOOKING.replace("\"LAPTOP\"", "");
        CliRun onTime = CliRun.withInput(booking, "validate", "--post", "chengdu", "--booking", "-", "--now",
                "2026-02-20T10:00+08:00", "--arrived-at", "2026-03-03T14:15+08:00", "--format", "csv");
        assertThat(onTime.status()).isZero();
        assertThat(onTime.out()).doesNotContain("LATE_ARRIVAL");
        CliRun late = CliRun.withInput(booking, "validate", "--post", "chengdu", "--booking", "-", "--now",
                "2026-02-20T10:00+08:00", "--arrived-at", "2026-03-03T06:16Z", "--format", "csv");
        assertThat(late.status()).isEqualTo(1);
        assertThat(late.out()).contains("\nLATE_ARRIVAL,ERROR,start,\"Arrived at 2026-03-03T14:16+08:00, 16 minutes after");
        CliRun json = CliRun.withInput(booking, "validate", "--post", "chengdu", "--booking", "-", "--now",
                "2026-02-20T10:00+08:00", "--arrived-at", "2026-03-03T14:16+08:00", "--format", "json");
        assertThat(json.out()).contains("{\"code\": \"LATE_ARRIVAL\", \"severity\": \"ERROR\", \"field\": \"start\","
                + " \"message\": \"Arrived at 2026-03-03T14:16+08:00, 16 minutes after the start of the appointment"
                + " (2026-03-03T14:00+08:00): more than 15 minutes late, the appointment is cancelled. Book a new"
                + " appointment.\", \"arguments\": {\"start\": \"2026-03-03T14:00+08:00\", \"arrivedAt\":"
                + " \"2026-03-03T14:16+08:00\", \"late\": \"PT16M\", \"lateCancellation\": \"PT15M\"}}");
    }
}
