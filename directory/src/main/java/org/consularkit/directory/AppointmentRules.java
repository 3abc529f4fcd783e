package org.consularkit.directory;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Mission-wide rules for ACS appointments, as the sources state them; a rule no source gives is
 * empty. The engine's appointment policy can be built from them.
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param byAppointmentOnly whether routine ACS is by appointment only
 * @param separateAppointmentPerService whether each service needs its own appointment
 * @param arriveMinutesEarly how many minutes before the appointment a visitor must arrive
 * @param cancelledWhenLateMinutes after how many minutes of lateness an appointment is cancelled
 * @param printedConfirmationRequired whether a printed confirmation must be shown to the guard
 * @param prohibitedItems the items a visitor must not bring, as item codes (e.g. {@code LAPTOP})
 * @param bookingUrl where appointments are booked
 *
 * @since 0.1
 */
public record AppointmentRules(Optional<Sourced<Boolean>> byAppointmentOnly,
        Optional<Sourced<Boolean>> separateAppointmentPerService, Optional<Sourced<Integer>> arriveMinutesEarly,
        Optional<Sourced<Integer>> cancelledWhenLateMinutes, Optional<Sourced<Boolean>> printedConfirmationRequired,
        Optional<Sourced<List<String>>> prohibitedItems, Optional<Sourced<URI>> bookingUrl) {

    /** The rules of a directory that gives none. */
    static final AppointmentRules NONE = new AppointmentRules(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Validates the fields.
     */
    public AppointmentRules {
        Objects.requireNonNull(byAppointmentOnly, "byAppointmentOnly");
        Objects.requireNonNull(separateAppointmentPerService, "separateAppointmentPerService");
        Objects.requireNonNull(arriveMinutesEarly, "arriveMinutesEarly");
        Objects.requireNonNull(cancelledWhenLateMinutes, "cancelledWhenLateMinutes");
        Objects.requireNonNull(printedConfirmationRequired, "printedConfirmationRequired");
        Objects.requireNonNull(prohibitedItems, "prohibitedItems");
        Objects.requireNonNull(bookingUrl, "bookingUrl");
    }
}
