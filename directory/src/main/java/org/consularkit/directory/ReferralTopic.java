package org.consularkit.directory;

import java.util.Locale;
import org.consularkit.core.LocalizedText;

/**
 * What a {@link Referral} is about: a matter the ACS unit refers to another authority or to an
 * online service.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ReferralTopic {
    /** Registering a marriage in China (the civil affairs bureau, 民政局). */
    MARRIAGE_REGISTRATION("MARRIAGE", LocalizedText.of("Marriage registration", "婚姻登记")),
    /** Finding a lawyer. */
    LEGAL_ASSISTANCE("LEGAL_ASSISTANCE", LocalizedText.of("Legal assistance", "法律援助")),
    /** Medical facilities and health information. */
    MEDICAL_ASSISTANCE("MEDICAL_ASSISTANCE", LocalizedText.of("Medical assistance", "医疗援助")),
    /** Enrolling in the Smart Traveler Enrollment Program (STEP). */
    STEP_ENROLLMENT("STEP_ENROLLMENT", LocalizedText.of("STEP enrolment", "登记“智能旅行者登记计划”(STEP)")),
    /** Cancelling a STEP enrolment when leaving. */
    STEP_CANCELLATION("STEP_ENROLLMENT", LocalizedText.of("STEP cancellation", "取消STEP登记")),
    /** Lost, stolen or lapsed green cards; abandoning permanent resident status. */
    GREEN_CARD("GREEN_CARD", LocalizedText.of("Green cards", "绿卡")),
    /** U.S. criminal record checks. */
    CRIMINAL_RECORD("CRIMINAL_RECORD", LocalizedText.of("Criminal record checks", "无犯罪记录证明")),
    /** Authenticating academic diplomas. */
    DIPLOMA_AUTHENTICATION("DIPLOMA_AUTHENTICATION", LocalizedText.of("Diploma authentication", "学历认证"));

    private final String serviceCode;
    private final LocalizedText name;

    ReferralTopic(String serviceCode, LocalizedText name) {
        this.serviceCode = serviceCode;
        this.name = name;
    }

    /**
     * Returns the code of the consular service this topic belongs to, as the booking files and the
     * {@code services} command use it, e.g. {@code "MARRIAGE"} or {@code "STEP_ENROLLMENT"}.
     *
     * @return the service code, not null
     */
    public String serviceCode() {
        return serviceCode;
    }

    /**
     * Returns the name of the topic in a locale (Chinese for language {@code zh}, English
     * otherwise).
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String displayName(Locale locale) {
        return name.get(locale);
    }
}
