package org.consularkit.core.booking;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.consularkit.core.hours.Interval;

/**
 * A bookable appointment slot: a service, a start and an end, in the offset of the office's zone.
 *
 * @param service the service, not null
 * @param start the start, included, not null
 * @param end the end, excluded, after the start, not null
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @since 0.1
 */
public record AppointmentSlot(ConsularService service, OffsetDateTime start, OffsetDateTime end) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the end is not after the start
     */
    public AppointmentSlot {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("Slot end " + end + " must be after its start " + start);
        }
    }

    /**
     * Returns the slot as an interval of instants.
     *
     * @return the interval, not null
     */
    public Interval interval() {
        return Interval.of(start.toInstant(), end.toInstant());
    }

    /**
     * Returns the booking of this slot made at a moment: an appointment of the slot's service, one
     * applicant, nothing carried.
     *
     * @param bookedAt the moment of booking, not null
     * @return the booking, not null
     */
    public Booking toBooking(OffsetDateTime bookedAt) {
        return Booking.appointment(service, start).bookedAt(bookedAt).build();
    }
}
