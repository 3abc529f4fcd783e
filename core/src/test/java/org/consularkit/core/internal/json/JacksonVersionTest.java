package org.consularkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

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
}
