package org.consularkit.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.calendar.MissionChinaClosures;
import org.consularkit.core.DataFileException;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.hours.OpeningSchedule;
import org.consularkit.core.internal.json.JacksonVersion;

/**
 * A directory of consular posts: the posts with their contacts and hours, the consular districts,
 * Mission-wide contacts (emergency line, State Department, China's emergency numbers), the
 * appointment rules and the referrals.
 *
 * <p>{@link #builtIn()} is the U.S. Mission in China as of {@link #verifiedOn()} (Embassy Beijing,
 * the Consulates General in Chengdu — closed since 2020-07-27 —, Guangzhou, Shanghai, Shenyang and
 * Wuhan), read from the resource {@code org/consularkit/directory/posts.json}. Its posts are
 * exactly those of {@link org.consularkit.calendar.MissionChinaClosures#postIds()}, the one
 * definition of the Mission's post ids (a built-in file with other posts fails to load with a
 * {@link DataFileException}). The Mission's service catalogue is {@link
 * MissionChina#serviceCatalogue()}. {@link #load(Path)} reads a user's directory file in the same
 * format.
 *
 * <pre>{@code
 * Directory mission = Directory.builtIn();
 * DistrictAssignment sc = mission.district("CN-SC");   // Sichuan: beijing, uncertain
 * Post post = mission.post(sc.postId());
 * Contact acs = post.contacts(ContactRole.ACS).get(0);
 * acs.number().dialFrom(CallerLocation.US);              // Optional[011 86 10 8531 4000]
 * }</pre>
 *
 * <h2>District queries</h2>
 * {@link #district(String)} accepts an ISO 3166-2:CN code in any case ({@code "CN-SC"}, {@code
 * "cn-sc"}); see {@link Province#of(String)} for the errors (unknown codes, pre-2017 numeric codes,
 * Hong Kong, Macao and Taiwan).
 *
 * <h2>File format {@code consularkit.directory/1}</h2>
 * One UTF-8 JSON object of at most {@value #MAX_BYTES} bytes; unknown fields, duplicate keys and
 * trailing content are errors. It starts with the header every data file of ConsularKit has:
 * {@code format}, {@code version} and named {@code sources}. The documented older names are still
 * read: the format id {@code consularkit-directory/1} and {@code verifiedOn} for {@code version}
 * (one of {@code version} and {@code verifiedOn}, not both).
 * <pre>{@code
 * {
 *   "format": "consularkit.directory/1",        // or "consularkit-directory/1"
 *   "version": "2026-11-27",                    // or "verifiedOn": the default verified-on date of every fact
 *   "sources": {                                // citations, referred to by name
 *     "chengdu-acs": {"type": "PAGE", "citation": "Official page: Chengdu ACS", "url": "https://..."}
 *   },
 *   "posts": [{
 *     "id": "chengdu",                          // lower-case words joined by '-'
 *     "name": {"en": "U.S. Consulate General Chengdu", "zh": "美国驻成都总领事馆"},
 *     "kind": "CONSULATE_GENERAL",              // or EMBASSY
 *     "zone": "Asia/Shanghai",
 *     "identity": {"sources": ["chengdu-acs"]}, // provenance of name, kind and zone
 *     "status": {"value": "CLOSED", "since": "2020-07-27",                // since: optional
 *                "reason": {"en": "closed by order of the host government",   // optional
 *                           "zh": "应东道国政府要求关闭"}, "sources": ["xinhua"]},
 *     "address":  {"value": "...", "sources": [...]},                     // optional
 *     "contacts": [{"role": "ACS", "number": "(028) 8558-3992", "region": "CN", "sources": [...]}],
 *     "acsEmail": {"value": "...@state.gov", "sources": [...]},           // optional
 *     "officeHours": {"value": "Mo-Fr 08:00-17:00; PH off", "sources": [...]},   // optional
 *     "appointmentHours": {"value": "Mo,Tu,Th 13:00-16:00; PH off", ...},       // optional
 *     "passportPickupHours": {...},                                             // optional
 *     "walkIn": {"value": true, ...},          // optional: walk-ins in the appointment hours
 *     "closesFor": {"value": ["us-federal", "cn"], "sources": [...]}
 *   }],
 *   "districts": [{"province": "CN-SC", "post": "chengdu", "until": "2020-07-27", "sources": [...]}],
 *   "contacts": [{"role": "MISSION_EMERGENCY", "number": "+86 10 8531 4000", "sources": [...]}],
 *   "appointmentRules": {"byAppointmentOnly": {"value": true, "sources": [...]}, ...},
 *   "referrals": [{"topic": "CRIMINAL_RECORD", "authority": {"en": "...", "zh": "..."},
 *                  "guidance": "...", "url": "https://...", "sources": [...]}]
 * }
 * }</pre>
 * Every fact is an object with its {@code value} and its provenance: {@code sources} (keys of
 * {@code sources}, at least one), optional {@code verifiedOn} (defaults to the file's), {@code
 * uncertain} (default false) and {@code note} (required when uncertain). Rules checked on load:
 * <ul>
 *   <li>{@code kind}, {@code status.value}, contact {@code role}, referral {@code topic} and source
 *       {@code type} are names of {@link PostKind}, {@link org.consularkit.core.booking.OfficeState}
 *       ({@code OPEN}, {@code LIMITED}, {@code SUSPENDED}, {@code CLOSED}), {@link ContactRole},
 *       {@link ReferralTopic} and {@link org.consularkit.core.SourceType}; source names are letters,
 *       digits and {@code _ . -};</li>
 *   <li>a contact's {@code number} is written as published and must be a valid number (or short
 *       code) of its {@code region}, {@code "CN"} (default) or {@code "US"};</li>
 *   <li>hours ({@code officeHours}, {@code appointmentHours}, {@code passportPickupHours}) are
 *       texts of the engine's {@link org.consularkit.core.hours.OpeningSchedule} (the OpenStreetMap
 *       {@code opening_hours} subset: {@code "Mo-Fr 08:00-17:00; PH off"}, {@code "Mo,Tu,Th
 *       13:00-16:00; PH off"}, {@code "Mo-Fr 08:00-12:00,13:00-17:00; PH off"}) in the post's
 *       zone; {@code PH off} closes them on the days off of the post's {@linkplain
 *       Post#closureCalendar() closure calendar}, and without it they ignore holidays (the
 *       built-in data writes it wherever a source says the post closes on holidays, and in its
 *       canonical form); a source of unknown hours is left out, never guessed;</li>
 *   <li>{@code walkIn} true means walk-in visitors are received in the appointment hours (the
 *       Chengdu ACS page: "open for regular and walk-in appointments");</li>
 *   <li>{@code closesFor} names built-in calendars of {@link
 *       org.consularkit.calendar.Calendars#ids()} ({@code us-federal}, {@code cn}, {@code
 *       post:<id>}, ...); see {@link Post#closureCalendar()} for the calendar the post follows;</li>
 *   <li>a status {@code reason} is a short English and Chinese phrase, the {@linkplain
 *       org.consularkit.core.booking.OfficeStatus#note() note} of the post's {@linkplain
 *       Post#status() status};</li>
 *   <li>URLs are absolute http(s), the scheme in any case ({@code HTTPS://} too, as RFC 3986
 *       allows); dates are {@code yyyy-MM-dd} with a four-digit year; e-mail addresses look like
 *       e-mail addresses;</li>
 *   <li>district assignments name a current upper-case ISO 3166-2:CN code of a mainland division
 *       and a post of the file; their periods {@code [from, until)} do not overlap for a division;
 *       an assignment without {@code until} (current) needs an operating post.</li>
 * </ul>
 * A file that breaks a rule is rejected as a whole with a {@link DataFileException} naming the
 * file, the line and column, the JSON path of the field, the rule and the value, e.g. {@code
 * my.json:12:15: $.posts[0].zone: expected a time zone id such as "Asia/Shanghai", but was
 * "Asia/Chengdu"}; nothing of it is kept. The JSON Schema of the format is the resource {@code
 * org/consularkit/directory/directory.schema.json}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Directory {

    /** The largest directory file {@link #load(Path)} and {@link #parse(InputStream, String)} accept: 4 MiB. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private final String file;
    private final LocalDate verifiedOn;
    private final Map<String, Source> sources;
    private final Map<String, Post> posts;
    private final List<DistrictAssignment> districts;
    private final List<Contact> contacts;
    private final AppointmentRules appointmentRules;
    private final List<Referral> referrals;

    Directory(String file, LocalDate verifiedOn, Map<String, Source> sources, List<Post> posts,
            List<DistrictAssignment> districts, List<Contact> contacts, AppointmentRules appointmentRules,
            List<Referral> referrals) {
        this.file = file;
        this.verifiedOn = verifiedOn;
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        Map<String, Post> byId = new LinkedHashMap<>();
        posts.forEach(p -> byId.put(p.id(), p));
        this.posts = Collections.unmodifiableMap(byId);
        this.districts = List.copyOf(districts);
        this.contacts = List.copyOf(contacts);
        this.appointmentRules = appointmentRules;
        this.referrals = List.copyOf(referrals);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the built-in directory of the U.S. Mission in China.
     *
     * @return the directory, not null
     */
    public static Directory builtIn() {
        JacksonVersion.require(); // before the class initializer that reads the data (see JacksonVersion)
        return BuiltIn.INSTANCE;
    }

    /**
     * Reads a directory file (see the class documentation for the format).
     *
     * @param file the file, UTF-8 JSON, not null
     * @return the directory, not null
     * @throws DataFileException if the file is malformed, larger than {@value #MAX_BYTES} bytes or
     *     breaks a rule of the format
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Directory load(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return DirectoryParser.parse(in, file.toString(), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read directory file " + file, e);
        }
    }

    /**
     * Reads a directory from a stream (see the class documentation for the format). The stream is
     * read up to the end of the document and not closed.
     *
     * @param in the JSON document, UTF-8, not null
     * @param fileName the name used in error messages, not null
     * @return the directory, not null
     * @throws DataFileException if the document is malformed, larger than {@value #MAX_BYTES}
     *     bytes or breaks a rule of the format
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Directory parse(InputStream in, String fileName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        return DirectoryParser.parse(in, fileName, Optional.empty());
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the date the directory's facts were last verified, unless a fact says otherwise: the
     * {@code version} of the file (or its older name {@code verifiedOn}).
     *
     * @return the date, not null
     */
    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    /**
     * Returns the sources cited by the directory, by key, in the order of the file.
     *
     * @return an immutable map, not empty
     */
    public Map<String, Source> sources() {
        return sources;
    }

    /**
     * Returns the posts, in the order of the file.
     *
     * @return an immutable list, not empty
     */
    public List<Post> posts() {
        return List.copyOf(posts.values());
    }

    /**
     * Returns the post with an identifier, if there is one.
     *
     * @param id the identifier, e.g. {@code "chengdu"}, not null
     * @return the post, or empty
     */
    public Optional<Post> findPost(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(posts.get(id));
    }

    /**
     * Returns the post with an identifier.
     *
     * @param id the identifier, e.g. {@code "chengdu"}, not null
     * @return the post, not null
     * @throws IllegalArgumentException if the directory has no such post (the message lists the
     *     known identifiers)
     */
    public Post post(String id) {
        Objects.requireNonNull(id, "id");
        Post p = posts.get(id);
        if (p == null) {
            throw new IllegalArgumentException("Unknown post '" + id + "'; known posts: "
                    + String.join(", ", posts.keySet()));
        }
        return p;
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the current assignment of a provincial-level division: the post that serves it, and
     * whether that is uncertain.
     *
     * @param isoCode the ISO 3166-2:CN code, in any case, e.g. {@code "CN-SC"} or {@code "cn-sc"}
     * @return the current assignment, not null
     * @throws IllegalArgumentException if the code is not that of one of the 31 mainland divisions
     *     (see {@link Province#of(String)}), or if no post of this directory serves the division
     */
    public DistrictAssignment district(String isoCode) {
        return district(Province.of(isoCode));
    }

    /**
     * Returns the current assignment of a provincial-level division.
     *
     * @param province the division, not null
     * @return the current assignment, not null
     * @throws IllegalArgumentException if no post of this directory serves the division
     */
    public DistrictAssignment district(Province province) {
        Objects.requireNonNull(province, "province");
        for (DistrictAssignment a : districts) {
            if (a.province() == province && a.isCurrent()) {
                return a;
            }
        }
        throw new IllegalArgumentException("No post of directory " + file + " serves " + province.isoCode()
                + " (" + province.displayName().english() + ")");
    }

    /**
     * Returns the assignment of a division on a date, if the directory knows one (e.g. Sichuan was
     * served by Chengdu until 2020-07-26).
     *
     * @param province the division, not null
     * @param date the date, not null
     * @return the assignment holding on that date, or empty
     */
    public Optional<DistrictAssignment> district(Province province, LocalDate date) {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(date, "date");
        return districts.stream().filter(a -> a.province() == province && a.holdsOn(date)).findFirst();
    }

    /**
     * Returns every district assignment, current and past, in the order of the file.
     *
     * @return an immutable list, possibly empty
     */
    public List<DistrictAssignment> districtAssignments() {
        return districts;
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the contacts that belong to no single post: the Mission-wide emergency line, the
     * State Department's Overseas Citizens Services, China's emergency numbers.
     *
     * @return an immutable list, possibly empty
     */
    public List<Contact> contacts() {
        return contacts;
    }

    /**
     * Returns the first contact of {@link #contacts()} with a role.
     *
     * @param role the role, not null
     * @return the contact, or empty
     */
    public Optional<Contact> contact(ContactRole role) {
        Objects.requireNonNull(role, "role");
        return contacts.stream().filter(c -> c.role() == role).findFirst();
    }

    /**
     * Returns the Mission-wide appointment rules.
     *
     * @return the rules, not null; each rule is empty when no source gives it
     */
    public AppointmentRules appointmentRules() {
        return appointmentRules;
    }

    /**
     * Returns every referral, in the order of the file.
     *
     * @return an immutable list, possibly empty
     */
    public List<Referral> referrals() {
        return referrals;
    }

    /**
     * Returns the referrals on a topic, in the order of the file.
     *
     * @param topic the topic, not null
     * @return an immutable list, possibly empty
     */
    public List<Referral> referrals(ReferralTopic topic) {
        Objects.requireNonNull(topic, "topic");
        List<Referral> out = new ArrayList<>();
        for (Referral r : referrals) {
            if (r.topic() == topic) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns {@code Directory[FILE, N posts, verified DATE]}.
     *
     * @return a short description, not null
     */
    @Override
    public String toString() {
        return "Directory[" + file + ", " + posts.size() + " posts, verified " + verifiedOn + "]";
    }

    /** Holds the built-in directory, read once on first use. */
    private static final class BuiltIn {
        static final String RESOURCE = "posts.json";
        static final Directory INSTANCE = read();

        private static Directory read() {
            try (InputStream in = Directory.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource org/consularkit/directory/" + RESOURCE);
                }
                return DirectoryParser.parse(in, "org/consularkit/directory/" + RESOURCE,
                        Optional.of(MissionChinaClosures.postIds()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
