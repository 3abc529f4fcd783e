package org.consularkit.core;

/**
 * The kind of document a fact comes from.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum SourceType {
    /** A statute, e.g. 5 U.S.C. 6103, or a State Council regulation. */
    STATUTE,
    /** An executive order, e.g. EO 11582 or EO 14129. */
    EXECUTIVE_ORDER,
    /** A published notice, e.g. a State Council General Office holiday notice. */
    NOTICE,
    /**
     * A rule applied by the library to a year the sources do not cover (the answer is provisional).
     */
    DERIVED_RULE,
    /** An official web page or another publication. */
    PAGE
}
