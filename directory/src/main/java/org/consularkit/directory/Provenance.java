package org.consularkit.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.Source;

/**
 * Where a fact of the directory comes from: its sources, the date it was last verified against
 * them, and whether it is uncertain (sources disagree, are third-party only, stale or unverified),
 * with a note that says why.
 *
 * <p>Citations follow facts.md: they start with {@code [OFF]} (official U.S. or PRC government
 * page), {@code [3P]} (third-party copy, mirror or news) or {@code [DER]} (derived by a stated
 * rule).
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param sources the sources, at least one, in order of weight
 * @param verifiedOn the date the fact was last checked against its sources, not null
 * @param uncertain true if the fact is uncertain; then a note is required
 * @param note an explanation (conflicts, staleness, what is not verified), or empty
 *
 * @since 0.1
 */
public record Provenance(List<Source> sources, LocalDate verifiedOn, boolean uncertain, Optional<String> note) {

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException if there is no source, the note is blank, or the fact is
     *     uncertain without a note
     */
    public Provenance {
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        Objects.requireNonNull(verifiedOn, "verifiedOn");
        Objects.requireNonNull(note, "note");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("A fact needs at least one source");
        }
        if (note.isPresent() && note.get().isBlank()) {
            throw new IllegalArgumentException("A provenance note must not be blank");
        }
        if (uncertain && note.isEmpty()) {
            throw new IllegalArgumentException("An uncertain fact needs a note saying why");
        }
    }

    /**
     * Tells whether the fact is verified: the opposite of {@link #uncertain()}.
     *
     * @return true if the fact is not flagged uncertain
     */
    public boolean verified() {
        return !uncertain;
    }
}
