package org.consularkit.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A data file that cannot be read: malformed JSON, a missing or unknown field, a value of the wrong
 * type, a value that breaks a rule of the file's format, a file larger than its loader accepts. It
 * is the one exception every reader of ConsularKit throws for a bad file, built-in or supplied by
 * the application: schedules, directories, bookings, service catalogues.
 *
 * <p>The message names the {@linkplain #file() file}, the line and column where the parser knows
 * them, the {@linkplain #path() JSON path} of the value, the rule it breaks and an {@linkplain
 * #value() excerpt} of the value, in one form:
 *
 * <pre>{@code FILE[:LINE:COLUMN]: PATH: PROBLEM[, but was VALUE]}</pre>
 *
 * for example {@code 2027.json:4:13: $.days[3].date: expected a date (yyyy-MM-dd), but was
 * "2027-02-30"} or {@code booking.json:1:15: $: malformed JSON: Unexpected end-of-input}. A missing
 * value is reported as {@code but was missing}, at the position of the object that lacks it. The
 * message is at most about 500 characters long whatever the input: long file names, paths and
 * values are shortened with an ellipsis ({@value #MAX_EXCERPT} characters of a value at most).
 *
 * <p>Nothing read from a file that fails is kept: loaders either return a complete result or throw.
 *
 * <h2>Implementation Requirements</h2>
 * This exception is immutable and thread-safe once thrown.
 *
 * @since 0.1
 */
public final class DataFileException extends IllegalArgumentException {

    /** The longest excerpt of a value that a message quotes, in characters. */
    public static final int MAX_EXCERPT = 80;
    /** The longest file name or path that a message quotes, in characters. */
    static final int MAX_NAME = 160;

    private static final long serialVersionUID = 2L;

    /** @serial the name of the file, stream or resource */
    private final String file;
    /** @serial the JSON path of the value, {@code $} for the whole document */
    private final String path;
    /** @serial the line, or 0 when unknown */
    private final int line;
    /** @serial the column, or 0 when unknown */
    private final int column;
    /** @serial what is wrong */
    private final String problem;
    /** @serial the excerpt of the value, or null */
    private final @Nullable String value;

    /**
     * Creates an exception. Readers of data files call this; applications normally only catch it.
     *
     * @param file the name of the file, stream or resource, e.g. {@code 2027.json} or {@code <stdin>}, not null
     * @param path the JSON path of the offending value, e.g. {@code $.days[3].date}, {@code $} for
     *     the whole document, or the empty string for a file that is not JSON, not null
     * @param line the line of the value, from 1, or 0 when unknown
     * @param column the column of the value, from 1, or 0 when unknown
     * @param problem what is wrong, e.g. {@code expected a date (yyyy-MM-dd)}, not blank
     * @param value an excerpt of the offending value as it appears in the file ({@code missing} when
     *     absent), or null when no value is quoted; shortened to {@value #MAX_EXCERPT} characters
     * @param cause the underlying failure, or null
     */
    public DataFileException(String file, String path, int line, int column, String problem,
            @Nullable String value, @Nullable Throwable cause) {
        super(message(file, path, line, column, problem, value), cause);
        this.file = shorten(file, MAX_NAME);
        this.path = shorten(path, MAX_NAME);
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.problem = problem;
        this.value = value == null ? null : shorten(value, MAX_EXCERPT);
    }

    private static String message(String file, String path, int line, int column, String problem,
            @Nullable String value) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(problem, "problem");
        StringBuilder sb = new StringBuilder(shorten(file, MAX_NAME));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(shorten(path, MAX_NAME)).append(": ");
        }
        sb.append(shorten(problem, 2 * MAX_NAME));
        if (value != null) {
            sb.append(", but was ").append(shorten(value, MAX_EXCERPT));
        }
        return sb.toString();
    }

    /**
     * Shortens a text to at most {@code max} characters, ending it with an ellipsis and the full
     * length when it is longer, e.g. {@code "aaaa…" (5000000 characters)}.
     *
     * @param text the text, not null
     * @param max the longest result wanted, at least 20
     * @return the text or its beginning, not null
     */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String suffix = "… (" + text.length() + " characters)";
        int keep = Math.max(0, max - suffix.length());
        if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + suffix;
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the name of the file, stream or resource (shortened when very long).
     *
     * @return the name, not null
     */
    public String file() {
        return file;
    }

    /**
     * Returns the JSON path of the offending value, e.g. {@code $.days[3].date}; {@code $} when the
     * whole document is at fault (malformed, empty, too large); empty for a file that is not JSON.
     *
     * @return the path, not null
     */
    public String path() {
        return path;
    }

    /**
     * Returns the line of the offending value, counted from 1, when the reader knows it.
     *
     * @return the line, or empty
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * Returns the column of the offending value, counted from 1, when the reader knows it.
     *
     * @return the column, or empty
     */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /**
     * Returns what is wrong: the rule the value breaks, e.g. {@code expected a date (yyyy-MM-dd)}.
     *
     * @return the problem, not null
     */
    public String problem() {
        return problem;
    }

    /**
     * Returns an excerpt of the offending value as it appears in the file (JSON text, strings in
     * quotes), or {@code missing} for an absent value, at most {@value #MAX_EXCERPT} characters.
     *
     * @return the excerpt, or empty when the message quotes no value
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }
}
