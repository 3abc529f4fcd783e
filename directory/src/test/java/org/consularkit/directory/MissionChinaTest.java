package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.booking.AccessChannel;
import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.BookingValidator;
import org.consularkit.core.booking.ConsularService;
import org.consularkit.core.booking.ServiceCatalogue;
import org.consularkit.core.booking.ServiceInfo;
import org.consularkit.core.booking.Violation;
import org.consularkit.core.booking.ViolationCode;
import org.consularkit.core.booking.VisitRules;
import org.consularkit.core.booking.VisitorItem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data of US Mission China outside the posts: its service catalogue (moved here from core). */
class MissionChinaTest {

    private static final ServiceCatalogue MISSION = MissionChina.serviceCatalogue();

    private static ServiceInfo info(ConsularService s) {
        return MISSION.info(s).orElseThrow();
    }

    @Nested
    class Catalogue {

        @Test
        void listsEveryServiceOfTheSeedPageWithSources() {
            assertThat(MISSION.services()).extracting(ServiceInfo::service)
                    .containsExactly(ConsularService.values());
            for (ServiceInfo i : MISSION.services()) {
                assertThat(i.sources()).as("%s", i.service()).isNotEmpty();
                assertThat(i.sources().get(0).url()).as("%s", i.service()).isPresent();
            }
            assertThat(MISSION.id()).isEqualTo("mission-china");
            assertThat(MISSION.verified()).contains(LocalDate.of(2026, 11, 27));
            assertThat(MISSION).isSameAs(MissionChina.serviceCatalogue());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
            "PASSPORT               | APPOINTMENT,WALK_IN",
            "CRBA                   | APPOINTMENT,WALK_IN",
            "NOTARIAL               | APPOINTMENT",
            "EMERGENCY_ASSISTANCE   | PHONE",
            "STEP_ENROLLMENT        | ONLINE",
            "CRIMINAL_RECORD        | REFERRAL,INFORMATION",
            "DIPLOMA_AUTHENTICATION | INFORMATION",
            "MARRIAGE               | REFERRAL",
            "LEGAL_ASSISTANCE       | REFERRAL",
            "MEDICAL_ASSISTANCE     | INFORMATION",
            "GREEN_CARD             | INFORMATION",
        })
        void eachServiceIsObtainedAsTheSeedPageSays(ConsularService service, String channels) {
            Set<AccessChannel> expected = EnumSet.noneOf(AccessChannel.class);
            for (String c : channels.split(",", -1)) {
                expected.add(AccessChannel.valueOf(c));
            }
            assertThat(info(service).channels()).isEqualTo(expected);
        }

        @Test
        void notarialServicesAreByAppointmentOnly() {
            assertThat(info(ConsularService.NOTARIAL).byAppointment()).isTrue();
            assertThat(info(ConsularService.NOTARIAL).acceptsWalkIns()).isFalse();
            assertThat(MISSION.appointmentServices())
                    .containsExactly(ConsularService.PASSPORT, ConsularService.CRBA, ConsularService.NOTARIAL);
        }

        @Test
        void emergencyAssistanceCoversTheFourDistresses() {
            assertThat(info(ConsularService.EMERGENCY_ASSISTANCE).summary().english())
                    .contains("destitute", "arrested", "separated from minor children", "sick");
            assertThat(info(ConsularService.EMERGENCY_ASSISTANCE).directions().english()).contains("at any hour");
        }

        @Test
        void stepCoversEnrolmentAndCancellationOnline() {
            assertThat(info(ConsularService.STEP_ENROLLMENT).directions().english())
                    .contains("Enrol, or cancel an online enrolment");
        }

        @Test
        void marriageIsAReferralWithTheUnverified2025Change() {
            ServiceInfo m = info(ConsularService.MARRIAGE);
            assertThat(m.confirmed()).isFalse();
            assertThat(m.directions().chinese()).contains("户口所在地民政局");
            assertThat(m.notes()).singleElement().extracting(LocalizedText::english).asString()
                    .contains("State Council Order No. 804", "10 May 2025", "was not verified");
            assertThat(m.sources()).extracting(Source::type).contains(SourceType.STATUTE);
        }

        @Test
        void diplomaAuthenticationIsUnconfirmed() {
            assertThat(info(ConsularService.DIPLOMA_AUTHENTICATION).confirmed()).isFalse();
            assertThat(info(ConsularService.DIPLOMA_AUTHENTICATION).notes()).isNotEmpty();
        }

        @Test
        void criminalRecordsAreNotIssued() {
            assertThat(info(ConsularService.CRIMINAL_RECORD).summary().english()).contains("does not issue");
            assertThat(info(ConsularService.CRIMINAL_RECORD).directions().english()).contains("FBI");
        }

        @Test
        void missionWideVisitRules() {
            VisitRules r = MISSION.rules();
            assertThat(r.separateAppointmentPerService()).isTrue();
            assertThat(r.arriveEarly()).isEqualTo(Duration.ofMinutes(15));
            assertThat(r.lateCancellation()).isEqualTo(Duration.ofMinutes(15));
            assertThat(r.printedConfirmationRequired()).isTrue();
            assertThat(r.prohibitedItems()).containsExactly(VisitorItem.LAPTOP);
            assertThat(r.noAppointmentNeeded()).extracting(LocalizedText::english).containsExactly(
                    "Applying for a Consular Report of Death Abroad",
                    "Reporting a lost or stolen passport when in urgent need to travel (bring proof of travel)",
                    "Picking up a passport or CRBA when notified",
                    "Social Security checks and questions",
                    "Submitting extra documents for a pending passport application",
                    "Registering to vote");
            assertThat(r.notes().get(0).english()).contains("will not take possession of it nor store it");
        }

        @Test
        void everyTextIsInEnglishAndChinese() {
            for (ServiceInfo i : MISSION.services()) {
                assertThat(i.service().displayName(LocalizedText.SIMPLIFIED_CHINESE)).isNotEqualTo(
                        i.service().displayName(Locale.ENGLISH));
                assertThat(i.directions().chinese()).isNotEqualTo(i.directions().english());
            }
        }
    }

    /** The validator's messages with the Mission's texts, for Chengdu's office (moved here from core). */
    @Nested
    class ValidationMessages {

        private final BookingValidator validator = BookingValidator.of(
                Directory.builtIn().post("chengdu").office().orElseThrow(), Clock.systemUTC());

        private Violation first(ConsularService s) {
            Violation v = validator.validate(Booking.appointment(s, OffsetDateTime.parse("2026-03-03T14:00+08:00")).build(),
                    Instant.parse("2026-02-20T02:00:00Z")).violations().get(0);
            assertThat(v.code()).isEqualTo(ViolationCode.NOT_AN_APPOINTMENT_SERVICE);
            return v;
        }

        @Test
        void emergencyAssistanceIsByPhoneAtAnyHour() {
            assertThat(first(ConsularService.EMERGENCY_ASSISTANCE).message(Locale.ENGLISH)).isEqualTo("Emergency"
                    + " assistance is not an appointment service (By"
                    + " phone): Call the ACS unit at any hour: during business hours through the consulate operator,"
                    + " after hours the operator reaches the Emergency After Hours Duty Officer; if you cannot reach"
                    + " the operator, call (010) 8531-4000 from within China or (011-8610) 8531-4000 from the US. No"
                    + " appointment is needed.");
        }

        @Test
        void marriageIsReferredToTheCivilAffairsBureau() {
            Violation v = first(ConsularService.MARRIAGE);
            assertThat(v.message(Locale.ENGLISH)).contains("civil affairs bureau (民政局)")
                    .contains("household registration (户口)");
            assertThat(v.message(LocalizedText.SIMPLIFIED_CHINESE)).contains("户口所在地民政局的婚姻登记处");
        }
    }
}
