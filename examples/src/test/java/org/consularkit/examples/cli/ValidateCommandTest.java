package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    /** The booking of CLI.md. */
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
        assertThat(r.err()).isEmpty();
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
        assertThat(r.out()).startsWith("valid: true\n").contains("POST_SUSPENDED").doesNotContain("ERROR");
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
        CliRun r = CliRun.withInput(BOOKING, "validate", "--post", "beijing", "--booking", "-");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("consularkit validate: No appointment hours are known for post beijing; "
                + "the booking rules need its office and appointment hours\n");
        CliRun guangzhou = CliRun.withInput(BOOKING, "validate", "--post", "guangzhou", "--booking", "-");
        assertThat(guangzhou.err()).isEqualTo("consularkit validate: No office and appointment hours are known for "
                + "post guangzhou; the booking rules need its office and appointment hours\n");
    }
}
