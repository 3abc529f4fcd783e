package org.consularkit.directory;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A diplomatic or consular post of the directory: the U.S. Embassy Beijing or a Consulate General,
 * with its status, address, time zone, contacts, American Citizen Services (ACS) hours, the
 * holiday calendars it closes for, and its consular district.
 *
 * <p>Every fact carries its {@linkplain Provenance provenance}; a fact that no source gives is
 * absent ({@code Optional.empty()}), never guessed. Posts are obtained from a {@link Directory}.
 *
 * <p>Hours are texts in the OpenStreetMap {@code opening_hours} subset of the engine ({@code
 * "Mo-Fr 08:00-17:00; PH off"}), in the post's {@linkplain #zone() zone}. {@linkplain
 * #officeHours() Office hours} are the hours in which the post's ACS unit answers its telephone
 * through the operator; {@linkplain #appointmentHours() appointment hours} are those in which it
 * receives visitors.
 *
 * <p>Two posts are equal when all their fields are equal.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Post {

    private final String id;
    private final LocalizedText name;
    private final PostKind kind;
    private final ZoneId zone;
    private final Provenance identity;
    private final Sourced<OperatingStatus> status;
    private final @Nullable Sourced<String> address;
    private final List<Contact> contacts;
    private final @Nullable Sourced<String> acsEmail;
    private final @Nullable Sourced<String> officeHours;
    private final @Nullable Sourced<String> appointmentHours;
    private final @Nullable Sourced<String> passportPickupHours;
    private final @Nullable Sourced<Boolean> walkIn;
    private final Sourced<List<String>> closureCalendars;
    private final List<Province> district;

    Post(String id, LocalizedText name, PostKind kind, ZoneId zone, Provenance identity,
            Sourced<OperatingStatus> status, @Nullable Sourced<String> address, List<Contact> contacts,
            @Nullable Sourced<String> acsEmail, @Nullable Sourced<String> officeHours,
            @Nullable Sourced<String> appointmentHours, @Nullable Sourced<String> passportPickupHours,
            @Nullable Sourced<Boolean> walkIn, Sourced<List<String>> closureCalendars, List<Province> district) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.status = Objects.requireNonNull(status, "status");
        this.address = address;
        this.contacts = List.copyOf(contacts);
        this.acsEmail = acsEmail;
        this.officeHours = officeHours;
        this.appointmentHours = appointmentHours;
        this.passportPickupHours = passportPickupHours;
        this.walkIn = walkIn;
        this.closureCalendars = new Sourced<>(List.copyOf(closureCalendars.value()), closureCalendars.provenance());
        this.district = List.copyOf(district);
    }

    /** Returns a copy of this post serving other divisions. */
    Post withDistrict(List<Province> provinces) {
        return new Post(id, name, kind, zone, identity, status, address, contacts, acsEmail, officeHours,
                appointmentHours, passportPickupHours, walkIn, closureCalendars, provinces);
    }

    /**
     * Returns the identifier of the post, e.g. {@code "chengdu"}.
     *
     * @return the identifier, not blank
     */
    public String id() {
        return id;
    }

    /**
     * Returns the English and Chinese names, e.g. "U.S. Consulate General Chengdu" / "美国驻成都总领事馆".
     *
     * @return the names, not null
     */
    public LocalizedText name() {
        return name;
    }

    /**
     * Returns the name in a locale (Chinese for language {@code zh}, English otherwise).
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String name(Locale locale) {
        return name.get(locale);
    }

    /**
     * Returns the kind of post.
     *
     * @return the kind, not null
     */
    public PostKind kind() {
        return kind;
    }

    /**
     * Returns the time zone of the post, in which its hours are given ({@code Asia/Shanghai} for
     * Mission China).
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the provenance of the post's name, kind and zone.
     *
     * @return the provenance, not null
     */
    public Provenance identity() {
        return identity;
    }

    /**
     * Returns the status of the post (open, limited, suspended, closed), the date since which it
     * holds, and its sources.
     *
     * @return the status, not null
     */
    public Sourced<OperatingStatus> status() {
        return status;
    }

    /**
     * Tells whether the post operates: its status is {@link PostStatus#OPEN} or {@link
     * PostStatus#LIMITED}.
     *
     * @return true if the post operates
     */
    public boolean isOperating() {
        return status.value().status().isOperating();
    }

    /**
     * Returns the address of the post's ACS unit (or of the post), in English.
     *
     * @return the address, or empty if no source gives it
     */
    public Optional<Sourced<String>> address() {
        return Optional.ofNullable(address);
    }

    /**
     * Returns every telephone contact of the post, in the order of the data.
     *
     * @return an immutable list, possibly empty
     */
    public List<Contact> contacts() {
        return contacts;
    }

    /**
     * Returns the telephone contacts of the post with a role, in the order of the data.
     *
     * @param role the role, not null
     * @return an immutable list, possibly empty
     */
    public List<Contact> contacts(ContactRole role) {
        Objects.requireNonNull(role, "role");
        return contacts.stream().filter(c -> c.role() == role).toList();
    }

    /**
     * Returns the e-mail address of the post's ACS unit.
     *
     * @return the address, or empty if no source gives it
     */
    public Optional<Sourced<String>> acsEmail() {
        return Optional.ofNullable(acsEmail);
    }

    /**
     * Returns the office hours in which the ACS unit answers the telephone through the operator,
     * e.g. {@code "Mo-Fr 08:00-17:00; PH off"}.
     *
     * @return the hours, or empty if no source gives them
     */
    public Optional<Sourced<String>> officeHours() {
        return Optional.ofNullable(officeHours);
    }

    /**
     * Returns the hours in which the ACS unit receives visitors by appointment, e.g. {@code
     * "Mo,Tu,Th 13:00-16:00"}.
     *
     * @return the hours, or empty if no source gives them
     */
    public Optional<Sourced<String>> appointmentHours() {
        return Optional.ofNullable(appointmentHours);
    }

    /**
     * Returns the hours in which passports are handed out, where a source gives them.
     *
     * @return the hours, or empty if no source gives them
     */
    public Optional<Sourced<String>> passportPickupHours() {
        return Optional.ofNullable(passportPickupHours);
    }

    /**
     * Tells whether the ACS unit receives walk-in visitors, where a source says so.
     *
     * @return true or false with its provenance, or empty if no source says
     */
    public Optional<Sourced<Boolean>> walkIn() {
        return Optional.ofNullable(walkIn);
    }

    /**
     * Returns the identifiers of the holiday calendars the post closes for, e.g. {@code
     * ["us-federal", "cn"]}. The post's own closure calendar ({@code post:<id>}) is built from them
     * elsewhere.
     *
     * @return the calendar identifiers with their provenance, not null
     */
    public Sourced<List<String>> closureCalendars() {
        return closureCalendars;
    }

    /**
     * Returns the provincial-level divisions the post currently serves (its consular district),
     * in ISO code order; empty for a post that is closed.
     *
     * @return an immutable list, possibly empty
     * @see Directory#district(String)
     */
    public List<Province> district() {
        return district;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Post o
                && id.equals(o.id) && name.equals(o.name) && kind == o.kind && zone.equals(o.zone)
                && identity.equals(o.identity) && status.equals(o.status) && Objects.equals(address, o.address)
                && contacts.equals(o.contacts) && Objects.equals(acsEmail, o.acsEmail)
                && Objects.equals(officeHours, o.officeHours) && Objects.equals(appointmentHours, o.appointmentHours)
                && Objects.equals(passportPickupHours, o.passportPickupHours) && Objects.equals(walkIn, o.walkIn)
                && closureCalendars.equals(o.closureCalendars) && district.equals(o.district);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, kind, zone, identity, status, address, contacts, acsEmail, officeHours,
                appointmentHours, passportPickupHours, walkIn, closureCalendars, district);
    }

    /**
     * Returns a short description: {@code Post[chengdu, U.S. Consulate General Chengdu, CLOSED since
     * 2020-07-27]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Post[" + id + ", " + name.english() + ", " + status.value() + "]";
    }
}
