package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VisitorItemTest {

    /** Every item is found by its code, its constant's name. */
    @ParameterizedTest
    @EnumSource(VisitorItem.class)
    void everyItemIsFoundByItsCode(VisitorItem i) {
        assertThat(VisitorItem.ofCode(i.name())).isSameAs(i);
    }

    /** An unknown code is an error that lists the known codes; a long one is quoted by an excerpt (issue 12). */
    @Test
    void anUnknownCodeIsAnErrorListingTheCodes() {
        assertThatThrownBy(() -> VisitorItem.ofCode("laptop")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown item code 'laptop'; known codes: [LAPTOP]");
        String code = "LAPTOP" + "X".repeat(1 << 20);
        assertThatThrownBy(() -> VisitorItem.ofCode(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown item code 'LAPTOP" + "X".repeat(52) + "… (1048582 characters)'; known codes: [LAPTOP]");
    }
}
