package org.consularkit.directory.routing;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.LocalizedText;
import org.consularkit.directory.PhoneNumber;

/**
 * One entry of a {@link CallPlan}: whom to call, the number exactly as the caller dials it from
 * where they are, and why.
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param name whom the call reaches, in English and Chinese, not null
 * @param phone the number called, not null
 * @param number what the caller dials, e.g. {@code "010 8531 4000"} in China or {@code "011 86 10
 *     8531 4000"} in the US, not blank
 * @param reason why this call, and why at this point of the list, not null
 * @param uncertain true if the number is flagged uncertain in the directory
 *
 * @since 0.1
 */
public record CallStep(LocalizedText name, PhoneNumber phone, String number, LocalizedText reason, boolean uncertain) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the number is blank
     */
    public CallStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(reason, "reason");
        if (number.isBlank()) {
            throw new IllegalArgumentException("The number to dial for " + phone + " must not be blank");
        }
    }

    /**
     * Returns the E.164 form of the number; empty for a short code such as 110.
     *
     * @return the E.164 form, or empty
     */
    public Optional<String> e164() {
        return phone.e164();
    }

    /**
     * Returns whom the call reaches, in a locale.
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String displayName(Locale locale) {
        return name.get(locale);
    }

    /**
     * Returns why this call, in a locale.
     *
     * @param locale the locale, not null
     * @return the reason, not blank
     */
    public String reason(Locale locale) {
        return reason.get(locale);
    }
}
