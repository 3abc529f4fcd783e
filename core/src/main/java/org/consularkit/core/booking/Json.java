package org.consularkit.core.booking;

import com.google.common.collect.ImmutableSet;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;

/**
 * Reading JSON documents with the tree model, with errors that name the source, the field and the
 * value ({@link DataFileException}).
 */
final class Json {

    /** Immutable and thread-safe. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectReader READER = MAPPER.reader();

    private final String source;

    private Json(String source) {
        this.source = source;
    }

    static Json of(String source) {
        return new Json(source);
    }

    String source() {
        return source;
    }

    JsonNode parse(InputStream in) {
        try {
            return check(READER.readTree(in));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    JsonNode parse(Reader in) {
        try {
            return check(READER.readTree(in));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private JsonNode check(@Nullable JsonNode node) {
        if (node == null || node.isMissingNode()) {
            throw legacy(source, "", "", "is empty; expected a JSON document", null);
        }
        return node;
    }

    private DataFileException malformed(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return legacy(source, "", "", "is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    }

    /** Temporary bridge to the new exception form (the reader is being replaced). */
    static DataFileException legacy(String source, String field, String value, String problem,
            @Nullable Throwable cause) {
        return new DataFileException(source, field, 0, 0, problem, value.isEmpty() ? null : value, cause);
    }

    //-----------------------------------------------------------------------
    DataFileException error(String field, @Nullable JsonNode value, String problem) {
        return legacy(source, field, value == null ? "" : value.toString(), problem, null);
    }

    DataFileException error(String field, @Nullable JsonNode value, String problem, Throwable cause) {
        return legacy(source, field, value == null ? "" : value.toString(), problem, cause);
    }

    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw error(path, node, "is not a JSON object");
        }
        return node;
    }

    void onlyFields(JsonNode object, String path, Set<String> allowed) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw legacy(source, path(path, n), "",
                        "is not a known field; expected only " + allowed, null);
            }
        }
    }

    JsonNode required(JsonNode object, String path, String name) {
        JsonNode v = object.get(name);
        if (v == null || v.isNull()) {
            throw legacy(source, path(path, name), "", "is missing", null);
        }
        return v;
    }

    @Nullable JsonNode optional(JsonNode object, String name) {
        JsonNode v = object.get(name);
        return v == null || v.isNull() ? null : v;
    }

    String text(JsonNode object, String path, String name) {
        return text(required(object, path, name), path(path, name));
    }

    String text(JsonNode v, String path) {
        if (!v.isTextual()) {
            throw error(path, v, "is not a string");
        }
        if (v.asText().isBlank()) {
            throw error(path, v, "must not be blank");
        }
        return v.asText();
    }

    boolean bool(JsonNode object, String path, String name) {
        JsonNode v = required(object, path, name);
        if (!v.isBoolean()) {
            throw error(path(path, name), v, "is not true or false");
        }
        return v.booleanValue();
    }

    int integer(JsonNode v, String path) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw error(path, v, "is not an integer");
        }
        return v.intValue();
    }

    List<JsonNode> array(JsonNode object, String path, String name) {
        JsonNode v = required(object, path, name);
        if (!v.isArray()) {
            throw error(path(path, name), v, "is not a JSON array");
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    LocalizedText localized(JsonNode v, String path) {
        object(v, path);
        onlyFields(v, path, ImmutableSet.of("en", "zh"));
        return LocalizedText.of(text(v, path, "en"), text(v, path, "zh"));
    }
}
