package org.consularkit.examples.cli;

import java.util.Locale;
import org.consularkit.core.AppointmentPolicy;
import org.consularkit.core.ConsularOffice;
import org.consularkit.core.HolidayCalendar;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.OfficeState;
import org.consularkit.core.OfficeStatus;
import org.consularkit.core.OpeningSchedule;
import org.consularkit.core.ServiceCatalogue;
import org.consularkit.directory.OperatingStatus;
import org.consularkit.directory.Post;
import org.consularkit.directory.PostStatus;
import org.consularkit.directory.Sourced;

/**
 * Assembles the {@link ConsularOffice} the booking rules need from a post of the directory, with
 * public factories only: the post's id, name, zone, office hours and appointment hours, its
 * closure calendar, the Mission-wide service catalogue and visit rules ({@link
 * ServiceCatalogue#missionChina()}), and its status.
 *
 * <p>The library has no such bridge yet; the choices made here are:
 * <ul>
 *   <li>the appointment window is the post's appointment hours, closed on the public holidays of
 *       the closure calendar ({@code PH off} is added when the hours do not mention {@code PH}):
 *       a post closed for a holiday gives no appointments;</li>
 *   <li>a post that accepts walk-ins ({@link Post#walkIn()} true) accepts them during its
 *       appointment window; otherwise there are no walk-in hours;</li>
 *   <li>status: {@code OPEN} is open, {@code LIMITED} limited, {@code SUSPENDED} and {@code CLOSED}
 *       suspended, since the date the directory gives.</li>
 * </ul>
 * A post without published office or appointment hours (or whose limited or suspended status has no
 * date) cannot be assembled: {@link IllegalArgumentException} naming the post.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility.
 */
final class Offices {

    private Offices() {
    }

    /**
     * Returns the office of a post.
     *
     * @param post the post
     * @param closures the post's closure calendar
     * @return the office
     * @throws IllegalArgumentException if the directory lacks the post's office or appointment
     *     hours, or the date of its status
     */
    static ConsularOffice of(Post post, HolidayCalendar closures) {
        String office = post.officeHours().map(Sourced::value).orElseThrow(() -> new IllegalArgumentException(
                "No office hours are known for post " + post.id() + "; the booking rules need them"));
        String appointments = post.appointmentHours().map(Sourced::value).orElseThrow(() ->
                new IllegalArgumentException("No appointment hours are known for post " + post.id()
                        + "; the booking rules need them"));
        if (!appointments.contains("PH")) {
            appointments = appointments + "; PH off";
        }
        OpeningSchedule window = OpeningSchedule.parse(appointments);
        ServiceCatalogue catalogue = ServiceCatalogue.missionChina();
        AppointmentPolicy.Builder policy = AppointmentPolicy.builder(window).visitRules(catalogue.rules());
        if (post.walkIn().map(Sourced::value).orElse(false)) {
            policy.walkInWindow(window);
        } else {
            policy.noWalkIns();
        }
        return ConsularOffice.builder(post.id(), post.name(), post.zone())
                .officeHours(OpeningSchedule.parse(office))
                .closures(closures)
                .policy(policy.build())
                .catalogue(catalogue)
                .status(status(post))
                .build();
    }

    private static OfficeStatus status(Post post) {
        Sourced<OperatingStatus> sourced = post.status();
        PostStatus s = sourced.value().status();
        if (s == PostStatus.OPEN) {
            return OfficeStatus.open();
        }
        OfficeState state = s == PostStatus.LIMITED ? OfficeState.LIMITED : OfficeState.SUSPENDED;
        return OfficeStatus.of(state,
                sourced.value().since().orElseThrow(() -> new IllegalArgumentException(
                        "The directory gives no date for the status " + s + " of post " + post.id())),
                LocalizedText.of(s.displayName(Locale.ENGLISH), s.displayName(LocalizedText.SIMPLIFIED_CHINESE)),
                sourced.provenance().sources());
    }
}
