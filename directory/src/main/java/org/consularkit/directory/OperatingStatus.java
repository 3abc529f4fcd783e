package org.consularkit.directory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of a post and the date since which it holds, e.g. {@code CLOSED} since 2020-07-27.
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param status the status, not null
 * @param since the first day the status holds, or empty if no source gives it
 *
 * @since 0.1
 */
public record OperatingStatus(PostStatus status, Optional<LocalDate> since) {

    /**
     * Validates the fields.
     */
    public OperatingStatus {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
    }

    /**
     * Returns {@code STATUS since DATE}, or just the status when the date is unknown.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return since.map(d -> status + " since " + d).orElse(status.name());
    }
}
