package org.consularkit.calendar.lunar.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.consularkit.calendar.lunar.LunarDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The shipped resources are exactly the output of the generator. */
class TableGeneratorTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = LunarDate.class.getResourceAsStream(name)) {
            assertThat(in).as("resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Nested
    class Resources {

        @Test
        void lunarMonthsAreTheGeneratorOutputByteForByte() throws IOException {
            assertThat(resource(TableGenerator.LUNAR_MONTHS))
                    .as("lunar-months.txt must be regenerated: run TableGenerator.main")
                    .isEqualTo(TableGenerator.lunarMonths());
        }

        @Test
        void uncertainMonthsAreTheGeneratorOutputByteForByte() throws IOException {
            assertThat(resource(TableGenerator.UNCERTAIN_MONTHS))
                    .as("uncertain-months.txt must be regenerated: run TableGenerator.main")
                    .isEqualTo(TableGenerator.uncertainMonths());
        }

        @Test
        void solarTermsAreTheGeneratorOutputByteForByte() throws IOException {
            assertThat(resource(TableGenerator.SOLAR_TERMS))
                    .as("solar-terms.txt must be regenerated: run TableGenerator.main")
                    .isEqualTo(TableGenerator.solarTerms());
        }
    }

    @Nested
    class RoundedMinute {

        private long epochSecond(String cst) {
            return LocalDateTime.parse(cst).toEpochSecond(ZoneOffset.ofHours(8));
        }

        @Test
        void roundsToTheNearestMinute() {
            assertThat(TableGenerator.roundedMinute(epochSecond("2026-04-05T02:39:43")))
                    .isEqualTo(LocalDateTime.parse("2026-04-05T02:40"));
            assertThat(TableGenerator.roundedMinute(epochSecond("2026-04-05T02:39:29")))
                    .isEqualTo(LocalDateTime.parse("2026-04-05T02:39"));
        }

        @Test
        void halfAMinuteRoundsUp() {
            assertThat(TableGenerator.roundedMinute(epochSecond("2026-04-05T02:39:30")))
                    .isEqualTo(LocalDateTime.parse("2026-04-05T02:40"));
        }

        @Test
        void neverRoundsIntoTheNextDay() {
            // Rain Water 1923 is computed at 23:59:53 CST.
            assertThat(TableGenerator.roundedMinute(epochSecond("1923-02-19T23:59:53")))
                    .isEqualTo(LocalDateTime.parse("1923-02-19T23:59"));
        }
    }
}
