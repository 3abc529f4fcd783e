package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.consularkit.core.DataFileException;
import org.consularkit.core.FuzzProperties;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.TestData;

/**
 * Coverage-guided fuzz test of {@link BookingJson#readBooking}: its corpus in
 * {@code BookingJsonFuzzTestInputs/readBooking} runs with every {@code mvn verify};
 * {@code JAZZER_FUZZ=1} fuzzes it (docs/reliability.md).
 *
 * <p>Every input is either rejected with a {@link DataFileException} of bounded length naming the
 * file, or read into a booking that the validator checks without an exception (issue 12, defect 4:
 * a booking at the end of the time line was read, then made the validator throw) and that
 * {@link BookingJson#write(Booking)} writes back to the same booking.
 */
class BookingJsonFuzzTest {

    private static final String SOURCE = "fuzz.json";
    private static final BookingValidator VALIDATOR = BookingValidator.of(TestData.openChengdu(),
            Clock.fixed(Instant.parse("2026-02-20T02:00:00Z"), ZoneOffset.UTC));

    @FuzzTest
    void readBooking(byte[] input) {
        Booking booking;
        try {
            booking = BookingJson.readBooking(new ByteArrayInputStream(input), SOURCE);
        } catch (DataFileException e) {
            FuzzProperties.assertDocumentedRejection(e, SOURCE);
            return;
        }
        assertThatCode(() -> {
            ValidationReport report = VALIDATOR.validate(booking);
            BookingJson.write(report, Locale.ENGLISH);
            BookingJson.write(report, LocalizedText.SIMPLIFIED_CHINESE);
            VALIDATOR.validate(booking, booking.start().toInstant(), booking.start().toInstant().plusSeconds(3600));
        }).doesNotThrowAnyException();
        assertThat(BookingJson.parseBooking(BookingJson.write(booking), SOURCE)).isEqualTo(booking);
    }
}
