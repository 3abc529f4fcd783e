package org.consularkit.calendar;

import dev.harrel.jsonschema.InvalidSchemaException;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The JSON Schemas of the data formats of this module, as shipped in the jar ({@code
 * org/consularkit/calendar/schema/NAME.schema.json}), and a validator for them (draft 2020-12,
 * dev.harrel json-schema, test scope only).
 */
public final class DataFileSchemas {

    /** The folder of the schemas in the jar. */
    public static final String FOLDER = "/org/consularkit/calendar/schema/";

    /** The schemas: the formats of the built-in files and the user formats. */
    public static final List<String> NAMES = List.of("us-federal", "mission-china-closures", "cn-schedules",
            "cn-schedule", "holiday-cn", "us-closings", "post-closures");

    private static final Map<String, java.net.URI> SCHEMAS = new ConcurrentHashMap<>();
    private static final Validator VALIDATOR = new ValidatorFactory().createValidator();

    private DataFileSchemas() {
    }

    /**
     * Returns the names of the schemas, for parameterized tests.
     *
     * @return the names
     */
    public static Stream<String> names() {
        return NAMES.stream();
    }

    /**
     * Returns the text of a resource of this module.
     *
     * @param resource the absolute resource name, e.g. {@code /org/consularkit/calendar/us-federal.json}
     * @return the UTF-8 text
     */
    public static String text(String resource) {
        try (InputStream in = DataFileSchemas.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the schema of a format.
     *
     * @param name the name, one of {@link #NAMES}
     * @return the schema
     */
    private static java.net.URI schema(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> {
            synchronized (VALIDATOR) {
                return VALIDATOR.registerSchema(java.net.URI.create("https://consularkit.invalid/schema/" + n + ".schema.json"),
                        text(FOLDER + n + ".schema.json"));
            }
        });
    }

    /**
     * Validates a document against the schema of a format.
     *
     * @param name the name of the schema, one of {@link #NAMES}
     * @param json the document
     * @return the errors, each as location and message; empty when the document is valid
     */
    public static List<String> errors(String name, String json) {
        java.net.URI uri = schema(name);
        Validator.Result result;
        synchronized (VALIDATOR) {
            result = VALIDATOR.validate(uri, json);
        }
        return result.getErrors().stream().map(e -> e.getInstanceLocation() + ": " + e.getError()).toList();
    }

    /**
     * Validates a schema of this module against the meta-schema of draft 2020-12.
     *
     * @param name the name of the schema, one of {@link #NAMES}
     * @return the errors; empty when the schema is valid
     */
    public static List<String> metaSchemaErrors(String name) {
        return metaSchemaErrorsOf(text(FOLDER + name + ".schema.json"));
    }

    /**
     * Validates the text of a schema against the meta-schema of draft 2020-12 (bundled with the
     * validator, not fetched).
     *
     * @param schema the text of the schema
     * @return the errors; empty when the schema is valid
     */
    public static List<String> metaSchemaErrorsOf(String schema) {
        try {
            new ValidatorFactory().createValidator().registerSchema(schema);
            return List.of();
        } catch (InvalidSchemaException e) {
            return e.getErrors().stream().map(x -> x.getInstanceLocation() + ": " + x.getError()).toList();
        }
    }
}
