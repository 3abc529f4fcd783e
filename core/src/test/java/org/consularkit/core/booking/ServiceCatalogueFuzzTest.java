package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.consularkit.core.DataFileException;
import org.consularkit.core.FuzzProperties;

/**
 * Coverage-guided fuzz test of {@link ServiceCatalogue#read}: its corpus in
 * {@code ServiceCatalogueFuzzTestInputs/read} runs with every {@code mvn verify};
 * {@code JAZZER_FUZZ=1} fuzzes it (docs/reliability.md).
 *
 * <p>Every input is either rejected with a {@link DataFileException} of bounded length naming the
 * file, or read into a catalogue that answers for every service.
 */
class ServiceCatalogueFuzzTest {

    private static final String SOURCE = "fuzz-catalogue.json";

    @FuzzTest
    void read(byte[] input) {
        ServiceCatalogue catalogue;
        try {
            catalogue = ServiceCatalogue.read(new ByteArrayInputStream(input), SOURCE);
        } catch (DataFileException e) {
            FuzzProperties.assertDocumentedRejection(e, SOURCE);
            return;
        }
        for (ConsularService service : ConsularService.values()) {
            assertThat(catalogue.info(service).isPresent()).isEqualTo(catalogue.contains(service));
        }
        assertThat(catalogue.services()).allSatisfy(info -> assertThat(catalogue.contains(info.service())).isTrue());
        assertThat(catalogue.appointmentServices()).allSatisfy(s -> assertThat(catalogue.contains(s)).isTrue());
        assertThat(catalogue.toString()).isNotEmpty();
    }
}
