package org.consularkit.core.booking;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The stable codes of booking {@linkplain Violation violations}, in the order a {@link
 * ValidationReport} lists them. Each code has a fixed {@linkplain #severity() severity} and names
 * the {@linkplain #field() booking field} at fault. The codes required by the command-line contract
 * keep their relative order; codes may be added in later versions, never renamed or removed.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ViolationCode {
    /** The appointment type booked is not the service requested ("you will be asked to reschedule"). */
    APPOINTMENT_TYPE_MISMATCH(Severity.ERROR, "appointmentType"),
    /** More than one service requested: each service needs a separate appointment. */
    MULTIPLE_SERVICES(Severity.ERROR, "services"),
    /** The start is outside the appointment (or walk-in) window of the day of the week or date. */
    OUTSIDE_APPOINTMENT_HOURS(Severity.ERROR, "start"),
    /**
     * The start is in the window but is not the start of a whole slot (slots run every slot length
     * from the start of the window and end by its end). Appointments only.
     */
    NOT_A_SLOT_START(Severity.ERROR, "start"),
    /** The office is closed on that date for a holiday or closure, or closes early before it. */
    CLOSED_FOR_HOLIDAY(Severity.ERROR, "start"),
    /** The closure calendar does not cover the date, so the booking cannot be checked. */
    CLOSURES_UNKNOWN(Severity.ERROR, "start"),
    /** A walk-in for a service served by appointment only, or at an office without walk-in hours. */
    WALK_IN_NOT_ACCEPTED(Severity.ERROR, "walkIn"),
    /** A service that is not obtained at the window (phone, online, referral, information). */
    NOT_AN_APPOINTMENT_SERVICE(Severity.ERROR, "services"),
    /** A service the office does not offer. */
    SERVICE_NOT_OFFERED(Severity.ERROR, "services"),
    /** More applicants than a slot serves. Appointments only. */
    TOO_MANY_APPLICANTS(Severity.ERROR, "applicants"),
    /** An item no visitor may bring (a laptop). */
    PROHIBITED_ITEM(Severity.ERROR, "items"),
    /** The start is before the moment of validation. */
    IN_THE_PAST(Severity.ERROR, "start"),
    /** The appointment starts sooner after its booking than the minimum notice allows. */
    TOO_LITTLE_NOTICE(Severity.ERROR, "start"),
    /** The appointment starts further after its booking than the booking horizon allows. */
    BEYOND_BOOKING_HORIZON(Severity.ERROR, "start"),
    /**
     * The visitor arrived more than the {@linkplain AppointmentPolicy#lateCancellation() late
     * cancellation} after the start of the appointment (Mission China: more than 15 minutes late),
     * so the appointment is cancelled and must be booked again. Exactly that late is still in time.
     * Reported only when an arrival is validated ({@link BookingValidator#validate(Booking,
     * java.time.Instant, java.time.Instant)}), for appointments, not walk-ins. Arguments: {@code
     * start}, {@code arrivedAt}, {@code late} and {@code lateCancellation} (ISO-8601 durations such
     * as {@code PT16M}).
     *
     * @since 0.1
     */
    LATE_ARRIVAL(Severity.ERROR, "start"),
    /** The closures of the year of the start are provisional (derived by rule). */
    PROVISIONAL_CLOSURES(Severity.INFO, "start"),
    /**
     * The office offers limited services ({@link OfficeState#LIMITED}). Arguments: {@code office},
     * {@code state} ({@code LIMITED}) and, when known, {@code since}.
     */
    POST_LIMITED(Severity.WARNING, null),
    /**
     * The office does not serve the public: its state is {@link OfficeState#SUSPENDED} or {@link
     * OfficeState#CLOSED}; the rules are those it last published. Arguments: {@code office}, {@code
     * state} and, when known, {@code since}; {@code state} is {@code SUSPENDED} for both states
     * (as it was before {@code CLOSED} existed; {@link ConsularOffice#status()} tells them apart).
     */
    POST_SUSPENDED(Severity.WARNING, null);

    private final Severity severity;
    private final @Nullable String field;

    ViolationCode(Severity severity, @Nullable String field) {
        this.severity = severity;
        this.field = field;
    }

    /**
     * Returns the severity of violations with this code.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the booking field at fault, as named in the booking JSON format.
     *
     * @return the field, or empty when the violation concerns the office rather than a field
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
