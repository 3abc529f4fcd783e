package org.consularkit.directory;

/**
 * Whether a post provides consular services.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum PostStatus {
    /** The post provides its usual services. */
    OPEN,
    /** The post is open but provides only some services (e.g. emergencies only, renovation). */
    LIMITED,
    /** The post's consular operations are suspended for a time; it is expected to resume. */
    SUSPENDED,
    /** The post is closed (e.g. by order of the host government) and no reopening is known. */
    CLOSED;

    /**
     * Tells whether the post can be called or visited: {@link #OPEN} or {@link #LIMITED}.
     *
     * @return true if the post operates
     */
    public boolean isOperating() {
        return this == OPEN || this == LIMITED;
    }
}
