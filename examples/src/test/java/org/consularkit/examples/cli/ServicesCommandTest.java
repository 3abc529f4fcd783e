package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServicesCommandTest {

    @Test
    void csvOneRowPerServiceOfTheCatalogue() {
        CliRun r = CliRun.library("services", "--post", "shanghai", "--format", "csv");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("code,name,channels,confirmed,summary,directions,notes,sources\n"
                + "PASSPORT,Passport services,");
        assertThat(r.out()).contains("\nNOTARIAL,Notarial services,APPOINTMENT,");
    }

    @Test
    void aClosedPostIsNamedOnStderr() {
        CliRun r = CliRun.library("services", "--post", "chengdu", "--format", "json");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("[\n  {\n    \"code\": \"PASSPORT\",\n");
        assertThat(r.err()).isEqualTo("consularkit services: note: post chengdu is CLOSED since 2020-07-27\n");
    }

    @Test
    void chineseText() {
        CliRun r = CliRun.library("services", "--post", "beijing", "--locale", "zh-CN");
        assertThat(r.out()).startsWith("code        PASSPORT\nname        护照服务\n");
    }
}
