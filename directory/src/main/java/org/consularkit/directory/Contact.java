package org.consularkit.directory;

import java.util.Locale;
import java.util.Objects;

/**
 * A telephone contact of the directory: its role, the number, the number as the source published
 * it, and its provenance.
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param role what the number is for, not null
 * @param number the number, not null
 * @param published the number exactly as the source writes it, e.g. {@code "(028) 8558-3992"}, not
 *     blank
 * @param provenance the sources of the number, not null
 *
 * @since 0.1
 */
public record Contact(ContactRole role, PhoneNumber number, String published, Provenance provenance) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if {@code published} is blank
     */
    public Contact {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(provenance, "provenance");
        if (published.isBlank()) {
            throw new IllegalArgumentException("The published form of " + number + " must not be blank");
        }
    }

    /**
     * Returns the name of the contact's role in a locale.
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String displayName(Locale locale) {
        return role.displayName(locale);
    }
}
