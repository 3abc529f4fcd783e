package org.consularkit.core.booking;

import java.util.Locale;
import java.util.Objects;
import org.consularkit.core.LocalizedText;

/**
 * How a consular service is obtained: by appointment at the American Citizen Services (ACS)
 * window, as a walk-in, by phone, online, by referral to another authority, or as published
 * information only.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum AccessChannel {
    /** In person, with an appointment booked in advance. */
    APPOINTMENT(LocalizedText.of("By appointment", "预约办理")),
    /** In person, without an appointment, during the walk-in window. */
    WALK_IN(LocalizedText.of("Walk-in", "无需预约，直接前往")),
    /** By telephone (for emergencies, at any hour through the operator or duty officer). */
    PHONE(LocalizedText.of("By phone", "电话联系")),
    /** Online, on a website of the Department of State. */
    ONLINE(LocalizedText.of("Online", "网上办理")),
    /** Handled by another authority; the consulate only tells where to go. */
    REFERRAL(LocalizedText.of("Referral to another authority", "转介其他机构")),
    /** The consulate publishes information; there is nothing to book. */
    INFORMATION(LocalizedText.of("Information only", "仅提供信息"));

    private final LocalizedText label;

    AccessChannel(LocalizedText label) {
        this.label = label;
    }

    /**
     * Returns the localized label of this channel.
     *
     * @return the label, not null
     */
    public LocalizedText displayName() {
        return label;
    }

    /**
     * Returns the label in a locale (Chinese for language {@code zh}, English otherwise).
     *
     * @param locale the locale, not null
     * @return the label, not blank
     */
    public String displayName(Locale locale) {
        return label.get(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Tells whether this channel is a visit to the consulate ({@link #APPOINTMENT} or {@link
     * #WALK_IN}).
     *
     * @return true for an in-person channel
     */
    public boolean isInPerson() {
        return this == APPOINTMENT || this == WALK_IN;
    }
}
