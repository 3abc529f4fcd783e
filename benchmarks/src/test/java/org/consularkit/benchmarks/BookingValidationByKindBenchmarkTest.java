package org.consularkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.BookingValidator;
import org.consularkit.core.booking.ValidationReport;
import org.consularkit.core.booking.ViolationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BookingValidationByKindBenchmarkTest {

    private final BookingValidator validator = new BookingValidationBenchmark().validator();

    @ParameterizedTest
    @ValueSource(strings = {"valid", "CLOSED_FOR_HOLIDAY", "NOT_A_SLOT_START", "OUTSIDE_APPOINTMENT_HOURS",
            "PROHIBITED_ITEM", "WALK_IN_NOT_ACCEPTED", "IN_THE_PAST"})
    void everySelectedBookingIsOfTheKind(String kind) {
        Booking[] bookings = BookingValidationByKindBenchmark.select(validator, kind);
        assertThat(bookings).hasSize(RandomDates.COUNT);
        for (Booking b : bookings) {
            ValidationReport r = validator.validate(b, BookingValidationBenchmark.NOW);
            assertThat(kind.equals("valid") ? r.isValid() : r.has(ViolationCode.valueOf(kind))).as("%s", b).isTrue();
        }
    }

    @Test
    void validBookingsCarryOnlyTheProvisionalInformation() {
        for (Booking b : BookingValidationByKindBenchmark.select(validator, "valid")) {
            assertThat(validator.validate(b, BookingValidationBenchmark.NOW).codes())
                    .containsExactly(ViolationCode.PROVISIONAL_CLOSURES);
        }
    }

    @Test
    void aKindWithoutBookingsIsAnError() {
        assertThatThrownBy(() -> BookingValidationByKindBenchmark.select(validator, "POST_SUSPENDED"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No booking of kind POST_SUSPENDED");
    }
}
