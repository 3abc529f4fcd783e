package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consularkit.core.TestData.cst;
import static org.consularkit.core.booking.ViolationCode.APPOINTMENT_TYPE_MISMATCH;
import static org.consularkit.core.booking.ViolationCode.BEYOND_BOOKING_HORIZON;
import static org.consularkit.core.booking.ViolationCode.CLOSED_FOR_HOLIDAY;
import static org.consularkit.core.booking.ViolationCode.CLOSURES_UNKNOWN;
import static org.consularkit.core.booking.ViolationCode.IN_THE_PAST;
import static org.consularkit.core.booking.ViolationCode.LATE_ARRIVAL;
import static org.consularkit.core.booking.ViolationCode.MULTIPLE_SERVICES;
import static org.consularkit.core.booking.ViolationCode.NOT_AN_APPOINTMENT_SERVICE;
import static org.consularkit.core.booking.ViolationCode.OUTSIDE_APPOINTMENT_HOURS;
import static org.consularkit.core.booking.ViolationCode.POST_LIMITED;
import static org.consularkit.core.booking.ViolationCode.POST_SUSPENDED;
import static org.consularkit.core.booking.ViolationCode.PROHIBITED_ITEM;
import static org.consularkit.core.booking.ViolationCode.PROVISIONAL_CLOSURES;
import static org.consularkit.core.booking.ViolationCode.SERVICE_NOT_OFFERED;
import static org.consularkit.core.booking.ViolationCode.TOO_LITTLE_NOTICE;
import static org.consularkit.core.booking.ViolationCode.TOO_MANY_APPLICANTS;
import static org.consularkit.core.booking.ViolationCode.WALK_IN_NOT_ACCEPTED;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.TestData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BookingValidatorTest {

    /** The moment of validation in most tests: before every booking. */
    private static final Instant NOW = Instant.parse("2024-12-01T00:00:00Z");
    private static final ConsularOffice CHENGDU = TestData.chengdu();
    private static final ConsularOffice OPEN = TestData.openChengdu();
    private static final BookingValidator VALIDATOR = BookingValidator.of(CHENGDU, Clock.fixed(NOW, ZoneOffset.UTC));
    private static final BookingValidator OPEN_VALIDATOR = BookingValidator.of(OPEN, Clock.fixed(NOW, ZoneOffset.UTC));

    /** A valid passport appointment, Tuesday 2026-03-03 14:00 in Chengdu. */
    private static Booking.Builder passport(String local) {
        return Booking.appointment(ConsularService.PASSPORT, cst(local)).bookedAt(cst("2024-11-30T10:00"));
    }

    private static List<ViolationCode> codes(Booking b) {
        return OPEN_VALIDATOR.validate(b).codes();
    }

    @Test
    void toStringNamesTheOffice() {
        assertThat(VALIDATOR).hasToString("BookingValidator[chengdu]");
    }

    @Test
    void aBookingThatKeepsEveryRuleIsValid() {
        ValidationReport r = OPEN_VALIDATOR.validate(passport("2026-03-03T14:00").build());
        assertThat(r.violations()).isEmpty();
        assertThat(r.isValid()).isTrue();
    }

    @Nested
    class SuspendedPost {

        @Test
        void warnsOnAValidBookingAndStaysValid() {
            ValidationReport r = VALIDATOR.validate(passport("2026-03-03T14:00").build());
            assertThat(r.codes()).containsExactly(POST_SUSPENDED);
            assertThat(r.isValid()).isTrue();
            Violation v = r.violations().get(0);
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.field()).isEmpty();
            assertThat(v.arguments()).containsEntry("since", "2020-07-27").containsEntry("state", "SUSPENDED");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("US Consulate General Chengdu has been suspended since"
                    + " 2020-07-27: closed by order of the host government. It does not serve the public; these are"
                    + " the rules it last published.");
            assertThat(v.message(LocalizedText.SIMPLIFIED_CHINESE))
                    .isEqualTo("美国驻成都总领事馆自2020-07-27起暂停运作：应东道国政府要求关闭。该馆不对外服务；以上为其最后公布的规则。");
        }

        @Test
        void aSuspendedPostWarnsAsAClosedOneDoes() {
            ConsularOffice suspended = ConsularOffice.builder("x", OPEN.displayName(), OPEN.zone()).catalogue(OPEN.catalogue())
                    .officeHours(TestData.OFFICE_HOURS).closures(OPEN.closures()).policy(OPEN.policy())
                    .status(OfficeStatus.of(OfficeState.SUSPENDED, Optional.empty(),
                            Optional.of(LocalizedText.of("staff withdrawn", "人员撤离")), List.of(TestData.TEST_SOURCE)))
                    .build();
            ValidationReport r = BookingValidator.of(suspended, Clock.fixed(NOW, ZoneOffset.UTC))
                    .validate(passport("2026-03-03T14:00").build());
            assertThat(r.codes()).containsExactly(POST_SUSPENDED);
            assertThat(r.violations().get(0).arguments()).containsEntry("state", "SUSPENDED").doesNotContainKey("since");
            assertThat(r.violations().get(0).message(Locale.ENGLISH)).isEqualTo("US Consulate General Chengdu has been"
                    + " suspended: staff withdrawn. It does not serve the public; these are the rules it last published.");
        }

        @Test
        void warnsLastOnEveryValidation() {
            long seed = 4L;
            Random random = new Random(seed);
            ConsularService[] services = ConsularService.values();
            for (int n = 0; n < 500; n++) {
                OffsetDateTime start = cst("2025-01-01T00:00").plusMinutes(random.nextInt(3 * 365 * 1440));
                Booking b = random.nextBoolean()
                        ? Booking.walkIn(start).services(services[random.nextInt(services.length)]).build()
                        : Booking.appointment(services[random.nextInt(services.length)], start)
                                .items(random.nextBoolean() ? List.of(VisitorItem.LAPTOP) : List.of()).build();
                List<ViolationCode> codes = VALIDATOR.validate(b, NOW).codes();
                assertThat(codes).as("seed %d, %s", seed, b).endsWith(POST_SUSPENDED);
            }
        }

        @Test
        void limitedPostWarns() {
            ConsularOffice limited = ConsularOffice.builder("x", OPEN.displayName(), OPEN.zone()).catalogue(OPEN.catalogue())
                    .officeHours(TestData.OFFICE_HOURS).closures(OPEN.closures()).policy(OPEN.policy())
                    .status(OfficeStatus.of(OfficeState.LIMITED, LocalDate.of(2025, 6, 1),
                            LocalizedText.of("renovation", "装修"), List.of(TestData.TEST_SOURCE)))
                    .build();
            ValidationReport r = BookingValidator.of(limited, Clock.fixed(NOW, ZoneOffset.UTC))
                    .validate(passport("2026-03-03T14:00").build());
            assertThat(r.codes()).containsExactly(POST_LIMITED);
            assertThat(r.violations().get(0).message(Locale.ENGLISH))
                    .isEqualTo("US Consulate General Chengdu offers limited services since 2025-06-01: renovation.");
        }
    }

    @Nested
    class AppointmentTypeMatchesService {

        @Test
        void mismatchAsksToReschedule() {
            Booking b = Booking.appointment(ConsularService.NOTARIAL, cst("2026-03-03T14:00"))
                    .services(ConsularService.PASSPORT).build();
            ValidationReport r = OPEN_VALIDATOR.validate(b);
            assertThat(r.codes()).containsExactly(APPOINTMENT_TYPE_MISMATCH);
            Violation v = r.violations().get(0);
            assertThat(v.field()).contains("appointmentType");
            assertThat(v.arguments()).containsEntry("appointmentType", "NOTARIAL").containsEntry("services", "PASSPORT");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("The appointment type (Notarial services) does not match"
                    + " the service requested (Passport services); you will be asked to reschedule. Book an"
                    + " appointment of the matching type.");
            assertThat(v.message(LocalizedText.SIMPLIFIED_CHINESE))
                    .isEqualTo("预约类型（公证服务）与所需服务（护照服务）不符，您将被要求重新预约。请预约相应类型的服务。");
        }
    }

    @Nested
    class SeparateAppointmentPerService {

        @Test
        void twoServicesNeedTwoAppointments() {
            Booking b = passport("2026-03-03T14:00").services(ConsularService.PASSPORT, ConsularService.CRBA).build();
            ValidationReport r = OPEN_VALIDATOR.validate(b);
            assertThat(r.codes()).containsExactly(MULTIPLE_SERVICES);
            assertThat(r.violations().get(0).message(Locale.ENGLISH)).isEqualTo("More than one service requested"
                    + " (Passport services, Consular Report of Birth Abroad): make a separate appointment for each"
                    + " service.");
        }
    }

    @Nested
    class AppointmentHours {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "2026-03-03T12:59, OUTSIDE_APPOINTMENT_HOURS",
            "2026-03-03T13:00, ",
            "2026-03-03T13:15, ",
            "2026-03-03T13:07, NOT_A_SLOT_START",
            "2026-03-03T13:00:30, NOT_A_SLOT_START",
            "2026-03-03T15:45, ",
            "2026-03-03T15:59, NOT_A_SLOT_START",
            "2026-03-03T16:00, OUTSIDE_APPOINTMENT_HOURS",
            "2026-03-02T14:00, ",
            "2026-03-05T14:00, ",
            "2026-03-04T14:00, OUTSIDE_APPOINTMENT_HOURS",
            "2026-03-06T14:00, OUTSIDE_APPOINTMENT_HOURS",
            "2026-03-07T14:00, OUTSIDE_APPOINTMENT_HOURS",
            "2026-03-08T14:00, OUTSIDE_APPOINTMENT_HOURS",
            "2026-03-03T09:00, OUTSIDE_APPOINTMENT_HOURS",
        })
        void appointmentsAreMondayTuesdayThursday13To16(String local, ViolationCode expected) {
            List<ViolationCode> codes = codes(passport(local).build());
            if (expected == null) {
                assertThat(codes).isEmpty();
            } else {
                assertThat(codes).containsExactly(expected);
            }
        }

        @ParameterizedTest(name = "walk-in {0} -> {1}")
        @CsvSource({
            "2026-03-03T12:59:59, OUTSIDE_APPOINTMENT_HOURS",
            "2026-03-03T13:00, ",
            "2026-03-03T13:07, ",
            "2026-03-03T15:59, ",
            "2026-03-03T15:59:59, ",
            "2026-03-03T16:00, OUTSIDE_APPOINTMENT_HOURS",
            "2026-03-04T14:00, OUTSIDE_APPOINTMENT_HOURS",
        })
        void walkInsFollowTheSameWindow(String local, ViolationCode expected) {
            List<ViolationCode> codes = codes(Booking.walkIn(cst(local)).services(ConsularService.PASSPORT).build());
            if (expected == null) {
                assertThat(codes).isEmpty();
            } else {
                assertThat(codes).containsExactly(expected);
            }
        }

        @Test
        void outsideMessageNamesTheWindowAndTheLocalTime() {
            Violation v = OPEN_VALIDATOR.validate(passport("2026-03-04T14:00").build()).violations().get(0);
            assertThat(v.field()).contains("start");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("Appointment hours at US Consulate General Chengdu are"
                    + " Mo,Tu,Th 13:00-16:00; PH off (Asia/Shanghai); 2026-03-04T14:00 (Wednesday) is outside them.");
            assertThat(v.message(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("美国驻成都总领事馆的预约时间为"
                    + " Mo,Tu,Th 13:00-16:00; PH off（Asia/Shanghai）；2026-03-04T14:00（星期三）不在此时间内。");
        }

        @Test
        void slotMessageNamesTheSlotBefore() {
            Violation v = OPEN_VALIDATOR.validate(passport("2026-03-03T15:59").build()).violations().get(0);
            assertThat(v.arguments()).containsEntry("previousSlot", "15:45").containsEntry("slotLength", "PT15M");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("Appointments start every 15 minutes from 13:00 and end"
                    + " by 16:00; 15:59 is not the start of a slot (the slot before it starts at 15:45).");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "2026-03-03T06:00Z, ",
            "2026-03-03T01:00-05:00, ",
            "2026-03-03T05:00Z, ",
            "2026-03-03T04:59Z, OUTSIDE_APPOINTMENT_HOURS",
            "2026-03-03T08:00Z, OUTSIDE_APPOINTMENT_HOURS",
            "2026-03-03T14:00-05:00, OUTSIDE_APPOINTMENT_HOURS",
            "2026-03-03T14:00+08:00, ",
            "2026-03-03T15:00+09:00, ",
        })
        void momentsInOtherOffsetsAreJudgedInThePostsZone(String start, ViolationCode expected) {
            Booking b = Booking.appointment(ConsularService.PASSPORT, OffsetDateTime.parse(start)).build();
            List<ViolationCode> codes = OPEN_VALIDATOR.validate(b).codes();
            if (expected == null) {
                assertThat(codes).isEmpty();
            } else {
                assertThat(codes).containsExactly(expected);
            }
        }
        /** The office of these tests with another appointment policy. */
        private BookingValidator withPolicy(AppointmentPolicy policy) {
            ConsularOffice o = ConsularOffice.builder("x", OPEN.displayName(), OPEN.zone()).catalogue(OPEN.catalogue())
                    .officeHours(TestData.OFFICE_HOURS).closures(OPEN.closures()).policy(policy).build();
            return BookingValidator.of(o, Clock.fixed(NOW, ZoneOffset.UTC));
        }

        /**
         * Slots run every slot length from the start of the window 13:00-16:00 and end by its end; a
         * start off the grid names the slot before it, or the last slot when no slot starting later
         * fits, and none when the window is shorter than one slot.
         */
        @ParameterizedTest(name = "{0} min, {1} -> {2}")
        @CsvSource({
            "60,  2026-03-03T15:00, VALID",
            "60,  2026-03-03T13:10, 13:00",
            "25,  2026-03-03T13:00, VALID",
            "25,  2026-03-03T13:25, VALID",
            "25,  2026-03-03T15:30, VALID",
            "25,  2026-03-03T13:10, 13:00",
            "25,  2026-03-03T13:50:30, 13:50",
            "25,  2026-03-03T15:40, 15:30",
            "25,  2026-03-03T15:55, 15:30",
            "180, 2026-03-03T13:00, VALID",
            "180, 2026-03-03T13:01, 13:00",
            "181, 2026-03-03T13:00, NONE",
            "240, 2026-03-03T14:00, NONE",
        })
        void aStartOffTheSlotGridNamesTheSlotBefore(int slotMinutes, String local, String previousSlot) {
            BookingValidator v = withPolicy(OPEN.policy().toBuilder().slotLength(Duration.ofMinutes(slotMinutes)).build());
            ValidationReport r = v.validate(passport(local).build());
            if (previousSlot.equals("VALID")) {
                assertThat(r.codes()).isEmpty();
                return;
            }
            assertThat(r.codes()).containsExactly(ViolationCode.NOT_A_SLOT_START);
            Violation violation = r.violations().get(0);
            String time = cst(local).toLocalTime().toString();
            String every = java.util.Map.of(25, "25 minutes", 60, "1 hour", 180, "3 hours", 181, "3 hours 1 minute",
                    240, "4 hours")
                    .get(slotMinutes);
            String everyZh = java.util.Map.of(25, "25分钟", 60, "1小时", 180, "3小时", 181, "3小时1分钟", 240, "4小时").get(slotMinutes);
            if (previousSlot.equals("NONE")) {
                assertThat(violation.arguments()).doesNotContainKey("previousSlot");
                assertThat(violation.message(Locale.ENGLISH)).isEqualTo("Appointments start every " + every
                        + " from 13:00 and end by 16:00; " + time + " is not the start of a slot.");
                assertThat(violation.message(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("预约时段每" + everyZh
                        + "一个，自13:00起，须在16:00前结束；" + time + "不是时段的开始时间。");
            } else {
                assertThat(violation.arguments()).containsEntry("previousSlot", previousSlot)
                        .containsEntry("window", "13:00-16:00");
                assertThat(violation.message(Locale.ENGLISH)).isEqualTo("Appointments start every " + every
                        + " from 13:00 and end by 16:00; " + time + " is not the start of a slot (the slot before it"
                        + " starts at " + previousSlot + ").");
                assertThat(violation.message(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("预约时段每" + everyZh
                        + "一个，自13:00起，须在16:00前结束；" + time + "不是时段的开始时间（之前的时段开始于" + previousSlot + "）。");
            }
        }
    }

    @Nested
    class ClosedOnHolidays {

        @Test
        void holidayIsNamedFromTheCalendar() {
            ValidationReport r = OPEN_VALIDATOR.validate(passport("2026-10-01T14:00").build());
            assertThat(r.codes()).containsExactly(CLOSED_FOR_HOLIDAY);
            Violation v = r.violations().get(0);
            assertThat(v.arguments()).containsEntry("date", "2026-10-01").containsEntry("dayType", "PUBLIC_HOLIDAY")
                    .containsEntry("holidays", "national-day/2026");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("US Consulate General Chengdu is closed on 2026-10-01 for"
                    + " National Day.");
            assertThat(v.message(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("美国驻成都总领事馆于2026-10-01因国庆节闭馆。");
        }

        @Test
        void usAndChineseHolidaysOnOneDayAreBothNamed() {
            Violation v = OPEN_VALIDATOR.validate(passport("2026-02-16T13:00").build()).violations().get(0);
            assertThat(v.code()).isEqualTo(CLOSED_FOR_HOLIDAY);
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("US Consulate General Chengdu is closed on 2026-02-16 for"
                    + " Spring Festival Eve; Washington's Birthday.");
            assertThat(v.message(LocalizedText.SIMPLIFIED_CHINESE))
                    .isEqualTo("美国驻成都总领事馆于2026-02-16因除夕；华盛顿诞辰闭馆。");
        }

        @Test
        void oneOffClosureCloses() {
            Violation v = OPEN_VALIDATOR.validate(passport("2025-01-09T13:00").build()).violations().get(0);
            assertThat(v.code()).isEqualTo(CLOSED_FOR_HOLIDAY);
            assertThat(v.arguments()).containsEntry("dayType", "CLOSURE");
            assertThat(v.message(Locale.ENGLISH)).endsWith("for National Day of Mourning.");
        }

        @Test
        void holidayOnADayWithoutAppointmentsGivesBothReasons() {
            assertThat(codes(passport("2025-01-01T14:00").build()))
                    .containsExactly(OUTSIDE_APPOINTMENT_HOURS, CLOSED_FOR_HOLIDAY);
        }

        @Test
        void earlyClosingEndsTheWindow() {
            assertThat(codes(passport("2025-12-23T13:45").build())).isEmpty();
            ValidationReport r = OPEN_VALIDATOR.validate(passport("2025-12-23T14:00").build());
            assertThat(r.codes()).containsExactly(CLOSED_FOR_HOLIDAY);
            assertThat(r.violations().get(0).arguments()).containsEntry("closesAt", "14:00");
            assertThat(r.violations().get(0).message(Locale.ENGLISH)).isEqualTo("US Consulate General Chengdu closes"
                    + " early at 14:00 on 2025-12-23 (Christmas Eve (half day)); an appointment at 14:00 does not end"
                    + " before it.");
            assertThat(codes(Booking.walkIn(cst("2025-12-23T13:59")).services(ConsularService.CRBA).build())).isEmpty();
            assertThat(r.violations().get(0).message(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("美国驻成都总领事馆于"
                    + "2025-12-23（平安夜（半天））提前于14:00关闭；14:00的预约无法在关闭前结束。");
            ValidationReport late = OPEN_VALIDATOR.validate(Booking.walkIn(cst("2025-12-23T14:00"))
                    .services(ConsularService.CRBA).build());
            assertThat(late.codes()).containsExactly(CLOSED_FOR_HOLIDAY);
            assertThat(late.violations().get(0).message(Locale.ENGLISH)).isEqualTo("US Consulate General Chengdu closes"
                    + " early at 14:00 on 2025-12-23 (Christmas Eve (half day)); an arrival at 14:00 is too late.");
            assertThat(late.violations().get(0).message(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("美国驻成都总领事馆于"
                    + "2025-12-23（平安夜（半天））提前于14:00关闭；14:00到达为时已晚。");
        }

        @Test
        void earlyClosingWithoutATimeHalvesTheOfficeDay() {
            ValidationReport r = OPEN_VALIDATOR.validate(passport("2026-12-24T13:00").build());
            assertThat(r.codes()).containsExactly(CLOSED_FOR_HOLIDAY);
            assertThat(r.violations().get(0).arguments()).containsEntry("closesAt", "12:30");
        }

        @Test
        void provisionalYearsAreMentionedAndStayValid() {
            ValidationReport r = OPEN_VALIDATOR.validate(passport("2028-03-07T14:00").build());
            assertThat(r.codes()).containsExactly(PROVISIONAL_CLOSURES);
            assertThat(r.isValid()).isTrue();
            assertThat(r.violations().get(0).severity()).isEqualTo(Severity.INFO);
        }

        /** A year of the closure calendar that is only a forecast is mentioned, and the booking stays valid. */
        @Test
        void forecastYearsAreMentionedAndStayValid() {
            org.consularkit.core.calendar.HolidayProvider forecast = new org.consularkit.core.calendar.HolidayProvider() {
                @Override
                public int firstYear() {
                    return 2026;
                }

                @Override
                public int lastYear() {
                    return 2026;
                }

                @Override
                public org.consularkit.core.calendar.HolidayStatus yearStatus(int year) {
                    return org.consularkit.core.calendar.HolidayStatus.FORECAST;
                }

                @Override
                public List<org.consularkit.core.calendar.Holiday> holidays(int year) {
                    return List.of();
                }
            };
            ConsularOffice o = ConsularOffice.builder("x", OPEN.displayName(), OPEN.zone()).catalogue(OPEN.catalogue())
                    .officeHours(TestData.OFFICE_HOURS).policy(OPEN.policy())
                    .closures(org.consularkit.core.calendar.HolidayCalendar.of("forecast",
                            LocalizedText.of("Forecast", "预测"), forecast))
                    .build();
            ValidationReport r = BookingValidator.of(o, Clock.fixed(NOW, ZoneOffset.UTC)).validate(passport("2026-03-03T14:00").build());
            assertThat(r.codes()).containsExactly(PROVISIONAL_CLOSURES);
            assertThat(r.isValid()).isTrue();
            assertThat(r.violations().get(0).arguments()).containsEntry("date", "2026-03-03").containsEntry("calendar", "forecast");
            assertThat(r.violations().get(0).message(Locale.ENGLISH)).isEqualTo("The closures of 2026 in calendar forecast"
                    + " are a forecast (no official schedule yet); check the office's announcements for 2026-03-03.");
        }

        @Test
        void datesBeyondTheCalendarCannotBeChecked() {
            ValidationReport r = OPEN_VALIDATOR.validate(passport("2030-03-05T14:00").build());
            assertThat(r.codes()).containsExactly(CLOSURES_UNKNOWN);
            assertThat(r.violations().get(0).message(Locale.ENGLISH)).isEqualTo("The closure calendar test-closures"
                    + " covers 2024-2028 only; whether the office is open on 2030-03-05 cannot be checked.");
        }
    }

    @Nested
    class WalkIns {

        @Test
        void notarialServicesAreByAppointmentOnly() {
            Booking b = Booking.walkIn(cst("2026-03-03T14:00")).services(ConsularService.NOTARIAL).build();
            ValidationReport r = VALIDATOR.validate(b);
            assertThat(r.codes()).containsExactly(WALK_IN_NOT_ACCEPTED, POST_SUSPENDED);
            Violation v = r.violations().get(0);
            assertThat(v.field()).contains("walkIn");
            assertThat(v.message(Locale.ENGLISH))
                    .isEqualTo("Notarial services are by appointment only; walk-ins are not served: book an appointment.");
            assertThat(v.message(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("公证服务仅限预约，不接待无预约来访：请预约。");
        }

        @Test
        void notarialAppointmentIsAccepted() {
            assertThat(codes(Booking.appointment(ConsularService.NOTARIAL, cst("2026-03-03T14:00")).build())).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = ConsularService.class, names = {"PASSPORT", "CRBA"})
        void passportAndCrbaWalkInsAreServed(ConsularService s) {
            assertThat(codes(Booking.walkIn(cst("2026-03-05T15:30")).services(s).build())).isEmpty();
        }

        @Test
        void officeWithoutWalkInHoursRefusesThem() {
            ConsularOffice noWalkIns = ConsularOffice.builder("x", OPEN.displayName(), OPEN.zone()).catalogue(OPEN.catalogue())
                    .officeHours(TestData.OFFICE_HOURS).closures(OPEN.closures())
                    .policy(OPEN.policy().toBuilder().noWalkIns().build()).build();
            Booking b = Booking.walkIn(cst("2026-03-03T14:00")).services(ConsularService.NOTARIAL).build();
            ValidationReport r = BookingValidator.of(noWalkIns, Clock.fixed(NOW, ZoneOffset.UTC)).validate(b);
            assertThat(r.codes()).containsExactly(WALK_IN_NOT_ACCEPTED);
            assertThat(r.violations().get(0).message(Locale.ENGLISH))
                    .isEqualTo("US Consulate General Chengdu does not take walk-ins: book an appointment.");
        }
    }

    @Nested
    class ServicesNotBookedAsAppointments {

        @ParameterizedTest
        @EnumSource(value = ConsularService.class, names = {"EMERGENCY_ASSISTANCE", "STEP_ENROLLMENT",
            "CRIMINAL_RECORD", "DIPLOMA_AUTHENTICATION", "MARRIAGE", "LEGAL_ASSISTANCE", "MEDICAL_ASSISTANCE",
            "GREEN_CARD"})
        void sayWhereToGoInstead(ConsularService s) {
            for (Booking b : List.of(Booking.appointment(s, cst("2026-03-03T14:00")).build(),
                    Booking.walkIn(cst("2026-03-03T14:00")).services(s).build())) {
                ValidationReport r = OPEN_VALIDATOR.validate(b);
                assertThat(r.codes()).containsExactly(NOT_AN_APPOINTMENT_SERVICE);
                Violation v = r.violations().get(0);
                ServiceInfo info = TestData.CATALOGUE.info(s).orElseThrow();
                assertThat(v.arguments()).containsEntry("service", s.code());
                assertThat(v.message(Locale.ENGLISH)).startsWith(s.displayName(Locale.ENGLISH)
                        + " is not an appointment service (").endsWith(info.directions().english());
                assertThat(v.message(LocalizedText.SIMPLIFIED_CHINESE)).endsWith(info.directions().chinese());
            }
        }

        @Test
        void emergencyAssistanceIsByPhoneAndTheMessageGivesTheDirections() {
            // the Mission China texts are checked in the directory module (MissionChinaTest)
            Violation v = OPEN_VALIDATOR.validate(Booking.appointment(ConsularService.EMERGENCY_ASSISTANCE,
                    cst("2026-03-03T14:00")).build()).violations().get(0);
            assertThat(v.message(Locale.ENGLISH))
                    .isEqualTo("Emergency assistance is not an appointment service (By phone): Call the unit at any hour.");
        }

        /** The message lists every channel of the service, in English and in Chinese. */
        @Test
        void theMessageListsTheChannelsInBothLanguages() {
            Violation v = OPEN_VALIDATOR.validate(Booking.appointment(ConsularService.CRIMINAL_RECORD,
                    cst("2026-03-03T14:00")).build()).violations().get(0);
            assertThat(v.arguments()).containsEntry("channels", "REFERRAL,INFORMATION");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("Criminal record check is not an appointment service"
                    + " (Referral to another authority, Information only): Ask the FBI.");
            assertThat(v.message(LocalizedText.SIMPLIFIED_CHINESE))
                    .isEqualTo("无犯罪记录证明不是预约服务（转介其他机构、仅提供信息）：请联系FBI。");
        }

        /**
         * A service served only to walk-ins is accepted as a walk-in and is not an appointment
         * service; one served only by appointment is the other way round (see {@link WalkIns}).
         */
        @Test
        void aWalkInOnlyServiceCannotBeBookedAsAnAppointment() {
            ServiceInfo walkInOnly = new ServiceInfo(ConsularService.NOTARIAL, java.util.Set.of(AccessChannel.WALK_IN),
                    LocalizedText.of("Notary services.", "公证。"), LocalizedText.of("Come in the morning.", "请上午前来。"),
                    true, List.of(), List.of(TestData.TEST_SOURCE));
            ConsularOffice office = ConsularOffice.builder("x", OPEN.displayName(), OPEN.zone())
                    .catalogue(ServiceCatalogue.of("walk-ins", List.of(walkInOnly), TestData.CATALOGUE.rules()))
                    .officeHours(TestData.OFFICE_HOURS).closures(OPEN.closures()).policy(OPEN.policy()).build();
            BookingValidator v = BookingValidator.of(office, Clock.fixed(NOW, ZoneOffset.UTC));
            ValidationReport appointment = v.validate(Booking.appointment(ConsularService.NOTARIAL,
                    cst("2026-03-03T14:00")).build());
            assertThat(appointment.codes()).containsExactly(NOT_AN_APPOINTMENT_SERVICE);
            assertThat(appointment.violations().get(0).message(Locale.ENGLISH))
                    .isEqualTo("Notarial services is not an appointment service (Walk-in): Come in the morning.");
            assertThat(v.validate(Booking.walkIn(cst("2026-03-03T14:00")).services(ConsularService.NOTARIAL).build())
                    .codes()).isEmpty();
        }

        @Test
        void serviceTheOfficeDoesNotOfferIsReported() {
            ConsularOffice passportsOnly = ConsularOffice.builder("x", OPEN.displayName(), OPEN.zone()).catalogue(OPEN.catalogue())
                    .officeHours(TestData.OFFICE_HOURS).closures(OPEN.closures()).policy(OPEN.policy())
                    .services(List.of(ConsularService.PASSPORT)).build();
            ValidationReport r = BookingValidator.of(passportsOnly, Clock.fixed(NOW, ZoneOffset.UTC))
                    .validate(Booking.appointment(ConsularService.NOTARIAL, cst("2026-03-03T14:00")).build());
            assertThat(r.codes()).containsExactly(SERVICE_NOT_OFFERED);
            assertThat(r.violations().get(0).message(Locale.ENGLISH))
                    .isEqualTo("US Consulate General Chengdu does not offer Notarial services.");
        }
    }

    @Nested
    class Laptops {

        @Test
        void laptopIsProhibitedAndGuardsWillNotStoreIt() {
            ValidationReport r = OPEN_VALIDATOR.validate(passport("2026-03-03T14:00").items(VisitorItem.LAPTOP).build());
            assertThat(r.codes()).containsExactly(PROHIBITED_ITEM);
            Violation v = r.violations().get(0);
            assertThat(v.field()).contains("items");
            assertThat(v.arguments()).containsEntry("item", "LAPTOP");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("Do not bring a laptop: no visitor may bring one into the"
                    + " Embassy or a Consulate General, and the security guards will not take it or store it for you."
                    + " Leave it at an outside location.");
            assertThat(v.message(LocalizedText.SIMPLIFIED_CHINESE))
                    .isEqualTo("请勿携带笔记本电脑：任何访客均不得将其带入大使馆或总领事馆，安保人员不会代为保管。请将其存放于馆外。");
        }

        @Test
        void walkInsMayNotBringOneEither() {
            assertThat(codes(Booking.walkIn(cst("2026-03-03T14:00")).services(ConsularService.PASSPORT)
                    .items(VisitorItem.LAPTOP).build())).containsExactly(PROHIBITED_ITEM);
        }
    }

    @Nested
    class Time {

        @Test
        void startBeforeNowIsInThePast() {
            Booking b = passport("2026-03-03T14:00").build();
            ValidationReport r = OPEN_VALIDATOR.validate(b, Instant.parse("2026-03-03T06:00:01Z"));
            assertThat(r.codes()).containsExactly(IN_THE_PAST);
            assertThat(r.violations().get(0).message(Locale.ENGLISH)).isEqualTo("The start 2026-03-03T14:00+08:00 is"
                    + " in the past (now 2026-03-03T14:00:01+08:00).");
            assertThat(OPEN_VALIDATOR.validate(b, Instant.parse("2026-03-03T06:00:00Z")).codes()).isEmpty();
        }

        @Test
        void nowComesFromTheClock() {
            Booking b = passport("2026-03-03T14:00").build();
            BookingValidator late = BookingValidator.of(OPEN, Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"),
                    ZoneOffset.UTC));
            assertThat(late.validate(b).codes()).containsExactly(IN_THE_PAST);
            assertThat(OPEN_VALIDATOR.validate(b).codes()).isEmpty();
        }

        @Test
        void bookingAfterTheStartIsTooLittleNotice() {
            Booking b = Booking.appointment(ConsularService.PASSPORT, cst("2026-03-03T14:00"))
                    .bookedAt(cst("2026-03-03T14:30")).build();
            assertThat(codes(b)).containsExactly(TOO_LITTLE_NOTICE);
        }

        @Test
        void noticeAndHorizonAreApplied() {
            ConsularOffice strict = ConsularOffice.builder("x", OPEN.displayName(), OPEN.zone()).catalogue(OPEN.catalogue())
                    .officeHours(TestData.OFFICE_HOURS).closures(OPEN.closures())
                    .policy(OPEN.policy().toBuilder().minimumNotice(Duration.ofDays(1))
                            .bookingHorizon(Duration.ofDays(30)).capacityPerSlot(2).build())
                    .build();
            BookingValidator v = BookingValidator.of(strict, Clock.fixed(NOW, ZoneOffset.UTC));
            Booking.Builder b = Booking.appointment(ConsularService.PASSPORT, cst("2026-03-03T14:00"));
            assertThat(v.validate(b.bookedAt(cst("2026-03-02T14:00")).build()).codes()).isEmpty();
            ValidationReport soon = v.validate(b.bookedAt(cst("2026-03-02T14:01")).build());
            assertThat(soon.codes()).containsExactly(TOO_LITTLE_NOTICE);
            assertThat(soon.violations().get(0).message(Locale.ENGLISH)).isEqualTo("The appointment at"
                    + " 2026-03-03T14:00+08:00 must be booked at least 1 day ahead; it was booked at"
                    + " 2026-03-02T14:01+08:00.");
            assertThat(v.validate(b.bookedAt(cst("2026-02-01T14:00")).build()).codes()).isEmpty();
            assertThat(v.validate(b.bookedAt(cst("2026-02-01T13:59")).build()).codes())
                    .containsExactly(BEYOND_BOOKING_HORIZON);
            assertThat(v.validate(b.bookedAt(cst("2026-02-20T10:00")).applicants(2).build()).codes()).isEmpty();
            assertThat(v.validate(b.bookedAt(cst("2026-02-20T10:00")).applicants(3).build()).codes())
                    .containsExactly(TOO_MANY_APPLICANTS);
        }

        /**
         * A notice, a horizon or an allowed lateness that is not a whole number of minutes is written
         * with its seconds (it read "at least 0 minutes ahead" for 30 seconds); no lateness allowed
         * at all is "0 minutes".
         */
        @Test
        void durationsThatAreNotWholeMinutesAreWrittenWithTheirSeconds() {
            VisitRules r = TestData.CATALOGUE.rules();
            VisitRules noLateness = new VisitRules(r.separateAppointmentPerService(), r.arriveEarly(), Duration.ZERO,
                    r.printedConfirmationRequired(), r.prohibitedItems(), r.noAppointmentNeeded(), r.notes(),
                    r.sources());
            ConsularOffice office = ConsularOffice.builder("x", OPEN.displayName(), OPEN.zone())
                    .catalogue(OPEN.catalogue()).officeHours(TestData.OFFICE_HOURS).closures(OPEN.closures())
                    .policy(OPEN.policy().toBuilder().minimumNotice(Duration.ofSeconds(30))
                            .bookingHorizon(Duration.ofSeconds(90)).visitRules(noLateness).build())
                    .build();
            BookingValidator v = BookingValidator.of(office, Clock.fixed(NOW, ZoneOffset.UTC));
            Booking booking = Booking.appointment(ConsularService.PASSPORT, cst("2026-03-03T14:00")).build();

            Violation notice = v.validate(booking, cst("2026-03-03T13:59:45").toInstant()).violations().get(0);
            assertThat(notice.message(Locale.ENGLISH)).isEqualTo("The appointment at 2026-03-03T14:00+08:00 must be"
                    + " booked at least 30 seconds ahead; it was booked at 2026-03-03T13:59:45+08:00.");
            assertThat(notice.message(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("2026-03-03T14:00+08:00的预约须至少"
                    + "提前30秒办理；实际预约时间为2026-03-03T13:59:45+08:00。");

            Violation horizon = v.validate(booking, cst("2026-03-03T13:58").toInstant()).violations().get(0);
            assertThat(horizon.message(Locale.ENGLISH)).isEqualTo("The appointment at 2026-03-03T14:00+08:00 is more"
                    + " than 1 minute 30 seconds after the booking (2026-03-03T13:58+08:00); book it later.");
            assertThat(horizon.message(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("2026-03-03T14:00+08:00的预约距"
                    + "预约时间（2026-03-03T13:58+08:00）超过1分钟30秒；请稍后再预约。");

            Violation late = v.validate(booking, cst("2026-03-03T13:59").toInstant(),
                    Instant.parse("2026-03-03T06:00:20Z")).violations().get(0);
            assertThat(late.message(Locale.ENGLISH)).isEqualTo("Arrived at 2026-03-03T14:00:20+08:00, 20 seconds after"
                    + " the start of the appointment (2026-03-03T14:00+08:00): more than 0 minutes late, the appointment"
                    + " is cancelled. Book a new appointment.");
            assertThat(late.message(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("到达时间2026-03-03T14:00:20+08:00，"
                    + "比预约开始时间（2026-03-03T14:00+08:00）晚20秒：迟到超过0分钟，预约已取消。请重新预约。");
        }
        /**
         * Issue 12, defect 4: a booking at either end of the time line (its start or its booking
         * moment, {@code +999999999-12-31T23:59-10:00}) made the validator throw {@code
         * DateTimeException} ("Invalid value for EpochDay"). Such a moment is now rejected where it is
         * given, naming it; every moment of the supported years validates.
         */
        @Test
        void aMomentAtEitherEndOfTheTimeLineIsRejectedWhenTheBookingIsBuilt() {
            OffsetDateTime end = OffsetDateTime.parse("+999999999-12-31T23:59-10:00");
            OffsetDateTime start = OffsetDateTime.parse("-999999999-01-01T00:00+18:00");
            assertThatThrownBy(() -> Booking.appointment(ConsularService.PASSPORT, end))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The start of a booking must be in the years 1900 to 9999, but was"
                            + " +999999999-12-31T23:59-10:00");
            assertThatThrownBy(() -> passport("2026-03-03T14:00").bookedAt(end))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The booking moment of a booking must be in the years 1900 to 9999, but was"
                            + " +999999999-12-31T23:59-10:00");
            assertThatThrownBy(() -> Booking.walkIn(start))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The arrival of a booking must be in the years 1900 to 9999, but was"
                            + " -999999999-01-01T00:00+18:00");
            assertThatThrownBy(() -> Booking.appointment(ConsularService.PASSPORT, cst("1899-12-31T23:59")))
                    .hasMessageEndingWith("but was 1899-12-31T23:59+08:00");
            Booking first = Booking.appointment(ConsularService.PASSPORT, OffsetDateTime.parse("1900-01-01T00:00-18:00"))
                    .bookedAt(OffsetDateTime.parse("1900-01-01T00:00-18:00")).build();
            Booking last = Booking.appointment(ConsularService.PASSPORT, OffsetDateTime.parse("9999-12-31T23:59+18:00"))
                    .bookedAt(OffsetDateTime.parse("9999-12-31T23:59-18:00")).build();
            assertThat(VALIDATOR.validate(first, NOW).codes()).contains(IN_THE_PAST);
            assertThat(VALIDATOR.validate(last, NOW).codes()).doesNotContain(IN_THE_PAST);
            assertThat(VALIDATOR.validate(last, NOW, Instant.parse("9999-12-31T23:59:59Z")).codes())
                    .doesNotContain(IN_THE_PAST);
            assertThatThrownBy(() -> VALIDATOR.validate(last, Instant.MAX))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The moment now must be in the years 1899 to 10000 (UTC), but was"
                            + " +1000000000-12-31T23:59:59.999999999Z");
            assertThatThrownBy(() -> VALIDATOR.validate(last, Instant.MIN, NOW))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The moment now must be in the years 1899 to 10000 (UTC), but was"
                            + " -1000000000-01-01T00:00:00Z");
            assertThatThrownBy(() -> VALIDATOR.validate(last, NOW, Instant.MIN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The moment arrivedAt must be in the years 1899 to 10000 (UTC), but was"
                            + " -1000000000-01-01T00:00:00Z");
            assertThatThrownBy(() -> VALIDATOR.validate(last, Instant.parse("+10001-01-01T00:00:00Z")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> VALIDATOR.validate(last, Instant.parse("1898-12-31T23:59:59.999999999Z")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(VALIDATOR.validate(last, last.start().toInstant(), Instant.parse("+10000-12-31T23:59:59.999999999Z"))
                    .codes()).contains(LATE_ARRIVAL);
            assertThat(VALIDATOR.validate(first, Instant.parse("1899-01-01T00:00:00Z")).codes()).doesNotContain(IN_THE_PAST);
        }
    }

    /** The check-in rule: more than 15 minutes late and the appointment is cancelled. */
    @Nested
    class CheckIn {

        private final Booking booking = passport("2026-03-03T14:00").build();
        private final Instant bookedAt = cst("2024-11-30T10:00").toInstant();

        private ValidationReport arrive(String local) {
            return OPEN_VALIDATOR.validate(booking, bookedAt, cst(local).toInstant());
        }

        @Test
        void fifteenMinutesLateIsInTime() {
            assertThat(arrive("2026-03-03T14:15").codes()).isEmpty();
            assertThat(arrive("2026-03-03T14:15").isValid()).isTrue();
        }

        @Test
        void sixteenMinutesLateCancelsTheAppointment() {
            ValidationReport r = arrive("2026-03-03T14:16");
            assertThat(r.codes()).containsExactly(LATE_ARRIVAL);
            assertThat(r.isValid()).isFalse();
            Violation v = r.violations().get(0);
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.field()).contains("start");
            assertThat(v.arguments()).containsExactly(java.util.Map.entry("start", "2026-03-03T14:00+08:00"),
                    java.util.Map.entry("arrivedAt", "2026-03-03T14:16+08:00"), java.util.Map.entry("late", "PT16M"),
                    java.util.Map.entry("lateCancellation", "PT15M"));
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("Arrived at 2026-03-03T14:16+08:00, 16 minutes after the"
                    + " start of the appointment (2026-03-03T14:00+08:00): more than 15 minutes late, the appointment is"
                    + " cancelled. Book a new appointment.");
            assertThat(v.message(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("到达时间2026-03-03T14:16+08:00，比预约开始时间"
                    + "（2026-03-03T14:00+08:00）晚16分钟：迟到超过15分钟，预约已取消。请重新预约。");
        }

        @Test
        void oneSecondPastFifteenMinutesIsTooLate() {
            ValidationReport r = OPEN_VALIDATOR.validate(booking, bookedAt, Instant.parse("2026-03-03T06:15:01Z"));
            assertThat(r.codes()).containsExactly(LATE_ARRIVAL);
            assertThat(r.violations().get(0).message(Locale.ENGLISH)).startsWith("Arrived at 2026-03-03T14:15:01+08:00,"
                    + " 15 minutes 1 second after the start");
        }

        @Test
        void earlyArrivalsAndWalkInsAreInTime() {
            assertThat(arrive("2026-03-03T13:45").codes()).isEmpty();
            assertThat(arrive("2026-03-03T09:00").codes()).isEmpty();
            Booking walkIn = Booking.walkIn(cst("2026-03-03T14:00")).services(ConsularService.PASSPORT).build();
            assertThat(OPEN_VALIDATOR.validate(walkIn, bookedAt, cst("2026-03-03T15:00").toInstant()).codes())
                    .doesNotContain(LATE_ARRIVAL);
        }

        @Test
        void withoutAnArrivalTheRuleIsNotApplied() {
            assertThat(OPEN_VALIDATOR.validate(booking, bookedAt).codes()).isEmpty();
        }

        @Test
        void lateArrivalComesInTheFixedOrder() {
            Booking b = passport("2026-03-03T14:00").items(VisitorItem.LAPTOP).build();
            ValidationReport r = VALIDATOR.validate(b, bookedAt, cst("2026-03-03T14:30").toInstant());
            assertThat(r.codes()).containsExactly(PROHIBITED_ITEM, LATE_ARRIVAL, POST_SUSPENDED);
        }
    }

    @Test
    void severalViolationsComeInTheFixedOrder() {
        Booking b = Booking.appointment(ConsularService.NOTARIAL, cst("2025-01-01T12:59"))
                .services(ConsularService.PASSPORT, ConsularService.STEP_ENROLLMENT)
                .items(VisitorItem.LAPTOP)
                .build();
        ValidationReport r = VALIDATOR.validate(b, Instant.parse("2025-06-01T00:00:00Z"));
        assertThat(r.codes()).containsExactly(APPOINTMENT_TYPE_MISMATCH, MULTIPLE_SERVICES, OUTSIDE_APPOINTMENT_HOURS,
                CLOSED_FOR_HOLIDAY, NOT_AN_APPOINTMENT_SERVICE, PROHIBITED_ITEM, IN_THE_PAST, POST_SUSPENDED);
        assertThat(r.isValid()).isFalse();
        assertThat(r.violations(Severity.WARNING)).extracting(Violation::code).containsExactly(POST_SUSPENDED);
        assertThat(r).hasToString("ValidationReport[valid=false, APPOINTMENT_TYPE_MISMATCH, MULTIPLE_SERVICES,"
                + " OUTSIDE_APPOINTMENT_HOURS, CLOSED_FOR_HOLIDAY, NOT_AN_APPOINTMENT_SERVICE, PROHIBITED_ITEM,"
                + " IN_THE_PAST, POST_SUSPENDED]");
    }

    @Test
    void theCliCodesKeepTheirContractOrder() {
        assertThat(List.of(APPOINTMENT_TYPE_MISMATCH, MULTIPLE_SERVICES, OUTSIDE_APPOINTMENT_HOURS, CLOSED_FOR_HOLIDAY,
                WALK_IN_NOT_ACCEPTED, NOT_AN_APPOINTMENT_SERVICE, PROHIBITED_ITEM, IN_THE_PAST, POST_SUSPENDED))
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(POST_SUSPENDED.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void messagesDependOnlyOnTheExplicitLocale() {
        Booking b = Booking.appointment(ConsularService.NOTARIAL, cst("2025-01-01T12:59"))
                .services(ConsularService.PASSPORT, ConsularService.MARRIAGE).items(VisitorItem.LAPTOP).build();
        ValidationReport r = VALIDATOR.validate(b, Instant.parse("2025-06-01T00:00:00Z"));
        for (Locale english : List.of(Locale.ENGLISH, Locale.US, Locale.forLanguageTag("hi-IN"), Locale.GERMANY,
                Locale.ROOT)) {
            assertThat(BookingJson.write(r, english)).isEqualTo(BookingJson.write(r, Locale.ENGLISH));
        }
        for (Locale chinese : List.of(Locale.CHINA, Locale.SIMPLIFIED_CHINESE, Locale.CHINESE)) {
            assertThat(BookingJson.write(r, chinese))
                    .isEqualTo(BookingJson.write(r, LocalizedText.SIMPLIFIED_CHINESE))
                    .isNotEqualTo(BookingJson.write(r, Locale.ENGLISH));
        }
        // the same answers again from a validator built anew
        BookingValidator again = BookingValidator.of(TestData.chengdu(), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(again.validate(b, Instant.parse("2025-06-01T00:00:00Z"))).isEqualTo(r);
    }
}
