package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.consularkit.core.TestData;
import org.consularkit.core.hours.OpeningSchedule;
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

    /** Slots are whole minutes from one minute to one day, both ends included. */
    @Test
    void slotLengthIsWholeMinutesFromOneMinuteToOneDay() {
        AppointmentPolicy.Builder b = AppointmentPolicy.builder(TestData.ACS_WINDOW);
        assertThat(b.slotLength(Duration.ofMinutes(1)).build().slotLength()).isEqualTo(Duration.ofMinutes(1));
        assertThat(b.slotLength(Duration.ofHours(24)).build().slotLength()).isEqualTo(Duration.ofHours(24));
        for (Duration bad : List.of(Duration.ofSeconds(59), Duration.ofHours(24).plusMinutes(1),
                Duration.ofMinutes(15).plusNanos(1), Duration.ZERO, Duration.ofMinutes(-15))) {
            assertThatThrownBy(() -> b.slotLength(bad)).as("%s", bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Slot length must be whole minutes from PT1M to PT24H, but was " + bad);
        }
        assertThat(b.build().slotLength()).isEqualTo(Duration.ofHours(24));
    }

    /** A capacity of one applicant per slot is the smallest there is. */
    @Test
    void capacityOfOneIsAllowed() {
        AppointmentPolicy p = AppointmentPolicy.builder(TestData.ACS_WINDOW).capacityPerSlot(1).build();
        assertThat(p.capacityPerSlot()).isEqualTo(OptionalInt.of(1));
        assertThatThrownBy(() -> AppointmentPolicy.builder(TestData.ACS_WINDOW).capacityPerSlot(-1))
                .hasMessage("Capacity per slot must be at least 1, but was -1");
    }

    /** Giving the prohibited items again replaces them, it does not add to them. */
    @Test
    void prohibitedItemsReplaceTheEarlierOnes() {
        assertThat(AppointmentPolicy.builder(TestData.ACS_WINDOW).prohibitedItems(List.of(VisitorItem.LAPTOP))
                .build().prohibitedItems()).isEqualTo(Set.of(VisitorItem.LAPTOP));
        assertThat(AppointmentPolicy.builder(TestData.ACS_WINDOW).prohibitedItems(List.of(VisitorItem.LAPTOP))
                .prohibitedItems(List.of()).build().prohibitedItems()).isEmpty();
    }

    /** Two policies are equal exactly when every rule is equal; each rule changes the hash. */
    @Test
    void equalityFollowsEveryRule() {
        AppointmentPolicy base = AppointmentPolicy.builder(TestData.ACS_WINDOW).build();
        assertThat(base).isEqualTo(AppointmentPolicy.builder(TestData.ACS_WINDOW).build())
                .hasSameHashCodeAs(AppointmentPolicy.builder(TestData.ACS_WINDOW).build())
                .isNotEqualTo("Mo,Tu,Th 13:00-16:00; PH off");
        List<AppointmentPolicy> others = List.of(
                AppointmentPolicy.builder(TestData.OFFICE_HOURS).build(),
                base.toBuilder().walkInWindow(TestData.ACS_WINDOW).build(),
                base.toBuilder().slotLength(Duration.ofMinutes(30)).build(),
                base.toBuilder().capacityPerSlot(2).build(),
                base.toBuilder().minimumNotice(Duration.ofDays(1)).build(),
                base.toBuilder().bookingHorizon(Duration.ofDays(90)).build(),
                base.toBuilder().prohibitedItems(List.of(VisitorItem.LAPTOP)).build(),
                base.toBuilder().visitRules(TestData.CATALOGUE.rules()).prohibitedItems(List.of()).build());
        for (AppointmentPolicy other : others) {
            assertThat(other).as("%s", other).isNotEqualTo(base);
            assertThat(other.hashCode()).as("%s", other).isNotEqualTo(base.hashCode());
            assertThat(other.toBuilder().build()).isEqualTo(other).hasSameHashCodeAs(other);
        }
        assertThat(base.toBuilder().walkInWindow(TestData.ACS_WINDOW).noWalkIns().build()).isEqualTo(base);
    }

    /** The description names every rule, and says "none" or "unlimited" where a rule is absent. */
    @Test
    void toStringNamesEveryRule() {
        assertThat(AppointmentPolicy.builder(TestData.ACS_WINDOW).build()).hasToString(
                "AppointmentPolicy[appointments Mo,Tu,Th 13:00-16:00; PH off, walk-ins none, slots PT15M,"
                        + " capacity unlimited, notice PT0S, horizon none, prohibited []]");
        assertThat(AppointmentPolicy.builder(TestData.ACS_WINDOW).walkInWindow(OpeningSchedule.parse("Mo 09:00-10:00"))
                .slotLength(Duration.ofMinutes(20)).capacityPerSlot(3).minimumNotice(Duration.ofHours(2))
                .bookingHorizon(Duration.ofDays(60)).prohibitedItems(List.of(VisitorItem.LAPTOP)).build()).hasToString(
                "AppointmentPolicy[appointments Mo,Tu,Th 13:00-16:00; PH off, walk-ins Mo 09:00-10:00, slots PT20M,"
                        + " capacity 3, notice PT2H, horizon PT1440H, prohibited [LAPTOP]]");
    }
}
