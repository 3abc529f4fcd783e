package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.consularkit.core.booking.AccessChannel;
import org.consularkit.core.booking.ConsularService;
import org.consularkit.core.booking.ServiceCatalogue;
import org.consularkit.core.booking.ServiceInfo;
import org.consularkit.core.booking.VisitRules;
import org.consularkit.core.booking.VisitorItem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;

class ServiceCatalogueTest {

    private static final ServiceCatalogue MISSION = ServiceCatalogue.missionChina();

    private static ServiceInfo info(ConsularService s) {
        return MISSION.info(s).orElseThrow();
    }

    @Nested
    class MissionChina {

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
            assertThat(MISSION).isSameAs(ServiceCatalogue.missionChina());
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
            for (String c : channels.split(",")) {
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

    @Nested
    class Read {

        private ServiceCatalogue read(String json) {
            InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
            return ServiceCatalogue.read(in, "my-catalogue.json");
        }

        private static final String VALID = """
                {"id": "x", "description": "d", "verified": "2026-01-01",
                 "sources": {"s": {"type": "PAGE", "citation": "c", "url": "https://example.org/"}},
                 "services": [{"code": "PASSPORT", "channels": ["APPOINTMENT"], "summary": {"en": "a", "zh": "甲"},
                   "directions": {"en": "b", "zh": "乙"}, "confirmed": true, "notes": [], "sources": ["s"]}],
                 "visitRules": {"separateAppointmentPerService": true, "arriveEarlyMinutes": 15,
                   "lateCancellationMinutes": 15, "printedConfirmationRequired": true, "prohibitedItems": [],
                   "noAppointmentNeeded": [], "notes": [], "sources": ["s"]}}
                """;

        @Test
        void readsAUserCatalogue() {
            ServiceCatalogue c = read(VALID);
            assertThat(c.services()).hasSize(1);
            assertThat(c.contains(ConsularService.NOTARIAL)).isFalse();
            assertThat(c).isEqualTo(read(VALID)).hasToString("ServiceCatalogue[x: PASSPORT]");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "\"PASSPORT\", \"channels\" | \"PASPORT\", \"channels\" | my-catalogue.json: field 'services[0].code': \"PASPORT\" is not a known code; expected one of [PASSPORT, CRBA, NOTARIAL, EMERGENCY_ASSISTANCE, STEP_ENROLLMENT, CRIMINAL_RECORD, DIPLOMA_AUTHENTICATION, MARRIAGE, LEGAL_ASSISTANCE, MEDICAL_ASSISTANCE, GREEN_CARD]",
            "\"sources\": [\"s\"]}],   | \"sources\": [\"t\"]}],   | my-catalogue.json: field 'services[0].sources[0]': \"t\" is not a key of the sources object",
            "\"arriveEarlyMinutes\": 15 | \"arriveEarlyMinutes\": \"15\" | my-catalogue.json: field 'visitRules.arriveEarlyMinutes': \"15\" is not an integer",
            "\"verified\": \"2026-01-01\" | \"verified\": \"2026-13-01\" | my-catalogue.json: field 'verified': \"2026-13-01\" is not an ISO date",
            "\"confirmed\": true,       | \"confirmed\": true, \"extra\": 1, | my-catalogue.json: field 'services[0].extra': is not a known field; expected only [code, channels, summary, directions, confirmed, notes, sources]",
        })
        void malformedCataloguesNameFileFieldAndValue(String from, String to, String message) {
            assertThat(VALID).contains(from);
            assertThatThrownBy(() -> read(VALID.replace(from, to))).isInstanceOf(DataFileException.class)
                    .hasMessage(message);
        }

        @Test
        void notJson() {
            assertThatThrownBy(() -> read("{\"id\": ")).isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith("my-catalogue.json: is not valid JSON at line 1, column 8: ");
        }
    }
}
