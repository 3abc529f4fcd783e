package org.consularkit.calendar.lunar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SolarTermOccurrenceTest {

    private static final OffsetDateTime MOMENT = OffsetDateTime.parse("2026-04-05T02:40+08:00");

    @Test
    void dateIsTheDateOfTheMomentAtItsOffset() {
        assertThat(new SolarTermOccurrence(SolarTerm.QINGMING, MOMENT).date()).isEqualTo(LocalDate.of(2026, 4, 5));
    }

    @Test
    void isAValue() {
        assertThat(new SolarTermOccurrence(SolarTerm.QINGMING, MOMENT))
                .isEqualTo(new SolarTermOccurrence(SolarTerm.QINGMING, MOMENT))
                .hasSameHashCodeAs(new SolarTermOccurrence(SolarTerm.QINGMING, MOMENT))
                .isNotEqualTo(new SolarTermOccurrence(SolarTerm.GRAIN_RAIN, MOMENT));
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> new SolarTermOccurrence(null, MOMENT))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("term");
        assertThatThrownBy(() -> new SolarTermOccurrence(SolarTerm.QINGMING, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("moment");
    }
}
