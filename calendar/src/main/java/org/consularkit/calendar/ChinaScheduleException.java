package org.consularkit.calendar;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a schedule file of China's public holidays cannot be read: malformed JSON, a missing
 * or mistyped field, an unknown festival, a date outside the schedule's year ± 1, a date listed
 * twice or both off and working, a make-up working day on a weekday, an empty schedule.
 *
 * <p>The message names the file, the JSON field path and the offending value, e.g. {@code
 * "2027.json: days[3].date: not a date (yyyy-MM-dd): \"2027-02-30\""}; for malformed JSON it gives
 * the line and column reported by the parser, e.g. {@code "2027.json: malformed JSON at line 4,
 * column 9: ..."}. {@link #sourceName()} and {@link #path()} give the parts separately.
 *
 * <h2>Implementation Requirements</h2>
 * This exception is immutable and thread-safe once thrown.
 *
 * @since 0.1
 */
public final class ChinaScheduleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @serial the name of the file or stream */
    private final String sourceName;
    /** @serial the JSON path of the field, {@code "$"} for the whole document */
    private final String path;

    /**
     * Creates an exception.
     *
     * @param sourceName the name of the file or stream, not null
     * @param path the JSON path of the offending field, e.g. {@code "days[3].date"}, or {@code "$"}
     *     for the document, not null
     * @param detail what is wrong, naming the value, not null
     */
    public ChinaScheduleException(String sourceName, String path, String detail) {
        this(sourceName, path, detail, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param sourceName the name of the file or stream, not null
     * @param path the JSON path of the offending field, or {@code "$"} for the document, not null
     * @param detail what is wrong, naming the value, not null
     * @param cause the underlying failure, or null
     */
    public ChinaScheduleException(String sourceName, String path, String detail,
            @Nullable Throwable cause) {
        super(Objects.requireNonNull(sourceName, "sourceName") + ": "
                + ("$".equals(Objects.requireNonNull(path, "path")) ? "" : path + ": ")
                + Objects.requireNonNull(detail, "detail"), cause);
        this.sourceName = sourceName;
        this.path = path;
    }

    /**
     * Returns the name of the file or stream that could not be read.
     *
     * @return the name, not null
     */
    public String sourceName() {
        return sourceName;
    }

    /**
     * Returns the JSON path of the offending field, e.g. {@code "days[3].date"}, or {@code "$"}
     * when the problem concerns the whole document (malformed JSON, an empty file).
     *
     * @return the path, not null
     */
    public String path() {
        return path;
    }
}
