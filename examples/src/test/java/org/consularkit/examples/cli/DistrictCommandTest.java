package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistrictCommandTest {

    @ParameterizedTest
    @CsvSource({"CN-GD,guangzhou", "cn-sh,shanghai", "CN-LN,shenyang", "CN-HB,wuhan", "CN-BJ,beijing"})
    void servingPost(String code, String post) {
        CliRun r = CliRun.library("district", "--province", code, "--format", "csv");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("province,name,post,postName,uncertain,note,sources\n");
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).startsWith(code.toUpperCase(Locale.ROOT)
                + ",").contains("," + post + ",");
    }

    @Test
    void sichuanSinceChengduClosedIsServedByBeijingUncertain() {
        CliRun r = CliRun.library("district", "--province", "CN-SC", "--format", "json");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"province\": \"CN-SC\"", "\"name\": \"Sichuan\"", "\"post\": \"beijing\"",
                "\"uncertain\": true");
    }

    @Test
    void textIsOneRecord() {
        CliRun r = CliRun.library("district", "--province", "CN-GD", "--locale", "zh-CN");
        assertThat(r.out()).startsWith("province   CN-GD\nname       广东省\npost       guangzhou\n");
    }

    @Test
    void oldCodeNamesTheCurrentOne() {
        CliRun r = CliRun.library("district", "--province", "CN-51");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(
                "consularkit district: 'CN-51' is the ISO 3166-2:CN code of Sichuan before 2017-11-23; use CN-SC\n");
    }

    @Test
    void hongKongIsOutside() {
        CliRun r = CliRun.library("district", "--province", "CN-HK");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("consularkit district: 'CN-HK' (Hong Kong) is outside the consular districts");
    }
}
