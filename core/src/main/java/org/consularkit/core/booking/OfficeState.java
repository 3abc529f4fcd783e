package org.consularkit.core.booking;

import java.util.Locale;
import java.util.Objects;
import org.consularkit.core.LocalizedText;

/**
 * Whether a consular office (a post of a directory, or any office the booking rules are given
 * for) serves the public: the one status vocabulary of ConsularKit, used by the booking validator,
 * the post directory and emergency routing alike.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum OfficeState {
    /** Open and serving the public as its pages say. */
    OPEN(LocalizedText.of("open", "开放")),
    /** Open with limited services (e.g. emergencies only, or during a renovation). */
    LIMITED(LocalizedText.of("limited", "有限服务")),
    /** Not serving the public for a time; it is expected to resume. */
    SUSPENDED(LocalizedText.of("suspended", "暂停服务")),
    /**
     * Closed (e.g. by order of the host government) with no reopening known, like the Consulate
     * General in Chengdu since 2020-07-27.
     */
    CLOSED(LocalizedText.of("closed", "已关闭"));

    private final LocalizedText name;

    OfficeState(LocalizedText name) {
        this.name = name;
    }

    /**
     * Returns the state in words, in English and Chinese, e.g. "closed" / "已关闭".
     *
     * @return the words, not null
     */
    public LocalizedText displayName() {
        return name;
    }

    /**
     * Returns the state in words in a locale (Chinese for language {@code zh}, English otherwise).
     *
     * @param locale the locale, not null
     * @return the words, not blank
     */
    public String displayName(Locale locale) {
        return name.get(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Tells whether an office in this state can be called or visited: {@link #OPEN} or {@link
     * #LIMITED}.
     *
     * @return true if the office operates
     */
    public boolean isOperating() {
        return this == OPEN || this == LIMITED;
    }
}
