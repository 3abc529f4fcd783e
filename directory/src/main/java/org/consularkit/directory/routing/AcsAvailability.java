package org.consularkit.directory.routing;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.hours.OpeningHours;
import org.consularkit.directory.Directory;
import org.consularkit.directory.Post;

/**
 * Tells whether a post's ACS unit answers the telephone at a moment: the one question emergency
 * routing asks of opening hours.
 *
 * <p>{@link #officeHours()} answers it from each post's {@linkplain Post#officeSchedule() office
 * hours} and its {@linkplain Post#closureCalendar() closure calendar} (for the posts of Mission
 * China, {@code post:<id>}); it is what {@link EmergencyRouter#of(Directory)} uses. {@link
 * #officeHours(Function)} and {@link #officeHours(HolidayCalendar)} take other closure calendars,
 * and any other source of opening hours can be wrapped: {@code (post, at) -> hours.isOpen(at) ?
 * Availability.open(...) : Availability.closed(...)}.
 *
 * <h2>Implementation Requirements</h2>
 * Implementations must be immutable and thread-safe, and should answer {@link
 * Availability.State#UNKNOWN} rather than throw when they cannot tell.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface AcsAvailability {

    /**
     * Returns whether the post's ACS unit answers at a moment, and why.
     *
     * @param post the post, not null
     * @param at the moment, not null
     * @return the answer, not null
     */
    Availability status(Post post, Instant at);

    /**
     * Returns the availability computed from each post's office hours and its own closure
     * calendar, {@link Post#closureCalendar()} (see {@link #officeHours(Function)} for the
     * rules).
     *
     * @return the availability, not null
     */
    static AcsAvailability officeHours() {
        return OfficeHoursAvailability.OWN_CALENDARS;
    }

    /**
     * Returns an availability computed from each post's office hours and a closure calendar, with
     * the engine's {@link org.consularkit.core.hours.OpeningHours} (the same answers as {@code
     * OpeningHours.of(post.officeSchedule(), post.zone(), calendar).isOpen(at)}):
     * <ul>
     *   <li>no office hours in the directory: {@link Availability.State#UNKNOWN};</li>
     *   <li>hours that close on public holidays ({@code PH off}) and a local date (in the post's
     *       zone) outside the calendar's years: unknown;</li>
     *   <li>a local time outside the weekly hours (start included, end excluded), e.g. at a
     *       weekend: closed;</li>
     *   <li>with {@code PH off}, a public holiday, rest day or closure of the calendar: closed, with
     *       the names of its holidays;</li>
     *   <li>an early closing of the calendar ({@link org.consularkit.core.calendar.HolidayKind#EARLY_CLOSING})
     *       at or after its closing time: closed; an early closing without a time (the executive
     *       orders' "last half of the scheduled workday") closes at the middle of the day's hours,
     *       as {@link org.consularkit.core.hours.OpeningHours} documents;</li>
     *   <li>otherwise open.</li>
     * </ul>
     * A weekday is closed only by the calendar's day types: China's bridged days are open unless
     * the calendar closes them (the post calendars do not), and a make-up working day that falls on
     * a Saturday or Sunday is closed when the weekly hours do not include that weekday.
     *
     * @param closures the closure calendar of each post (ideally {@link Post#closureCalendar()}, e.g.
     *     {@code post:shanghai}), not null; must not return null
     * @return the availability, not null
     */
    static AcsAvailability officeHours(Function<? super Post, ? extends HolidayCalendar> closures) {
        Objects.requireNonNull(closures, "closures");
        return new OfficeHoursAvailability(closures, "a closure calendar per post");
    }

    /**
     * Returns an availability computed from each post's office hours and one closure calendar
     * for every post (see {@link #officeHours(Function)}).
     *
     * @param closures the closure calendar, not null
     * @return the availability, not null
     */
    static AcsAvailability officeHours(HolidayCalendar closures) {
        Objects.requireNonNull(closures, "closures");
        return new OfficeHoursAvailability(post -> closures, "closure calendar " + closures.id());
    }
}
