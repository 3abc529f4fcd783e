package org.consularkit.core.booking;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;

/**
 * How a {@link ConsularService} is obtained: its {@linkplain AccessChannel channels}, a summary,
 * directions (for a service not obtained at the ACS window, where to go instead), notes, whether
 * the sources confirm it, and the sources.
 *
 * @param service the service, not null
 * @param channels how the service is obtained, not empty
 * @param summary what the service is, not null
 * @param directions how and where to obtain it, not null
 * @param confirmed false when the sources disagree or the fact could not be verified (the notes
 *     say why)
 * @param notes further rules and caveats, possibly empty
 * @param sources the documents the entry comes from, not empty
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @since 0.1
 */
public record ServiceInfo(ConsularService service, Set<AccessChannel> channels, LocalizedText summary,
        LocalizedText directions, boolean confirmed, List<LocalizedText> notes, List<Source> sources) {

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException if there is no channel or no source
     */
    public ServiceInfo {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(directions, "directions");
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("Service " + service + " needs at least one access channel");
        }
        channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
        notes = ImmutableList.copyOf(notes);
        sources = ImmutableList.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("Service " + service + " needs at least one source");
        }
    }

    /**
     * Tells whether the service can be booked as an appointment.
     *
     * @return true if the channels include {@link AccessChannel#APPOINTMENT}
     */
    public boolean byAppointment() {
        return channels.contains(AccessChannel.APPOINTMENT);
    }

    /**
     * Tells whether the service is served to walk-ins (where the office has walk-in hours).
     *
     * @return true if the channels include {@link AccessChannel#WALK_IN}
     */
    public boolean acceptsWalkIns() {
        return channels.contains(AccessChannel.WALK_IN);
    }

    /**
     * Tells whether the service is obtained in person at the ACS window, by appointment or as a
     * walk-in.
     *
     * @return true if a channel is in person
     */
    public boolean inPerson() {
        return !Sets.intersection(channels, EnumSet.of(AccessChannel.APPOINTMENT, AccessChannel.WALK_IN)).isEmpty();
    }
}
