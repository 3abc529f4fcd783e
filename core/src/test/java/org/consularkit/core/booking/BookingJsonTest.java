package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consularkit.core.TestData.cst;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.BookingJson;
import org.consularkit.core.booking.BookingValidator;
import org.consularkit.core.booking.ConsularService;
import org.consularkit.core.booking.ValidationReport;
import org.consularkit.core.booking.VisitorItem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.TestData;

class BookingJsonTest {

    /** The example of CLI.md, verbatim. */
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
            "\"NOTARIAL\"],                  | \"NOTARY\"],                | booking.json: field 'services[0]': \"NOTARY\" is not a known code; expected one of [PASSPORT, CRBA, NOTARIAL, EMERGENCY_ASSISTANCE, STEP_ENROLLMENT, CRIMINAL_RECORD, DIPLOMA_AUTHENTICATION, MARRIAGE, LEGAL_ASSISTANCE, MEDICAL_ASSISTANCE, GREEN_CARD]",
            "[\"NOTARIAL\"],                 | [],                         | booking.json: field 'services': [] must list at least one service",
            "[\"NOTARIAL\"],                 | [\"NOTARIAL\", \"NOTARIAL\"], | booking.json: field 'services[1]': \"NOTARIAL\" is listed twice",
            "[\"NOTARIAL\"],                 | \"NOTARIAL\",               | booking.json: field 'services': \"NOTARIAL\" is not a JSON array",
            "\"2026-03-03T14:00+08:00\"      | \"2026-03-03T14:00\"        | booking.json: field 'start': \"2026-03-03T14:00\" is not an ISO-8601 date-time with an offset, e.g. 2026-03-03T14:00+08:00",
            "\"2026-03-03T14:00+08:00\"      | \"2026-03-03 14:00+08:00\"  | booking.json: field 'start': \"2026-03-03 14:00+08:00\" is not an ISO-8601 date-time with an offset, e.g. 2026-03-03T14:00+08:00",
            "\"2026-03-03T14:00+08:00\"      | 1772517600                  | booking.json: field 'start': 1772517600 is not a string",
            "\"walkIn\": false               | \"walkIn\": \"no\"          | booking.json: field 'walkIn': \"no\" is not true or false",
            "\"walkIn\": false               | \"walkIn\": true            | booking.json: field 'appointmentType': \"NOTARIAL\" must be absent for a walk-in (walkIn is true)",
            "\"applicants\": 1               | \"applicants\": 0           | booking.json: field 'applicants': 0 must be at least 1",
            "\"applicants\": 1               | \"applicants\": 1.5         | booking.json: field 'applicants': 1.5 is not an integer",
            "[\"LAPTOP\"]                    | [\"PHONE\"]                 | booking.json: field 'items[0]': \"PHONE\" is not a known code; expected one of [LAPTOP]",
            "\"bookedAt\"                    | \"bookedOn\"                | booking.json: field 'bookedOn': is not a known field; expected only [services, appointmentType, start, walkIn, applicants, items, bookedAt]",
            "\"appointmentType\": \"NOTARIAL\", | ''                       | booking.json: field 'appointmentType': is missing (required unless walkIn is true)",
            "\"start\": \"2026-03-03T14:00+08:00\", | ''                   | booking.json: field 'start': is missing",
            "\"bookedAt\": \"2026-02-20T10:00+08:00\" | \"bookedAt\": null  | ",
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
                        assertThat(e.path()).isEqualTo("items[0]");
                        assertThat(e.value()).isEqualTo("\"PHONE\"");
                    });
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "''                       | b.json: is empty; expected a JSON document",
            "[1, 2]                   | b.json: [1,2] is not a JSON object",
            "{\"services\": [\"PASSPORT\"],} | b.json: is not valid JSON at line 1",
            "{\"services\": [\"PASSPORT\"], \"services\": []} | b.json: is not valid JSON at line 1",
            "{} {}                    | b.json: is not valid JSON at line 1",
        })
        void documentsThatAreNotBookingObjects(String json, String messageStart) {
            assertThatThrownBy(() -> BookingJson.parseBooking(json, "b.json"))
                    .isInstanceOf(DataFileException.class).hasMessageStartingWith(messageStart);
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
