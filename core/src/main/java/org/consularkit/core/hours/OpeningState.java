package org.consularkit.core.hours;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.calendar.Holiday;

/**
 * The state of {@link OpeningHours} at a moment: open or closed, why, the holidays involved and the
 * next change.
 *
 * @param at the moment asked about, not null
 * @param open whether the place is open at that moment
 * @param reason why it is open or closed, not null
 * @param holidays the holiday occurrences that close it ({@link Reason#HOLIDAY}, {@link
 *     Reason#EARLY_CLOSING}); empty otherwise
 * @param nextChange the next closing if open, the next opening if closed; empty if none within
 *     the calendar's range
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @since 0.1
 */
public record OpeningState(Instant at, boolean open, Reason reason, List<Holiday> holidays,
        Optional<Instant> nextChange) {

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException if {@code open} and {@code reason} disagree
     */
    public OpeningState {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(nextChange, "nextChange");
        holidays = List.copyOf(holidays);
        if (open != (reason == Reason.OPEN)) {
            throw new IllegalArgumentException("State open=" + open + " contradicts reason " + reason);
        }
    }

    /**
     * Why a place is open or closed at a moment.
     *
     * @since 0.1
     */
    public enum Reason {
        /** Open: the moment is in a window in force. */
        OPEN,
        /** Closed: the moment is outside the windows of the schedule. */
        OUTSIDE_HOURS,
        /** Closed: a date rule of the schedule closes the date or the moment. */
        DATE_RULE,
        /** Closed all day for a public holiday, rest day or closure of the calendar. */
        HOLIDAY,
        /** Closed after an early closing of the calendar (a half-day closing). */
        EARLY_CLOSING
    }
}
