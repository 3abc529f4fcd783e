package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.consularkit.core.TestData;
import org.junit.jupiter.api.Test;

class AppointmentPolicyTest {

    @Test
    void defaultsAreDocumentedAssumptionsNotLimits() {
        AppointmentPolicy p = AppointmentPolicy.builder(TestData.ACS_WINDOW).build();
        assertThat(p.slotLength()).isEqualTo(Duration.ofMinutes(15)).isEqualTo(AppointmentPolicy.DEFAULT_SLOT_LENGTH);
        assertThat(p.capacityPerSlot()).isEmpty();
        assertThat(p.minimumNotice()).isZero();
        assertThat(p.bookingHorizon()).isEmpty();
        assertThat(p.walkInWindow()).isEmpty();
        assertThat(p.prohibitedItems()).isEmpty();
    }

    @Test
    void visitRulesSetItemsAndArrival() {
        AppointmentPolicy p = AppointmentPolicy.builder(TestData.ACS_WINDOW)
                .visitRules(TestData.CATALOGUE.rules()).build();
        assertThat(p.prohibitedItems()).containsExactly(VisitorItem.LAPTOP);
        assertThat(p.arriveEarly()).isEqualTo(Duration.ofMinutes(15));
        assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    }

    @Test
    void rejectsBadParameters() {
        AppointmentPolicy.Builder b = AppointmentPolicy.builder(TestData.ACS_WINDOW);
        assertThatThrownBy(() -> b.slotLength(Duration.ofSeconds(90))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Slot length must be whole minutes from PT1M to PT24H, but was PT1M30S");
        assertThatThrownBy(() -> b.capacityPerSlot(0)).hasMessage("Capacity per slot must be at least 1, but was 0");
        assertThatThrownBy(() -> b.minimumNotice(Duration.ofMinutes(-1)))
                .hasMessage("Minimum notice must not be negative, but was PT-1M");
        assertThatThrownBy(() -> b.bookingHorizon(Duration.ZERO)).hasMessage("Booking horizon must be positive, but was PT0S");
    }
}
