package org.consularkit.directory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The assignment of a provincial-level division to the post that serves it (its consular district)
 * for a period, with the provenance of the assignment.
 *
 * <p>The period is half-open: {@code [from, until)}; an empty {@code from} reaches back
 * indefinitely, an empty {@code until} means the assignment is current.
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param province the division, not null
 * @param postId the identifier of the serving post, not blank
 * @param from the first day of the assignment, or empty
 * @param until the first day the assignment no longer holds, or empty if it is current
 * @param provenance the sources of the assignment, not null
 *
 * @since 0.1
 */
public record DistrictAssignment(Province province, String postId, Optional<LocalDate> from,
        Optional<LocalDate> until, Provenance provenance) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the post id is blank or {@code until} is not after
     *     {@code from}
     */
    public DistrictAssignment {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(provenance, "provenance");
        if (postId.isBlank()) {
            throw new IllegalArgumentException("Post id of the assignment of " + province.isoCode() + " is blank");
        }
        if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
            throw new IllegalArgumentException("Assignment of " + province.isoCode() + " to " + postId
                    + ": until " + until.get() + " must be after from " + from.get());
        }
    }

    /**
     * Tells whether the assignment is current (has no end).
     *
     * @return true if current
     */
    public boolean isCurrent() {
        return until.isEmpty();
    }

    /**
     * Tells whether the assignment holds on a date.
     *
     * @param date the date, not null
     * @return true if the date is within {@code [from, until)}
     */
    public boolean holdsOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return from.map(f -> !date.isBefore(f)).orElse(true) && until.map(date::isBefore).orElse(true);
    }

    /**
     * Tells whether the assignment is flagged uncertain (see {@link Provenance#uncertain()}).
     *
     * @return true if uncertain
     */
    public boolean uncertain() {
        return provenance.uncertain();
    }
}
