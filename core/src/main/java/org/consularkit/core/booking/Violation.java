package org.consularkit.core.booking;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.consularkit.core.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One problem with a {@link Booking}: a stable {@linkplain #code() code}, its {@linkplain
 * #severity() severity}, the {@linkplain #field() booking field} at fault, language-neutral
 * {@linkplain #arguments() arguments} (codes, ISO dates and times) and a {@linkplain #message()
 * message} in English and Simplified Chinese.
 *
 * <p>A violation found by a {@link BookingValidator} builds its message on first use, so that
 * callers who read only the codes do not pay for the texts; the message is the same whenever it is
 * read.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe. (The message rendered on first use is cached in a
 * field without synchronization: the rendering is deterministic and its result immutable, so a
 * race at most renders it twice.)
 *
 * @since 0.1
 */
public final class Violation {

    private final ViolationCode code;
    private final ImmutableMap<String, String> arguments;
    /** Renders the message; null when the message was given. */
    private final @Nullable Supplier<LocalizedText> renderer;
    /** The message: given, or rendered on first use (racy single check of an immutable value). */
    private @Nullable LocalizedText message;

    private Violation(ViolationCode code, ImmutableMap<String, String> arguments, @Nullable LocalizedText message,
            @Nullable Supplier<LocalizedText> renderer) {
        this.code = code;
        this.arguments = arguments;
        this.message = message;
        this.renderer = renderer;
    }

    /**
     * Obtains a violation.
     *
     * @param code the code, not null
     * @param arguments the arguments, in order, not null
     * @param message the message, not null
     * @return the violation, not null
     */
    public static Violation of(ViolationCode code, Map<String, String> arguments, LocalizedText message) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        return new Violation(code, ImmutableMap.copyOf(arguments), message, null);
    }

    /**
     * Obtains a violation whose message is rendered on first use.
     *
     * @param code the code, not null
     * @param arguments the arguments, in order, not null
     * @param renderer renders the message; called at most once per thread that reads the message
     *     before it is cached, so it must be deterministic and thread-safe and capture only
     *     immutable values; not null
     * @return the violation, not null
     */
    static Violation lazy(ViolationCode code, ImmutableMap<String, String> arguments,
            Supplier<LocalizedText> renderer) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(renderer, "renderer");
        return new Violation(code, arguments, null, renderer);
    }

    /**
     * Returns the code.
     *
     * @return the code, not null
     */
    public ViolationCode code() {
        return code;
    }

    /**
     * Returns the severity (that of the code).
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return code.severity();
    }

    /**
     * Returns the booking field at fault, as named in the booking JSON format.
     *
     * @return the field, or empty when the violation concerns the office
     */
    public Optional<String> field() {
        return code.field();
    }

    /**
     * Returns the arguments: codes, ISO-8601 dates, times and durations, never localized text.
     *
     * @return an immutable map in a fixed order
     */
    public Map<String, String> arguments() {
        return arguments;
    }

    /**
     * Returns the message in English and Simplified Chinese.
     *
     * @return the message, not null
     */
    public LocalizedText message() {
        LocalizedText m = message;
        if (m == null) {
            m = Objects.requireNonNull(Objects.requireNonNull(renderer, "renderer").get(), "rendered message");
            message = m;
        }
        return m;
    }

    /**
     * Returns the message in a locale (Chinese for language {@code zh}, English otherwise).
     *
     * @param locale the locale, not null
     * @return the message, not blank
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return message().get(locale);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Violation o
                && code == o.code
                && arguments.equals(o.arguments)
                && message().equals(o.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, arguments, message());
    }

    /**
     * Returns the code, severity, field and English message, e.g. {@code PROHIBITED_ITEM ERROR
     * items: Do not bring a laptop...}.
     *
     * @return a readable description, not null
     */
    @Override
    public String toString() {
        return code + " " + code.severity() + " " + code.field().orElse("-") + ": " + message().english();
    }
}
