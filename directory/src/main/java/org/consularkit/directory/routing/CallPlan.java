package org.consularkit.directory.routing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.consularkit.core.LocalizedText;
import org.consularkit.directory.CallerLocation;

/**
 * The answer of {@link EmergencyRouter}: whom to call, most urgent first, for a situation at a
 * post at a moment from where the caller is, with notes on what could not be offered.
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param postId the post the question was about, not blank
 * @param at the moment, not null
 * @param from where the caller is, not null
 * @param situation the situation, not null
 * @param office whether the post's ACS unit answered at that moment, and why ({@link Availability}), not null
 * @param steps whom to call, most urgent first, not empty
 * @param notes warnings: numbers that cannot be dialled from the caller's location, a post that is
 *     closed, numbers missing from the directory; possibly empty
 *
 * @since 0.1
 */
public record CallPlan(String postId, Instant at, CallerLocation from, Situation situation, Availability office,
        List<CallStep> steps, List<LocalizedText> notes) {

    /**
     * Validates and copies the fields.
     */
    public CallPlan {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(office, "office");
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /**
     * Returns the notes in a locale.
     *
     * @param locale the locale, not null
     * @return an immutable list, possibly empty
     */
    public List<String> notes(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return notes.stream().map(n -> n.get(locale)).toList();
    }
}
