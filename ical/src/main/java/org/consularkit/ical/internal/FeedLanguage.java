package org.consularkit.ical.internal;

import java.util.Locale;
import java.util.Objects;
import org.consularkit.core.LocalizedText;

/**
 * The language of the texts of an iCalendar object: English or Simplified Chinese. Every feed and
 * confirmation chooses it the same way, from a caller's locale, and writes its tag into its UIDs.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 */
public enum FeedLanguage {
    /** English: tag {@code en}, locale {@link Locale#ENGLISH}. */
    ENGLISH("en", Locale.ENGLISH),
    /** Simplified Chinese: tag {@code zh}, locale {@link LocalizedText#SIMPLIFIED_CHINESE}. */
    CHINESE("zh", LocalizedText.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    FeedLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /**
     * Returns the language for a locale: Chinese for a locale whose language is {@code zh},
     * English for any other.
     *
     * @param locale the locale, not null
     * @return the language, not null
     */
    public static FeedLanguage of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /**
     * Returns the tag written into UIDs and messages.
     *
     * @return {@code en} or {@code zh}
     */
    public String tag() {
        return tag;
    }

    /**
     * Returns the locale the texts are looked up in.
     *
     * @return {@link Locale#ENGLISH} or {@link LocalizedText#SIMPLIFIED_CHINESE}
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Chooses the text of this language.
     *
     * @param english the English text, not null
     * @param chinese the Chinese text, not null
     * @return {@code chinese} for {@link #CHINESE}, {@code english} otherwise
     */
    public String text(String english, String chinese) {
        return this == CHINESE ? chinese : english;
    }
}
