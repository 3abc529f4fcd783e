package org.consularkit.ical.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@code VTIMEZONE} components offline, from the JDK's own time-zone rules ({@link
 * ZoneRules}), never from ical4j's time-zone registry (which may be configured to fetch updates
 * over the network) and never from the JVM's default zone.
 *
 * <p>A component describes the zone over a range of instants: one observance for the offset in
 * force at the start of the range (its {@code DTSTART} is the onset of that offset, the last
 * transition before the range, or {@code 19700101T000000} when the zone never changed), then one
 * observance per transition within the range, {@code DAYLIGHT} when the offset after it includes
 * daylight saving and {@code STANDARD} otherwise. No {@code RRULE} is written, so the component is
 * exact for the range whatever the client's own rules. {@code Asia/Shanghai}, which has had no
 * daylight saving since 1991, gives for any range after that a single {@code STANDARD}
 * observance: {@code DTSTART:19910915T020000}, {@code TZOFFSETFROM:+0900}, {@code
 * TZOFFSETTO:+0800}. No {@code TZNAME} is written: abbreviations are not part of the JDK's rules
 * and differ between JDK versions, and RFC 5545 makes them optional.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility: thread-safe. The output depends only on the zone rules of
 * the running JDK and the arguments.
 */
public final class IcsTimeZones {

    private static final LocalDateTime NEVER_CHANGED = LocalDateTime.of(1970, 1, 1, 0, 0);

    private IcsTimeZones() {
    }

    /**
     * Returns the {@code VTIMEZONE} of a region zone over a range of instants.
     *
     * @param zone the zone, a region id such as {@code Asia/Shanghai} (not a bare offset), not null
     * @param from the first instant the component must describe, not null
     * @param to the last instant the component must describe, not before {@code from}, not null
     * @return a new component whose {@code TZID} is the zone id
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static VTimeZone vtimezone(ZoneId zone, Instant from, Instant to) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Time-zone range end " + to + " is before its start " + from);
        }
        ZoneRules rules = zone.getRules();
        List<Observance> observances = new ArrayList<>();
        @Nullable ZoneOffsetTransition before = rules.previousTransition(from.plusNanos(1));
        if (before == null) {
            ZoneOffset offset = rules.getOffset(from);
            observances.add(observance(NEVER_CHANGED, offset, offset, rules.isDaylightSavings(from)));
        } else {
            observances.add(observance(before, rules));
        }
        for (ZoneOffsetTransition t = rules.nextTransition(from.plusNanos(1));
                t != null && !t.getInstant().isAfter(to); t = rules.nextTransition(t.getInstant())) {
            observances.add(observance(t, rules));
        }
        return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))),
                new ComponentList<>(observances));
    }

    private static Observance observance(ZoneOffsetTransition t, ZoneRules rules) {
        return observance(t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter(),
                rules.isDaylightSavings(t.getInstant()));
    }

    private static Observance observance(LocalDateTime onset, ZoneOffset from, ZoneOffset to, boolean daylight) {
        List<Property> props = List.of(new DtStart<>(onset), new TzOffsetFrom(from), new TzOffsetTo(to));
        return daylight ? new Daylight(new PropertyList(props)) : new Standard(new PropertyList(props));
    }
}
