package org.consularkit.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.consularkit.core.Source;
import org.consularkit.core.hours.OpeningSchedule;
import org.consularkit.directory.Contact;
import org.consularkit.directory.ContactRole;
import org.consularkit.directory.HoursKind;
import org.consularkit.directory.Post;
import org.consularkit.directory.Provenance;
import org.consularkit.directory.Sourced;

/**
 * The hours of a post as the commands show them, from {@link Post#hours(HoursKind)}: the schedule,
 * its sources and the date they were seen, and whether it is uncertain and why; and the message for
 * a post that does not publish the hours a command needs.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class PostHours {

    private PostHours() {
    }

    /**
     * Returns the hours of a kind of a post.
     *
     * @throws BadInputException if the post does not publish them: the message says so and names the
     *     hours it does publish, or how to reach the post when it publishes none
     */
    static Sourced<OpeningSchedule> require(Post post, HoursKind kind, String purpose) {
        return post.hours(kind).orElseThrow(() -> new BadInputException(missing(post, kind, purpose)));
    }

    /** Returns the message for a post without hours of a kind. */
    static String missing(Post post, HoursKind kind, String purpose) {
        String what = "No " + kind.displayName(Locale.ENGLISH) + " are published for post " + post.id() + " ("
                + post.displayName(Locale.ENGLISH) + ")";
        List<HoursKind> known = post.publishedHours();
        if (!known.isEmpty()) {
            List<String> ids = new ArrayList<>();
            known.forEach(k -> ids.add(k.id()));
            return what + ", so " + purpose + "; it publishes: " + String.join(", ", ids);
        }
        List<String> reach = new ArrayList<>();
        post.contacts(ContactRole.ACS).stream().findFirst().map(Contact::published).ifPresent(reach::add);
        post.acsEmail().map(Sourced::value).ifPresent(reach::add);
        return what + ": no source found gives any hours of it, so " + purpose
                + (reach.isEmpty() ? "" : "; ask its ACS unit: " + String.join(", ", reach));
    }

    /** Returns the sources of a fact: their URLs, or their citations when they have none. */
    static List<String> sources(Provenance provenance) {
        return provenance.sources().stream().map(Source::reference).distinct().toList();
    }

    /**
     * Returns the lines that show hours with their provenance, for the end of a text answer, e.g.
     * {@code Appointment hours of U.S. Consulate General Shanghai: Mo-Fr 08:00-17:00; PH off
     * (Asia/Shanghai)}, then the uncertainty and the sources, indented.
     */
    static List<String> describe(Post post, HoursKind kind, Sourced<OpeningSchedule> hours, Locale locale) {
        List<String> lines = new ArrayList<>();
        boolean zh = "zh".equals(locale.getLanguage());
        String name = kind.displayName(locale);
        lines.add(zh ? post.displayName(locale) + "的" + name + ":" + hours.value() + "(" + post.zone() + ")"
                : Character.toUpperCase(name.charAt(0)) + name.substring(1) + " of " + post.displayName(locale) + ": "
                        + hours.value() + " (" + post.zone() + ")");
        Provenance p = hours.provenance();
        Optional<String> note = p.note();
        if (p.uncertain()) {
            lines.add((zh ? "  不确定:" : "  uncertain: ") + note.orElse(""));
        } else {
            note.ifPresent(n -> lines.add((zh ? "  说明:" : "  note: ") + n));
        }
        lines.add((zh ? "  来源:" : "  sources: ") + String.join(", ", sources(p))
                + (zh ? ";核实日期 " : "; seen ") + p.verifiedOn());
        return lines;
    }
}
