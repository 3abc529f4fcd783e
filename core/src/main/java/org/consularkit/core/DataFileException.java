package org.consularkit.core;

import java.util.Objects;

/**
 * A data file or document that cannot be read: malformed JSON, a missing or misspelt field, a value
 * of the wrong type, an unknown code. The message names the {@linkplain #source() source} (a file
 * name, a resource, {@code <stdin>}), the {@linkplain #field() field} and the offending {@linkplain
 * #value() value}, e.g. {@code booking.json: field 'start': '2026-03-03 14:00' is not an ISO-8601
 * date-time with an offset, e.g. 2026-03-03T14:00+08:00}.
 *
 * <p>Nothing read from a document that fails is kept.
 *
 * <h2>Implementation Requirements</h2>
 * This exception is immutable and thread-safe once thrown.
 *
 * @since 0.1
 */
public final class DataFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The source. */
    private final String source;
    /** The field path, empty for the whole document. */
    private final String field;
    /** The offending value as text, empty when absent. */
    private final String value;

    /**
     * Creates an exception.
     *
     * @param source the name of the file or document, not null
     * @param field the path of the field, e.g. {@code services[1]}; empty for the whole document
     * @param value the offending value as it appears in the document, empty when it is missing
     * @param problem what is wrong, a sentence fragment, not null
     * @param cause the underlying exception, or null
     */
    public DataFileException(String source, String field, String value, String problem,
            @org.jspecify.annotations.Nullable Throwable cause) {
        super(message(source, field, value, problem), cause);
        this.source = source;
        this.field = field;
        this.value = value;
    }

    private static String message(String source, String field, String value, String problem) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(problem, "problem");
        StringBuilder sb = new StringBuilder(source).append(": ");
        if (!field.isEmpty()) {
            sb.append("field '").append(field).append("': ");
        }
        if (!value.isEmpty()) {
            sb.append(value).append(' ');
        }
        return sb.append(problem).toString();
    }

    /**
     * Returns the name of the file or document.
     *
     * @return the source, not null
     */
    public String source() {
        return source;
    }

    /**
     * Returns the path of the offending field, e.g. {@code services[1]}.
     *
     * @return the field path, empty when the whole document is at fault
     */
    public String field() {
        return field;
    }

    /**
     * Returns the offending value as it appears in the document (JSON text).
     *
     * @return the value, empty when the field is missing
     */
    public String value() {
        return value;
    }
}
