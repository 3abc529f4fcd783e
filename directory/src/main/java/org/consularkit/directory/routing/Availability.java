package org.consularkit.directory.routing;

import java.util.Objects;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.booking.OfficeStatus;
import org.consularkit.directory.Post;

/**
 * Whether a post's ACS unit answers the telephone at a moment, and why: the answer of an {@link
 * AcsAvailability}, reported by {@link CallPlan#office()}.
 *
 * <p>This is routing availability at one moment. The status of the post itself (open, limited,
 * suspended, closed) is {@link Post#status()}, an {@link OfficeStatus} with its provenance.
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param state open, closed or unknown, not null
 * @param explanation why, in English and Chinese (e.g. "closed on Tuesday 2026-02-17 for Spring
 *     Festival"), not null
 *
 * @since 0.1
 */
public record Availability(State state, LocalizedText explanation) {

    /**
     * Whether the ACS unit answers.
     *
     * @since 0.1
     */
    public enum State {
        /** The ACS unit answers through the operator. */
        OPEN,
        /** Outside office hours, at a weekend, on a closure day, or the post is not operating. */
        CLOSED,
        /** Not known: no office hours, or a date the closure calendar does not cover. */
        UNKNOWN
    }

    /**
     * Validates the fields.
     */
    public Availability {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Returns an open answer.
     *
     * @param english why, in English, not blank
     * @param chinese why, in Chinese, not blank
     * @return the answer, not null
     * @throws IllegalArgumentException if a text is blank
     */
    public static Availability open(String english, String chinese) {
        return new Availability(State.OPEN, LocalizedText.of(english, chinese));
    }

    /**
     * Returns a closed answer.
     *
     * @param english why, in English, not blank
     * @param chinese why, in Chinese, not blank
     * @return the answer, not null
     * @throws IllegalArgumentException if a text is blank
     */
    public static Availability closed(String english, String chinese) {
        return new Availability(State.CLOSED, LocalizedText.of(english, chinese));
    }

    /**
     * Returns an unknown answer.
     *
     * @param english why, in English, not blank
     * @param chinese why, in Chinese, not blank
     * @return the answer, not null
     * @throws IllegalArgumentException if a text is blank
     */
    public static Availability unknown(String english, String chinese) {
        return new Availability(State.UNKNOWN, LocalizedText.of(english, chinese));
    }

    /**
     * Tells whether the ACS unit answers.
     *
     * @return true if the state is {@link State#OPEN}
     */
    public boolean isOpen() {
        return state == State.OPEN;
    }
}
