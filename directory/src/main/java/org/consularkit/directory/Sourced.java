package org.consularkit.directory;

import java.util.Objects;

/**
 * A value of the directory together with its {@linkplain Provenance provenance}: e.g. an e-mail
 * address, a status, opening hours.
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe when the value is.
 *
 * @param <T> the type of the value
 * @param value the value, not null
 * @param provenance where the value comes from, not null
 *
 * @since 0.1
 */
public record Sourced<T>(T value, Provenance provenance) {

    /**
     * Validates the fields.
     */
    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * Tells whether the value is flagged uncertain (see {@link Provenance#uncertain()}).
     *
     * @return true if uncertain
     */
    public boolean uncertain() {
        return provenance.uncertain();
    }
}
