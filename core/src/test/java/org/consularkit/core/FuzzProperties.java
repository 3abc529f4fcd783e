package org.consularkit.core;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The properties every fuzz test of a loader asserts about a rejected input (docs/reliability.md):
 * the one documented exception, {@link DataFileException}, whose message names the source first,
 * stays short whatever the input and carries its parts separately.
 */
public final class FuzzProperties {

    /** The longest message a loader may give, whatever the input. */
    public static final int MAX_MESSAGE = 600;

    private FuzzProperties() {
    }

    /**
     * Asserts that a loader's rejection of an input is a well-formed {@link DataFileException}.
     *
     * @param e the exception
     * @param source the source name given to the loader
     */
    public static void assertDocumentedRejection(DataFileException e, String source) {
        String message = e.getMessage();
        assertThat(message).as("message").isNotNull().hasSizeLessThanOrEqualTo(MAX_MESSAGE).startsWith(source + ":");
        assertThat(e.file()).isEqualTo(source);
        assertThat(e.path()).startsWith("$").hasSizeLessThanOrEqualTo(MAX_MESSAGE);
        assertThat(e.problem()).isNotBlank();
    }
}
