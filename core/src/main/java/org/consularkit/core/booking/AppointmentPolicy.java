package org.consularkit.core.booking;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.consularkit.core.hours.OpeningSchedule;
import org.jspecify.annotations.Nullable;

/**
 * The appointment rules of an American Citizen Services unit: the appointment window, the walk-in
 * window, the slot grid, capacity, notice, booking horizon, prohibited items, arrival rules.
 *
 * <h2>Slots</h2>
 * Appointments start on a grid: every {@linkplain #slotLength() slot length} from the start of each
 * window of the {@linkplain #appointmentWindow() appointment window} in force on a date, and a
 * slot must end by the end of its window. With the default 15-minute slots, the Chengdu window
 * {@code Mo,Tu,Th 13:00-16:00} has twelve slots, 13:00 to 15:45.
 *
 * <h2>Defaults</h2>
 * The posts' ACS pages and the Mission pages give the windows, the prohibited items and the arrival rules;
 * they give no slot length, capacity, notice or horizon (no booking horizon was found for China).
 * This class therefore only <em>assumes</em> the following defaults, which are library choices and
 * not facts: slots of {@linkplain #DEFAULT_SLOT_LENGTH 15 minutes} (the unit of the published
 * arrival rules); no capacity limit (any number of applicants per slot); no minimum notice (an
 * appointment may be booked up to its start); no booking horizon. Set them on the {@link Builder}
 * when a post publishes them. By default there are no walk-in hours.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AppointmentPolicy {

    /** The default slot length, 15 minutes (a library choice, not a published rule). */
    public static final Duration DEFAULT_SLOT_LENGTH = Duration.ofMinutes(15);

    private final OpeningSchedule appointmentWindow;
    private final @Nullable OpeningSchedule walkInWindow;
    private final Duration slotLength;
    private final int capacityPerSlot;
    private final Duration minimumNotice;
    private final @Nullable Duration bookingHorizon;
    private final Set<VisitorItem> prohibitedItems;
    private final Duration arriveEarly;
    private final Duration lateCancellation;

    private AppointmentPolicy(Builder b) {
        this.appointmentWindow = b.appointmentWindow;
        this.walkInWindow = b.walkInWindow;
        this.slotLength = b.slotLength;
        this.capacityPerSlot = b.capacityPerSlot;
        this.minimumNotice = b.minimumNotice;
        this.bookingHorizon = b.bookingHorizon;
        this.prohibitedItems = b.prohibitedItems.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(b.prohibitedItems));
        this.arriveEarly = b.arriveEarly;
        this.lateCancellation = b.lateCancellation;
    }

    /**
     * Starts building a policy with an appointment window and the defaults of the class
     * documentation.
     *
     * @param appointmentWindow the schedule of appointments, e.g. {@code Mo,Tu,Th 13:00-16:00; PH
     *     off}, not null
     * @return a new builder, not null
     */
    public static Builder builder(OpeningSchedule appointmentWindow) {
        return new Builder(appointmentWindow);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the schedule of appointments (local times of the office's zone).
     *
     * @return the schedule, not null
     */
    public OpeningSchedule appointmentWindow() {
        return appointmentWindow;
    }

    /**
     * Returns the schedule of walk-in hours, if the office takes walk-ins.
     *
     * @return the schedule, or empty when walk-ins are not served
     */
    public Optional<OpeningSchedule> walkInWindow() {
        return Optional.ofNullable(walkInWindow);
    }

    /**
     * Returns the length of an appointment slot.
     *
     * @return the slot length, positive, whole minutes
     */
    public Duration slotLength() {
        return slotLength;
    }

    /**
     * Returns the number of applicants one slot can serve, if limited.
     *
     * @return the capacity, or empty when unlimited (the default)
     */
    public OptionalInt capacityPerSlot() {
        return capacityPerSlot == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(capacityPerSlot);
    }

    /**
     * Returns the minimum time between booking and the start of the appointment.
     *
     * @return the notice, not negative; zero by default
     */
    public Duration minimumNotice() {
        return minimumNotice;
    }

    /**
     * Returns how far ahead of the booking an appointment may start, if limited.
     *
     * @return the horizon, or empty when unlimited (the default)
     */
    public Optional<Duration> bookingHorizon() {
        return Optional.ofNullable(bookingHorizon);
    }

    /**
     * Returns the items no visitor may bring.
     *
     * @return an immutable set, possibly empty
     */
    public Set<VisitorItem> prohibitedItems() {
        return prohibitedItems;
    }

    /**
     * Returns how long before the appointment visitors should arrive.
     *
     * @return the duration, not negative
     */
    public Duration arriveEarly() {
        return arriveEarly;
    }

    /**
     * Returns the lateness beyond which an appointment is cancelled.
     *
     * @return the duration, not negative
     */
    public Duration lateCancellation() {
        return lateCancellation;
    }

    /**
     * Returns a builder initialised with this policy.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(appointmentWindow);
        b.walkInWindow = walkInWindow;
        b.slotLength = slotLength;
        b.capacityPerSlot = capacityPerSlot;
        b.minimumNotice = minimumNotice;
        b.bookingHorizon = bookingHorizon;
        b.prohibitedItems.addAll(prohibitedItems);
        b.arriveEarly = arriveEarly;
        b.lateCancellation = lateCancellation;
        return b;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof AppointmentPolicy o
                && appointmentWindow.equals(o.appointmentWindow)
                && Objects.equals(walkInWindow, o.walkInWindow)
                && slotLength.equals(o.slotLength)
                && capacityPerSlot == o.capacityPerSlot
                && minimumNotice.equals(o.minimumNotice)
                && Objects.equals(bookingHorizon, o.bookingHorizon)
                && prohibitedItems.equals(o.prohibitedItems)
                && arriveEarly.equals(o.arriveEarly)
                && lateCancellation.equals(o.lateCancellation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(appointmentWindow, walkInWindow, slotLength, capacityPerSlot, minimumNotice,
                bookingHorizon, prohibitedItems, arriveEarly, lateCancellation);
    }

    /**
     * Returns a readable description of the policy.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "AppointmentPolicy[appointments " + appointmentWindow
                + ", walk-ins " + (walkInWindow == null ? "none" : walkInWindow)
                + ", slots " + slotLength
                + ", capacity " + (capacityPerSlot == Integer.MAX_VALUE ? "unlimited" : capacityPerSlot)
                + ", notice " + minimumNotice
                + ", horizon " + (bookingHorizon == null ? "none" : bookingHorizon)
                + ", prohibited " + prohibitedItems + "]";
    }

    //-----------------------------------------------------------------------
    /**
     * Builds an {@link AppointmentPolicy}. Not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final OpeningSchedule appointmentWindow;
        private @Nullable OpeningSchedule walkInWindow;
        private Duration slotLength = DEFAULT_SLOT_LENGTH;
        private int capacityPerSlot = Integer.MAX_VALUE;
        private Duration minimumNotice = Duration.ZERO;
        private @Nullable Duration bookingHorizon;
        private final Set<VisitorItem> prohibitedItems = EnumSet.noneOf(VisitorItem.class);
        private Duration arriveEarly = Duration.ZERO;
        private Duration lateCancellation = Duration.ZERO;

        private Builder(OpeningSchedule appointmentWindow) {
            this.appointmentWindow = Objects.requireNonNull(appointmentWindow, "appointmentWindow");
        }

        /**
         * Sets the walk-in hours.
         *
         * @param window the walk-in schedule, not null
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder walkInWindow(OpeningSchedule window) {
            this.walkInWindow = Objects.requireNonNull(window, "window");
            return this;
        }

        /**
         * Removes the walk-in hours: walk-ins are not served.
         *
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder noWalkIns() {
            this.walkInWindow = null;
            return this;
        }

        /**
         * Sets the slot length.
         *
         * @param length the length, whole minutes, from 1 minute to 24 hours
         * @return this builder
         * @throws IllegalArgumentException if the length is not whole minutes or out of range
         */
        @CanIgnoreReturnValue
        public Builder slotLength(Duration length) {
            Objects.requireNonNull(length, "length");
            if (length.compareTo(Duration.ofMinutes(1)) < 0 || length.compareTo(Duration.ofDays(1)) > 0
                    || length.toSecondsPart() != 0 || length.toNanosPart() != 0) {
                throw new IllegalArgumentException(
                        "Slot length must be whole minutes from PT1M to PT24H, but was " + length);
            }
            this.slotLength = length;
            return this;
        }

        /**
         * Sets the number of applicants one slot can serve.
         *
         * @param capacity the capacity, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the capacity is less than 1
         */
        @CanIgnoreReturnValue
        public Builder capacityPerSlot(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("Capacity per slot must be at least 1, but was " + capacity);
            }
            this.capacityPerSlot = capacity;
            return this;
        }

        /**
         * Sets the minimum time between booking and the start of the appointment.
         *
         * @param notice the notice, not negative
         * @return this builder
         * @throws IllegalArgumentException if the notice is negative
         */
        @CanIgnoreReturnValue
        public Builder minimumNotice(Duration notice) {
            Objects.requireNonNull(notice, "notice");
            if (notice.isNegative()) {
                throw new IllegalArgumentException("Minimum notice must not be negative, but was " + notice);
            }
            this.minimumNotice = notice;
            return this;
        }

        /**
         * Sets how far ahead of the booking an appointment may start.
         *
         * @param horizon the horizon, positive
         * @return this builder
         * @throws IllegalArgumentException if the horizon is zero or negative
         */
        @CanIgnoreReturnValue
        public Builder bookingHorizon(Duration horizon) {
            Objects.requireNonNull(horizon, "horizon");
            if (horizon.isNegative() || horizon.isZero()) {
                throw new IllegalArgumentException("Booking horizon must be positive, but was " + horizon);
            }
            this.bookingHorizon = horizon;
            return this;
        }

        /**
         * Sets the items no visitor may bring, replacing earlier ones.
         *
         * @param items the items, not null
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder prohibitedItems(Collection<VisitorItem> items) {
            Objects.requireNonNull(items, "items");
            prohibitedItems.clear();
            items.forEach(i -> prohibitedItems.add(Objects.requireNonNull(i, "items contains null")));
            return this;
        }

        /**
         * Takes the prohibited items and the arrival rules from a mission's visit rules.
         *
         * @param rules the visit rules, not null
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder visitRules(VisitRules rules) {
            Objects.requireNonNull(rules, "rules");
            prohibitedItems(rules.prohibitedItems());
            this.arriveEarly = rules.arriveEarly();
            this.lateCancellation = rules.lateCancellation();
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy, not null
         */
        public AppointmentPolicy build() {
            return new AppointmentPolicy(this);
        }
    }
}
