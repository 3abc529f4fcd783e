package org.consularkit.core.booking;

/**
 * Whether a consular office is serving the public.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum OfficeState {
    /** Open and serving the public as its pages say. */
    OPEN,
    /** Open with limited services (e.g. emergencies only, or during a renovation). */
    LIMITED,
    /** Not serving the public: closed, e.g. by order of the host government. */
    SUSPENDED
}
