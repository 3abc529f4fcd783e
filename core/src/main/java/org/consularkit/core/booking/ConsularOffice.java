package org.consularkit.core.booking;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.hours.OpeningHours;
import org.consularkit.core.hours.OpeningSchedule;
import org.jspecify.annotations.Nullable;

/**
 * What the booking rules need to know about the American Citizen Services (ACS) unit of a post:
 * its id, name, time zone, office hours, appointment policy, closure calendar, the services it
 * offers (with the catalogue that says how each is obtained) and its status.
 *
 * <p>The office hours and the appointment and walk-in windows are {@link OpeningSchedule}s in the
 * office's zone, closed on the public holidays of the closure calendar when they say {@code PH
 * off}; {@link #officeHours()}, {@link #appointmentHours()} and {@link #walkInHours()} apply them.
 * On an early closing without a time, the appointment and walk-in hours end at the middle of the
 * office's workday ({@link OpeningHours#withWorkday}).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConsularOffice {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String id;
    private final LocalizedText name;
    private final ZoneId zone;
    private final HolidayCalendar closures;
    private final OpeningHours officeHours;
    private final OpeningHours appointmentHours;
    private final @Nullable OpeningHours walkInHours;
    private final AppointmentPolicy policy;
    private final ServiceCatalogue catalogue;
    private final Set<ConsularService> services;
    private final OfficeStatus status;

    private ConsularOffice(Builder b, OpeningSchedule hours, HolidayCalendar closures, AppointmentPolicy policy, ServiceCatalogue catalogue,
            Set<ConsularService> services) {
        this.id = b.id;
        this.name = b.name;
        this.zone = b.zone;
        this.closures = closures;
        this.officeHours = OpeningHours.of(hours, zone, closures);
        this.appointmentHours = OpeningHours.of(policy.appointmentWindow(), zone, closures).withWorkday(hours);
        this.walkInHours = policy.walkInWindow()
                .map(w -> OpeningHours.of(w, zone, closures).withWorkday(hours)).orElse(null);
        this.policy = policy;
        this.catalogue = catalogue;
        this.services = services;
        this.status = b.status;
    }

    /**
     * Starts building an office.
     *
     * @param id the identifier, lower-case words joined by {@code -}, e.g. {@code chengdu}
     * @param name the localized name, not null
     * @param zone the time zone of the office, not null
     * @return a new builder, not null
     * @throws IllegalArgumentException if the id is malformed
     */
    public static Builder builder(String id, LocalizedText name, ZoneId zone) {
        return new Builder(id, name, zone);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the identifier, e.g. {@code chengdu}.
     *
     * @return the identifier, not null
     */
    public String id() {
        return id;
    }

    /**
     * Returns the localized name.
     *
     * @return the name, not null
     */
    public LocalizedText displayName() {
        return name;
    }

    /**
     * Returns the name in a locale.
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String displayName(Locale locale) {
        return name.get(locale);
    }

    /**
     * Returns the time zone of the office; every moment is judged in it.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the calendar of the days the office closes.
     *
     * @return the calendar, not null
     */
    public HolidayCalendar closures() {
        return closures;
    }

    /**
     * Returns the office hours (e.g. Monday to Friday 08:00 to 17:00, closed on holidays).
     *
     * @return the opening hours, not null
     */
    public OpeningHours officeHours() {
        return officeHours;
    }

    /**
     * Returns the hours during which appointments take place.
     *
     * @return the opening hours, not null
     */
    public OpeningHours appointmentHours() {
        return appointmentHours;
    }

    /**
     * Returns the walk-in hours, if the office takes walk-ins.
     *
     * @return the opening hours, or empty
     */
    public Optional<OpeningHours> walkInHours() {
        return Optional.ofNullable(walkInHours);
    }

    /**
     * Returns the appointment policy.
     *
     * @return the policy, not null
     */
    public AppointmentPolicy policy() {
        return policy;
    }

    /**
     * Returns the catalogue that says how each service is obtained.
     *
     * @return the catalogue, not null
     */
    public ServiceCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Returns the services the office offers, in the order of {@link ConsularService}.
     *
     * @return an immutable set
     */
    public Set<ConsularService> services() {
        return services;
    }

    /**
     * Tells whether the office offers a service.
     *
     * @param service the service, not null
     * @return true if offered
     */
    public boolean offers(ConsularService service) {
        return services.contains(Objects.requireNonNull(service, "service"));
    }

    /**
     * Returns the status of the office.
     *
     * @return the status, not null
     */
    public OfficeStatus status() {
        return status;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof ConsularOffice o
                && id.equals(o.id)
                && name.equals(o.name)
                && zone.equals(o.zone)
                && closures.equals(o.closures)
                && officeHours.equals(o.officeHours)
                && policy.equals(o.policy)
                && catalogue.equals(o.catalogue)
                && services.equals(o.services)
                && status.equals(o.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, zone, closures, officeHours, policy, catalogue, services, status);
    }

    /**
     * Returns the id, zone, hours and status, e.g. {@code ConsularOffice[chengdu, Asia/Shanghai,
     * Mo-Fr 08:00-17:00; PH off, CLOSED since 2020-07-27]}.
     *
     * @return a readable description, not null
     */
    @Override
    public String toString() {
        return "ConsularOffice[" + id + ", " + zone + ", " + officeHours.schedule() + ", " + status + "]";
    }

    //-----------------------------------------------------------------------
    /**
     * Builds a {@link ConsularOffice}. The office hours, the closure calendar and the appointment
     * policy and the service catalogue are required (core holds no country data, so there is no
     * default catalogue; the directory module has the catalogue of US Mission China); the services
     * default to every service of the catalogue, the status to {@link OfficeStatus#open()}. Not
     * thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final String id;
        private final LocalizedText name;
        private final ZoneId zone;
        private @Nullable OpeningSchedule hours;
        private @Nullable HolidayCalendar closures;
        private @Nullable AppointmentPolicy policy;
        private @Nullable ServiceCatalogue catalogue;
        private @Nullable Set<ConsularService> services;
        private OfficeStatus status = OfficeStatus.open();

        private Builder(String id, LocalizedText name, ZoneId zone) {
            Objects.requireNonNull(id, "id");
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(
                        "Office id must be lower-case words joined by '-', but was '"
                                + DataFileException.shorten(id, DataFileException.MAX_EXCERPT) + "'");
            }
            this.id = id;
            this.name = Objects.requireNonNull(name, "name");
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        /**
         * Sets the office hours.
         *
         * @param schedule the schedule, e.g. {@code Mo-Fr 08:00-17:00; PH off}, not null
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder officeHours(OpeningSchedule schedule) {
            this.hours = Objects.requireNonNull(schedule, "schedule");
            return this;
        }

        /**
         * Sets the calendar of the days the office closes.
         *
         * @param calendar the calendar, not null
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder closures(HolidayCalendar calendar) {
            this.closures = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * Sets the appointment policy.
         *
         * @param policy the policy, not null
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder policy(AppointmentPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the catalogue that says how each service is obtained.
         *
         * @param catalogue the catalogue, not null
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder catalogue(ServiceCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * Sets the services the office offers.
         *
         * @param offered the services, each listed in the catalogue
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder services(Collection<ConsularService> offered) {
            Objects.requireNonNull(offered, "offered");
            Set<ConsularService> s = EnumSet.noneOf(ConsularService.class);
            offered.forEach(x -> s.add(Objects.requireNonNull(x, "offered contains null")));
            this.services = s;
            return this;
        }

        /**
         * Sets the status.
         *
         * @param status the status, not null
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder status(OfficeStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Builds the office.
         *
         * @return the office, not null
         * @throws IllegalStateException if the office hours, closure calendar, policy or catalogue is
         *     missing
         * @throws IllegalArgumentException if an offered service is not in the catalogue
         */
        public ConsularOffice build() {
            ServiceCatalogue catalogue = this.catalogue;
            if (hours == null || closures == null || policy == null || catalogue == null) {
                throw new IllegalStateException("Office " + id + " needs office hours, a closure calendar, an"
                        + " appointment policy and a service catalogue");
            }
            Set<ConsularService> s = EnumSet.noneOf(ConsularService.class);
            if (services == null) {
                catalogue.services().forEach(i -> s.add(i.service()));
            } else {
                for (ConsularService x : services) {
                    if (!catalogue.contains(x)) {
                        throw new IllegalArgumentException("Office " + id + " offers " + x
                                + ", which catalogue " + catalogue.id() + " does not list");
                    }
                    s.add(x);
                }
            }
            return new ConsularOffice(this, hours, closures, policy, catalogue, Collections.unmodifiableSet(s));
        }
    }
}
