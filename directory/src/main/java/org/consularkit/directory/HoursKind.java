package org.consularkit.directory;

import java.util.Locale;
import java.util.Objects;
import org.consularkit.core.LocalizedText;

/**
 * The kinds of hours a post publishes, each an {@link org.consularkit.core.hours.OpeningSchedule}
 * in the post's zone with its provenance ({@link Post#hours(HoursKind)}).
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum HoursKind {
    /** Office hours: the ACS unit answers its telephone through the operator ({@link Post#officeHours()}). */
    OFFICE("office", LocalizedText.of("office hours", "办公时间")),
    /** Appointment hours: the ACS unit receives visitors by appointment ({@link Post#appointmentHours()}). */
    APPOINTMENTS("appointments", LocalizedText.of("appointment hours", "预约时间")),
    /**
     * Walk-in hours: the appointment hours, where a source says walk-ins are received then
     * ({@link Post#walkInSchedule()}).
     */
    WALK_IN("walk-in", LocalizedText.of("walk-in hours", "无预约来访时间")),
    /** Hours in which passports are handed out ({@link Post#passportPickupHours()}). */
    PASSPORT_PICKUP("passport-pickup", LocalizedText.of("passport pickup hours", "领取护照时间")),
    /**
     * Quiet Afternoons for ACS customers with special needs, booked by e-mail (U.S. Embassy
     * Beijing; {@link Post#quietAfternoons()}).
     */
    QUIET_AFTERNOONS("quiet-afternoons", LocalizedText.of("Quiet Afternoons (customers with special needs)",
            "安静下午(特殊需要人士)"));

    private final String id;
    private final LocalizedText name;

    HoursKind(String id, LocalizedText name) {
        this.id = id;
        this.name = name;
    }

    /**
     * Returns the identifier of the kind, as the command line writes it, e.g. {@code
     * "passport-pickup"}.
     *
     * @return the identifier, lower-case words joined by {@code -}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the name in English and Chinese, e.g. "appointment hours" / "预约时间".
     *
     * @return the name, not null
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
        return name.get(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the kind with an identifier.
     *
     * @param id the identifier, e.g. {@code "appointments"}, not null
     * @return the kind, not null
     * @throws IllegalArgumentException if no kind has that identifier (the message lists them)
     */
    public static HoursKind ofId(String id) {
        Objects.requireNonNull(id, "id");
        for (HoursKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        StringBuilder known = new StringBuilder();
        for (HoursKind k : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(k.id);
        }
        String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
        throw new IllegalArgumentException("Unknown kind of hours '" + shown + "'; the kinds are: " + known);
    }
}
