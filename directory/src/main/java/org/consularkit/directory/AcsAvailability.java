package org.consularkit.directory;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.consularkit.core.HolidayCalendar;

/**
 * Tells whether a post's ACS unit answers the telephone at a moment: the one question emergency
 * routing asks of opening hours.
 *
 * <p>{@link #officeHours(Function)} answers it from the post's {@linkplain Post#officeHours() office
 * hours} and its closure calendar. Another implementation can wrap any other source of opening
 * hours, e.g. the engine's: {@code (post, at) -> hours.isOpen(at) ? OfficeStatus.open(...) :
 * OfficeStatus.closed(...)}.
 *
 * <h2>Implementation Requirements</h2>
 * Implementations must be immutable and thread-safe, and should answer {@link
 * OfficeStatus.State#UNKNOWN} rather than throw when they cannot tell.
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
     * @return the status, not null
     */
    OfficeStatus status(Post post, Instant at);

    /**
     * Returns an availability computed from each post's office hours and a closure calendar:
     * <ul>
     *   <li>no office hours in the directory: {@link OfficeStatus.State#UNKNOWN};</li>
     *   <li>the local date (in the post's zone) outside the calendar's years: unknown;</li>
     *   <li>a non-working day of the calendar (weekend, public holiday, rest day, closure):
     *       closed;</li>
     *   <li>a local time outside the weekly hours (start included, end excluded): closed;</li>
     *   <li>an early closing of the calendar ({@link org.consularkit.core.HolidayKind#EARLY_CLOSING})
     *       at or after its closing time: closed; without a known time: unknown;</li>
     *   <li>otherwise open.</li>
     * </ul>
     * A make-up working day that falls on a Saturday or Sunday is closed when the weekly hours do
     * not include that weekday (the posts do not open on China's make-up days).
     *
     * @param closures the closure calendar of each post (ideally {@code post:<id>}, else e.g. a
     *     union of {@code us-federal} and {@code cn}), not null; must not return null
     * @return the availability, not null
     */
    static AcsAvailability officeHours(Function<? super Post, ? extends HolidayCalendar> closures) {
        Objects.requireNonNull(closures, "closures");
        return new OfficeHoursAvailability(closures);
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
        return new OfficeHoursAvailability(post -> closures);
    }
}
