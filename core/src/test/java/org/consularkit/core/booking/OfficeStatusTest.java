package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.TestData;
import org.junit.jupiter.api.Test;

class OfficeStatusTest {

    private static final LocalizedText NOTE = LocalizedText.of("closed by order of the host government",
            "应东道国政府要求关闭");

    /** An open office without a date, note or source is the one {@link OfficeStatus#open()} status. */
    @Test
    void openWithoutSourceIsTheOpenStatus() {
        assertThat(OfficeStatus.of(OfficeState.OPEN, Optional.empty(), Optional.empty(), List.of()))
                .isSameAs(OfficeStatus.open());
        assertThat(OfficeStatus.open()).hasToString("OPEN");
        assertThat(OfficeStatus.open().isOperating()).isTrue();
        assertThatThrownBy(() -> OfficeStatus.of(OfficeState.CLOSED, Optional.of(LocalDate.of(2020, 7, 27)),
                Optional.empty(), List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Office status CLOSED since 2020-07-27 needs a source");
    }

    /** Statuses are equal exactly when state, date, note and sources are equal; each changes the hash. */
    @Test
    void equalityFollowsStateDateNoteAndSources() {
        OfficeStatus s = OfficeStatus.of(OfficeState.CLOSED, LocalDate.of(2020, 7, 27), NOTE, List.of(TestData.TEST_SOURCE));
        assertThat(s).isEqualTo(OfficeStatus.of(OfficeState.CLOSED, Optional.of(LocalDate.of(2020, 7, 27)),
                Optional.of(NOTE), List.of(TestData.TEST_SOURCE)))
                .hasSameHashCodeAs(OfficeStatus.of(OfficeState.CLOSED, LocalDate.of(2020, 7, 27), NOTE,
                        List.of(TestData.TEST_SOURCE)))
                .isNotEqualTo(s.toString());
        for (OfficeStatus other : List.of(
                OfficeStatus.of(OfficeState.SUSPENDED, LocalDate.of(2020, 7, 27), NOTE, List.of(TestData.TEST_SOURCE)),
                OfficeStatus.of(OfficeState.CLOSED, LocalDate.of(2020, 7, 28), NOTE, List.of(TestData.TEST_SOURCE)),
                OfficeStatus.of(OfficeState.CLOSED, NOTE, List.of(TestData.TEST_SOURCE)),
                OfficeStatus.of(OfficeState.CLOSED, LocalDate.of(2020, 7, 27), LocalizedText.of("closed", "关闭"),
                        List.of(TestData.TEST_SOURCE)),
                OfficeStatus.of(OfficeState.CLOSED, LocalDate.of(2020, 7, 27), NOTE, List.of(TestData.SEED)))) {
            assertThat(other).as("%s", other).isNotEqualTo(s);
            assertThat(other.hashCode()).as("%s", other).isNotEqualTo(s.hashCode());
        }
    }

    /** A status other than plain "open" needs a source; the message names the state and its date. */
    @Test
    void everyStatusButPlainOpenNeedsASource() {
        assertThatThrownBy(() -> OfficeStatus.of(OfficeState.CLOSED, NOTE, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Office status CLOSED needs a source");
        assertThatThrownBy(() -> OfficeStatus.of(OfficeState.CLOSED, Optional.empty(), Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Office status CLOSED needs a source");
        assertThatThrownBy(() -> OfficeStatus.of(OfficeState.OPEN, Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(),
                List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Office status OPEN since 2026-01-01 needs a source");
        assertThatThrownBy(() -> OfficeStatus.of(OfficeState.OPEN, Optional.empty(), Optional.of(NOTE), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Office status OPEN needs a source");
        OfficeStatus limited = OfficeStatus.of(OfficeState.LIMITED, NOTE, List.of(TestData.TEST_SOURCE));
        assertThat(limited.sources()).containsExactly(TestData.TEST_SOURCE);
        assertThat(limited.since()).isEmpty();
        assertThat(limited.note()).contains(NOTE);
        assertThat(limited).hasToString("LIMITED");
    }

    /** States have names in English and Chinese; only open and limited offices operate. */
    @Test
    void statesAreNamedAndOnlyOpenAndLimitedOperate() {
        assertThat(OfficeState.SUSPENDED.displayName()).isEqualTo(LocalizedText.of("suspended", "暂停服务"));
        assertThat(OfficeState.CLOSED.displayName(java.util.Locale.ENGLISH)).isEqualTo("closed");
        assertThat(OfficeState.CLOSED.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("已关闭");
        for (OfficeState s : OfficeState.values()) {
            assertThat(s.isOperating()).as("%s", s).isEqualTo(s == OfficeState.OPEN || s == OfficeState.LIMITED);
        }
    }
}
