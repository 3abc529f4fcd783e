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

    /** With jackson-core 2.21 or newer (the build's, not the floor's), no column is moved. */
    @Test
    void theJacksonOfTheBuildPlacesErrorsAtTheCharacterAndTheTokenAlready() {
        com.fasterxml.jackson.core.Version v = com.fasterxml.jackson.core.json.PackageVersion.VERSION;
        org.junit.jupiter.api.Assumptions.assumeTrue(v.getMajorVersion() > 2 || v.getMinorVersion() >= 21,
                "jackson-core " + v + " places some errors after the character or the token (the floor build)");
        assertThat(JacksonVersion.errorColumn("Unexpected character ('}' (code 125))", 4)).isEqualTo(4);
        assertThat(JacksonVersion.errorColumn("Unrecognized token 'tru': was expecting a value", 7)).isEqualTo(7);
    }

    /**
     * jackson-core before 2.17 places an unexpected character or close marker one column after it,
     * and before 2.21 an unrecognized token just after its end (the messages are theirs; the columns
     * those of {@code [1, xyz]}, {@code {"k": tru}} and {@code [1,}} as 2.16, 2.20 and 2.21 report them).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // message | column reported | locates characters | locates tokens | column of the error
        "Unexpected character ('}' (code 125)): expected a value | 5 | false | false | 4",
        "Unexpected character ('}' (code 125)): expected a value | 4 | true | false | 4",
        "Unexpected close marker ']': expected '}' | 9 | false | false | 8",
        "Unexpected close marker ']': expected '}' | 8 | true | true | 8",
        "Unexpected character ('x' (code 120)) | 2 | false | false | 1",
        "Unexpected character ('x' (code 120)) | 1 | false | false | 1",
        "Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null') | 10 | false | false | 7",
        "Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null') | 10 | true | false | 7",
        "Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null') | 7 | true | true | 7",
        "Unrecognized token 'xyz': was expecting a value | 8 | true | false | 5",
        "Unrecognized token 'truefalse': was expecting a value | 4 | false | false | 1",
        "Unrecognized token 'ab': was expecting a value | 3 | false | false | 1",
        "Duplicate field 'a' | 13 | false | false | 13",
        "Unexpected end-of-input | 0 | false | false | 0"})
    void olderJacksonColumnsAreMovedToTheCharacterOrTheToken(String message, int reported, boolean characters,
            boolean tokens, int column) {
        assertThat(JacksonVersion.errorColumn(message, reported, characters, tokens)).isEqualTo(column);
    }

    @Test
    void withoutAMessageTheColumnIsKept() {
        assertThat(JacksonVersion.errorColumn(null, 7, false, false)).isEqualTo(7);
    }
}
