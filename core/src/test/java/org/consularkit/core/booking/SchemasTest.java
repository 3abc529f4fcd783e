package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harrel.jsonschema.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas of core's formats, shipped next to their readers ({@code booking.schema.json},
 * {@code service-catalogue.schema.json}), accept core's fixtures of the user formats and reject
 * what the readers reject. The built-in catalogue of US Mission China is checked in the directory
 * module, where it lives.
 */
class SchemasTest {

    /** Reads a resource of this package. */
    static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(SchemasTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates a document against a schema (draft 2020-12) and returns the errors. */
    static List<String> errors(String schema, String json) {
        return new ValidatorFactory().validate(schema, json).getErrors().stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getError()).toList();
    }

    @Test
    void theSchemasAreShippedNextToTheReaders() {
        assertThat(resource("booking.schema.json")).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        assertThat(resource("service-catalogue.schema.json")).contains("\"const\": \"consularkit.service-catalogue/1\"");
    }

    @Test
    void theTestCatalogueIsValid() {
        String json = resource("test-catalogue.json");
        ServiceCatalogue.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test-catalogue.json");
        assertThat(errors(resource("service-catalogue.schema.json"), json)).isEmpty();
    }

    @Test
    void aCatalogueWithoutTheHeaderIsInvalid() {
        String json = resource("test-catalogue.json").replace("\"format\": \"consularkit.service-catalogue/1\",", "");
        assertThat(errors(resource("service-catalogue.schema.json"), json)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        BookingJsonTest.CLI_EXAMPLE,
        "{\"services\": [\"PASSPORT\"], \"walkIn\": true, \"start\": \"2026-03-03T06:00Z\"}",
        "{\"services\": [\"PASSPORT\", \"NOTARIAL\"], \"appointmentType\": \"NOTARIAL\", \"start\": \"1900-01-01T00:00+18:00\","
                + " \"applicants\": 2, \"items\": [], \"bookedAt\": null, \"$comment\": \"a note\"}",
        "{\"services\": [\"CRBA\"], \"appointmentType\": \"CRBA\", \"start\": \"9999-12-31T23:59:59.5-18:00\", \"walkIn\": false}",
    })
    void bookingsTheReaderAcceptsAreValid(String json) {
        BookingJson.parseBooking(json, "b.json");
        assertThat(errors(resource("booking.schema.json"), json)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"services\": [], \"appointmentType\": \"NOTARIAL\", \"start\": \"2026-03-03T14:00+08:00\"}",
        "{\"services\": [\"NOTARY\"], \"appointmentType\": \"NOTARIAL\", \"start\": \"2026-03-03T14:00+08:00\"}",
        "{\"services\": [\"NOTARIAL\"], \"start\": \"2026-03-03T14:00+08:00\"}",
        "{\"services\": [\"NOTARIAL\"], \"walkIn\": true, \"appointmentType\": \"NOTARIAL\", \"start\": \"2026-03-03T14:00+08:00\"}",
        "{\"services\": [\"NOTARIAL\"], \"appointmentType\": \"NOTARIAL\", \"start\": \"2026-03-03T14:00\"}",
        "{\"services\": [\"NOTARIAL\"], \"appointmentType\": \"NOTARIAL\", \"start\": \"+999999999-12-31T23:59-10:00\"}",
        "{\"services\": [\"NOTARIAL\"], \"appointmentType\": \"NOTARIAL\", \"start\": \"2026-03-03T14:00+08:00\", \"applicants\": 0}",
        "{\"services\": [\"NOTARIAL\"], \"appointmentType\": \"NOTARIAL\", \"start\": \"2026-03-03T14:00+08:00\", \"bookedOn\": 1}",
    })
    void bookingsTheReaderRejectsAreInvalid(String json) {
        assertThat(errors(resource("booking.schema.json"), json)).isNotEmpty();
    }
}
