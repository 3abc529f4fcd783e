package org.consularkit.calendar.lunar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written reader of the solar-term moments ({@code LunarTables.Terms.localEpochMinute})
 * against the JDK's {@link LocalDateTime#parse}, which it replaces: the same minutes for every valid
 * moment of a leap and a common year, and the same refusals.
 */
class LunarTablesMomentTest {

    /** The JDK's answer, the reference: minutes from 1970-01-01T00:00, or MIN_VALUE when refused. */
    private static long reference(int year, String text) {
        try {
            if (text.length() != 11) {
                return Long.MIN_VALUE;
            }
            return LocalDateTime.parse(String.format("%04d-%s", year, text)).toEpochSecond(ZoneOffset.UTC) / 60;
        } catch (DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1901, 2000, 2023, 2024, 2100})
    void everyMinuteOfTheYearReadsAsTheJdkReadsIt(int year) {
        int checked = 0;
        for (int month = 1; month <= 12; month++) {
            for (int day = 1; day <= 31; day++) {
                for (int minuteOfDay = 0; minuteOfDay < 1440; minuteOfDay += 7) {
                    String text = String.format("%02d-%02dT%02d:%02d", month, day, minuteOfDay / 60, minuteOfDay % 60);
                    assertThat(LunarTables.Terms.localEpochMinute(year, text)).as(text)
                            .isEqualTo(reference(year, text));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(12 * 31 * 206);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "01-06T07:5", "01-06T07:533", "1-06T07:53 ", "01/06T07:53", "01-06 07:53",
        "01-06T07.53", "13-01T00:00", "00-01T00:00", "02-30T00:00", "02-29T00:00", "04-31T12:00",
        "01-00T00:00", "01-06T24:00", "01-06T23:60", "0a-06T07:53", "01-0bT07:53", "01-06T0c:53",
        "01-06T07:5d", "+1-06T07:53", "01-06T-7:53", "٠١-06T07:53"})
    void malformedMomentsAreRefusedAsTheJdkRefusesThem(String text) {
        assertThat(LunarTables.Terms.localEpochMinute(2023, text)).isEqualTo(Long.MIN_VALUE)
                .isEqualTo(reference(2023, text));
    }

    @Test
    void theLetterTMayBeLowerCaseAsForTheJdk() {
        assertThat(LunarTables.Terms.localEpochMinute(2023, "01-06t07:53"))
                .isEqualTo(LunarTables.Terms.localEpochMinute(2023, "01-06T07:53"))
                .isEqualTo(reference(2023, "01-06t07:53"));
    }

    @Test
    void randomTextsOfElevenCharactersAreReadAsTheJdkReadsThem() {
        long seed = new Random().nextLong();
        System.out.println("LunarTablesMomentTest seed " + seed);
        Random random = new Random(seed);
        String alphabet = "0123456789-T:x ";
        char[] template = "01-06T07:53".toCharArray();
        for (int n = 0; n < 200_000; n++) {
            char[] c = template.clone();
            int changes = 1 + random.nextInt(3);
            for (int k = 0; k < changes; k++) {
                c[random.nextInt(c.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String text = new String(c);
            int year = 1 + random.nextInt(9999);
            assertThat(LunarTables.Terms.localEpochMinute(year, text)).as("seed %d: %s in %d", seed, text, year)
                    .isEqualTo(reference(year, text));
        }
    }
}
