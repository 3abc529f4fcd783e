package org.consularkit.core.internal.json;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consularkit.core.DataFileException;
import org.consularkit.core.Source;
import org.consularkit.core.internal.json.DataReader.JsonObject;

/**
 * The header every built-in data file of ConsularKit starts with: the format it is written in
 * ({@code "format": "consularkit.us-federal/1"}), the version of its data, the date its facts were
 * last changed or verified ({@code "version": "2026-11-27"}), and the documents it draws from
 * ({@code "sources": [...]}, or an object of named sources {@code {"A": {...}, ...}} that the
 * file's facts refer to by name).
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param format the format id, e.g. {@code consularkit.us-federal/1}
 * @param version the data version
 * @param sources the documents the data comes from, at least one
 */
public record DataHeader(String format, LocalDate version, List<Source> sources) {

    /** The members of the header. */
    public static final List<String> FIELDS = List.of("format", "version", "sources");

    /**
     * Validates and copies the fields.
     */
    public DataHeader {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(version, "version");
        sources = List.copyOf(sources);
    }

    /**
     * Reads the header of a file's root object and checks its format id.
     *
     * @param reader the reader of the file, not null
     * @param root the root object, not null
     * @param format the expected format id, e.g. {@code consularkit.us-federal/1}, not null
     * @return the header, not null
     * @throws DataFileException if a member of the header is missing or bad, or the format id
     *     differs
     */
    public static DataHeader read(DataReader reader, JsonObject root, String format) {
        JsonValue f = root.required("format", "the format id " + format);
        if (!f.isString() || !f.text().equals(format)) {
            throw reader.fail(f, "the format id \"" + format + "\"");
        }
        return new DataHeader(format, root.date("version"), root.sources("sources"));
    }

    /**
     * Reads a header whose {@code sources} is an object of named sources, and returns the names
     * too.
     *
     * @param reader the reader of the file, not null
     * @param root the root object, not null
     * @param format the expected format id, not null
     * @param named receives the sources by name, in file order, not null
     * @return the header, not null
     * @throws DataFileException if a member of the header is missing or bad, or the format id
     *     differs
     */
    public static DataHeader readNamed(DataReader reader, JsonObject root, String format, Map<String, Source> named) {
        JsonValue f = root.required("format", "the format id " + format);
        if (!f.isString() || !f.text().equals(format)) {
            throw reader.fail(f, "the format id \"" + format + "\"");
        }
        JsonObject sources = root.object("sources");
        if (sources.value().members().isEmpty()) {
            throw reader.fail(sources.value(), "at least one source");
        }
        Map<String, Source> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : sources.value().members().entrySet()) {
            if (!e.getKey().equals(DataReader.COMMENT)) {
                out.put(e.getKey(), reader.source(e.getValue()));
            }
        }
        named.putAll(out);
        return new DataHeader(format, root.date("version"), List.copyOf(out.values()));
    }
}
