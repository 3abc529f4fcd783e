package org.consularkit.calendar.lunar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A solar term in a particular year: the term and its moment in China Standard Time, as listed by
 * {@link SolarTerm#occurrences(int)}.
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param term the solar term, not null
 * @param moment its moment, not null; {@link SolarTerm} gives it with offset {@code +08:00}, to the
 *     minute
 * @since 0.1
 */
public record SolarTermOccurrence(SolarTerm term, OffsetDateTime moment) {

    /**
     * Creates an occurrence.
     *
     * @param term the solar term, not null
     * @param moment its moment, not null
     */
    public SolarTermOccurrence {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(moment, "moment");
    }

    /**
     * Returns the date of the moment at its own offset (China Standard Time for the occurrences
     * that {@link SolarTerm} gives).
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return moment.toLocalDate();
    }
}
