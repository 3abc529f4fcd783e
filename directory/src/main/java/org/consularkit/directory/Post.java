package org.consularkit.directory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.consularkit.calendar.Calendars;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.MissionChinaClosures;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.booking.AppointmentPolicy;
import org.consularkit.core.booking.BookingValidator;
import org.consularkit.core.booking.ConsularOffice;
import org.consularkit.core.booking.OfficeState;
import org.consularkit.core.booking.OfficeStatus;
import org.consularkit.core.booking.ServiceCatalogue;
import org.consularkit.core.booking.SlotFinder;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.hours.OpeningSchedule;
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
 * "Mo-Fr 08:00-17:00; PH off"}, see {@link OpeningSchedule}), in the post's {@linkplain #zone()
 * zone}, parsed by the engine ({@link #officeSchedule()}, {@link #appointmentSchedule()}).
 * {@linkplain #officeHours() Office hours} are the hours in which the post's ACS unit answers its
 * telephone through the operator; {@linkplain #appointmentHours() appointment hours} are those in
 * which it receives visitors. {@code PH off} closes them on the public holidays, rest days and
 * closures of the post's {@linkplain #closureCalendar() closure calendar}. {@link #hours(HoursKind)}
 * gives every kind of hours the same way, with its provenance: the sources, the date they were
 * seen and, where a source is old, third-party or the hours are derived, the uncertain flag and a
 * note that says so.
 *
 * <p>The built-in directory has, per post (the notes of {@code posts.json} say why each is or is
 * not certain):
 * <table class="striped">
 * <caption>Hours of the posts of the U.S. Mission in China</caption>
 * <thead><tr><th>post</th><th>office</th><th>appointments</th><th>other</th></tr></thead>
 * <tbody>
 * <tr><td>beijing</td><td>{@code Mo-Fr 08:00-17:00} (third-party)</td><td>the same, "by appointment"
 *     (third-party)</td><td>Quiet Afternoons {@code Fr[2,4] 12:00-17:00} (days official since
 *     2023-07-14, times derived)</td></tr>
 * <tr><td>chengdu</td><td>{@code Mo-Fr 08:00-17:00} (stale page of the closed post)</td><td>{@code
 *     Mo,Tu,Th 13:00-16:00}, walk-ins too (stale)</td><td></td></tr>
 * <tr><td>guangzhou</td><td>none found</td><td>none found</td><td></td></tr>
 * <tr><td>shanghai</td><td>{@code Mo-Fr 08:00-17:00}</td><td>within the office hours
 *     (derived)</td><td>passport pickup {@code Mo-Fr 10:30-12:00,14:30-16:30}</td></tr>
 * <tr><td>shenyang</td><td>none found</td><td>{@code Mo,Tu,Th,Fr 09:00-11:00} (as of Feb
 *     2020)</td><td></td></tr>
 * <tr><td>wuhan</td><td>{@code Mo-Fr 08:00-12:00,13:00-17:00} (Jul 2021, emergencies and limited
 *     services)</td><td>within those hours (derived)</td><td></td></tr>
 * </tbody>
 * </table>
 *
 * <h2>The post in the engine's terms</h2>
 * {@link #office()} assembles the post's {@link ConsularOffice} for the booking validator and the
 * slot finder: zone, office hours, appointment window, walk-in window, closure calendar, the
 * service catalogue {@link MissionChina#serviceCatalogue()} and the {@linkplain #status() status}.
 * It is present when the data gives the appointment hours (every built-in post but Guangzhou): no
 * hours are ever invented.
 *
 * <pre>{@code
 * ConsularOffice chengdu = Directory.builtIn().post("chengdu").office().orElseThrow();
 * ValidationReport report = BookingValidator.of(chengdu, clock).validate(booking);
 * // always reports POST_SUSPENDED (a warning): Chengdu has been closed since 2020-07-27
 * }</pre>
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
    private final Sourced<OfficeStatus> status;
    private final @Nullable Sourced<String> address;
    private final List<Contact> contacts;
    private final @Nullable Sourced<String> acsEmail;
    private final @Nullable Sourced<String> officeHours;
    private final @Nullable Sourced<String> appointmentHours;
    private final @Nullable Sourced<String> passportPickupHours;
    private final @Nullable Sourced<String> quietAfternoons;
    private final @Nullable Sourced<Boolean> walkIn;
    private final Sourced<List<String>> closureCalendars;
    private final List<Province> district;
    private final @Nullable OpeningSchedule officeSchedule;
    private final @Nullable OpeningSchedule appointmentSchedule;
    /** Every kind of hours the data gives, parsed. */
    private final Map<HoursKind, Sourced<OpeningSchedule>> hours;

    Post(String id, LocalizedText name, PostKind kind, ZoneId zone, Provenance identity,
            Sourced<OfficeStatus> status, @Nullable Sourced<String> address, List<Contact> contacts,
            @Nullable Sourced<String> acsEmail, @Nullable Sourced<String> officeHours,
            @Nullable Sourced<String> appointmentHours, @Nullable Sourced<String> passportPickupHours,
            @Nullable Sourced<String> quietAfternoons, @Nullable Sourced<Boolean> walkIn,
            Sourced<List<String>> closureCalendars, List<Province> district) {
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
        this.quietAfternoons = quietAfternoons;
        this.walkIn = walkIn;
        this.closureCalendars = new Sourced<>(List.copyOf(closureCalendars.value()), closureCalendars.provenance());
        this.district = List.copyOf(district);
        this.officeSchedule = officeHours == null ? null : OpeningSchedule.parse(officeHours.value());
        this.appointmentSchedule = appointmentHours == null ? null : OpeningSchedule.parse(appointmentHours.value());
        Map<HoursKind, Sourced<OpeningSchedule>> byKind = new EnumMap<>(HoursKind.class);
        if (officeHours != null && officeSchedule != null) {
            byKind.put(HoursKind.OFFICE, new Sourced<>(officeSchedule, officeHours.provenance()));
        }
        if (appointmentHours != null && appointmentSchedule != null) {
            byKind.put(HoursKind.APPOINTMENTS, new Sourced<>(appointmentSchedule, appointmentHours.provenance()));
            if (walkIn != null && walkIn.value()) {
                byKind.put(HoursKind.WALK_IN, new Sourced<>(appointmentSchedule, walkIn.provenance()));
            }
        }
        if (passportPickupHours != null) {
            byKind.put(HoursKind.PASSPORT_PICKUP, new Sourced<>(OpeningSchedule.parse(passportPickupHours.value()),
                    passportPickupHours.provenance()));
        }
        if (quietAfternoons != null) {
            byKind.put(HoursKind.QUIET_AFTERNOONS, new Sourced<>(OpeningSchedule.parse(quietAfternoons.value()),
                    quietAfternoons.provenance()));
        }
        this.hours = Collections.unmodifiableMap(byKind);
    }

    /** Returns a copy of this post serving other divisions. */
    Post withDistrict(List<Province> provinces) {
        return new Post(id, name, kind, zone, identity, status, address, contacts, acsEmail, officeHours,
                appointmentHours, passportPickupHours, quietAfternoons, walkIn, closureCalendars, provinces);
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
    public LocalizedText displayName() {
        return name;
    }

    /**
     * Returns the name in a locale (Chinese for language {@code zh}, English otherwise).
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String displayName(Locale locale) {
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
     * holds, why, and its provenance: the one status type of ConsularKit, which {@link #office()}
     * hands to the booking validator too. Chengdu: {@code CLOSED since 2020-07-27}, "closed by
     * order of the host government", citing Xinhua, Wikipedia and Diplopundit. The status's own
     * {@linkplain OfficeStatus#sources() sources} are those of the provenance.
     *
     * @return the status with its provenance, not null
     */
    public Sourced<OfficeStatus> status() {
        return status;
    }

    /**
     * Tells whether the post operates: its state is {@link OfficeState#OPEN} or {@link
     * OfficeState#LIMITED}.
     *
     * @return true if the post operates
     */
    public boolean isOperating() {
        return status.value().isOperating();
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
     * as the text of the data, e.g. {@code "Mo-Fr 08:00-17:00; PH off"} (see {@link
     * #officeSchedule()} for the parsed form).
     *
     * @return the hours, or empty if no source gives them
     */
    public Optional<Sourced<String>> officeHours() {
        return Optional.ofNullable(officeHours);
    }

    /**
     * Returns the {@linkplain #officeHours() office hours} parsed by the engine.
     *
     * @return the schedule, or empty if no source gives the office hours
     */
    public Optional<OpeningSchedule> officeSchedule() {
        return Optional.ofNullable(officeSchedule);
    }

    /**
     * Returns the hours in which the ACS unit receives visitors by appointment, as the text of the
     * data, e.g. {@code "Mo,Tu,Th 13:00-16:00; PH off"} (see {@link #appointmentSchedule()} for the
     * parsed form).
     *
     * @return the hours, or empty if no source gives them
     */
    public Optional<Sourced<String>> appointmentHours() {
        return Optional.ofNullable(appointmentHours);
    }

    /**
     * Returns the {@linkplain #appointmentHours() appointment hours} parsed by the engine: the
     * appointment window of {@link #office()}.
     *
     * @return the schedule, or empty if no source gives the appointment hours
     */
    public Optional<OpeningSchedule> appointmentSchedule() {
        return Optional.ofNullable(appointmentSchedule);
    }

    /**
     * Returns the hours in which walk-in visitors are received: the {@linkplain
     * #appointmentSchedule() appointment hours} when a source says the unit takes walk-ins
     * ({@link #walkIn()} is true; the Chengdu ACS page: "open for regular and walk-in appointments Monday,
     * Tuesday and Thursday from 13:00 – 16:00").
     *
     * @return the schedule, or empty when walk-ins are not taken, when no source says whether they
     *     are (routine ACS is by appointment only Mission-wide), or when the appointment hours are
     *     not known
     */
    public Optional<OpeningSchedule> walkInSchedule() {
        return walkIn != null && walkIn.value() ? Optional.ofNullable(appointmentSchedule) : Optional.empty();
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
     * Returns the Quiet Afternoons, where a source gives them: hours reserved for ACS customers with
     * special needs, booked by e-mail (U.S. Embassy Beijing: the afternoons of the second and fourth
     * Friday of each month, {@code Fr[2,4] 12:00-17:00; PH off}, whose times are derived).
     *
     * @return the hours, or empty if no source gives them
     * @since 0.1
     */
    public Optional<Sourced<String>> quietAfternoons() {
        return Optional.ofNullable(quietAfternoons);
    }

    /**
     * Returns hours of a kind, parsed by the engine, with their provenance: the office,
     * appointment, passport pickup hours or Quiet Afternoons as the data gives them; the walk-in
     * hours are the {@linkplain #walkInSchedule() appointment hours where walk-ins are received},
     * with the provenance of {@link #walkIn()}.
     *
     * @param kind the kind of hours, not null
     * @return the schedule with its provenance, or empty if no source gives those hours
     * @since 0.1
     */
    public Optional<Sourced<OpeningSchedule>> hours(HoursKind kind) {
        return Optional.ofNullable(hours.get(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * Returns the kinds of hours the post has, in the order of {@link HoursKind}.
     *
     * @return an immutable list, empty when no source gives any hours of the post
     * @since 0.1
     */
    public List<HoursKind> publishedHours() {
        return List.copyOf(hours.keySet());
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
     * ["us-federal", "cn"]}: ids of {@link Calendars#byId(String)}. The calendar the post's hours
     * follow is {@link #closureCalendar()}.
     *
     * @return the calendar identifiers with their provenance, not null
     */
    public Sourced<List<String>> closureCalendars() {
        return closureCalendars;
    }

    /**
     * Returns the calendar of the days the post closes, which its hours ({@code PH off}), its
     * {@linkplain #office() office} and emergency routing follow:
     * <ul>
     *   <li>for a post of the US Mission in China that closes for {@code us-federal} and {@code
     *       cn} (the six posts of the built-in directory), its Mission China closure calendar
     *       {@code Calendars.byId("post:" + id())} ({@link MissionChinaClosures}: US federal
     *       holidays as observed plus the Chinese festival days moved off weekends; China's
     *       make-up weekend days stay closed, its bridged weekdays stay open);</li>
     *   <li>otherwise the one calendar of {@link #closureCalendars()}, or the union of its
     *       calendars (id {@code post:<id>}; closed when any of them is).</li>
     * </ul>
     *
     * @return the calendar, not null
     */
    public HolidayCalendar closureCalendar() {
        String own = MissionChinaClosures.ID_PREFIX + id;
        List<String> ids = closureCalendars.value();
        if (Calendars.ids().contains(own) && ids.size() == 2
                && Set.copyOf(ids).equals(Set.of(UsFederalHolidays.ID, ChinaHolidays.ID))) {
            return Calendars.byId(own);
        }
        if (ids.size() == 1) {
            return Calendars.byId(ids.get(0));
        }
        List<HolidayCalendar> members = new ArrayList<>();
        ids.forEach(c -> members.add(Calendars.byId(c)));
        return HolidayCalendar.union(own, LocalizedText.of("Closures of " + name.english() + " (" + String.join(" + ", ids)
                + ")", name.chinese() + "闭馆日(" + String.join(" + ", ids) + ")"), members);
    }

    /**
     * Returns the post's American Citizen Services unit as the engine's {@link ConsularOffice}, for
     * the {@link org.consularkit.core.booking.BookingValidator} and the {@link org.consularkit.core.booking.SlotFinder}:
     * <ul>
     *   <li>id, name and zone of the post;</li>
     *   <li>office hours {@link #officeSchedule()}, or, for a post that publishes appointment hours
     *       but no office hours (Shenyang), its appointment hours: the only hours in which it is known
     *       to be open (the engine uses them as the workday that an early closing without a time
     *       halves); {@link #officeSchedule()} stays empty;</li>
     *   <li>appointment policy: window {@link #appointmentSchedule()}, walk-in window {@link
     *       #walkInSchedule()} (none when empty), the Mission-wide visit rules of the catalogue
     *       (prohibited items, arrival rules) and the engine's documented defaults for what no
     *       source gives (slot length, capacity, notice, horizon; see {@link AppointmentPolicy});</li>
     *   <li>closure calendar {@link #closureCalendar()};</li>
     *   <li>catalogue {@link MissionChina#serviceCatalogue()}, offering every service of it;</li>
     *   <li>status: the value of {@link #status()}.</li>
     * </ul>
     * Built on every call, cheaply: the built-in closure calendars and the catalogue are shared, so
     * two calls return equal offices (a union of {@code closesFor} calendars is a new calendar each
     * time, and calendars compare by identity).
     *
     * @return the office, or empty when no source gives the post's appointment hours (in the
     *     built-in directory, Guangzhou); hours are never invented
     */
    public Optional<ConsularOffice> office() {
        OpeningSchedule appointments = appointmentSchedule;
        if (appointments == null) {
            return Optional.empty();
        }
        ServiceCatalogue catalogue = MissionChina.serviceCatalogue();
        AppointmentPolicy.Builder policy = AppointmentPolicy.builder(appointments).visitRules(catalogue.rules());
        walkInSchedule().ifPresent(policy::walkInWindow);
        return Optional.of(ConsularOffice.builder(id, name, zone)
                .officeHours(officeSchedule != null ? officeSchedule : appointments)
                .closures(closureCalendar())
                .policy(policy.build())
                .catalogue(catalogue)
                .status(status.value())
                .build());
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
                && Objects.equals(passportPickupHours, o.passportPickupHours)
                && Objects.equals(quietAfternoons, o.quietAfternoons) && Objects.equals(walkIn, o.walkIn)
                && closureCalendars.equals(o.closureCalendars) && district.equals(o.district);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, kind, zone, identity, status, address, contacts, acsEmail, officeHours,
                appointmentHours, passportPickupHours, quietAfternoons, walkIn, closureCalendars, district);
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
