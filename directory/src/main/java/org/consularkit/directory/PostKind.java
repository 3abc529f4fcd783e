package org.consularkit.directory;

import java.util.Locale;
import org.consularkit.core.LocalizedText;

/**
 * The kind of a diplomatic or consular post.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum PostKind {
    /** An embassy, e.g. the U.S. Embassy Beijing. */
    EMBASSY(LocalizedText.of("Embassy", "大使馆")),
    /** A consulate general, e.g. the U.S. Consulate General Shanghai. */
    CONSULATE_GENERAL(LocalizedText.of("Consulate General", "总领事馆"));

    private final LocalizedText name;

    PostKind(LocalizedText name) {
        this.name = name;
    }

    /**
     * Returns the name of the kind in a locale (Chinese for language {@code zh}, English
     * otherwise).
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String displayName(Locale locale) {
        return name.get(locale);
    }
}
