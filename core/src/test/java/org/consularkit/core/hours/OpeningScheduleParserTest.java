package org.consularkit.core.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** The excerpt that error messages quote from a long text (the parsing itself: {@link OpeningScheduleTest}). */
class OpeningScheduleParserTest {

    /** The excerpt never cuts a surrogate pair, at its start or at its end. */
    @Test
    void anExcerptNeverCutsASurrogatePair() {
        String text = "a".repeat(100) + "😀".repeat(100);
        // 161 - 60 = 101 and 161 + 60 = 221 are both the second half of a pair: the excerpt widens to 100 and 222
        assertThat(OpeningScheduleParser.quoted(text, 161))
                .isEqualTo("'…" + text.substring(100, 222) + "…' (300 characters)");
        assertThat(OpeningScheduleParser.quoted(text, 160))
                .isEqualTo("'…" + text.substring(100, 220) + "…' (300 characters)");
    }

    /** A text that begins with an unpaired second half of a pair is quoted from its first character. */
    @Test
    void anUnpairedSurrogateAtTheStartIsQuotedAsIs() {
        String text = "\uDE00" + "a".repeat(250);
        assertThat(OpeningScheduleParser.quoted(text, 10)).isEqualTo("'" + text.substring(0, 70) + "…' (251 characters)");
    }

    /** An excerpt that reaches the end of the text has no ellipsis there; one from the start has none before. */
    @Test
    void anExcerptReachingAnEndOfTheTextHasNoEllipsisThere() {
        String text = "Mo-Fr 08:00-17:00; ".repeat(10) + "Mo-Fx" + "y".repeat(58);
        assertThat(text).hasSize(253);
        assertThatThrownBy(() -> OpeningSchedule.parse(text))
                .isInstanceOfSatisfying(DateTimeParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(193))
                .hasMessage("Text '…" + text.substring(133) + "' (253 characters) could not be parsed at index 193:"
                        + " expected a weekday: Mo, Tu, We, Th, Fr, Sa or Su");
        assertThat(OpeningScheduleParser.quoted(text, 60)).isEqualTo("'" + text.substring(0, 120) + "…' (253 characters)");
        assertThat(OpeningScheduleParser.quoted(text, 61)).isEqualTo("'…" + text.substring(1, 121) + "…' (253 characters)");
    }
}
