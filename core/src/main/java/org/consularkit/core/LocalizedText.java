package org.consularkit.core;

import com.google.errorprone.annotations.Immutable;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A short text (a holiday name, a message) in English and Simplified Chinese.
 *
 * <p>{@link #get(Locale)} picks the Chinese text for any locale whose language is {@code zh} and
 * the English text for every other locale. The JVM default locale is never consulted.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Immutable
public final class LocalizedText {

    /** The locale of Simplified Chinese texts, {@code zh-CN}. */
    public static final Locale SIMPLIFIED_CHINESE = Locale.forLanguageTag("zh-CN");

    private final String english;
    private final String chinese;

    private LocalizedText(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /**
     * Obtains a text from its English and Simplified Chinese forms.
     *
     * @param english the English text, not blank
     * @param chinese the Simplified Chinese text, not blank
     * @return the text, not null
     * @throws IllegalArgumentException if either text is blank
     */
    public static LocalizedText of(String english, String chinese) {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
        if (english.isBlank() || chinese.isBlank()) {
            throw new IllegalArgumentException(
                    "Localized text must not be blank, but was en='" + DataFileException.shorten(english, DataFileException.MAX_EXCERPT)
                            + "', zh='" + DataFileException.shorten(chinese, DataFileException.MAX_EXCERPT) + "'");
        }
        return new LocalizedText(english, chinese);
    }

    /**
     * Returns the text for a locale: Chinese for language {@code zh}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the text, not blank
     */
    public String get(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "zh".equals(locale.getLanguage()) ? chinese : english;
    }

    /**
     * Returns the English text.
     *
     * @return the English text, not blank
     */
    public String english() {
        return english;
    }

    /**
     * Returns the Simplified Chinese text.
     *
     * @return the Chinese text, not blank
     */
    public String chinese() {
        return chinese;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof LocalizedText other
                && english.equals(other.english)
                && chinese.equals(other.chinese);
    }

    @Override
    public int hashCode() {
        return Objects.hash(english, chinese);
    }

    /**
     * Returns {@code english / chinese}.
     *
     * @return both forms, not null
     */
    @Override
    public String toString() {
        return english + " / " + chinese;
    }
}
