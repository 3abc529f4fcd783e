package org.consularkit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule for holiday keys, {@code [a-z0-9]+(-[a-z0-9]+)*}: the hand-written check in {@link
 * Holiday#isKey} against the regular expression it replaces, for every text of up to five
 * characters over an alphabet that covers each case.
 */
class HolidayKeyTest {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String ALPHABET = "az09-A_ é";

    @Test
    void everyShortTextIsAKeyExactlyWhenTheRegularExpressionMatchesIt() {
        int checked = check("", 0);
        assertThat(checked).isEqualTo(1 + 9 + 81 + 729 + 6561 + 59049);
    }

    private static int check(String prefix, int depth) {
        assertThat(Holiday.isKey(prefix)).as("'%s'", prefix).isEqualTo(KEY.matcher(prefix).matches());
        int count = 1;
        if (depth < 5) {
            for (int i = 0; i < ALPHABET.length(); i++) {
                count += check(prefix + ALPHABET.charAt(i), depth + 1);
            }
        }
        return count;
    }

    @ParameterizedTest
    @ValueSource(strings = {"new-years-day", "spring-festival", "a", "0", "2024-makeup-1", "x-y-z"})
    void wordsOfLowerCaseLettersAndDigitsJoinedByHyphensAreKeys(String key) {
        assertThat(Holiday.isKey(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "a-", "-a", "a--b", "New-years-day", "new_years", "new years", "über",
        "a\u0000b", "ａ"})
    void anythingElseIsNotAKey(String key) {
        assertThat(Holiday.isKey(key)).isFalse();
    }
}
