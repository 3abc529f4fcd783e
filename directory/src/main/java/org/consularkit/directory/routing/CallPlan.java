package org.consularkit.directory.routing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
 * @param mode how the router routed a post that is not operating: by its current status (the
 *     default) or as its page was published, not null
 * @param warning what the caller must read first, when there is something: for a post that is not
 *     operating routed {@linkplain EmergencyRouter.Mode#AS_PUBLISHED as published}, that the plan
 *     is not by the post's current status and that its own numbers may no longer answer; otherwise
 *     empty
 *
 * @since 0.1
 */
public record CallPlan(String postId, Instant at, CallerLocation from, Situation situation, Availability office,
        List<CallStep> steps, List<LocalizedText> notes, EmergencyRouter.Mode mode, Optional<LocalizedText> warning) {

    /**
     * Validates and copies the fields.
     */
    public CallPlan {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(warning, "warning");
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /**
     * Obtains a plan routed by the post's current status, without a warning.
     *
     * @param postId the post the question was about, not blank
     * @param at the moment, not null
     * @param from where the caller is, not null
     * @param situation the situation, not null
     * @param office whether the post's ACS unit answered at that moment, and why, not null
     * @param steps whom to call, most urgent first
     * @param notes warnings, possibly empty
     */
    public CallPlan(String postId, Instant at, CallerLocation from, Situation situation, Availability office,
            List<CallStep> steps, List<LocalizedText> notes) {
        this(postId, at, from, situation, office, steps, notes, EmergencyRouter.Mode.CURRENT_STATUS, Optional.empty());
    }

    /**
     * Returns the warning in a locale.
     *
     * @param locale the locale, not null
     * @return the warning, or empty when there is none
     * @since 0.1
     */
    public Optional<String> warning(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return warning.map(w -> w.get(locale));
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
