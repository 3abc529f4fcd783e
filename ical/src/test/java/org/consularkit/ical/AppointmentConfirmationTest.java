package org.consularkit.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.ConsularOffice;
import org.consularkit.core.booking.ConsularService;
import org.consularkit.core.booking.OfficeState;
import org.consularkit.core.booking.OfficeStatus;
import org.consularkit.core.booking.ServiceCatalogue;
import org.consularkit.core.booking.VisitorItem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AppointmentConfirmationTest {

    private static final LocalizedText ADDRESS = LocalizedText.of("Test address, Chengdu", "成都测试地址");
    private static final Instant VALIDATED = Instant.parse("2026-02-20T02:00:00Z");

    private static Booking notarial(String start) {
        return Booking.appointment(ConsularService.NOTARIAL, OffsetDateTime.parse(start))
                .services(ConsularService.NOTARIAL).bookedAt(OffsetDateTime.parse("2026-02-20T10:00+08:00"))
                .build();
    }

    private static AppointmentConfirmation.Builder confirmation(ConsularOffice office, Booking booking) {
        return AppointmentConfirmation.builder(office, booking).address(ADDRESS).validatedAt(VALIDATED);
    }

    private static String event(AppointmentConfirmation c) {
        Map<String, String> blocks = IcsFeeds.eventBlocks(c.toBytes());
        assertThat(blocks).hasSize(1);
        return blocks.values().iterator().next();
    }

    @Nested
    class Event {
        private final AppointmentConfirmation c = confirmation(OpeningHoursFeedTest.chengdu(),
                notarial("2026-03-03T14:00+08:00")).build();
        private final String b = event(c);

        @Test
        void isOneSlotInTheOfficesZoneAtThePostsAddress() {
            assertThat(IcsFeeds.value(b, "UID")).isEqualTo("chengdu.appointment.notarial.20260303T060000Z@consularkit.org")
                    .isEqualTo(c.uid());
            assertThat(IcsFeeds.value(b, "DTSTART;TZID=Asia/Shanghai")).isEqualTo("20260303T140000");
            assertThat(IcsFeeds.value(b, "DTEND;TZID=Asia/Shanghai")).isEqualTo("20260303T141500");
            assertThat(IcsFeeds.value(b, "DTSTAMP")).isEqualTo("20260220T020000Z");
            assertThat(IcsFeeds.value(b, "LOCATION")).isEqualTo("Test address\\, Chengdu");
            assertThat(IcsFeeds.value(b, "SUMMARY"))
                    .isEqualTo("Notarial services appointment\\, US Consulate General Chengdu");
            assertThat(IcsFeeds.value(b, "TRANSP")).isEqualTo("OPAQUE");
            assertThat(IcsFeeds.value(b, "CLASS")).isEqualTo("PRIVATE");
            assertThat(IcsFeeds.lines(c.toBytes())).contains("TZID:Asia/Shanghai").noneMatch(l -> l.startsWith("METHOD"));
        }

        @Test
        void saysToArriveEarlyWhatToBringNoLaptopsAndHowToCancel() {
            String d = IcsFeeds.value(b, "DESCRIPTION");
            assertThat(d.split("\\\\n")).startsWith(
                    "Notarial services appointment at the American Citizen Services unit of US Consulate General"
                            + " Chengdu\\, 2026-03-03 14:00 (Asia/Shanghai)\\, 1 applicant.",
                    "Arrive at least 15 minutes early\\, by 13:45. If you are more than 15 minutes late\\, the"
                            + " appointment is cancelled and you must book again.",
                    "Bring: this appointment confirmation\\, printed (show it to the guard).",
                    "Do not bring: laptop. The guards cannot store it for you.",
                    "How to cancel: To change or cancel\\, use the password of your booking in the appointment"
                            + " system: it cannot be retrieved. You cannot book again until this appointment is"
                            + " cancelled.");
            // the source of the cancellation rule, cited once
            assertThat(d.split("acs-appointment-system/>", -1)).hasSize(2);
        }

        @Test
        void isValidAndReadBackByIcal4j() {
            Calendar parsed = IcsFeeds.parse(c.toBytes());
            assertThat(parsed.validate().hasErrors()).isFalse();
            List<VEvent> events = IcsFeeds.events(parsed);
            assertThat(events).hasSize(1);
            assertThat(IcsFeeds.text(events.get(0), "SUMMARY"))
                    .isEqualTo("Notarial services appointment, US Consulate General Chengdu");
            assertThat(c.report().isValid()).isTrue();
        }

        @Test
        void theSameInputGivesTheSameBytes() {
            assertThat(confirmation(OpeningHoursFeedTest.chengdu(), notarial("2026-03-03T14:00+08:00")).build()
                    .toBytes()).isEqualTo(c.toBytes());
            assertThat(c).hasToString("AppointmentConfirmation[chengdu NOTARIAL 2026-03-03T14:00+08:00]");
        }
    }

    @Nested
    class Options {
        @Test
        void inChinese() {
            String b = event(confirmation(OpeningHoursFeedTest.chengdu(), notarial("2026-03-03T14:00+08:00"))
                    .locale(LocalizedText.SIMPLIFIED_CHINESE).build());
            assertThat(IcsFeeds.value(b, "SUMMARY")).isEqualTo("美国驻成都总领事馆：公证服务预约");
            assertThat(IcsFeeds.value(b, "LOCATION")).isEqualTo("成都测试地址");
            assertThat(IcsFeeds.value(b, "DESCRIPTION")).contains("请至少提前 15 分钟到达（13:45 前）。")
                    .contains("请勿携带：笔记本电脑。").contains("如何取消：如需更改或取消预约");
        }

        @Test
        void withAnAddressInOneForm() {
            String b = event(AppointmentConfirmation.builder(OpeningHoursFeedTest.chengdu(),
                    notarial("2026-03-03T14:00+08:00")).address("Test address 1").validatedAt(VALIDATED)
                    .locale(LocalizedText.SIMPLIFIED_CHINESE).build());
            assertThat(IcsFeeds.value(b, "LOCATION")).isEqualTo("Test address 1");
        }

        @Test
        void withAnAlarmBeforeTheTimeToArrive() {
            List<String> lines = IcsFeeds.lines(confirmation(OpeningHoursFeedTest.chengdu(),
                    notarial("2026-03-03T14:00+08:00")).alarm(Duration.ofHours(1)).build().toBytes());
            assertThat(lines).contains("BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT1H15M");
        }

        @Test
        void withTheBookingSystemsUidDocumentsAndCancellation() {
            String b = event(confirmation(OpeningHoursFeedTest.chengdu(), notarial("2026-03-03T14:00+08:00"))
                    .uid("booking-42@example.org")
                    .bring(List.of(LocalizedText.of("the document to notarize", "需公证的文件")))
                    .cancellation(LocalizedText.of("Call us.", "请致电。")).build());
            assertThat(IcsFeeds.value(b, "UID")).isEqualTo("booking-42@example.org");
            assertThat(IcsFeeds.value(b, "DESCRIPTION"))
                    .contains("Bring: this appointment confirmation\\, printed (show it to the guard)\\; the document"
                            + " to notarize.")
                    .contains("How to cancel: Call us.");
        }

        @Test
        void theListOfThingsToBringIsReplacedNotExtended() {
            String b = event(confirmation(OpeningHoursFeedTest.chengdu(), notarial("2026-03-03T14:00+08:00"))
                    .bring(List.of(LocalizedText.of("the old list", "旧清单")))
                    .bring(List.of(LocalizedText.of("the document to notarize", "需公证的文件"))).build());
            assertThat(IcsFeeds.value(b, "DESCRIPTION").split("\\\\n")).contains(
                    "Bring: this appointment confirmation\\, printed (show it to the guard)\\; the document to notarize.");
        }

        @Test
        void theCancellationSourceIsNotCitedTwiceWhenTheVisitRulesCiteItAlready() throws java.io.IOException {
            String json;
            try (java.io.InputStream in = OpeningHoursFeedTest.class.getResourceAsStream("test-catalogue.json")) {
                json = new String(java.util.Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            }
            String url = "https://china.usembassy-china.org.cn/services/acs-appointment-system/";
            ServiceCatalogue citing = ServiceCatalogue.read(new java.io.ByteArrayInputStream(
                    json.replace("https://example.org/acs", url).getBytes(StandardCharsets.UTF_8)), "citing.json");
            ConsularOffice open = OpeningHoursFeedTest.chengdu();
            ConsularOffice office = ConsularOffice.builder(open.id(), open.displayName(), open.zone())
                    .officeHours(open.officeHours().schedule()).closures(open.closures()).policy(open.policy())
                    .catalogue(citing).build();
            String d = IcsFeeds.value(event(confirmation(office, notarial("2026-03-03T14:00+08:00")).build()),
                    "DESCRIPTION");
            assertThat(d).endsWith("\\nSource: Test page <" + url + ">");
            assertThat(d.split("acs-appointment-system/>", -1)).hasSize(2);
        }

        @Test
        void textAndStreamCarryExactlyTheBytes() throws java.io.IOException {
            AppointmentConfirmation c = confirmation(OpeningHoursFeedTest.chengdu(), notarial("2026-03-03T14:00+08:00"))
                    .build();
            byte[] bytes = c.toBytes();
            assertThat(c.toIcs()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            c.write(out);
            assertThat(out.toByteArray()).isEqualTo(bytes);
        }

        @Test
        void warningsOfTheValidationAreNotes() {
            ConsularOffice open = OpeningHoursFeedTest.chengdu();
            ConsularOffice suspended = ConsularOffice.builder(open.id(), open.displayName(), open.zone())
                    .officeHours(open.officeHours().schedule()).closures(open.closures()).policy(open.policy())
                    .catalogue(open.catalogue())
                    .status(OfficeStatus.of(OfficeState.SUSPENDED, LocalDate.of(2020, 7, 27),
                            LocalizedText.of("closed by order of the host government", "应东道国政府要求关闭"),
                            List.of(Source.of(SourceType.PAGE, "test source"))))
                    .build();
            AppointmentConfirmation c = confirmation(suspended, notarial("2026-03-03T14:00+08:00")).build();
            assertThat(c.report().violations()).isNotEmpty();
            assertThat(IcsFeeds.value(event(c), "DESCRIPTION")).contains("Note: ");
        }
    }

    @Nested
    class Errors {
        @Test
        void anInvalidBookingIsNotConfirmed() {
            Booking laptop = notarial("2026-03-03T14:00+08:00").toBuilder().items(VisitorItem.LAPTOP).build();
            assertThatThrownBy(() -> confirmation(OpeningHoursFeedTest.chengdu(), laptop).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not valid at chengdu: PROHIBITED_ITEM");
            // Wednesday: no appointments
            assertThatThrownBy(() -> confirmation(OpeningHoursFeedTest.chengdu(), notarial("2026-03-04T14:00+08:00"))
                    .build())
                    .hasMessageContaining("OUTSIDE_APPOINTMENT_HOURS");
        }

        @Test
        void aWalkInHasNothingToConfirm() {
            Booking walkIn = Booking.walkIn(OffsetDateTime.parse("2026-03-03T14:00+08:00"))
                    .services(ConsularService.PASSPORT).build();
            assertThatThrownBy(() -> AppointmentConfirmation.builder(OpeningHoursFeedTest.chengdu(), walkIn))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("A walk-in has no appointment to confirm");
        }

        @Test
        void theAddressAndTheValidationMomentAreRequired() {
            Booking b = notarial("2026-03-03T14:00+08:00");
            assertThatThrownBy(() -> AppointmentConfirmation.builder(OpeningHoursFeedTest.chengdu(), b)
                    .validatedAt(VALIDATED).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Appointment confirmation needs the post's address");
            assertThatThrownBy(() -> AppointmentConfirmation.builder(OpeningHoursFeedTest.chengdu(), b)
                    .address(ADDRESS).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Appointment confirmation needs the moment of validation");
            assertThatThrownBy(() -> confirmation(OpeningHoursFeedTest.chengdu(), b).alarm(Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Alarm must come before the arrival, but was PT0S");
        }
    }
}
