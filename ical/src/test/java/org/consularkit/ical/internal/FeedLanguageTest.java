package org.consularkit.ical.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.consularkit.core.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedLanguageTest {

    @ParameterizedTest
    @CsvSource({"zh-CN, CHINESE", "zh-TW, CHINESE", "zh, CHINESE", "en-US, ENGLISH", "hi-IN, ENGLISH",
            "fr, ENGLISH", "und, ENGLISH"})
    void aLocaleWhoseLanguageIsZhIsChineseAnyOtherEnglish(String tag, FeedLanguage expected) {
        assertThat(FeedLanguage.of(Locale.forLanguageTag(tag))).isEqualTo(expected);
    }

    @Test
    void eachLanguageHasItsTagLocaleAndText() {
        assertThat(FeedLanguage.ENGLISH.tag()).isEqualTo("en");
        assertThat(FeedLanguage.CHINESE.tag()).isEqualTo("zh");
        assertThat(FeedLanguage.ENGLISH.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(FeedLanguage.CHINESE.locale()).isEqualTo(LocalizedText.SIMPLIFIED_CHINESE);
        assertThat(FeedLanguage.ENGLISH.text("Closure", "停止办公")).isEqualTo("Closure");
        assertThat(FeedLanguage.CHINESE.text("Closure", "停止办公")).isEqualTo("停止办公");
    }

    @Test
    void aNullLocaleIsRejectedByName() {
        assertThatThrownBy(() -> FeedLanguage.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("locale");
    }
}
