package org.consularkit.ical;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when an iCalendar object the library is about to write fails the validation gate: the
 * ical4j validator reports an error, or one of the library's own checks fails ({@code DTEND} not
 * after {@code DTSTART}, a {@code UID} used twice, a {@code TZID} without its {@code VTIMEZONE}, a
 * content line that cannot be written as UTF-8).
 *
 * <p>Nothing is written when this exception is thrown. It signals a defect in the library or in
 * the calendar data it was given, never a condition a caller is expected to handle; the message
 * names the object written and lists every problem found.
 *
 * <h2>Implementation Requirements</h2>
 * This exception is immutable once constructed and safe to share between threads.
 *
 * @since 0.1
 */
public final class IcsValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems, an immutable list (Guava's immutable lists are serializable). */
    private final ImmutableList<String> problems;

    /**
     * Creates an exception listing the problems of an iCalendar object.
     *
     * @param subject what was being written, e.g. {@code "holiday feed cn (zh) 2007-2030"}, not
     *     blank
     * @param problems the problems found, at least one, not null
     * @throws IllegalArgumentException if the subject is blank or there is no problem
     */
    public IcsValidationException(String subject, List<String> problems) {
        super(message(subject, problems));
        this.problems = ImmutableList.copyOf(problems);
    }

    private static String message(String subject, List<String> problems) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(problems, "problems");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("IcsValidationException subject must not be blank");
        }
        if (problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "IcsValidationException for " + subject + " needs at least one problem");
        }
        return "Invalid iCalendar output for " + subject + ": " + String.join("; ", problems);
    }

    /**
     * Returns every problem found, in the order they were found.
     *
     * @return an immutable list, never empty
     */
    public List<String> problems() {
        return problems;
    }
}
