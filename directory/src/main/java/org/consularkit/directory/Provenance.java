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
 * <p>A citation says in words what kind of document it is, for a reader of the answer: "Official
 * page: ..." (a page of the U.S. or PRC government, with "stale", "old" or "archived copy" when it
 * is), "Third-party page: ...", "Third-party copy of ..." or "News report: ...", and "Derived rule,
 * not published: ..." for a rule the data applies itself (its {@link Source#type()} is {@link
 * org.consularkit.core.SourceType#DERIVED_RULE}). The {@linkplain #note() note} says in words why a
 * fact is uncertain or how it was derived.
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
