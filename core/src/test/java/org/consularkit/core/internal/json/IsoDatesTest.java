package org.consularkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link IsoDates} against the JDK's {@link LocalDate#parse}, which it must equal: every date of
 * the years 0–2200 and 9999, every invalid day of every month of a leap and a common year, and
 * seeded random texts near the date shape (the same date or the same exception message).
 */
class IsoDatesTest {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** The JDK's answer: the date's text, or the exception's message. */
    private static String jdk(String text) {
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeException e) {
            return "error: " + e.getMessage();
        }
    }

    private static String ours(String text) {
        try {
            return IsoDates.parse(text).toString();
        } catch (DateTimeException e) {
            return "error: " + e.getMessage();
        }
    }

    @Test
    void everyDateOfTheYears0To2200And9999ReadsAsItself() {
        for (LocalDate d = LocalDate.of(0, 1, 1); d.getYear() <= 2200; d = d.plusDays(1)) {
            String text = String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            assertThat(IsoDates.parse(text)).isEqualTo(d);
        }
        assertThat(IsoDates.parse("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void everyImpossibleDayOfAMonthFailsAsTheJdkFails() {
        for (int year : new int[] {2023, 2024, 1900, 2000}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 99; day++) {
                    String text = String.format("%04d-%02d-%02d", year, month, day);
                    assertThat(ours(text)).as(text).isEqualTo(jdk(text));
                }
            }
        }
        assertThatThrownBy(() -> IsoDates.parse("2023-02-29")).isInstanceOf(DateTimeException.class)
                .hasMessageContaining("2023-02-29");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024-1-01", "2024-01-1", "2024/01/01", "+2024-01-01", "20240-01-01", "2024-01-01 ",
        "２０２４-01-01", "2024-0a-01", "-024-01-01", "2024-01-01T00:00", "12024-01-01"})
    void textsThatAreNotOfTheShapeAreLeftToTheJdk(String text) {
        assertThat(IsoDates.hasDateShape(text)).isEqualTo(SHAPE.matcher(text).matches());
        assertThat(ours(text)).isEqualTo(jdk(text));
    }

    @Test
    void randomTextsNearTheShapeGiveTheJdksAnswer() {
        long seed = new Random().nextLong();
        System.out.println("IsoDatesTest seed " + seed);
        Random random = new Random(seed);
        String alphabet = "0123456789-+/ aT";
        for (int n = 0; n < 100_000; n++) {
            char[] c = String.format("%04d-%02d-%02d", random.nextInt(10_000), 1 + random.nextInt(12),
                    1 + random.nextInt(31)).toCharArray();
            for (int k = random.nextInt(3); k > 0; k--) {
                c[random.nextInt(c.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String text = new String(c);
            assertThat(IsoDates.hasDateShape(text)).as("seed %d: %s", seed, text)
                    .isEqualTo(SHAPE.matcher(text).matches());
            assertThat(ours(text)).as("seed %d: %s", seed, text).isEqualTo(jdk(text));
        }
    }
}
