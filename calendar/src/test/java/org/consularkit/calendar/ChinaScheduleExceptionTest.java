package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChinaScheduleExceptionTest {

    @Test
    void messageNamesTheFileThePathAndTheProblem() {
        ChinaScheduleException e = new ChinaScheduleException("2027.json", "days[3].date", "not a date: \"x\"");
        assertThat(e).hasMessage("2027.json: days[3].date: not a date: \"x\"").hasNoCause()
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(e.sourceName()).isEqualTo("2027.json");
        assertThat(e.path()).isEqualTo("days[3].date");
    }

    @Test
    void theWholeDocumentHasNoPathInTheMessage() {
        IllegalStateException cause = new IllegalStateException("boom");
        ChinaScheduleException e = new ChinaScheduleException("a.json", "$", "empty file", cause);
        assertThat(e).hasMessage("a.json: empty file").hasCause(cause);
        assertThat(e.path()).isEqualTo("$");
    }
}
