package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harrel.jsonschema.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every built-in data file of the module, and the fixtures of the user directory format, against
 * its JSON Schema (draft 2020-12): {@code posts.json} and the user files against {@code
 * directory.schema.json} (shipped next to {@code posts.json}), {@code service-catalogue.json}
 * against core's {@code service-catalogue.schema.json}.
 */
class SchemasTest {

    private static final Path RESOURCES = Path.of("src/main/resources/org/consularkit/directory");
    /** Core's schema, read from core's sources: the package is not open to this module. */
    private static final Path CATALOGUE_SCHEMA =
            Path.of("../core/src/main/resources/org/consularkit/core/booking/service-catalogue.schema.json");

    private static List<String> errors(String schema, String json) {
        return new ValidatorFactory().validate(schema, json).getErrors().stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getError()).toList();
    }

    private static String schema() {
        return DirectoryFileTest.read("directory.schema.json");
    }

    @Test
    void theBuiltInDirectoryIsValid() throws IOException {
        String json = Files.readString(RESOURCES.resolve("posts.json"));
        assertThat(json).isEqualTo(DirectoryFileTest.read("posts.json"));
        assertThat(errors(schema(), json)).isEmpty();
    }

    @Test
    void theBuiltInServiceCatalogueIsValid() throws IOException {
        String json = DirectoryFileTest.read("service-catalogue.json");
        assertThat(errors(Files.readString(CATALOGUE_SCHEMA), json)).isEmpty();
    }

    @Test
    void theUserFileFixtureIsValidInItsOlderAndCurrentHeaders() {
        String older = DirectoryFileTest.GOOD;
        String current = older.replace("\"consularkit-directory/1\"", "\"consularkit.directory/1\"")
                .replace("\"verifiedOn\": \"2019-06-01\"", "\"version\": \"2019-06-01\"");
        assertThat(errors(schema(), older)).isEmpty();
        assertThat(errors(schema(), current)).isEmpty();
    }

    @Test
    void filesTheReaderRejectsAreInvalid() {
        String good = DirectoryFileTest.GOOD;
        assertThat(errors(schema(), good.replace("\"verifiedOn\"", "\"verified\""))).isNotEmpty();
        assertThat(errors(schema(), good.replace("\"CONSULATE_GENERAL\"", "\"CONSULATE\""))).isNotEmpty();
        assertThat(errors(schema(), good.replace("\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"], \"uncertain\": true}"))).isNotEmpty();
        assertThat(errors(schema(), good.replace("\"verifiedOn\": \"2019-06-01\",",
                "\"verifiedOn\": \"2019-06-01\", \"version\": \"2019-06-01\","))).isNotEmpty();
    }
}
