package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    private static final Source SEED = Source.of(SourceType.PAGE, "[OFF] seed");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @Test
    void uncertainNeedsANote() {
        assertThatThrownBy(() -> new Provenance(List.of(SEED), DAY, true, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An uncertain fact needs a note saying why");
        assertThat(new Provenance(List.of(SEED), DAY, true, Optional.of("stale")).verified()).isFalse();
    }

    @Test
    void needsASource() {
        assertThatThrownBy(() -> new Provenance(List.of(), DAY, false, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A fact needs at least one source");
    }

    @Test
    void valueSemantics() {
        Provenance a = new Provenance(List.of(SEED), DAY, false, Optional.empty());
        assertThat(a).isEqualTo(new Provenance(List.of(SEED), DAY, false, Optional.empty()));
        assertThat(new Sourced<>("x", a)).isEqualTo(new Sourced<>("x", a)).isNotEqualTo(new Sourced<>("y", a));
        assertThat(a.verified()).isTrue();
    }
}
