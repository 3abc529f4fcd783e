package org.consularkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.BookingValidator;
import org.consularkit.core.booking.ValidationReport;
import org.consularkit.core.booking.ViolationCode;
import org.junit.jupiter.api.Test;

/** The booking benchmark validates a fixed mix of valid and invalid bookings. */
class BookingValidationBenchmarkTest {

    @Test
    void mixOfValidAndInvalidBookings() {
        BookingValidator validator = new BookingValidationBenchmark().validator();
        Booking[] bookings = BookingValidationBenchmark.bookings();
        Map<String, Integer> counts = new TreeMap<>();
        int valid = 0;
        for (Booking b : bookings) {
            ValidationReport report = validator.validate(b, BookingValidationBenchmark.NOW);
            if (report.isValid()) {
                valid++;
            }
            for (ViolationCode code : report.codeSet()) {
                counts.merge(code.name(), 1, Integer::sum);
            }
        }
        assertThat(bookings).hasSize(RandomDates.COUNT);
        assertThat(valid).as("valid bookings; violations %s", counts).isBetween(1600, 2100);
        assertThat(counts).containsKeys(ViolationCode.CLOSED_FOR_HOLIDAY.name(),
                ViolationCode.NOT_A_SLOT_START.name(), ViolationCode.OUTSIDE_APPOINTMENT_HOURS.name(),
                ViolationCode.PROHIBITED_ITEM.name(), ViolationCode.WALK_IN_NOT_ACCEPTED.name(),
                ViolationCode.IN_THE_PAST.name());
    }

    @Test
    void sameBookingsOnEveryCall() {
        assertThat(BookingValidationBenchmark.bookings()).containsExactly(BookingValidationBenchmark.bookings());
    }
}
