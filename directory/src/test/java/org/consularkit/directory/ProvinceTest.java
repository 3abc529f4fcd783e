package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import org.consularkit.core.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProvinceTest {

    @Test
    void the31MainlandDivisionsOfTheBrief() {
        assertThat(Arrays.stream(Province.values()).map(Province::isoCode)).containsExactlyInAnyOrder(
                "CN-BJ", "CN-TJ", "CN-HE", "CN-SX", "CN-NM", "CN-LN", "CN-JL", "CN-HL", "CN-SH", "CN-JS", "CN-ZJ",
                "CN-AH", "CN-FJ", "CN-JX", "CN-SD", "CN-HA", "CN-HB", "CN-HN", "CN-GD", "CN-GX", "CN-HI", "CN-CQ",
                "CN-SC", "CN-GZ", "CN-YN", "CN-XZ", "CN-SN", "CN-GS", "CN-QH", "CN-NX", "CN-XJ");
    }

    @ParameterizedTest
    @EnumSource(Province.class)
    void ofAcceptsItsCodeInAnyCase(Province p) {
        assertThat(Province.of(p.isoCode())).isSameAs(p);
        assertThat(Province.of(p.isoCode().toLowerCase(Locale.ROOT))).isSameAs(p);
        assertThat(Province.of(" " + p.isoCode() + " ")).isSameAs(p);
        assertThat(p.name()).isEqualTo(p.isoCode().substring(3));
    }

    @Test
    void names() {
        assertThat(Province.SC.displayName()).isEqualTo(LocalizedText.of("Sichuan", "四川省"));
        assertThat(Province.XZ.displayName(Locale.ENGLISH)).isEqualTo("Tibet (Xizang)");
        assertThat(Province.NM.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("内蒙古自治区");
    }

    @Test
    void hongKongIsOutsideMissionChina() {
        assertThatThrownBy(() -> Province.of("CN-HK"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'CN-HK' (Hong Kong) is outside the consular districts of the US Mission in China:"
                        + " it is served by the separate US Consulate General Hong Kong and Macau");
    }

    @Test
    void macaoIsOutsideMissionChina() {
        assertThatThrownBy(() -> Province.of("cn-mo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'cn-mo' (Macao) is outside the consular districts of the US Mission in China:"
                        + " it is served by the separate US Consulate General Hong Kong and Macau");
    }

    @Test
    void taiwanIsOutsideMissionChina() {
        assertThatThrownBy(() -> Province.of("CN-TW"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'CN-TW' (Taiwan) is outside the consular districts of the US Mission in China,"
                        + " which serves the 31 provincial-level divisions of mainland China");
    }

    @Test
    void pre2017NumericCodeNamesTheCurrentCode() {
        assertThatThrownBy(() -> Province.of("CN-51"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'CN-51' is the ISO 3166-2:CN code of Sichuan before 2017-11-23; use CN-SC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN-XX", "SC", "", "CN_SC", "US-CA"})
    void unknownCode(String code) {
        assertThatThrownBy(() -> Province.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown ISO 3166-2:CN code '" + code
                        + "': expected CN- and two letters of one of the 31 mainland divisions, e.g. CN-SC");
    }
}
