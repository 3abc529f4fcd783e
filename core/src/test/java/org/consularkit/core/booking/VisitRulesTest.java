package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.TestData;
import org.junit.jupiter.api.Test;

class VisitRulesTest {

    private static VisitRules rules(Set<VisitorItem> items, Duration early, Duration late) {
        return new VisitRules(true, early, late, true, items, List.of(LocalizedText.of("Voting", "投票")), List.of(),
                List.of(TestData.TEST_SOURCE));
    }

    /** The rules keep the prohibited items given, none or some. */
    @Test
    void keepsTheProhibitedItems() {
        assertThat(rules(Set.of(VisitorItem.LAPTOP), Duration.ZERO, Duration.ZERO).prohibitedItems())
                .containsExactly(VisitorItem.LAPTOP);
        assertThat(rules(Set.of(), Duration.ZERO, Duration.ZERO).prohibitedItems()).isEmpty();
        assertThat(rules(Set.of(), Duration.ZERO, Duration.ZERO).noAppointmentNeeded())
                .containsExactly(LocalizedText.of("Voting", "投票"));
    }

    /** Durations must not be negative, and the rules need a source. */
    @Test
    void rejectsNegativeDurationsAndNoSource() {
        assertThatThrownBy(() -> rules(Set.of(), Duration.ofMinutes(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Visit-rule durations must not be negative, but were arriveEarly=PT-1M, lateCancellation=PT0S");
        assertThatThrownBy(() -> rules(Set.of(), Duration.ZERO, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Visit-rule durations must not be negative, but were arriveEarly=PT0S, lateCancellation=PT-1M");
        assertThatThrownBy(() -> new VisitRules(true, Duration.ZERO, Duration.ZERO, true, Set.of(), List.of(), List.of(),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessage("Visit rules need at least one source");
    }
}
