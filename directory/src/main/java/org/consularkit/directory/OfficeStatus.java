package org.consularkit.directory;

import java.util.Objects;
import org.consularkit.core.LocalizedText;

/**
 * Whether a post's ACS unit answers the telephone at a moment, and why: the answer of an {@link
 * AcsAvailability}.
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param state open, closed or unknown, not null
 * @param explanation why, in English and Chinese (e.g. "closed for Spring Festival"), not null
 *
 * @since 0.1
 */
public record OfficeStatus(State state, LocalizedText explanation) {

    /** Whether the office is open. */
    public enum State {
        /** The ACS unit answers through the operator. */
        OPEN,
        /** Outside office hours, at a weekend or on a closure day. */
        CLOSED,
        /** Not known: no office hours, or a date the closure calendar does not cover. */
        UNKNOWN
    }

    /**
     * Validates the fields.
     */
    public OfficeStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Returns an open status.
     *
     * @param english why, in English, not blank
     * @param chinese why, in Chinese, not blank
     * @return the status, not null
     */
    public static OfficeStatus open(String english, String chinese) {
        return new OfficeStatus(State.OPEN, LocalizedText.of(english, chinese));
    }

    /**
     * Returns a closed status.
     *
     * @param english why, in English, not blank
     * @param chinese why, in Chinese, not blank
     * @return the status, not null
     */
    public static OfficeStatus closed(String english, String chinese) {
        return new OfficeStatus(State.CLOSED, LocalizedText.of(english, chinese));
    }

    /**
     * Returns an unknown status.
     *
     * @param english why, in English, not blank
     * @param chinese why, in Chinese, not blank
     * @return the status, not null
     */
    public static OfficeStatus unknown(String english, String chinese) {
        return new OfficeStatus(State.UNKNOWN, LocalizedText.of(english, chinese));
    }

    /**
     * Tells whether the office is open.
     *
     * @return true if the state is {@link State#OPEN}
     */
    public boolean isOpen() {
        return state == State.OPEN;
    }
}
