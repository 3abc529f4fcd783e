package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.TestData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceCatalogueTest {

    @Nested
    class Read {

        private ServiceCatalogue read(String json) {
            InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
            return ServiceCatalogue.read(in, "my-catalogue.json");
        }

        private static final String VALID = """
                {"format": "consularkit.service-catalogue/1", "version": "2026-01-01", "id": "x", "description": "d",
                 "sources": {"s": {"type": "PAGE", "citation": "c", "url": "https://example.org/"}},
                 "services": [{"code": "PASSPORT", "channels": ["APPOINTMENT"], "summary": {"en": "a", "zh": "甲"},
                   "directions": {"en": "b", "zh": "乙"}, "confirmed": true, "notes": [], "sources": ["s"]}],
                 "visitRules": {"separateAppointmentPerService": true, "arriveEarlyMinutes": 15,
                   "lateCancellationMinutes": 15, "printedConfirmationRequired": true, "prohibitedItems": [],
                   "noAppointmentNeeded": [], "notes": [], "sources": ["s"]}}
                """;

        @Test
        void readsAUserCatalogue() {
            ServiceCatalogue c = read(VALID);
            assertThat(c.services()).hasSize(1);
            assertThat(c.contains(ConsularService.NOTARIAL)).isFalse();
            assertThat(c).isEqualTo(read(VALID)).hasToString("ServiceCatalogue[x: PASSPORT]");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "\"PASSPORT\", \"channels\" | \"PASPORT\", \"channels\" | my-catalogue.json:3:24: $.services[0].code: expected one of PASSPORT, CRBA, NOTARIAL, EMERGENCY_ASSISTANCE, STEP_ENROLLMENT, CRIMINAL_RECORD, DIPLOMA_AUTHENTICATION, MARRIAGE, LEGAL_ASSISTANCE, MEDICAL_ASSISTANCE, GREEN_CARD, but was \"PASPORT\"",
            "\"sources\": [\"s\"]}],   | \"sources\": [\"t\"]}],   | my-catalogue.json:4:86: $.services[0].sources[0]: expected the name of one of the file's sources, but was \"t\"",
            "\"arriveEarlyMinutes\": 15 | \"arriveEarlyMinutes\": \"15\" | my-catalogue.json:5:78: $.visitRules.arriveEarlyMinutes: expected an integer from 0 to 1440, but was \"15\"",
            "\"version\": \"2026-01-01\" | \"version\": \"2026-13-01\" | my-catalogue.json:1:58: $.version: expected a date (yyyy-MM-dd), but was \"2026-13-01\"",
            "\"confirmed\": true,       | \"confirmed\": true, \"extra\": 1, | my-catalogue.json:4:70: $.services[0].extra: unknown field (the fields are: code, channels, summary, directions, confirmed, notes, sources)",
            "\"format\": \"consularkit.service-catalogue/1\", | '' | my-catalogue.json:1:1: $.format: expected the format id consularkit.service-catalogue/1, but was missing",
            "[\"APPOINTMENT\"]           | [\"APPOINTMENT\", \"APPOINTMENT\"] | my-catalogue.json:3:64: $.services[0].channels[1]: expected a channel not listed before, but was \"APPOINTMENT\"",
            "[\"APPOINTMENT\"]           | []                        | my-catalogue.json:3:48: $.services[0].channels: expected at least one channel, but was []",
        })
        void malformedCataloguesNameFileFieldAndValue(String from, String to, String message) {
            assertThat(VALID).contains(from);
            assertThatThrownBy(() -> read(VALID.replace(from, to))).isInstanceOf(DataFileException.class)
                    .hasMessage(message);
        }

        /** The lists of texts are read in order: a service's notes, the visit rules' notes and exceptions. */
        @Test
        void readsTheListsOfTexts() {
            ServiceCatalogue c = read(VALID.replace("\"confirmed\": true, \"notes\": []",
                            "\"confirmed\": true, \"notes\": [{\"en\": \"n1\", \"zh\": \"注1\"}, {\"en\": \"n2\", \"zh\": \"注2\"}]")
                    .replace("\"noAppointmentNeeded\": [], \"notes\": []",
                            "\"noAppointmentNeeded\": [{\"en\": \"vote\", \"zh\": \"投票\"}], \"notes\": [{\"en\": \"r\", \"zh\": \"规\"}]"));
            assertThat(c.info(ConsularService.PASSPORT).orElseThrow().notes())
                    .containsExactly(LocalizedText.of("n1", "注1"), LocalizedText.of("n2", "注2"));
            assertThat(c.rules().noAppointmentNeeded()).containsExactly(LocalizedText.of("vote", "投票"));
            assertThat(c.rules().notes()).containsExactly(LocalizedText.of("r", "规"));
        }

        @Test
        void aCatalogueLargerThanTheLimitIsRejected() {
            String large = VALID.replace("\"d\"", "\"" + "d".repeat(ServiceCatalogue.MAX_BYTES) + "\"");
            assertThatThrownBy(() -> read(large)).isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith("my-catalogue.json")
                    .hasMessageEndingWith("$: expected a document of at most 1048576 bytes, but was larger");
        }

        @Test
        void theStreamIsNotClosed() {
            boolean[] closed = {false};
            InputStream in = new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            assertThat(ServiceCatalogue.read(in, "x.json").id()).isEqualTo("x");
            assertThat(closed[0]).isFalse();
        }

        @Test
        void notJson() {
            assertThatThrownBy(() -> read("{\"id\": ")).isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith("my-catalogue.json:1:8: $: malformed JSON: ");
        }
    }

    /** The test catalogue read in full: the verification date, the texts and the appointment services. */
    @Test
    void readsEveryPartOfTheTestCatalogue() {
        ServiceCatalogue c = TestData.CATALOGUE;
        assertThat(c.verified()).contains(LocalDate.of(2026, 1, 1));
        assertThat(c.rules().noAppointmentNeeded()).containsExactly(LocalizedText.of("Registering to vote", "选民登记"));
        assertThat(c.info(ConsularService.DIPLOMA_AUTHENTICATION).orElseThrow().notes())
                .containsExactly(LocalizedText.of("Not confirmed.", "未确认。"));
        assertThat(c.appointmentServices())
                .containsExactly(ConsularService.PASSPORT, ConsularService.CRBA, ConsularService.NOTARIAL);
        assertThat(ServiceCatalogue.of("x", c.services(), c.rules()).verified()).isEmpty();
    }

    /** Two catalogues are equal exactly when id, entries, rules and verification date are equal; the hash follows. */
    @Test
    void equalityFollowsIdEntriesRulesAndDate() {
        ServiceCatalogue c = TestData.CATALOGUE;
        ServiceCatalogue built = ServiceCatalogue.of("test", c.services(), c.rules());
        assertThat(built).isEqualTo(ServiceCatalogue.of("test", c.services(), c.rules()))
                .hasSameHashCodeAs(ServiceCatalogue.of("test", c.services(), c.rules())).isNotEqualTo(c.toString());
        VisitRules rules = c.rules();
        VisitRules otherRules = new VisitRules(false, rules.arriveEarly(), rules.lateCancellation(),
                rules.printedConfirmationRequired(), rules.prohibitedItems(), rules.noAppointmentNeeded(), rules.notes(),
                rules.sources());
        for (ServiceCatalogue other : List.of(c, ServiceCatalogue.of("other", c.services(), c.rules()),
                ServiceCatalogue.of("test", c.services().subList(0, 3), c.rules()),
                ServiceCatalogue.of("test", c.services(), otherRules))) {
            assertThat(other).as("%s", other).isNotEqualTo(built);
            assertThat(other.hashCode()).as("%s", other).isNotEqualTo(built.hashCode());
        }
    }
}
