package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConsularServiceTest {

    /** Every service is found by its own code, exactly as {@code code()} gives it. */
    @ParameterizedTest
    @EnumSource(ConsularService.class)
    void everyServiceIsFoundByItsCode(ConsularService s) {
        assertThat(ConsularService.ofCode(s.code())).isSameAs(s);
    }

    /** An unknown code, or a known one in another case, is an error that lists the known codes. */
    @Test
    void anUnknownCodeIsAnErrorListingTheCodes() {
        assertThatThrownBy(() -> ConsularService.ofCode("passport")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown service code 'passport'; known codes: [PASSPORT, CRBA, NOTARIAL,"
                        + " EMERGENCY_ASSISTANCE, STEP_ENROLLMENT, CRIMINAL_RECORD, DIPLOMA_AUTHENTICATION, MARRIAGE,"
                        + " LEGAL_ASSISTANCE, MEDICAL_ASSISTANCE, GREEN_CARD]");
    }

    /** Issue 12: a code of a megabyte is quoted by its beginning and its length, never whole. */
    @Test
    void aMegabyteCodeIsQuotedByAnExcerpt() {
        String code = "PASSPORT" + "X".repeat(1 << 20);
        assertThatThrownBy(() -> ConsularService.ofCode(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown service code 'PASSPORT" + "X".repeat(50) + "… (1048584 characters)';"
                        + " known codes: [PASSPORT, ")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }
}
