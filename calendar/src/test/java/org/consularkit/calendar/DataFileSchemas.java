package org.consularkit.calendar;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
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
 * networknt json-schema-validator, test scope only).
 */
public final class DataFileSchemas {

    /** The folder of the schemas in the jar. */
    public static final String FOLDER = "/org/consularkit/calendar/schema/";

    /** The schemas: the formats of the built-in files and the two user formats. */
    public static final List<String> NAMES = List.of("us-federal", "mission-china-closures", "cn-schedules",
            "cn-schedule", "holiday-cn");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

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
    private static Schema schema(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> REGISTRY.getSchema(
                SchemaLocation.of("https://consularkit.invalid/schema/" + n + ".schema.json"),
                text(FOLDER + n + ".schema.json"), InputFormat.JSON));
    }

    /**
     * Validates a document against the schema of a format.
     *
     * @param name the name of the schema, one of {@link #NAMES}
     * @param json the document
     * @return the errors, each as location and message; empty when the document is valid
     */
    public static List<String> errors(String name, String json) {
        List<Error> errors = schema(name).validate(json, InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
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
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        return meta.validate(schema, InputFormat.JSON).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
