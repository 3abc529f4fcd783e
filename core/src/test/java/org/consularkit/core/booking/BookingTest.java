package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consularkit.core.TestData.cst;

import org.junit.jupiter.api.Test;

class BookingTest {

    @Test
    void appointmentDefaultsToItsOwnService() {
        Booking b = Booking.appointment(ConsularService.CRBA, cst("2026-03-03T14:00")).build();
        assertThat(b.services()).containsExactly(ConsularService.CRBA);
        assertThat(b.walkIn()).isFalse();
        assertThat(b.applicants()).isEqualTo(1);
        assertThat(b).hasToString("Booking[CRBA appointment 2026-03-03T14:00+08:00, services [CRBA], 1 applicant(s),"
                + " items []]");
        assertThat(b.toBuilder().build()).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void walkInNeedsAService() {
        assertThatThrownBy(() -> Booking.walkIn(cst("2026-03-03T14:00")).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("A walk-in booking needs at least one service");
    }

    @Test
    void rejectsDuplicatesAndNoApplicants() {
        Booking.Builder b = Booking.appointment(ConsularService.CRBA, cst("2026-03-03T14:00"));
        assertThatThrownBy(() -> b.services(ConsularService.CRBA, ConsularService.CRBA))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Service CRBA is listed twice in [CRBA, CRBA]");
        assertThatThrownBy(() -> b.applicants(0)).hasMessage("A booking needs at least 1 applicant, but was 0");
    }

    /** A duplicate in a very long list is reported with the list's beginning only (issue 12: bounded messages). */
    @Test
    void aDuplicateInAVeryLongListIsReportedWithABoundedExcerpt() {
        Booking.Builder b = Booking.appointment(ConsularService.CRBA, cst("2026-03-03T14:00"));
        java.util.List<ConsularService> many = new java.util.ArrayList<>();
        for (int n = 0; n < 100_000; n++) {
            many.add(ConsularService.CRBA);
        }
        assertThatThrownBy(() -> b.services(many)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Service CRBA is listed twice in [CRBA, CRBA, ")
                .hasMessageEndingWith("… (" + many.toString().length() + " characters)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(150));
    }

    @Test
    void keepsTheOffsetItWasGivenIn() {
        Booking z = Booking.appointment(ConsularService.CRBA, java.time.OffsetDateTime.parse("2026-03-03T06:00Z")).build();
        Booking cst = Booking.appointment(ConsularService.CRBA, cst("2026-03-03T14:00")).build();
        assertThat(z.startInstant()).isEqualTo(cst.startInstant());
        assertThat(z).isNotEqualTo(cst);
    }

    /** Giving the services or the items again replaces them: the builder does not add to the earlier ones. */
    @Test
    void servicesAndItemsReplaceTheEarlierOnes() {
        Booking b = Booking.walkIn(cst("2026-03-03T14:00")).services(ConsularService.CRBA, ConsularService.PASSPORT)
                .services(ConsularService.NOTARIAL).items(VisitorItem.LAPTOP).items().build();
        assertThat(b.services()).containsExactly(ConsularService.NOTARIAL);
        assertThat(b.items()).isEmpty();
        assertThat(Booking.walkIn(cst("2026-03-03T14:00")).services(ConsularService.NOTARIAL).items(VisitorItem.LAPTOP)
                .items(java.util.List.of(VisitorItem.LAPTOP)).build().items()).containsExactly(VisitorItem.LAPTOP);
    }

    /** Bookings are equal exactly when every field is; each field changes the hash. */
    @Test
    void equalityFollowsEveryField() {
        Booking b = Booking.appointment(ConsularService.CRBA, cst("2026-03-03T14:00")).build();
        assertThat(b).isEqualTo(Booking.appointment(ConsularService.CRBA, cst("2026-03-03T14:00")).build())
                .isNotEqualTo(b.toString());
        for (Booking other : java.util.List.of(
                b.toBuilder().services(ConsularService.CRBA, ConsularService.PASSPORT).build(),
                Booking.appointment(ConsularService.PASSPORT, cst("2026-03-03T14:00")).services(ConsularService.CRBA).build(),
                Booking.walkIn(cst("2026-03-03T14:00")).services(ConsularService.CRBA).build(),
                Booking.appointment(ConsularService.CRBA, cst("2026-03-03T14:15")).build(),
                b.toBuilder().applicants(2).build(),
                b.toBuilder().items(VisitorItem.LAPTOP).build(),
                b.toBuilder().bookedAt(cst("2026-03-01T10:00")).build())) {
            assertThat(other).as("%s", other).isNotEqualTo(b);
            assertThat(other.hashCode()).as("%s", other).isNotEqualTo(b.hashCode());
        }
    }
}
