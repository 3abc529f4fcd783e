package org.consularkit.core.booking;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.consularkit.core.DataFileException;
import org.jspecify.annotations.Nullable;

/**
 * A visit to an American Citizen Services unit, as a booking system records it: the services the
 * visitor needs, the type of appointment booked (none for a walk-in), the start (the appointment
 * time, or the arrival time of a walk-in), the number of applicants, the items carried, and when it
 * was booked.
 *
 * <p>A booking is a request, not a valid appointment: {@link BookingValidator} judges it. The model
 * only enforces what makes a booking meaningful: at least one service, at least one applicant, an
 * appointment type exactly when it is not a walk-in, a start and a booking moment in the years
 * {@value BookingJson#MIN_YEAR} to {@value BookingJson#MAX_YEAR} (as written, like the JSON form), so
 * that the validator can place them in any zone. The start keeps the offset it was given in;
 * the validator judges the moment in the office's zone. The JSON form is {@link BookingJson}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Booking {

    private final Set<ConsularService> services;
    private final @Nullable ConsularService appointmentType;
    private final OffsetDateTime start;
    private final int applicants;
    private final Set<VisitorItem> items;
    private final @Nullable OffsetDateTime bookedAt;

    private Booking(Builder b, Set<ConsularService> services) {
        this.services = services;
        this.appointmentType = b.appointmentType;
        this.start = b.start;
        this.applicants = b.applicants;
        this.items = ImmutableSet.copyOf(b.items);
        this.bookedAt = b.bookedAt;
    }

    /**
     * Starts building an appointment booking. The services default to the appointment type alone.
     *
     * @param appointmentType the type of appointment booked, not null
     * @param start the start of the appointment, with any offset, in the years {@value
     *     BookingJson#MIN_YEAR} to {@value BookingJson#MAX_YEAR}, not null
     * @return a new builder, not null
     * @throws IllegalArgumentException if the start is outside the supported years
     */
    public static Builder appointment(ConsularService appointmentType, OffsetDateTime start) {
        Objects.requireNonNull(appointmentType, "appointmentType");
        return new Builder(appointmentType, supported(start, "start"));
    }

    /**
     * Starts building a walk-in visit; give its services with {@link Builder#services}.
     *
     * @param arrival the moment of arrival, with any offset, in the years {@value
     *     BookingJson#MIN_YEAR} to {@value BookingJson#MAX_YEAR}, not null
     * @return a new builder, not null
     * @throws IllegalArgumentException if the arrival is outside the supported years
     */
    public static Builder walkIn(OffsetDateTime arrival) {
        return new Builder(null, supported(arrival, "arrival"));
    }

    /** Returns the moment if its year is supported (issue 12: the end of the time line broke the validator). */
    private static OffsetDateTime supported(OffsetDateTime moment, String name) {
        Objects.requireNonNull(moment, name);
        if (moment.getYear() < BookingJson.MIN_YEAR || moment.getYear() > BookingJson.MAX_YEAR) {
            throw new IllegalArgumentException("The " + name + " of a booking must be in the years "
                    + BookingJson.MIN_YEAR + " to " + BookingJson.MAX_YEAR + ", but was " + moment);
        }
        return moment;
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the services the visitor needs, in the order given.
     *
     * @return an immutable set, never empty
     */
    public Set<ConsularService> services() {
        return services;
    }

    /**
     * Returns the type of appointment booked.
     *
     * @return the type, or empty for a walk-in
     */
    public Optional<ConsularService> appointmentType() {
        return Optional.ofNullable(appointmentType);
    }

    /**
     * Tells whether this is a walk-in visit (no appointment).
     *
     * @return true for a walk-in
     */
    public boolean walkIn() {
        return appointmentType == null;
    }

    /**
     * Returns the start: the appointment time, or the arrival time of a walk-in.
     *
     * @return the start with the offset it was given in, not null
     */
    public OffsetDateTime start() {
        return start;
    }

    /**
     * Returns the start as an instant.
     *
     * @return the instant, not null
     */
    public Instant startInstant() {
        return start.toInstant();
    }

    /**
     * Returns the number of applicants.
     *
     * @return the number, at least 1
     */
    public int applicants() {
        return applicants;
    }

    /**
     * Returns the items the visitor carries, in the order given.
     *
     * @return an immutable set, possibly empty
     */
    public Set<VisitorItem> items() {
        return items;
    }

    /**
     * Returns when the booking was made.
     *
     * @return the moment of booking, or empty when not recorded
     */
    public Optional<OffsetDateTime> bookedAt() {
        return Optional.ofNullable(bookedAt);
    }

    /**
     * Returns a builder initialised with this booking.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(appointmentType, start);
        b.services.addAll(services);
        b.applicants = applicants;
        b.items.addAll(items);
        b.bookedAt = bookedAt;
        return b;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Booking o
                && services.equals(o.services)
                && Objects.equals(appointmentType, o.appointmentType)
                && start.equals(o.start)
                && applicants == o.applicants
                && items.equals(o.items)
                && Objects.equals(bookedAt, o.bookedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(services, appointmentType, start, applicants, items, bookedAt);
    }

    /**
     * Returns a readable description, e.g. {@code Booking[NOTARIAL appointment 2026-03-03T14:00+08:00,
     * services [NOTARIAL], 1 applicant(s), items [LAPTOP], booked 2026-02-20T10:00+08:00]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Booking[" + (appointmentType == null ? "walk-in" : appointmentType + " appointment") + " " + start
                + ", services " + services + ", " + applicants + " applicant(s), items " + items
                + (bookedAt == null ? "" : ", booked " + bookedAt) + "]";
    }

    //-----------------------------------------------------------------------
    /**
     * Builds a {@link Booking}. Not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final @Nullable ConsularService appointmentType;
        private final OffsetDateTime start;
        private final Set<ConsularService> services = new LinkedHashSet<>();
        private int applicants = 1;
        private final Set<VisitorItem> items = new LinkedHashSet<>();
        private @Nullable OffsetDateTime bookedAt;

        private Builder(@Nullable ConsularService appointmentType, OffsetDateTime start) {
            this.appointmentType = appointmentType;
            this.start = start;
        }

        /**
         * Sets the services the visitor needs, replacing earlier ones.
         *
         * @param needed the services, in order, no duplicates
         * @return this builder
         * @throws IllegalArgumentException if a service is listed twice
         */
        @CanIgnoreReturnValue
        public Builder services(Collection<ConsularService> needed) {
            Objects.requireNonNull(needed, "needed");
            services.clear();
            for (ConsularService s : needed) {
                if (!services.add(Objects.requireNonNull(s, "needed contains null"))) {
                    throw new IllegalArgumentException("Service " + s + " is listed twice in "
                            + DataFileException.shorten(needed.toString(), DataFileException.MAX_EXCERPT));
                }
            }
            return this;
        }

        /**
         * Sets the services the visitor needs, replacing earlier ones.
         *
         * @param needed the services, in order, no duplicates
         * @return this builder
         * @throws IllegalArgumentException if a service is listed twice
         */
        @CanIgnoreReturnValue
        public Builder services(ConsularService... needed) {
            return services(Arrays.asList(needed));
        }

        /**
         * Sets the number of applicants; defaults to 1.
         *
         * @param count the number, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the number is less than 1
         */
        @CanIgnoreReturnValue
        public Builder applicants(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("A booking needs at least 1 applicant, but was " + count);
            }
            this.applicants = count;
            return this;
        }

        /**
         * Sets the items the visitor carries, replacing earlier ones.
         *
         * @param carried the items, in order, no duplicates
         * @return this builder
         * @throws IllegalArgumentException if an item is listed twice
         */
        @CanIgnoreReturnValue
        public Builder items(Collection<VisitorItem> carried) {
            Objects.requireNonNull(carried, "carried");
            items.clear();
            for (VisitorItem i : carried) {
                if (!items.add(Objects.requireNonNull(i, "carried contains null"))) {
                    throw new IllegalArgumentException("Item " + i + " is listed twice in "
                            + DataFileException.shorten(carried.toString(), DataFileException.MAX_EXCERPT));
                }
            }
            return this;
        }

        /**
         * Sets the items the visitor carries, replacing earlier ones.
         *
         * @param carried the items, in order, no duplicates
         * @return this builder
         * @throws IllegalArgumentException if an item is listed twice
         */
        @CanIgnoreReturnValue
        public Builder items(VisitorItem... carried) {
            return items(Arrays.asList(carried));
        }

        /**
         * Sets when the booking was made.
         *
         * @param moment the moment of booking, in the years {@value BookingJson#MIN_YEAR} to
         *     {@value BookingJson#MAX_YEAR}, not null
         * @return this builder
         * @throws IllegalArgumentException if the moment is outside the supported years
         */
        @CanIgnoreReturnValue
        public Builder bookedAt(OffsetDateTime moment) {
            Objects.requireNonNull(moment, "moment");
            this.bookedAt = supported(moment, "booking moment");
            return this;
        }

        /**
         * Builds the booking.
         *
         * @return the booking, not null
         * @throws IllegalStateException if a walk-in has no service
         */
        public Booking build() {
            Set<ConsularService> s = new LinkedHashSet<>(services);
            if (s.isEmpty()) {
                if (appointmentType == null) {
                    throw new IllegalStateException("A walk-in booking needs at least one service");
                }
                s.add(appointmentType);
            }
            return new Booking(this, ImmutableSet.copyOf(s));
        }
    }
}
