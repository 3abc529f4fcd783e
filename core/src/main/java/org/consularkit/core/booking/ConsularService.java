package org.consularkit.core.booking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;

/**
 * A service of an American Citizen Services (ACS) unit, with the stable code used in booking files
 * and on the command line ({@link #name()}, e.g. {@code NOTARIAL}).
 *
 * <p>The services are those of the ACS page of the US Consulate General in Chengdu (the page this
 * library started from). How each is obtained, where to go instead and the sources are data: see {@link
 * ServiceCatalogue}. STEP enrolment and its cancellation are one online service, {@link
 * #STEP_ENROLLMENT}: both are done on the same State Department website and neither involves the
 * consulate.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ConsularService {
    /** Passport services: apply, renew, replace a lost or stolen passport. */
    PASSPORT(LocalizedText.of("Passport services", "护照服务")),
    /** Consular Report of Birth Abroad of a child of a US citizen parent. */
    CRBA(LocalizedText.of("Consular Report of Birth Abroad", "海外出生公民报告")),
    /** Notary public services (acknowledgements, affidavits, true copies, authentications). */
    NOTARIAL(LocalizedText.of("Notarial services", "公证服务")),
    /**
     * Emergency assistance to a US citizen in distress: destitute, arrested, separated from minor
     * children, or sick.
     */
    EMERGENCY_ASSISTANCE(LocalizedText.of("Emergency assistance", "紧急援助")),
    /** Smart Traveler Enrollment Program: enrolment and cancellation of an enrolment. */
    STEP_ENROLLMENT(LocalizedText.of("Smart Traveler Enrollment Program (STEP)", "海外旅行登记计划（STEP）")),
    /** Criminal record checks (the consulate does not issue them). */
    CRIMINAL_RECORD(LocalizedText.of("Criminal record check", "无犯罪记录证明")),
    /** Authentication of academic degrees for use in China. */
    DIPLOMA_AUTHENTICATION(LocalizedText.of("Diploma authentication", "学历认证")),
    /** Marriage in China, registered by the Chinese civil affairs bureau. */
    MARRIAGE(LocalizedText.of("Marriage in China", "在华结婚")),
    /** Legal assistance: the list of lawyers of the consular district. */
    LEGAL_ASSISTANCE(LocalizedText.of("Legal assistance", "法律援助")),
    /** Medical information: general health, medical facilities, medical insurance. */
    MEDICAL_ASSISTANCE(LocalizedText.of("Medical assistance", "医疗援助")),
    /** Lost or stolen green cards, lapsed green cards, abandonment of permanent residence. */
    GREEN_CARD(LocalizedText.of("Green cards (lost, stolen, lapsed, abandonment)", "绿卡（遗失、被盗、过期、放弃永久居留）"));

    private final LocalizedText displayName;

    ConsularService(LocalizedText displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the stable code of this service, as used in booking files ({@link #name()}).
     *
     * @return the code, e.g. {@code "NOTARIAL"}
     */
    public String code() {
        return name();
    }

    /**
     * Returns the localized name of this service.
     *
     * @return the name, not null
     */
    public LocalizedText displayName() {
        return displayName;
    }

    /**
     * Returns the name of this service in a locale (Chinese for language {@code zh}, English
     * otherwise).
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String displayName(Locale locale) {
        return displayName.get(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the service with a code.
     *
     * @param code the code, e.g. {@code "PASSPORT"}, exactly as {@link #code()} gives it
     * @return the service, not null
     * @throws IllegalArgumentException if no service has that code (the message lists the codes and
     *     quotes a long code by its beginning and its length, in at most {@value
     *     DataFileException#MAX_EXCERPT} characters)
     */
    public static ConsularService ofCode(String code) {
        Objects.requireNonNull(code, "code");
        for (ConsularService s : values()) {
            if (s.name().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown service code '"
                + DataFileException.shorten(code, DataFileException.MAX_EXCERPT) + "'; known codes: "
                + Arrays.toString(values()));
    }
}
