package org.consularkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The check of the jackson-core version. A JVM with an older jackson-core, where the check fails, is
 * started by {@code OldJacksonTest} of the directory module.
 */
class JacksonVersionTest {

    @Test
    void theJacksonOfTheBuildIsSupported() {
        assertThatCode(JacksonVersion::require).doesNotThrowAnyException();
    }

    @Test
    void theMessageNamesTheVersionFoundAndTheVersionNeeded() {
        assertThat(JacksonVersion.message("2.14.3")).isEqualTo("ConsularKit needs jackson-core 2.15.0 or newer,"
                + " found 2.14.3: align com.fasterxml.jackson.core:jackson-core (for example by importing"
                + " com.fasterxml.jackson:jackson-bom) to 2.15.0 or newer");
    }

    @Test
    void theJacksonOfTheBuildPlacesErrorsAtTheTokenAlready() {
        assertThat(JacksonVersion.errorColumn("Unexpected character ('}' (code 125))", 4)).isEqualTo(4);
    }

    /**
     * jackson-core 2.15 and 2.16 place an unexpected character or close marker one column after it
     * and an unrecognized token just after its end (the messages are theirs).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Unexpected character ('}' (code 125)): expected a value | 5 | 4",
        "Unexpected close marker ']': expected '}' | 9 | 8",
        "Unexpected character ('x' (code 120)) | 2 | 1",
        "Unexpected character ('x' (code 120)) | 1 | 1",
        "Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null') | 11 | 8",
        "Unrecognized token 'truefalse': was expecting a value | 4 | 1",
        "Unrecognized token 'ab': was expecting a value | 3 | 1",
        "Duplicate field 'a' | 13 | 13",
        "Unexpected end-of-input | 0 | 0"})
    void olderJacksonColumnsAreMovedToTheToken(String message, int reported, int column) {
        assertThat(JacksonVersion.columnBefore217(message, reported)).isEqualTo(column);
    }

    @Test
    void withoutAMessageTheColumnIsKept() {
        assertThat(JacksonVersion.columnBefore217(null, 7)).isEqualTo(7);
    }
}
