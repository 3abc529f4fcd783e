package org.consularkit.directory.routing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.consularkit.core.LocalizedText;
import org.consularkit.directory.ContactRole;

/**
 * The situation of a U.S. citizen in distress, which decides whom to call first.
 *
 * <p>The first five are the emergencies the Chengdu ACS page names for the ACS unit ("destitute,
 * arrested, separated from minor children, or sick", and a death); for the other five the
 * {@linkplain #localServices() local emergency services} come first (the Chengdu ACS page: "If you are
 * injured or are the victim of a crime, please contact the police in your local area").
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Situation {
    /** A U.S. citizen has been arrested or detained. */
    ARREST(LocalizedText.of("arrest", "被捕")),
    /** A U.S. citizen is destitute (without money). */
    DESTITUTE(LocalizedText.of("destitute", "身无分文")),
    /** A U.S. citizen is separated from minor children, or a child is in danger. */
    CHILD(LocalizedText.of("child", "儿童")),
    /** A U.S. citizen is sick. */
    SICK(LocalizedText.of("sick", "患病")),
    /** A U.S. citizen has died. */
    DEATH(LocalizedText.of("death", "死亡")),
    /** A U.S. citizen is the victim of a crime: police (110) first. */
    CRIME(LocalizedText.of("crime", "犯罪"), ContactRole.POLICE),
    /** A U.S. citizen is injured: ambulance (120), then police (110). */
    INJURY(LocalizedText.of("injury", "受伤"), ContactRole.AMBULANCE, ContactRole.POLICE),
    /** A medical emergency: ambulance (120) first. */
    MEDICAL(LocalizedText.of("medical emergency", "医疗急救"), ContactRole.AMBULANCE),
    /** A fire: fire service (119) first. */
    FIRE(LocalizedText.of("fire", "火灾"), ContactRole.FIRE),
    /** A traffic accident: traffic police (122), then ambulance (120). */
    TRAFFIC(LocalizedText.of("traffic accident", "交通事故"), ContactRole.TRAFFIC_POLICE, ContactRole.AMBULANCE);

    private final LocalizedText name;
    @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable, and its elements are enum constants
    private final List<ContactRole> localServices;

    Situation(LocalizedText name, ContactRole... localServices) {
        this.name = name;
        this.localServices = List.of(localServices);
    }

    /**
     * Obtains a situation from its code, ignoring case: {@code arrest}, {@code destitute}, {@code
     * child}, {@code sick}, {@code death}, {@code crime}, {@code injury}, {@code medical}, {@code
     * fire}, {@code traffic}.
     *
     * @param code the code, not null
     * @return the situation, not null
     * @throws IllegalArgumentException if the code is none of these
     */
    public static Situation of(String code) {
        Objects.requireNonNull(code, "code");
        String c = code.strip().toUpperCase(Locale.ROOT);
        for (Situation s : values()) {
            if (s.name().equals(c)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown situation '" + code + "'; expected one of " + codes());
    }

    private static String codes() {
        StringBuilder b = new StringBuilder();
        for (Situation s : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(s.code());
        }
        return b.toString();
    }

    /**
     * Returns the code of the situation, the lower-case name, e.g. {@code "arrest"}.
     *
     * @return the code, not null
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns a short description in a locale (Chinese for language {@code zh}, English otherwise).
     *
     * @param locale the locale, not null
     * @return the description, not blank
     */
    public String displayName(Locale locale) {
        return name.get(locale);
    }

    /**
     * Returns the Chinese emergency services to call first, in order, e.g. {@link
     * ContactRole#AMBULANCE} then {@link ContactRole#POLICE} for an injury; empty when the ACS unit
     * comes first.
     *
     * @return an immutable list of roles, possibly empty
     */
    public List<ContactRole> localServices() {
        return localServices;
    }
}
