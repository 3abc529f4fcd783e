package org.consularkit.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsValidationExceptionTest {

    @Test
    void theMessageNamesTheSubjectAndEveryProblem() {
        IcsValidationException e = new IcsValidationException("holiday feed cn (zh) 2007-2030",
                List.of("VEVENT UID a is not unique", "VEVENT b: DTEND 20260101 is not after DTSTART 20260101"));
        assertThat(e).hasMessage("Invalid iCalendar output for holiday feed cn (zh) 2007-2030: VEVENT UID a is"
                + " not unique; VEVENT b: DTEND 20260101 is not after DTSTART 20260101");
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void theProblemsAreACopyThatCannotChange() {
        List<String> problems = new ArrayList<>(List.of("one"));
        IcsValidationException e = new IcsValidationException("x", problems);
        problems.add("two");
        assertThat(e.problems()).containsExactly("one");
        assertThatThrownBy(() -> e.problems().add("three")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSubjectAndAtLeastOneProblemAreRequired() {
        assertThatThrownBy(() -> new IcsValidationException(" ", List.of("p")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("IcsValidationException subject must not be blank");
        assertThatThrownBy(() -> new IcsValidationException("feed", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("IcsValidationException for feed needs at least one problem");
        assertThatThrownBy(() -> new IcsValidationException(null, List.of("p"))).hasMessage("subject");
        assertThatThrownBy(() -> new IcsValidationException("feed", null)).hasMessage("problems");
    }
}
