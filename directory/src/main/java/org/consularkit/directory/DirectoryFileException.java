package org.consularkit.directory;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A directory file is malformed or breaks a rule of the format: the message names the file, the
 * JSON path of the field (e.g. {@code posts[2].contacts[0].number}, or the line and column of a
 * syntax error) and the offending value.
 *
 * <p>Message form: {@code FILE: FIELD: PROBLEM}, followed by {@code , but was VALUE} when there is
 * a value, e.g. {@code my.json: posts[0].zone: must be a time zone id, but was "Asia/Chengdu"}.
 *
 * <h2>Implementation Requirements</h2>
 * Instances are immutable once thrown.
 *
 * @since 0.1
 */
public final class DirectoryFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The file name. */
    private final String file;
    /** The JSON path of the field, or the position of a syntax error. */
    private final String field;
    /** The offending value as JSON text, or null. */
    private final @Nullable String value;

    DirectoryFileException(String file, String field, String problem, @Nullable String value,
            @Nullable Throwable cause) {
        super(file + ": " + field + ": " + problem + (value == null ? "" : ", but was " + value), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.field = Objects.requireNonNull(field, "field");
        this.value = value;
    }

    /**
     * Returns the name of the file.
     *
     * @return the file name, not null
     */
    public String file() {
        return file;
    }

    /**
     * Returns the JSON path of the offending field ({@code posts[2].zone}), or the line and column
     * of a JSON syntax error ({@code line 3, column 7}).
     *
     * @return the field, not null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the offending value as JSON text (a string in quotes), if there is one.
     *
     * @return the value, or empty (e.g. for a missing field)
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }
}
