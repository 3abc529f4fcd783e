package org.consularkit.ical.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentContainer;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationEntry;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import org.consularkit.core.booking.Severity;
import org.consularkit.ical.IcsValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The validation gate every iCalendar object of the library passes before it is written.
 *
 * <p>It runs ical4j's RFC 5545 validator ({@link Calendar#validate(boolean)}, components
 * included) and turns every entry of severity {@code ERROR} into a problem, then adds the
 * library's own checks, which ical4j does not make:
 * <ul>
 *   <li>in every component with both, {@code DTEND} lies after {@code DTSTART}, and both have the
 *       same value type (two dates, two UTC or zoned date-times, or two floating date-times);</li>
 *   <li>no two components share a {@code UID} (and {@code RECURRENCE-ID}, if any);</li>
 *   <li>every {@code TZID} parameter names a {@code VTIMEZONE} of the same calendar.</li>
 * </ul>
 * All problems are collected and reported together in one {@link IcsValidationException}.
 *
 * <p>Validation reads the calendar only: it never consults ical4j's time-zone registry, changes
 * its configuration or opens a network connection.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility: thread-safe.
 */
public final class IcsValidator {

    private IcsValidator() {
    }

    /**
     * Validates a calendar.
     *
     * @param calendar the calendar, not null
     * @param subject what is being written, for the message, e.g. {@code "holiday feed cn (zh)"},
     *     not blank
     * @throws IcsValidationException listing every problem, if there is any
     */
    public static void validate(Calendar calendar, String subject) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(subject, "subject");
        List<String> problems = problems(calendar);
        if (!problems.isEmpty()) {
            throw new IcsValidationException(subject, problems);
        }
    }

    /**
     * Returns the problems of a calendar, ical4j's errors first, then the library's own checks.
     *
     * @param calendar the calendar, not null
     * @return the problems in a stable order, empty when the calendar is valid
     */
    public static List<String> problems(Calendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        List<String> problems = new ArrayList<>();
        ical4jErrors(calendar, problems);
        Set<String> timeZones = new HashSet<>();
        for (Component c : calendar.getComponents(Component.VTIMEZONE)) {
            c.getProperty(Property.TZID).ifPresent(p -> timeZones.add(p.getValue()));
        }
        Set<String> uids = new HashSet<>();
        for (Component c : calendar.getComponents()) {
            checkComponent(c, timeZones, problems);
            Optional<Property> uid = c.getProperty(Property.UID);
            if (uid.isPresent()) {
                String key = uid.get().getValue() + c.getProperty(Property.RECURRENCE_ID)
                        .map(r -> " RECURRENCE-ID " + r.getValue()).orElse("");
                if (!uids.add(key)) {
                    problems.add(c.getName() + " UID " + key + " is not unique");
                }
            }
        }
        return problems;
    }

    private static void ical4jErrors(Calendar calendar, List<String> problems) {
        ValidationResult result;
        try {
            result = calendar.validate(true);
        } catch (ValidationException e) {
            problems.add("ical4j: " + e.getMessage());
            return;
        }
        // Entries come in a hash set: sort them so that the message is the same every time.
        Set<String> errors = new TreeSet<>();
        for (ValidationEntry entry : result.getEntries()) {
            if (entry.getSeverity() == ValidationEntry.Severity.ERROR) {
                errors.add("ical4j: " + entry.getContext() + ": " + entry.getMessage());
            }
        }
        problems.addAll(errors);
    }

    private static void checkComponent(Component c, Set<String> timeZones, List<String> problems) {
        String where = c.getName() + c.getProperty(Property.UID).map(u -> " " + u.getValue()).orElse("");
        if (!Component.VTIMEZONE.equals(c.getName())) {
            for (Property p : c.getProperties()) {
                Optional<Parameter> tzid = p.getParameter(Parameter.TZID);
                if (tzid.isPresent() && !timeZones.contains(tzid.get().getValue())) {
                    problems.add(where + ": " + p.getName() + " has TZID " + tzid.get().getValue()
                            + " but the calendar has no VTIMEZONE with that TZID");
                }
            }
        }
        Optional<Property> start = c.getProperty(Property.DTSTART);
        Optional<Property> end = c.getProperty(Property.DTEND);
        if (start.isPresent() && end.isPresent()) {
            String problem = checkOrder(date(start.get()), date(end.get()));
            if (problem != null) {
                problems.add(where + ": DTEND " + end.get().getValue() + " " + problem + " DTSTART "
                        + start.get().getValue());
            }
        }
        if (c instanceof ComponentContainer<?> container) {
            for (Component child : container.getComponentList().getAll()) {
                checkComponent(child, timeZones, problems);
            }
        }
    }

    private static @Nullable Temporal date(Property p) {
        return p instanceof DateProperty<?> d ? d.getDate() : null;
    }

    private static @Nullable String checkOrder(@Nullable Temporal start, @Nullable Temporal end) {
        int cmp;
        if (start instanceof LocalDate s && end instanceof LocalDate e) {
            cmp = e.compareTo(s);
        } else if (start instanceof LocalDateTime s && end instanceof LocalDateTime e) {
            cmp = e.compareTo(s);
        } else {
            Instant s = instant(start);
            Instant e = instant(end);
            if (s == null || e == null) {
                return "has another value type than";
            }
            cmp = e.compareTo(s);
        }
        return cmp > 0 ? null : "is not after";
    }

    private static @Nullable Instant instant(@Nullable Temporal t) {
        if (t instanceof Instant i) {
            return i;
        }
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return null;
    }
}
