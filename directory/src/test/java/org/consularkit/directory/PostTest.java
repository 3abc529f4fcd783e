package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.consularkit.calendar.Calendars;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.booking.AppointmentSlot;
import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.BookingValidator;
import org.consularkit.core.booking.ConsularOffice;
import org.consularkit.core.booking.ConsularService;
import org.consularkit.core.booking.OfficeState;
import org.consularkit.core.booking.OfficeStatus;
import org.consularkit.core.booking.ServiceInfo;
import org.consularkit.core.booking.Severity;
import org.consularkit.core.booking.SlotFinder;
import org.consularkit.core.booking.ValidationReport;
import org.consularkit.core.booking.Violation;
import org.consularkit.core.booking.ViolationCode;
import org.consularkit.core.booking.VisitorItem;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.hours.OpeningSchedule;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A post in the engine's terms: its status, closure calendar and consular office. */
class PostTest {

    private static final Directory MISSION = Directory.builtIn();
    private static final Post CHENGDU = MISSION.post("chengdu");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Nested
    class StatusOfAPost {

        @ParameterizedTest
        @CsvSource({
            "beijing, OPEN, , ",
            "chengdu, CLOSED, 2020-07-27, closed by order of the host government",
            "guangzhou, OPEN, , ",
            "shanghai, LIMITED, , limited services during a renovation",
            "shenyang, OPEN, , ",
            "wuhan, LIMITED, 2022-12-27, limited U.S. citizen services"})
        void isTheEnginesOneStatusType(String id, OfficeState state, @Nullable LocalDate since,
                @Nullable String note) {
            Post post = MISSION.post(id);
            OfficeStatus s = post.status().value();
            assertThat(s.state()).isEqualTo(state);
            assertThat(s.since()).isEqualTo(Optional.ofNullable(since));
            assertThat(s.note().map(LocalizedText::english)).isEqualTo(Optional.ofNullable(note));
            assertThat(s.sources()).isEqualTo(post.status().provenance().sources());
            assertThat(post.isOperating()).isEqualTo(state.isOperating());
        }

        /** facts.md §0: closed at 10:00 on 27 Jul 2020 (Xinhua, Wikipedia). */
        @Test
        void chengduIsClosedSinceItsClosureCitingItsSources() {
            OfficeStatus s = CHENGDU.status().value();
            assertThat(s).hasToString("CLOSED since 2020-07-27");
            assertThat(s.note().orElseThrow().chinese()).isEqualTo("应东道国政府要求关闭");
            assertThat(s.sources()).extracting(src -> src.url().map(Object::toString).orElse(""))
                    .contains("http://www.xinhuanet.com/english/2020-07/27/c_139243186.htm",
                            "https://en.wikipedia.org/wiki/Consulate_General_of_the_United_States,_Chengdu");
        }

        @Test
        void withoutAReasonThereIsNoNote() {
            Directory d = DirectoryFileTest.parse(DirectoryFileTest.replace(DirectoryFileTest.GOOD,
                    "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                    "\"status\": {\"value\": \"SUSPENDED\", \"sources\": [\"seed\"]}").replace(
                    "{\"province\": \"CN-SC\", \"post\": \"chengdu\", \"sources\": [\"seed\"]}",
                    "{\"province\": \"CN-SC\", \"post\": \"chengdu\", \"until\": \"2020-07-27\", \"sources\": [\"seed\"]}"));
            OfficeStatus s = d.post("chengdu").status().value();
            assertThat(s).hasToString("SUSPENDED");
            assertThat(s.note()).isEmpty();
            assertThat(s.state().displayName()).isEqualTo(LocalizedText.of("suspended", "暂停服务"));
        }
    }

    @Nested
    class ClosureCalendar {

        @Test
        void everyPostOfTheMissionFollowsItsOwnPostCalendar() {
            for (Post p : MISSION.posts()) {
                assertThat(p.closureCalendar()).as(p.id()).isSameAs(Calendars.byId("post:" + p.id()));
            }
        }

        @Test
        void aUserPostFollowsTheCalendarsItClosesFor() {
            String annex = DirectoryFileTest.GOOD.replace("\"chengdu\"", "\"chengdu-annex\"");
            HolidayCalendar union = DirectoryFileTest.parse(annex).post("chengdu-annex").closureCalendar();
            assertThat(union.id()).isEqualTo("post:chengdu-annex");
            assertThat(union.displayName().english()).isEqualTo("Closures of U.S. Consulate General Chengdu (us-federal + cn)");
            // China's bridged Friday closes a union with cn; the Mission's own calendar keeps it open.
            assertThat(union.isWorkingDay(LocalDate.of(2026, 2, 20))).isFalse();
            assertThat(CHENGDU.closureCalendar().isWorkingDay(LocalDate.of(2026, 2, 20))).isTrue();

            String usOnly = DirectoryFileTest.replace(DirectoryFileTest.GOOD, "[\"us-federal\", \"cn\"]", "[\"us-federal\"]");
            assertThat(DirectoryFileTest.parse(usOnly).post("chengdu").closureCalendar())
                    .isSameAs(Calendars.byId("us-federal"));
            String shanghai = DirectoryFileTest.replace(DirectoryFileTest.GOOD, "[\"us-federal\", \"cn\"]",
                    "[\"post:shanghai\"]");
            assertThat(DirectoryFileTest.parse(shanghai).post("chengdu").closureCalendar())
                    .isSameAs(Calendars.byId("post:shanghai"));
        }
    }

    @Nested
    class Office {

        /** The seed page: office Mon-Fri 08:00-17:00 excluding holidays; ACS and walk-ins Mon, Tue, Thu 13:00-16:00. */
        @Test
        void chengduExactlyAsTheSeedPageDescribesIt() {
            ConsularOffice office = CHENGDU.office().orElseThrow();
            assertThat(office.id()).isEqualTo("chengdu");
            assertThat(office.displayName()).isEqualTo(CHENGDU.displayName());
            assertThat(office.zone()).isEqualTo(CHINA);
            assertThat(office.officeHours().schedule()).hasToString("Mo-Fr 08:00-17:00; PH off");
            assertThat(office.policy().appointmentWindow()).hasToString("Mo,Tu,Th 13:00-16:00; PH off");
            assertThat(office.policy().walkInWindow().map(Object::toString)).contains("Mo,Tu,Th 13:00-16:00; PH off");
            assertThat(office.closures()).isSameAs(Calendars.byId("post:chengdu"));
            assertThat(office.catalogue()).isSameAs(MissionChina.serviceCatalogue());
            assertThat(office.services()).containsExactlyElementsOf(
                    MissionChina.serviceCatalogue().services().stream().map(ServiceInfo::service).toList());
            assertThat(office.services()).contains(ConsularService.PASSPORT, ConsularService.CRBA, ConsularService.NOTARIAL,
                    ConsularService.EMERGENCY_ASSISTANCE, ConsularService.STEP_ENROLLMENT, ConsularService.CRIMINAL_RECORD,
                    ConsularService.DIPLOMA_AUTHENTICATION, ConsularService.MARRIAGE, ConsularService.LEGAL_ASSISTANCE,
                    ConsularService.MEDICAL_ASSISTANCE, ConsularService.GREEN_CARD);
            ServiceInfo notarial = office.catalogue().info(ConsularService.NOTARIAL).orElseThrow();
            assertThat(notarial.byAppointment()).isTrue();
            assertThat(notarial.acceptsWalkIns()).isFalse();
            assertThat(office.policy().prohibitedItems()).containsExactly(VisitorItem.LAPTOP);
            assertThat(office.status()).isEqualTo(CHENGDU.status().value());
            assertThat(office).hasToString("ConsularOffice[chengdu, Asia/Shanghai, Mo-Fr 08:00-17:00; PH off,"
                    + " CLOSED since 2020-07-27]");
        }

        @Test
        void builtOnEveryCallAndEqual() {
            assertThat(CHENGDU.office()).isEqualTo(CHENGDU.office());
        }

        /** Guangzhou publishes no hours: no office, no hours of any kind, never invented ones. */
        @Test
        void noOfficeWhereTheHoursAreNotKnown() {
            Post guangzhou = MISSION.post("guangzhou");
            assertThat(guangzhou.office()).isEmpty();
            assertThat(guangzhou.publishedHours()).isEmpty();
            for (HoursKind k : HoursKind.values()) {
                assertThat(guangzhou.hours(k)).as(k.id()).isEmpty();
            }
        }

        /** Every post with appointment hours has an office for the booking rules. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "beijing  | Mo-Fr 08:00-17:00; PH off             | Mo-Fr 08:00-17:00; PH off             | true",
            "chengdu  | Mo-Fr 08:00-17:00; PH off             | Mo,Tu,Th 13:00-16:00; PH off          | true",
            "shanghai | Mo-Fr 08:00-17:00; PH off             | Mo-Fr 08:00-17:00; PH off             | true",
            "shenyang | Mo,Tu,Th,Fr 09:00-11:00; PH off       | Mo,Tu,Th,Fr 09:00-11:00; PH off       | true",
            "wuhan    | Mo-Fr 08:00-12:00,13:00-17:00; PH off | Mo-Fr 08:00-12:00,13:00-17:00; PH off | true",
        })
        void officeOfEveryPostWithAppointmentHours(String id, String office, String appointments, boolean uncertain) {
            Post p = MISSION.post(id);
            ConsularOffice o = p.office().orElseThrow();
            assertThat(o.officeHours().schedule()).hasToString(office);
            assertThat(o.appointmentHours().schedule()).hasToString(appointments);
            assertThat(o.policy().lateCancellation()).isEqualTo(java.time.Duration.ofMinutes(15));
            assertThat(p.hours(HoursKind.APPOINTMENTS).orElseThrow().uncertain()).isEqualTo(uncertain);
        }

        /** Shenyang publishes appointment hours only: they stand in as the office's hours; its office hours stay unknown. */
        @Test
        void shenyangHasAppointmentHoursOnly() {
            Post shenyang = MISSION.post("shenyang");
            assertThat(shenyang.officeSchedule()).isEmpty();
            assertThat(shenyang.hours(HoursKind.OFFICE)).isEmpty();
            assertThat(shenyang.publishedHours()).containsExactly(HoursKind.APPOINTMENTS);
            assertThat(shenyang.hours(HoursKind.APPOINTMENTS).orElseThrow().provenance().note().orElseThrow())
                    .contains("as of Feb 2020");
        }

        /** Derived appointment hours say so in words and cite the derived rule. */
        @Test
        void derivedAppointmentHoursSaySo() {
            for (String id : List.of("shanghai", "wuhan")) {
                Sourced<OpeningSchedule> a = MISSION.post(id).hours(HoursKind.APPOINTMENTS).orElseThrow();
                assertThat(a.uncertain()).as(id).isTrue();
                assertThat(a.provenance().note().orElseThrow()).as(id).contains("derived, not stated");
                assertThat(a.provenance().sources()).as(id)
                        .anyMatch(s -> s.type() == org.consularkit.core.SourceType.DERIVED_RULE);
            }
        }

        /** Beijing's Quiet Afternoons: the second and fourth Friday of each month, the times derived. */
        @Test
        void beijingQuietAfternoons() {
            Post beijing = MISSION.post("beijing");
            Sourced<OpeningSchedule> quiet = beijing.hours(HoursKind.QUIET_AFTERNOONS).orElseThrow();
            assertThat(quiet.value()).hasToString("Fr[2,4] 12:00-17:00; PH off");
            assertThat(quiet.uncertain()).isTrue();
            assertThat(quiet.provenance().note().orElseThrow()).contains("since 14 Jul 2023", "derived, not published");
            assertThat(quiet.value().windows(java.time.LocalDate.of(2026, 3, 13))).hasSize(1);
            assertThat(quiet.value().windows(java.time.LocalDate.of(2026, 3, 20))).isEmpty();
            assertThat(beijing.quietAfternoons().orElseThrow().value()).isEqualTo("Fr[2,4] 12:00-17:00; PH off");
            assertThat(beijing.publishedHours()).containsExactly(HoursKind.OFFICE, HoursKind.APPOINTMENTS,
                    HoursKind.QUIET_AFTERNOONS);
            assertThat(MISSION.post("shanghai").publishedHours()).containsExactly(HoursKind.OFFICE,
                    HoursKind.APPOINTMENTS, HoursKind.PASSPORT_PICKUP);
            assertThat(CHENGDU.publishedHours()).containsExactly(HoursKind.OFFICE, HoursKind.APPOINTMENTS,
                    HoursKind.WALK_IN);
            assertThat(CHENGDU.hours(HoursKind.WALK_IN).orElseThrow().provenance())
                    .isEqualTo(CHENGDU.walkIn().orElseThrow().provenance());
        }

        @Test
        void anUnknownKindOfHoursIsQuotedUpTo40Characters() {
            String forty = "x".repeat(40);
            assertThatThrownBy(() -> HoursKind.ofId(forty))
                    .hasMessage("Unknown kind of hours '" + forty + "'; the kinds are: office, appointments, walk-in,"
                            + " passport-pickup, quiet-afternoons");
            assertThatThrownBy(() -> HoursKind.ofId(forty + "y"))
                    .hasMessage("Unknown kind of hours '" + forty + "…'; the kinds are: office, appointments, walk-in,"
                            + " passport-pickup, quiet-afternoons");
        }

        @Test
        void postKindNamesAreLocalized() {
            assertThat(PostKind.EMBASSY.displayName(Locale.ENGLISH)).isEqualTo("Embassy");
            assertThat(PostKind.CONSULATE_GENERAL.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("总领事馆");
        }

        @Test
        void hoursKindsByTheirIds() {
            for (HoursKind k : HoursKind.values()) {
                assertThat(HoursKind.ofId(k.id())).isSameAs(k);
            }
            assertThat(HoursKind.PASSPORT_PICKUP.displayName(java.util.Locale.ENGLISH)).isEqualTo("passport pickup hours");
            assertThat(HoursKind.APPOINTMENTS.displayName(org.consularkit.core.LocalizedText.SIMPLIFIED_CHINESE))
                    .isEqualTo("预约时间");
            assertThatThrownBy(() -> HoursKind.ofId("lunch"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Unknown kind of hours 'lunch'; the kinds are: office, appointments, walk-in,"
                            + " passport-pickup, quiet-afternoons");
        }

        @ParameterizedTest
        @CsvSource({"true, OFFICE APPOINTMENTS WALK_IN PASSPORT_PICKUP", "false, OFFICE APPOINTMENTS PASSPORT_PICKUP"})
        void theHoursOfAFileAreExactlyThoseItPublishes(boolean walkIn, String kinds) {
            String office = "\"officeHours\": {\"value\": \"Mo-Fr 08:00-17:00; PH off\", \"sources\": [\"seed\"]},";
            Post post = DirectoryFileTest.parse(DirectoryFileTest.replace(DirectoryFileTest.GOOD, office, office
                    + " \"appointmentHours\": {\"value\": \"Mo,Tu,Th 13:00-16:00; PH off\", \"sources\": [\"seed\"]},"
                    + " \"passportPickupHours\": {\"value\": \"Mo-Fr 10:30-12:00; PH off\", \"sources\": [\"A\"]},"
                    + " \"walkIn\": {\"value\": " + walkIn + ", \"sources\": [\"A\"]},")).post("chengdu");
            assertThat(post.publishedHours()).extracting(HoursKind::name).containsExactly(kinds.split(" "));
            assertThat(post.hours(HoursKind.OFFICE).orElseThrow()).isEqualTo(new Sourced<>(
                    OpeningSchedule.parse("Mo-Fr 08:00-17:00; PH off"), post.officeHours().orElseThrow().provenance()));
            assertThat(post.hours(HoursKind.APPOINTMENTS).orElseThrow()).isEqualTo(new Sourced<>(
                    OpeningSchedule.parse("Mo,Tu,Th 13:00-16:00; PH off"),
                    post.appointmentHours().orElseThrow().provenance()));
            Sourced<String> pickup = post.passportPickupHours().orElseThrow();
            assertThat(pickup.value()).isEqualTo("Mo-Fr 10:30-12:00; PH off");
            assertThat(pickup.provenance().sources()).extracting(Source::citation)
                    .containsExactly("[OFF] U.S. Mission China alert of Dec 2022");
            assertThat(post.hours(HoursKind.PASSPORT_PICKUP).orElseThrow())
                    .isEqualTo(new Sourced<>(OpeningSchedule.parse("Mo-Fr 10:30-12:00; PH off"), pickup.provenance()));
        }

        @Test
        void aFileWithOfficeHoursOnlyPublishesOnlyThem() {
            Post post = DirectoryFileTest.parse(DirectoryFileTest.GOOD).post("chengdu");
            assertThat(post.publishedHours()).containsExactly(HoursKind.OFFICE);
            assertThat(post.passportPickupHours()).isEmpty();
            assertThat(post.hours(HoursKind.APPOINTMENTS)).isEmpty();
        }

        @Test
        void walkInsOnlyWhereASourceSaysSo() {
            assertThat(CHENGDU.walkInSchedule()).isEqualTo(CHENGDU.appointmentSchedule());
            assertThat(MISSION.post("shenyang").appointmentSchedule()).isPresent();
            assertThat(MISSION.post("shenyang").walkInSchedule()).isEmpty();
            String noWalkIns = DirectoryFileTest.replace(DirectoryFileTest.GOOD,
                    "\"officeHours\": {\"value\": \"Mo-Fr 08:00-17:00; PH off\", \"sources\": [\"seed\"]},",
                    "\"officeHours\": {\"value\": \"Mo-Fr 08:00-17:00; PH off\", \"sources\": [\"seed\"]},"
                    + " \"appointmentHours\": {\"value\": \"Mo,Tu,Th 13:00-16:00; PH off\", \"sources\": [\"seed\"]},"
                    + " \"walkIn\": {\"value\": false, \"sources\": [\"seed\"]},");
            Post post = DirectoryFileTest.parse(noWalkIns).post("chengdu");
            assertThat(post.walkInSchedule()).isEmpty();
            ConsularOffice office = post.office().orElseThrow();
            assertThat(office.policy().walkInWindow()).isEmpty();
            assertThat(office.status().state()).isEqualTo(OfficeState.OPEN);
            assertThat(office.status()).isEqualTo(post.status().value());
            ValidationReport r = BookingValidator.of(office, Clock.systemUTC()).validate(
                    Booking.walkIn(OffsetDateTime.parse("2026-03-03T14:00+08:00")).services(ConsularService.PASSPORT)
                            .build(), Instant.parse("2026-02-20T02:00:00Z"));
            assertThat(r.codes()).containsExactly(ViolationCode.WALK_IN_NOT_ACCEPTED, ViolationCode.PROVISIONAL_CLOSURES);
        }

        @Test
        void theOfficeHoursFollowThePostCalendar() {
            ConsularOffice office = CHENGDU.office().orElseThrow();
            assertThat(office.officeHours().isOpen(OffsetDateTime.parse("2026-02-17T10:00+08:00").toInstant())).isFalse();
            assertThat(office.officeHours().isOpen(OffsetDateTime.parse("2026-02-20T10:00+08:00").toInstant())).isTrue();
            assertThat(office.officeHours().isOpen(OffsetDateTime.parse("2026-02-14T10:00+08:00").toInstant())).isFalse();
        }

        /** After Spring Festival 2026 (Feb 16-19 closed), the first slots are on Monday Feb 23, China's bridged day. */
        @Test
        void slotsFollowTheWindowAndThePostCalendar() {
            List<AppointmentSlot> slots = SlotFinder.of(CHENGDU.office().orElseThrow())
                    .next(ConsularService.PASSPORT, Instant.parse("2026-02-15T00:00:00Z"), 3);
            assertThat(slots).extracting(s -> s.start().toString())
                    .containsExactly("2026-02-23T13:00+08:00", "2026-02-23T13:15+08:00", "2026-02-23T13:30+08:00");
        }
    }

    /** Bookings at Chengdu, validated through {@code Directory.builtIn().post("chengdu").office()}. */
    @Nested
    class ChengduBookings {

        private static final Instant NOW = Instant.parse("2026-02-10T02:00:00Z");
        private final BookingValidator validator =
                BookingValidator.of(CHENGDU.office().orElseThrow(), Clock.fixed(NOW, ZoneOffset.UTC));

        private static final String SUSPENDED_EN = "U.S. Consulate General Chengdu has been suspended since 2020-07-27:"
                + " closed by order of the host government. It does not serve the public; these are the rules it last"
                + " published.";
        private static final String SUSPENDED_ZH = "美国驻成都总领事馆自2020-07-27起暂停运作：应东道国政府要求关闭。"
                + "该馆不对外服务；以上为其最后公布的规则。";

        private Booking.Builder appointment(ConsularService type, String start) {
            return Booking.appointment(type, OffsetDateTime.parse(start));
        }

        private ValidationReport validate(Booking.Builder b) {
            return validator.validate(b.build());
        }

        private List<ViolationCode> codes(Booking.Builder b) {
            return validate(b).codes();
        }

        private static List<ViolationCode> plusStatus(ViolationCode... codes) {
            List<ViolationCode> out = new ArrayList<>(List.of(codes));
            out.add(ViolationCode.PROVISIONAL_CLOSURES);
            out.add(ViolationCode.POST_SUSPENDED);
            return out;
        }

        @Test
        void aValidBookingStillWarnsThatThePostIsSuspended() {
            ValidationReport r = validate(appointment(ConsularService.NOTARIAL, "2026-03-03T14:00+08:00"));
            assertThat(r.isValid()).isTrue();
            assertThat(r.codes()).containsExactlyElementsOf(plusStatus());
            Violation suspended = r.violations().get(r.violations().size() - 1);
            assertThat(suspended.severity()).isEqualTo(Severity.WARNING);
            assertThat(suspended.message(Locale.ENGLISH)).isEqualTo(SUSPENDED_EN);
            assertThat(suspended.message(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo(SUSPENDED_ZH);
            assertThat(suspended.arguments()).containsEntry("office", "chengdu").containsEntry("state", "SUSPENDED")
                    .containsEntry("since", "2020-07-27");
            assertThat(r.violations(Severity.INFO)).extracting(Violation::code)
                    .containsExactly(ViolationCode.PROVISIONAL_CLOSURES);
        }

        @Test
        void noLaptop() {
            ValidationReport r = validate(appointment(ConsularService.PASSPORT, "2026-03-05T13:00+08:00")
                    .items(VisitorItem.LAPTOP));
            assertThat(r.isValid()).isFalse();
            assertThat(r.codes()).containsExactlyElementsOf(plusStatus(ViolationCode.PROHIBITED_ITEM));
            assertThat(r.violations().get(0).message(Locale.ENGLISH)).contains("laptop")
                    .contains("the security guards will not take it or store it for you");
        }

        @Test
        void notarialServicesAreByAppointmentOnly() {
            ValidationReport r = validate(Booking.walkIn(OffsetDateTime.parse("2026-03-03T14:00+08:00"))
                    .services(ConsularService.NOTARIAL));
            assertThat(r.codes()).containsExactlyElementsOf(plusStatus(ViolationCode.WALK_IN_NOT_ACCEPTED));
            assertThat(r.violations().get(0).arguments()).containsEntry("service", "NOTARIAL");
        }

        @Test
        void walkInsForOtherServicesInTheWindow() {
            assertThat(codes(Booking.walkIn(OffsetDateTime.parse("2026-03-03T15:59+08:00"))
                    .services(ConsularService.PASSPORT))).containsExactlyElementsOf(plusStatus());
            assertThat(codes(Booking.walkIn(OffsetDateTime.parse("2026-03-04T14:00+08:00"))
                    .services(ConsularService.PASSPORT)))
                    .containsExactlyElementsOf(plusStatus(ViolationCode.OUTSIDE_APPOINTMENT_HOURS));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "2026-03-03T10:00+08:00",   // Tuesday, office hours but not the ACS window
            "2026-03-03T16:00+08:00",   // the window is half-open
            "2026-03-04T14:00+08:00",   // Wednesday
            "2026-03-06T14:00+08:00",   // Friday
            "2026-02-14T14:00+08:00"})  // China's make-up Saturday: the posts stay closed
        void outsideTheAppointmentHours(String start) {
            assertThat(codes(appointment(ConsularService.PASSPORT, start)))
                    .containsExactlyElementsOf(plusStatus(ViolationCode.OUTSIDE_APPOINTMENT_HOURS));
        }

        @Test
        void theOfficeJudgesEveryOffsetInItsOwnZone() {
            assertThat(codes(appointment(ConsularService.PASSPORT, "2026-03-03T06:00Z"))).containsExactlyElementsOf(plusStatus());
            assertThat(codes(appointment(ConsularService.PASSPORT, "2026-03-03T01:00-05:00")))
                    .containsExactlyElementsOf(plusStatus());
        }

        /**
         * The Chinese festival days of the post calendar are provisional (derived by rule); a day
         * that is only a US federal holiday keeps its official status, so no PROVISIONAL_CLOSURES.
         */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2026-02-17T14:00+08:00 | Spring Festival   | true
                2026-02-19T13:00+08:00 | Spring Festival   | true
                2026-04-06T14:00+08:00 | Qingming Festival | true
                2026-05-04T14:00+08:00 | Labour Day        | true
                2026-10-01T14:00+08:00 | National Day      | true
                2026-10-05T14:00+08:00 | National Day      | true
                2026-05-25T14:00+08:00 | Memorial Day      | false
                """)
        void closedForHolidaysNamingThem(String start, String holiday, boolean provisional) {
            ValidationReport r = validate(appointment(ConsularService.PASSPORT, start));
            assertThat(r.codes()).containsExactlyElementsOf(provisional ? plusStatus(ViolationCode.CLOSED_FOR_HOLIDAY)
                    : List.of(ViolationCode.CLOSED_FOR_HOLIDAY, ViolationCode.POST_SUSPENDED));
            assertThat(r.violations().get(0).message(Locale.ENGLISH))
                    .isEqualTo("U.S. Consulate General Chengdu is closed on " + start.substring(0, 10) + " for " + holiday + ".");
        }

        /** facts.md §2: Washington's Birthday on Chinese New Year's Eve, one closure day. */
        @Test
        void washingtonsBirthdayOnSpringFestivalEve() {
            ValidationReport r = validate(appointment(ConsularService.PASSPORT, "2026-02-16T14:00+08:00"));
            assertThat(r.codes()).containsExactlyElementsOf(plusStatus(ViolationCode.CLOSED_FOR_HOLIDAY));
            Violation v = r.violations().get(0);
            assertThat(v.message(Locale.ENGLISH)).contains("2026-02-16").contains("Washington's Birthday")
                    .contains("Spring Festival Eve");
            assertThat(v.message(LocalizedText.SIMPLIFIED_CHINESE)).contains("除夕").contains("华盛顿");
            assertThat(v.arguments()).containsEntry("dayType", "PUBLIC_HOLIDAY");
        }

        /** facts.md §2: Juneteenth on the Dragon Boat Festival, a Friday (outside the window too). */
        @Test
        void juneteenthOnTheDragonBoatFestival() {
            ValidationReport r = validate(appointment(ConsularService.PASSPORT, "2026-06-19T14:00+08:00"));
            assertThat(r.codes()).containsExactlyElementsOf(
                    plusStatus(ViolationCode.OUTSIDE_APPOINTMENT_HOURS, ViolationCode.CLOSED_FOR_HOLIDAY));
            assertThat(r.violations().get(1).message(Locale.ENGLISH)).contains("Juneteenth").contains("Dragon Boat");
        }

        /** China's bridged days (2026-02-20, 02-23) are working days of the posts. */
        @Test
        void openOnChinasBridgedDays() {
            assertThat(codes(appointment(ConsularService.CRBA, "2026-02-23T13:00+08:00")))
                    .containsExactlyElementsOf(plusStatus());
        }

        @Test
        void aSeparateAppointmentForEachService() {
            assertThat(codes(appointment(ConsularService.PASSPORT, "2026-03-03T14:00+08:00")
                    .services(ConsularService.PASSPORT, ConsularService.NOTARIAL)))
                    .containsExactlyElementsOf(plusStatus(ViolationCode.MULTIPLE_SERVICES));
            assertThat(codes(appointment(ConsularService.PASSPORT, "2026-03-03T14:00+08:00")
                    .services(ConsularService.NOTARIAL)))
                    .containsExactlyElementsOf(plusStatus(ViolationCode.APPOINTMENT_TYPE_MISMATCH));
        }

        @Test
        void servicesThatAreNotAppointments() {
            ValidationReport r = validate(appointment(ConsularService.MARRIAGE, "2026-03-03T14:00+08:00"));
            assertThat(r.codes()).containsExactlyElementsOf(plusStatus(ViolationCode.NOT_AN_APPOINTMENT_SERVICE));
        }

        @Test
        void inThePast() {
            assertThat(codes(appointment(ConsularService.PASSPORT, "2026-02-05T14:00+08:00")))
                    .containsExactlyElementsOf(plusStatus(ViolationCode.IN_THE_PAST));
        }

        @Test
        void severalRulesBrokenAtOnce() {
            ValidationReport r = validate(appointment(ConsularService.NOTARIAL, "2026-02-17T10:00+08:00")
                    .services(ConsularService.NOTARIAL, ConsularService.STEP_ENROLLMENT).items(VisitorItem.LAPTOP));
            assertThat(r.codes()).containsExactlyElementsOf(plusStatus(ViolationCode.MULTIPLE_SERVICES,
                    ViolationCode.OUTSIDE_APPOINTMENT_HOURS, ViolationCode.CLOSED_FOR_HOLIDAY,
                    ViolationCode.NOT_AN_APPOINTMENT_SERVICE, ViolationCode.PROHIBITED_ITEM));
        }

        /** Seeded random bookings over 2025-2027: every report ends with the POST_SUSPENDED warning. */
        @Test
        void everyValidationWarnsThatThePostIsSuspended() {
            long seed = 20200727L;
            Random random = new Random(seed);
            List<ConsularService> services = List.of(ConsularService.values());
            Set<ViolationCode> seen = EnumSet.noneOf(ViolationCode.class);
            for (int i = 0; i < 2_000; i++) {
                LocalDate date = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(3 * 365));
                OffsetDateTime start = date.atTime(random.nextInt(24), 15 * random.nextInt(4)).atZone(CHINA)
                        .toOffsetDateTime();
                ConsularService service = services.get(random.nextInt(services.size()));
                Booking.Builder b = random.nextBoolean() ? Booking.walkIn(start).services(service)
                        : Booking.appointment(service, start);
                if (random.nextInt(4) == 0) {
                    b.items(VisitorItem.LAPTOP);
                }
                ValidationReport r = validator.validate(b.build(), NOW);
                List<Violation> v = r.violations();
                String what = "seed " + seed + ", booking " + i + ": " + b.build();
                assertThat(v).as(what).isNotEmpty();
                Violation last = v.get(v.size() - 1);
                assertThat(last.code()).as(what).isEqualTo(ViolationCode.POST_SUSPENDED);
                assertThat(last.severity()).as(what).isEqualTo(Severity.WARNING);
                assertThat(last.message(Locale.ENGLISH)).as(what).isEqualTo(SUSPENDED_EN);
                assertThat(v.stream().filter(x -> x.code() == ViolationCode.POST_SUSPENDED)).as(what).hasSize(1);
                assertThat(r.isValid()).as(what).isEqualTo(r.violations(Severity.ERROR).isEmpty());
                v.forEach(x -> seen.add(x.code()));
            }
            assertThat(seen).as("seed " + seed).contains(ViolationCode.OUTSIDE_APPOINTMENT_HOURS,
                    ViolationCode.CLOSED_FOR_HOLIDAY, ViolationCode.WALK_IN_NOT_ACCEPTED,
                    ViolationCode.NOT_AN_APPOINTMENT_SERVICE, ViolationCode.PROHIBITED_ITEM, ViolationCode.IN_THE_PAST);
        }

        @Test
        void validBookingsExistOnlyInTheWindowOnWorkingDays() {
            for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
                boolean window = d.getDayOfWeek() == DayOfWeek.MONDAY || d.getDayOfWeek() == DayOfWeek.TUESDAY
                        || d.getDayOfWeek() == DayOfWeek.THURSDAY;
                boolean expected = window && CHENGDU.closureCalendar().isWorkingDay(d)
                        && !d.isBefore(LocalDate.of(2026, 2, 10));
                ValidationReport r = validator.validate(Booking.appointment(ConsularService.PASSPORT,
                        d.atTime(13, 0).atZone(CHINA).toOffsetDateTime()).build(), NOW);
                assertThat(r.isValid()).as(d.toString()).isEqualTo(expected);
            }
        }
    }

    @Test
    void sourcesOfTheStatusAreThoseOfTheData() {
        List<Source> sources = CHENGDU.status().provenance().sources();
        assertThat(CHENGDU.status().value().sources()).isEqualTo(sources).hasSize(3);
    }
}
