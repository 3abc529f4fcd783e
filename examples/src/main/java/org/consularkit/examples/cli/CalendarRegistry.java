package org.consularkit.examples.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.consularkit.calendar.Calendars;
import org.consularkit.core.calendar.HolidayCalendar;

/**
 * The holiday calendars the command line knows, by id ({@code us-federal}, {@code cn}, {@code
 * post:<post-id>}). A calendar is obtained from the library only when it is asked for.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe if its suppliers are.
 */
final class CalendarRegistry {

    private final Map<String, Supplier<? extends HolidayCalendar>> calendars;

    private CalendarRegistry(Map<String, Supplier<? extends HolidayCalendar>> calendars) {
        this.calendars = calendars;
    }

    /**
     * Returns a registry of the given calendars.
     *
     * @param calendars the suppliers of the calendars by id, in the order of {@link #ids()}
     * @return the registry
     */
    static CalendarRegistry of(Map<String, Supplier<? extends HolidayCalendar>> calendars) {
        Map<String, Supplier<? extends HolidayCalendar>> copy = new LinkedHashMap<>();
        calendars.forEach((id, s) -> copy.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(s, "supplier")));
        return new CalendarRegistry(Collections.unmodifiableMap(copy));
    }

    /**
     * Returns the built-in calendars of the library, those of {@link Calendars#ids()} ({@code
     * us-federal}, {@code us-federal-dc}, ...), each obtained with {@link Calendars#byId(String)}.
     *
     * @return the registry
     */
    static CalendarRegistry standard() {
        Map<String, Supplier<? extends HolidayCalendar>> map = new LinkedHashMap<>();
        for (String id : Calendars.ids()) {
            map.put(id, () -> Calendars.byId(id));
        }
        return of(map);
    }

    /**
     * Returns the known ids, in order.
     *
     * @return the ids
     */
    List<String> ids() {
        return List.copyOf(calendars.keySet());
    }

    /**
     * Returns the calendar with an id.
     *
     * @param id the id, e.g. {@code us-federal}
     * @return the calendar
     * @throws BadInputException if no calendar has that id (the message lists the known ids); an
     *     exception of the calendar's supplier is passed on as it is
     */
    HolidayCalendar get(String id) {
        Supplier<? extends HolidayCalendar> s = calendars.get(id);
        if (s == null) {
            throw new BadInputException("Unknown calendar '" + Messages.excerpt(id) + "'; known calendars: "
                    + (calendars.isEmpty() ? "none" : String.join(", ", calendars.keySet())));
        }
        return s.get();
    }
}
