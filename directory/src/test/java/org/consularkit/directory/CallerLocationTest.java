package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallerLocationTest {

    @Test
    void ofIgnoresCase() {
        assertThat(CallerLocation.of("cn")).isEqualTo(CallerLocation.CN);
        assertThat(CallerLocation.of(" US ")).isEqualTo(CallerLocation.US);
    }

    @Test
    void internationalPrefixes() {
        assertThat(CallerLocation.CN.internationalPrefix()).isEqualTo("00");
        assertThat(CallerLocation.US.internationalPrefix()).isEqualTo("011");
        assertThat(CallerLocation.US.regionCode()).isEqualTo("US");
    }

    @Test
    void unknownLocation() {
        assertThatThrownBy(() -> CallerLocation.of("HK"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Caller location must be CN or US, but was 'HK'");
    }
}
