package org.consularkit.directory;

import java.util.Locale;
import org.consularkit.core.LocalizedText;

/**
 * What a telephone contact of the directory is for.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ContactRole {
    /** A post's American Citizen Services unit, reached through the operator in office hours. */
    ACS(LocalizedText.of("American Citizen Services", "美国公民服务处")),
    /** A post's switchboard. */
    SWITCHBOARD(LocalizedText.of("Switchboard", "总机")),
    /** The line that reaches a post's Emergency After Hours Duty Officer. */
    AFTER_HOURS(LocalizedText.of("Emergency After Hours Duty Officer", "下班后紧急值班官员")),
    /**
     * The Mission-wide emergency line, which reaches the post for the caller's consular district and
     * answers 24 hours a day.
     */
    MISSION_EMERGENCY(LocalizedText.of("U.S. Mission China emergency line (24 hours)", "美国驻华使团紧急电话(24小时)")),
    /** The State Department's Overseas Citizens Services, number for callers in the U.S. and Canada. */
    OCS_FROM_US(LocalizedText.of("State Department Overseas Citizens Services (from the U.S. and Canada)",
            "美国国务院海外公民服务处(在美国和加拿大拨打)")),
    /** The State Department's Overseas Citizens Services, number for callers outside the U.S. */
    OCS_FROM_ABROAD(LocalizedText.of("State Department Overseas Citizens Services (from abroad)",
            "美国国务院海外公民服务处(在海外拨打)")),
    /** China's police emergency number. */
    POLICE(LocalizedText.of("Police", "报警电话")),
    /** China's fire emergency number. */
    FIRE(LocalizedText.of("Fire service", "火警电话")),
    /** China's medical emergency (ambulance) number. */
    AMBULANCE(LocalizedText.of("Ambulance (medical emergency)", "急救电话")),
    /** China's traffic police number, for traffic accidents. */
    TRAFFIC_POLICE(LocalizedText.of("Traffic police (traffic accidents)", "交通事故报警电话"));

    private final LocalizedText name;

    ContactRole(LocalizedText name) {
        this.name = name;
    }

    /**
     * Returns the English and Chinese names of the role.
     *
     * @return the names, not null
     */
    public LocalizedText displayName() {
        return name;
    }

    /**
     * Returns the name of the role in a locale (Chinese for language {@code zh}, English otherwise).
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String displayName(Locale locale) {
        return name.get(locale);
    }
}
