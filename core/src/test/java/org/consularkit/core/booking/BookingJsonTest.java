package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consularkit.core.TestData.cst;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.TestData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookingJsonTest {

    /** The booking example of the first command-line contract, verbatim. */
    static final String CLI_EXAMPLE = """
            {
              "services": ["NOTARIAL"],
              "appointmentType": "NOTARIAL",
              "start": "2026-03-03T14:00+08:00",
              "walkIn": false,
              "applicants": 1,
              "items": ["LAPTOP"],
              "bookedAt": "2026-02-20T10:00+08:00"
            }""";

    @Nested
    class ReadBooking {

        @Test
        void readsTheCliExample() {
            Booking b = BookingJson.readBooking(
                    new ByteArrayInputStream(CLI_EXAMPLE.getBytes(StandardCharsets.UTF_8)), "booking.json");
            assertThat(b).isEqualTo(Booking.appointment(ConsularService.NOTARIAL, cst("2026-03-03T14:00"))
                    .items(VisitorItem.LAPTOP).bookedAt(cst("2026-02-20T10:00")).build());
            assertThat(BookingJson.write(b)).isEqualTo(CLI_EXAMPLE);
        }

        @Test
        void readsAWalkInWithDefaults() {
            Booking b = BookingJson.parseBooking(
                    "{\"services\": [\"PASSPORT\"], \"walkIn\": true, \"start\": \"2026-03-03T06:00Z\"}", "w.json");
            assertThat(b.walkIn()).isTrue();
            assertThat(b.appointmentType()).isEmpty();
            assertThat(b.applicants()).isEqualTo(1);
            assertThat(b.items()).isEmpty();
            assertThat(b.bookedAt()).isEmpty();
            assertThat(b.start()).isEqualTo(OffsetDateTime.parse("2026-03-03T06:00Z"));
            assertThat(BookingJson.write(b)).isEqualTo("""
                    {
                      "services": ["PASSPORT"],
                      "start": "2026-03-03T06:00Z",
                      "walkIn": true,
                      "applicants": 1,
                      "items": []
                    }""");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "\"NOTARIAL\"], | \"NOTARY\"], | booking.json:2:16: $.services[0]: expected one of PASSPORT, CRBA, NOTARIAL, EMERGENCY_ASSISTANCE, STEP_ENROLLMENT, CRIMINAL_RECORD, DIPLOMA_AUTHENTICATION, MARRIAGE, LEGAL_ASSISTANCE, MEDICAL_ASSISTANCE, GREEN_CARD, but was \"NOTARY\"",
            "[\"NOTARIAL\"], | [], | booking.json:2:15: $.services: expected at least one service, but was []",
            "[\"NOTARIAL\"], | [\"NOTARIAL\", \"NOTARIAL\"], | booking.json:2:28: $.services[1]: expected a service not listed before, but was \"NOTARIAL\"",
            "[\"NOTARIAL\"], | \"NOTARIAL\", | booking.json:2:15: $.services: expected an array, but was \"NOTARIAL\"",
            "\"2026-03-03T14:00+08:00\" | \"2026-03-03T14:00\" | booking.json:4:12: $.start: expected an ISO-8601 date-time with an offset, e.g. 2026-03-03T14:00+08:00, but was \"2026-03-03T14:00\"",
            "\"2026-03-03T14:00+08:00\" | \"2026-03-03 14:00+08:00\" | booking.json:4:12: $.start: expected an ISO-8601 date-time with an offset, e.g. 2026-03-03T14:00+08:00, but was \"2026-03-03 14:00+08:00\"",
            "\"2026-03-03T14:00+08:00\" | 1772517600 | booking.json:4:12: $.start: expected an ISO-8601 date-time with an offset, e.g. 2026-03-03T14:00+08:00, but was 1772517600",
            "\"walkIn\": false | \"walkIn\": \"no\" | booking.json:5:13: $.walkIn: expected true or false, but was \"no\"",
            "\"walkIn\": false | \"walkIn\": true | booking.json:3:22: $.appointmentType: expected no appointmentType for a walk-in (walkIn is true), but was \"NOTARIAL\"",
            "\"applicants\": 1 | \"applicants\": 0 | booking.json:6:17: $.applicants: expected an integer of at least 1, but was 0",
            "\"applicants\": 1 | \"applicants\": 1.5 | booking.json:6:17: $.applicants: expected an integer of at least 1, but was 1.5",
            "[\"LAPTOP\"] | [\"PHONE\"] | booking.json:7:13: $.items[0]: expected one of LAPTOP, but was \"PHONE\"",
            "[\"LAPTOP\"] | [\"LAPTOP\", \"LAPTOP\"] | booking.json:7:23: $.items[1]: expected an item not listed before, but was \"LAPTOP\"",
            "\"bookedAt\" | \"bookedOn\" | booking.json:8:15: $.bookedOn: unknown field (the fields are: services, appointmentType, start, walkIn, applicants, items, bookedAt)",
            "\"appointmentType\": \"NOTARIAL\", | '' | booking.json:1:1: $.appointmentType: expected a service code (required unless walkIn is true), but was missing",
            "\"start\": \"2026-03-03T14:00+08:00\", | '' | booking.json:1:1: $.start: expected an ISO-8601 date-time with an offset, e.g. 2026-03-03T14:00+08:00, but was missing",
            "\"bookedAt\": \"2026-02-20T10:00+08:00\" | \"bookedAt\": null | ",
        })
        void malformedFilesNameSourceFieldAndValue(String from, String to, String message) {
            assertThat(CLI_EXAMPLE).contains(from);
            String json = CLI_EXAMPLE.replace(from, to);
            if (message == null) {
                assertThat(BookingJson.parseBooking(json, "booking.json").bookedAt()).isEmpty();
                return;
            }
            assertThatThrownBy(() -> BookingJson.parseBooking(json, "booking.json"))
                    .isInstanceOf(DataFileException.class).hasMessage(message);
        }

        @Test
        void exceptionCarriesItsParts() {
            assertThatThrownBy(() -> BookingJson.parseBooking(CLI_EXAMPLE.replace("LAPTOP", "PHONE"), "<stdin>"))
                    .isInstanceOfSatisfying(DataFileException.class, e -> {
                        assertThat(e.file()).isEqualTo("<stdin>");
                        assertThat(e.path()).isEqualTo("$.items[0]");
                        assertThat(e.line()).hasValue(7);
                        assertThat(e.column()).hasValue(13);
                        assertThat(e.problem()).isEqualTo("expected one of LAPTOP");
                        assertThat(e.value()).contains("\"PHONE\"");
                    });
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "''                       | b.json: $: expected a JSON document, but was empty",
            "[1, 2]                   | b.json:1:1: $: expected an object, but was [1,2]",
            "{\"services\": [\"PASSPORT\"],} | b.json:1:27: $: malformed JSON: ",
            "{\"services\": [\"PASSPORT\"], \"services\": []} | b.json:1:38: $: malformed JSON: Duplicate field 'services'",
            "{} {}                    | b.json:1:4: $: expected the end of the document after its value, but was more content",
        })
        void documentsThatAreNotBookingObjects(String json, String messageStart) {
            assertThatThrownBy(() -> BookingJson.parseBooking(json, "b.json"))
                    .isInstanceOf(DataFileException.class).hasMessageStartingWith(messageStart);
        }

        @Test
        void readBookingDoesNotCloseTheCallersStream() {
            boolean[] closed = {false};
            ByteArrayInputStream in = new ByteArrayInputStream((CLI_EXAMPLE + "\n").getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            assertThat(BookingJson.readBooking(in, "booking.json").services()).containsExactly(ConsularService.NOTARIAL);
            assertThat(closed[0]).isFalse();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "\"start\": \"2026-03-03T14:00+08:00\" | \"start\": \"+999999999-12-31T23:59-10:00\" | booking.json:4:12: $.start: expected a date-time in the years 1900 to 9999, but was \"+999999999-12-31T23:59-10:00\"",
            "\"bookedAt\": \"2026-02-20T10:00+08:00\" | \"bookedAt\": \"+999999999-12-31T23:59-10:00\" | booking.json:8:15: $.bookedAt: expected a date-time in the years 1900 to 9999, but was \"+999999999-12-31T23:59-10:00\"",
            "\"start\": \"2026-03-03T14:00+08:00\" | \"start\": \"-999999999-01-01T00:00+18:00\" | booking.json:4:12: $.start: expected a date-time in the years 1900 to 9999, but was \"-999999999-01-01T00:00+18:00\"",
            "\"start\": \"2026-03-03T14:00+08:00\" | \"start\": \"1899-12-31T23:59+08:00\" | booking.json:4:12: $.start: expected a date-time in the years 1900 to 9999, but was \"1899-12-31T23:59+08:00\"",
            "\"start\": \"2026-03-03T14:00+08:00\" | \"start\": \"+10000-01-01T00:00+08:00\" | booking.json:4:12: $.start: expected a date-time in the years 1900 to 9999, but was \"+10000-01-01T00:00+08:00\"",
        })
        void aMomentAtTheEndOfTheTimeLineIsRejectedByTheReaderNotTheValidator(String from, String to, String message) {
            assertThatThrownBy(() -> BookingJson.parseBooking(CLI_EXAMPLE.replace(from, to), "booking.json"))
                    .isInstanceOf(DataFileException.class).hasMessage(message);
        }

        @ParameterizedTest
        @CsvSource({"1900-01-01T00:00+18:00", "9999-12-31T23:59-18:00"})
        void theExtremesOfTheSupportedYearsAreValidatedWithoutDateTimeException(String moment) {
            Booking b = BookingJson.parseBooking(CLI_EXAMPLE.replace("2026-03-03T14:00+08:00", moment)
                    .replace("2026-02-20T10:00+08:00", moment), "booking.json");
            BookingValidator validator = BookingValidator.of(TestData.chengdu(),
                    Clock.fixed(Instant.parse("2026-02-20T02:00:00Z"), ZoneOffset.UTC));
            assertThat(validator.validate(b).codes()).isNotEmpty();
        }

        /**
         * Issue 12, defect 5: readBooking closed the caller's stream, so the second entry of a zip
         * could not be read.
         */
        @Test
        void theCallersStreamIsNotClosedSoTwoEntriesOfOneZipCanBeRead() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("first.json"));
                zip.write(CLI_EXAMPLE.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("second.json"));
                zip.write(CLI_EXAMPLE.replace("\"applicants\": 1", "\"applicants\": 2").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                assertThat(zip.getNextEntry().getName()).isEqualTo("first.json");
                assertThat(BookingJson.readBooking(zip, "first.json").applicants()).isEqualTo(1);
                assertThat(zip.getNextEntry().getName()).isEqualTo("second.json");
                assertThat(BookingJson.readBooking(zip, "second.json").applicants()).isEqualTo(2);
                assertThat(zip.getNextEntry()).isNull();
            }
        }

        @Test
        void aBookingLargerThanTheDocumentedMaximumIsRejected() {
            String padded = CLI_EXAMPLE.replace("{", "{" + " ".repeat(BookingJson.MAX_BYTES));
            assertThatThrownBy(() -> BookingJson.parseBooking(padded, "big.json"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageEndingWith("$: expected a document of at most 65536 characters, but was larger");
            assertThatThrownBy(() -> BookingJson.readBooking(
                    new ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8)), "big.json"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageEndingWith("$: expected a document of at most 65536 bytes, but was larger");
            String justFits = CLI_EXAMPLE.replace("{", "{" + " ".repeat(BookingJson.MAX_BYTES - CLI_EXAMPLE.length()));
            assertThat(BookingJson.parseBooking(justFits, "fits.json").services()).containsExactly(ConsularService.NOTARIAL);
        }

        @Test
        void randomBookingsRoundTrip() {
            long seed = 77L;
            Random random = new Random(seed);
            ConsularService[] services = ConsularService.values();
            String[] offsets = {"Z", "+08:00", "-05:00", "+05:30"};
            for (int n = 0; n < 1000; n++) {
                OffsetDateTime start = OffsetDateTime.parse("2026-01-01T00:00" + offsets[random.nextInt(4)])
                        .plusMinutes(random.nextInt(500_000)).plusSeconds(random.nextInt(3) == 0 ? 30 : 0);
                boolean walkIn = random.nextBoolean();
                Booking.Builder b = walkIn ? Booking.walkIn(start)
                        : Booking.appointment(services[random.nextInt(services.length)], start);
                if (walkIn || random.nextBoolean()) {
                    b.services(List.of(services[random.nextInt(services.length)]));
                }
                b.applicants(1 + random.nextInt(4));
                if (random.nextBoolean()) {
                    b.items(VisitorItem.LAPTOP);
                }
                if (random.nextBoolean()) {
                    b.bookedAt(start.minusDays(random.nextInt(30)));
                }
                Booking booking = b.build();
                assertThat(BookingJson.parseBooking(BookingJson.write(booking), "x"))
                        .as("seed %d, %s", seed, booking).isEqualTo(booking);
            }
        }
    }

    @Nested
    class WriteReport {

        private final BookingValidator validator = BookingValidator.of(TestData.chengdu(),
                Clock.fixed(Instant.parse("2026-02-20T02:00:00Z"), ZoneOffset.UTC));

        @Test
        void writesTheCliFormatOnOneLine() {
            Booking b = BookingJson.parseBooking(CLI_EXAMPLE, "booking.json");
            String json = BookingJson.write(validator.validate(b), Locale.ENGLISH);
            assertThat(json).isEqualTo("{\"valid\": false, \"violations\": ["
                    + "{\"code\": \"PROHIBITED_ITEM\", \"severity\": \"ERROR\", \"field\": \"items\", \"message\": "
                    + "\"Do not bring a laptop: no visitor may bring one into the Embassy or a Consulate General, and"
                    + " the security guards will not take it or store it for you. Leave it at an outside location.\","
                    + " \"arguments\": {\"item\": \"LAPTOP\"}}, "
                    + "{\"code\": \"POST_SUSPENDED\", \"severity\": \"WARNING\", \"field\": null, \"message\": "
                    + "\"US Consulate General Chengdu has been suspended since 2020-07-27: closed by order of the host"
                    + " government. It does not serve the public; these are the rules it last published.\","
                    + " \"arguments\": {\"office\": \"chengdu\", \"state\": \"SUSPENDED\", \"since\": \"2020-07-27\"}}"
                    + "]}");
        }

        @Test
        void validReportWithoutViolations() {
            ValidationReport r = ValidationReport.of(List.of());
            assertThat(BookingJson.write(r, Locale.ENGLISH)).isEqualTo("{\"valid\": true, \"violations\": []}");
        }

        @Test
        void chineseMessagesAreWrittenAsUtf8Text() {
            Booking b = BookingJson.parseBooking(CLI_EXAMPLE, "booking.json");
            assertThat(BookingJson.write(validator.validate(b), LocalizedText.SIMPLIFIED_CHINESE))
                    .contains("\"message\": \"请勿携带笔记本电脑：");
        }
    }
}
