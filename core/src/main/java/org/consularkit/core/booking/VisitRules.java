package org.consularkit.core.booking;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;

/**
 * The rules for visitors of an American Citizen Services unit that hold for every service: a
 * separate appointment per service, arrive early, lateness cancels, bring the printed confirmation,
 * what needs no appointment, and the items no visitor may bring.
 *
 * @param separateAppointmentPerService whether each service needs its own appointment
 * @param arriveEarly how long before the appointment visitors should arrive, not negative
 * @param lateCancellation lateness beyond which an appointment is cancelled (visitors more than
 *     this late must book again), not negative
 * @param printedConfirmationRequired whether the guard must be shown the printed confirmation
 * @param prohibitedItems the items no visitor may bring, possibly empty
 * @param noAppointmentNeeded the matters handled without an appointment, possibly empty
 * @param notes further rules and caveats, possibly empty
 * @param sources the documents the rules come from, not empty
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @since 0.1
 */
public record VisitRules(boolean separateAppointmentPerService, Duration arriveEarly, Duration lateCancellation,
        boolean printedConfirmationRequired, Set<VisitorItem> prohibitedItems, List<LocalizedText> noAppointmentNeeded,
        List<LocalizedText> notes, List<Source> sources) {

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException if a duration is negative or there is no source
     */
    public VisitRules {
        Objects.requireNonNull(arriveEarly, "arriveEarly");
        Objects.requireNonNull(lateCancellation, "lateCancellation");
        if (arriveEarly.isNegative() || lateCancellation.isNegative()) {
            throw new IllegalArgumentException("Visit-rule durations must not be negative, but were arriveEarly="
                    + arriveEarly + ", lateCancellation=" + lateCancellation);
        }
        prohibitedItems = prohibitedItems.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(prohibitedItems));
        noAppointmentNeeded = ImmutableList.copyOf(noAppointmentNeeded);
        notes = ImmutableList.copyOf(notes);
        sources = ImmutableList.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("Visit rules need at least one source");
        }
    }
}
