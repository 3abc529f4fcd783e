package org.consularkit.examples.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.consularkit.calendar.Calendars;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.core.calendar.HolidayCalendar;
import org.jspecify.annotations.Nullable;

/**
 * The holiday calendars the command line knows, by id ({@code us-federal}, {@code cn}, {@code
 * post:<post-id>}). A calendar is obtained from the library only when it is asked for.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe if its suppliers are.
 */
final class CalendarRegistry {

    /** The ids {@link #standard()} answers without listing the posts (which reads their data). */
    private static final Set<String> FIXED = Set.of(UsFederalHolidays.ID, UsFederalHolidays.DC_AREA_ID,
            ChinaHolidays.ID);

    private final Supplier<Map<String, Supplier<? extends HolidayCalendar>>> calendars;
    private final boolean standard;

    private CalendarRegistry(Supplier<Map<String, Supplier<? extends HolidayCalendar>>> calendars, boolean standard) {
        this.calendars = calendars;
        this.standard = standard;
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
        Map<String, Supplier<? extends HolidayCalendar>> map = Collections.unmodifiableMap(copy);
        return new CalendarRegistry(() -> map, false);
    }

    /**
     * Returns the built-in calendars of the library, those of {@link Calendars#ids()} ({@code
     * us-federal}, {@code us-federal-dc}, ...), each obtained with {@link Calendars#byId(String)}.
     *
     * @return the registry
     */
    static CalendarRegistry standard() {
        // the list of ids names the posts, which reads their data file: built only when needed
        return new CalendarRegistry(new Supplier<>() {
            private @Nullable Map<String, Supplier<? extends HolidayCalendar>> all;

            @Override
            public synchronized Map<String, Supplier<? extends HolidayCalendar>> get() {
                Map<String, Supplier<? extends HolidayCalendar>> map = all;
                if (map == null) {
                    Map<String, Supplier<? extends HolidayCalendar>> m = new LinkedHashMap<>();
                    for (String id : Calendars.ids()) {
                        m.put(id, () -> Calendars.byId(id));
                    }
                    map = Collections.unmodifiableMap(m);
                    all = map;
                }
                return map;
            }
        }, true);
    }

    /**
     * Returns the known ids, in order.
     *
     * @return the ids
     */
    List<String> ids() {
        return List.copyOf(calendars.get().keySet());
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
        if (standard && FIXED.contains(id)) {
            return Calendars.byId(id);
        }
        Map<String, Supplier<? extends HolidayCalendar>> map = calendars.get();
        Supplier<? extends HolidayCalendar> s = map.get(id);
        if (s == null) {
            throw new BadInputException("Unknown calendar '" + Messages.excerpt(id) + "'; known calendars: "
                    + (map.isEmpty() ? "none" : String.join(", ", map.keySet())));
        }
        return s.get();
    }
}
