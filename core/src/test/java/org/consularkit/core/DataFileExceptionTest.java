package org.consularkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link DataFileException}: one message form, bounded length, the parts separately. */
class DataFileExceptionTest {

    @Test
    void messageIsFileLineColumnPathProblemValue() {
        DataFileException e = new DataFileException("2027.json", "$.days[3].date", 4, 13,
                "expected a date (yyyy-MM-dd)", "\"2027-02-30\"", null);
        assertThat(e).hasMessage("2027.json:4:13: $.days[3].date: expected a date (yyyy-MM-dd), but was \"2027-02-30\"");
        assertThat(e.file()).isEqualTo("2027.json");
        assertThat(e.path()).isEqualTo("$.days[3].date");
        assertThat(e.line()).hasValue(4);
        assertThat(e.column()).hasValue(13);
        assertThat(e.problem()).isEqualTo("expected a date (yyyy-MM-dd)");
        assertThat(e.value()).hasValue("\"2027-02-30\"");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownPositionAndNoValueAreLeftOut() {
        DataFileException e = new DataFileException("lunar-months.txt", "", 0, 0, "line 3: expected 4 fields", null, null);
        assertThat(e).hasMessage("lunar-months.txt: line 3: expected 4 fields");
        assertThat(e.line()).isEmpty();
        assertThat(e.column()).isEmpty();
        assertThat(e.value()).isEmpty();
    }

    @Test
    void everyPartIsBounded() {
        String huge = "x".repeat(10_000_000);
        DataFileException e = new DataFileException(huge, "$." + huge, 1, 1, "expected " + huge, "\"" + huge + "\"", null);
        assertThat(e.getMessage()).hasSizeLessThan(1000).contains("… (10000000 characters)");
        assertThat(e.value().orElseThrow()).hasSizeLessThanOrEqualTo(DataFileException.MAX_EXCERPT);
    }

    @Test
    void shortenKeepsSurrogatePairsWhole() {
        String text = "a".repeat(40) + "😀".repeat(40);
        String s = DataFileException.shorten(text, 60);
        assertThat(s).hasSizeLessThanOrEqualTo(60);
        assertThat(Character.isHighSurrogate(s.charAt(s.indexOf('…') - 1))).isFalse();
    }

    @Test
    void shortenLeavesOutAPairThatTheCutWouldSplit() {
        // 143 characters: the suffix "… (143 characters)" has 18, so 42 would be kept, the last of
        // them the high half of the emoji: the whole emoji is left out
        String text = "a".repeat(41) + "😀" + "b".repeat(100);
        assertThat(DataFileException.shorten(text, 60)).isEqualTo("a".repeat(41) + "… (143 characters)");
        String pairBefore = "a".repeat(40) + "😀" + "b".repeat(101);
        assertThat(DataFileException.shorten(pairBefore, 60)).isEqualTo("a".repeat(40) + "😀" + "… (143 characters)");
    }

    @Test
    void aTextOfExactlyTheMaximumIsKeptWhole() {
        String text = "x".repeat(60);
        assertThat(DataFileException.shorten(text, 60)).isSameAs(text);
        assertThat(DataFileException.shorten(text + "y", 60)).isEqualTo("x".repeat(43) + "… (61 characters)");
    }

    @Test
    void aMaximumNoLongerThanTheSuffixKeepsOnlyTheSuffix() {
        assertThat(DataFileException.shorten("x".repeat(10_000), 20)).isEqualTo("… (10000 characters)");
    }

    @Test
    void aKnownLineWithoutColumnIsFileAndLine() {
        DataFileException e = new DataFileException("f.txt", "$", 3, 0, "expected a date", "x", null);
        assertThat(e).hasMessage("f.txt:3: $: expected a date, but was x");
        assertThat(e.line()).hasValue(3);
        assertThat(e.column()).isEmpty();
        assertThat(new DataFileException("f.txt", "$", 3, 1, "expected a date", "x", null))
                .hasMessage("f.txt:3:1: $: expected a date, but was x");
    }
}
