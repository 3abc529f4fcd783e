package org.consularkit.core.booking;


/**
 * How serious a {@link Violation} is. A booking is valid exactly when no violation is an {@link
 * #ERROR}.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Severity {
    /** The booking breaks a rule and will be refused or rescheduled. */
    ERROR,
    /** The booking may be valid but the visitor must know something (e.g. the post is suspended). */
    WARNING,
    /** For information (e.g. the closures of that year are provisional). */
    INFO
}
