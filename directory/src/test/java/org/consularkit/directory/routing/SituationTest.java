package org.consularkit.directory.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.consularkit.core.LocalizedText;
import org.consularkit.directory.ContactRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SituationTest {

    @ParameterizedTest
    @EnumSource(Situation.class)
    void codesRoundTrip(Situation s) {
        assertThat(Situation.of(s.code())).isSameAs(s);
        assertThat(Situation.of(s.code().toUpperCase(java.util.Locale.ROOT))).isSameAs(s);
        assertThat(s.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isNotBlank();
    }

    @Test
    void localServicesComeFirstForTheFiveEmergencies() {
        assertThat(Situation.CRIME.localServices()).containsExactly(ContactRole.POLICE);
        assertThat(Situation.INJURY.localServices()).containsExactly(ContactRole.AMBULANCE, ContactRole.POLICE);
        assertThat(Situation.MEDICAL.localServices()).containsExactly(ContactRole.AMBULANCE);
        assertThat(Situation.FIRE.localServices()).containsExactly(ContactRole.FIRE);
        assertThat(Situation.TRAFFIC.localServices()).containsExactly(ContactRole.TRAFFIC_POLICE, ContactRole.AMBULANCE);
        for (Situation s : List.of(Situation.ARREST, Situation.DESTITUTE, Situation.CHILD, Situation.SICK, Situation.DEATH)) {
            assertThat(s.localServices()).as(s.code()).isEmpty();
        }
    }

    @Test
    void unknownSituation() {
        assertThatThrownBy(() -> Situation.of("flood"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown situation 'flood'; expected one of arrest, destitute, child, sick, death, crime,"
                        + " injury, medical, fire, traffic");
    }
}
