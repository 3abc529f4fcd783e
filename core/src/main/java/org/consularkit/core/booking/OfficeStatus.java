package org.consularkit.core.booking;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.jspecify.annotations.Nullable;

/**
 * The status of a consular office: its {@linkplain OfficeState state}, since when, why (a note) and
 * the sources. The Consulate General in Chengdu, for example, is {@link OfficeState#CLOSED} since
 * 2020-07-27, "closed by order of the host government". It is the one status type of ConsularKit:
 * a post of the directory has one (with its provenance), and so has the office the booking
 * validator checks.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OfficeStatus {

    private static final OfficeStatus OPEN = new OfficeStatus(OfficeState.OPEN, null, null, List.of());

    private final OfficeState state;
    private final @Nullable LocalDate since;
    private final @Nullable LocalizedText note;
    private final List<Source> sources;

    private OfficeStatus(OfficeState state, @Nullable LocalDate since, @Nullable LocalizedText note,
            List<Source> sources) {
        this.state = state;
        this.since = since;
        this.note = note;
        this.sources = sources;
    }

    /**
     * Returns the status of an office that is open, with no date, note or source.
     *
     * @return the open status, not null
     */
    public static OfficeStatus open() {
        return OPEN;
    }

    /**
     * Obtains a status.
     *
     * @param state the state, not null
     * @param since the first day of the state, not null
     * @param note why, e.g. "closed by order of the host government", not null
     * @param sources the documents, at least one
     * @return the status, not null
     * @throws IllegalArgumentException if no source is given
     */
    public static OfficeStatus of(OfficeState state, LocalDate since, LocalizedText note, List<Source> sources) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(note, "note");
        List<Source> s = ImmutableList.copyOf(sources);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("Office status " + state + " since " + since + " needs a source");
        }
        return new OfficeStatus(state, since, note, s);
    }

    /**
     * Obtains a status whose first day no source gives, e.g. a post whose services are limited by
     * a renovation of unknown start. {@link #since()} is then empty.
     *
     * @param state the state, not null
     * @param note why, e.g. "limited services during a renovation", not null
     * @param sources the documents, at least one
     * @return the status, not null
     * @throws IllegalArgumentException if no source is given
     */
    public static OfficeStatus of(OfficeState state, LocalizedText note, List<Source> sources) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(note, "note");
        List<Source> s = ImmutableList.copyOf(sources);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("Office status " + state + " needs a source");
        }
        return new OfficeStatus(state, null, note, s);
    }

    /**
     * Obtains a status whose date and note are each optional, e.g. an open post that cites the
     * pages saying so, or a suspension whose start no source gives.
     *
     * @param state the state, not null
     * @param since the first day of the state, or empty if no source gives it, not null
     * @param note why, e.g. "closed by order of the host government", or empty, not null
     * @param sources the documents; at least one, unless the status is the plain {@link #open()}
     * @return the status, not null
     * @throws IllegalArgumentException if no source is given for a status other than {@link
     *     #open()}
     */
    public static OfficeStatus of(OfficeState state, Optional<LocalDate> since, Optional<LocalizedText> note,
            List<Source> sources) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(note, "note");
        List<Source> s = ImmutableList.copyOf(sources);
        if (s.isEmpty()) {
            if (state == OfficeState.OPEN && since.isEmpty() && note.isEmpty()) {
                return OPEN;
            }
            throw new IllegalArgumentException("Office status " + state + since.map(d -> " since " + d).orElse("")
                    + " needs a source");
        }
        return new OfficeStatus(state, since.orElse(null), note.orElse(null), s);
    }

    /**
     * Returns the state.
     *
     * @return the state, not null
     */
    public OfficeState state() {
        return state;
    }

    /**
     * Tells whether the office can be called or visited: its state is {@link OfficeState#OPEN} or
     * {@link OfficeState#LIMITED}.
     *
     * @return true if the office operates
     */
    public boolean isOperating() {
        return state.isOperating();
    }

    /**
     * Returns the first day of the state, when known.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> since() {
        return Optional.ofNullable(since);
    }

    /**
     * Returns why the office is in this state, when known.
     *
     * @return the note, or empty
     */
    public Optional<LocalizedText> note() {
        return Optional.ofNullable(note);
    }

    /**
     * Returns the sources of the status.
     *
     * @return an immutable list, empty only for {@link #open()}
     */
    public List<Source> sources() {
        return sources;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof OfficeStatus o
                && state == o.state
                && Objects.equals(since, o.since)
                && Objects.equals(note, o.note)
                && sources.equals(o.sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, since, note, sources);
    }

    /**
     * Returns the state and date, e.g. {@code CLOSED since 2020-07-27}, or the state alone when the
     * date is not known; the note is not printed.
     *
     * @return a readable description, not null
     */
    @Override
    public String toString() {
        return since == null ? state.toString() : state + " since " + since;
    }
}
