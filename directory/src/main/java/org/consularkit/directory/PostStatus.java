package org.consularkit.directory;

import java.util.Locale;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.booking.OfficeState;

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
    OPEN(LocalizedText.of("open", "开放")),
    /** The post is open but provides only some services (e.g. emergencies only, renovation). */
    LIMITED(LocalizedText.of("limited", "有限服务")),
    /** The post's consular operations are suspended for a time; it is expected to resume. */
    SUSPENDED(LocalizedText.of("suspended", "暂停服务")),
    /** The post is closed (e.g. by order of the host government) and no reopening is known. */
    CLOSED(LocalizedText.of("closed", "已关闭"));

    private final LocalizedText name;

    PostStatus(LocalizedText name) {
        this.name = name;
    }

    /**
     * Returns the status in words in a locale (Chinese for language {@code zh}, English
     * otherwise), e.g. "closed" / "已关闭".
     *
     * @param locale the locale, not null
     * @return the words, not blank
     */
    public String displayName(Locale locale) {
        return name.get(locale);
    }

    /**
     * Tells whether the post can be called or visited: {@link #OPEN} or {@link #LIMITED}.
     *
     * @return true if the post operates
     */
    public boolean isOperating() {
        return this == OPEN || this == LIMITED;
    }

    /**
     * Returns the engine's state for this status: {@link OfficeState#OPEN} for {@link #OPEN},
     * {@link OfficeState#LIMITED} for {@link #LIMITED}, {@link OfficeState#SUSPENDED} for {@link
     * #SUSPENDED} and {@link #CLOSED} (the engine does not tell a closure from a suspension: either
     * way the post does not serve the public).
     *
     * @return the state, not null
     */
    public OfficeState officeState() {
        switch (this) {
            case OPEN:
                return OfficeState.OPEN;
            case LIMITED:
                return OfficeState.LIMITED;
            default:
                return OfficeState.SUSPENDED;
        }
    }
}
