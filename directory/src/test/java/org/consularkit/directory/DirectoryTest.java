package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.booking.OfficeState;
import org.consularkit.core.booking.OfficeStatus;
import org.consularkit.core.booking.VisitRules;
import org.consularkit.core.hours.OpeningSchedule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped data: its schema (checked by the loader) and its invariants, and the queries. */
class DirectoryTest {

    private static final Directory MISSION = Directory.builtIn();
    private static final LocalDate VERIFIED = LocalDate.of(2026, 11, 27);
    private static final Provenance PROVENANCE = new Provenance(
            List.of(Source.of(org.consularkit.core.SourceType.PAGE, "test page")), VERIFIED, false, Optional.empty());

    /** Reads the built-in directory's file anew (not the shared instance). */
    static Directory readBuiltInFile() {
        try (java.io.InputStream in = Directory.class.getResourceAsStream("posts.json")) {
            return Directory.parse(java.util.Objects.requireNonNull(in), "posts.json");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every fact of the built-in directory, with a label for messages. */
    private static List<Map.Entry<String, Provenance>> allProvenances() {
        List<Map.Entry<String, Provenance>> out = new ArrayList<>();
        for (Post p : MISSION.posts()) {
            out.add(Map.entry(p.id() + ".identity", p.identity()));
            out.add(Map.entry(p.id() + ".status", p.status().provenance()));
            p.address().ifPresent(f -> out.add(Map.entry(p.id() + ".address", f.provenance())));
            p.acsEmail().ifPresent(f -> out.add(Map.entry(p.id() + ".acsEmail", f.provenance())));
            p.officeHours().ifPresent(f -> out.add(Map.entry(p.id() + ".officeHours", f.provenance())));
            p.appointmentHours().ifPresent(f -> out.add(Map.entry(p.id() + ".appointmentHours", f.provenance())));
            p.passportPickupHours().ifPresent(f -> out.add(Map.entry(p.id() + ".pickup", f.provenance())));
            p.quietAfternoons().ifPresent(f -> out.add(Map.entry(p.id() + ".quietAfternoons", f.provenance())));
            p.walkIn().ifPresent(f -> out.add(Map.entry(p.id() + ".walkIn", f.provenance())));
            out.add(Map.entry(p.id() + ".closesFor", p.closureCalendars().provenance()));
            p.contacts().forEach(c -> out.add(Map.entry(p.id() + ".contact " + c.published(), c.provenance())));
        }
        MISSION.contacts().forEach(c -> out.add(Map.entry("contact " + c.published(), c.provenance())));
        MISSION.districtAssignments().forEach(a -> out.add(Map.entry("district " + a, a.provenance())));
        MISSION.referrals().forEach(r -> out.add(Map.entry("referral " + r.topic(), r.provenance())));
        AppointmentRules r = MISSION.appointmentRules();
        for (Optional<? extends Sourced<?>> f : List.of(r.byAppointmentOnly(), r.separateAppointmentPerService(),
                r.arriveMinutesEarly(), r.cancelledWhenLateMinutes(), r.printedConfirmationRequired(),
                r.prohibitedItems(), r.bookingUrl())) {
            assertThat(f).as("every appointment rule is given").isPresent();
            out.add(Map.entry("appointment rule " + f.get().value(), f.get().provenance()));
        }
        return out;
    }

    @Nested
    class Invariants {

        @Test
        void everyFactHasASourceAndIsVerifiedOnTheFactsDate() {
            List<Map.Entry<String, Provenance>> all = allProvenances();
            assertThat(all).hasSizeGreaterThan(100);
            for (Map.Entry<String, Provenance> e : all) {
                assertThat(e.getValue().sources()).as(e.getKey()).isNotEmpty();
                assertThat(e.getValue().verifiedOn()).as(e.getKey()).isEqualTo(VERIFIED);
                if (e.getValue().uncertain()) {
                    assertThat(e.getValue().note()).as(e.getKey() + " says why it is uncertain").isPresent();
                }
            }
        }

        @Test
        void everyUrlIsAbsoluteHttpOrHttps() {
            List<URI> urls = new ArrayList<>();
            MISSION.sources().values().forEach(s -> s.url().ifPresent(urls::add));
            MISSION.referrals().forEach(r -> r.url().ifPresent(urls::add));
            MISSION.appointmentRules().bookingUrl().ifPresent(u -> urls.add(u.value()));
            assertThat(urls).hasSizeGreaterThan(40);
            for (URI u : urls) {
                assertThat(u.isAbsolute()).as(u.toString()).isTrue();
                assertThat(u.getScheme()).as(u.toString()).isIn("http", "https");
                assertThat(u.getHost()).as(u.toString()).isNotBlank();
            }
        }

        @Test
        void everySourceIsCitedAndTagged() {
            List<Source> cited = allProvenances().stream().flatMap(e -> e.getValue().sources().stream()).toList();
            List<String> unused = new ArrayList<>();
            for (Map.Entry<String, Source> s : MISSION.sources().entrySet()) {
                if (!cited.contains(s.getValue())) {
                    unused.add(s.getKey());
                }
                // the kind of document in words, not a research tag
                assertThat(s.getValue().citation()).as(s.getKey()).matches("(Official (page|booking form|text)"
                        + "|Third-party (page|copy)|News report|Derived rule, not (published|stated by one source))[ ,:].*");
                assertThat(s.getValue().citation().startsWith("Derived rule")).as(s.getKey())
                        .isEqualTo(s.getValue().type() == org.consularkit.core.SourceType.DERIVED_RULE);
            }
            assertThat(unused).as("sources no fact cites").isEmpty();
        }

        @Test
        void everyPhoneNumberIsAValidNumberOfItsCountry() {
            List<Contact> all = new ArrayList<>(MISSION.contacts());
            MISSION.posts().forEach(p -> all.addAll(p.contacts()));
            assertThat(all).hasSizeGreaterThanOrEqualTo(20);
            for (Contact c : all) {
                boolean us = c.role() == ContactRole.OCS_FROM_US || c.role() == ContactRole.OCS_FROM_ABROAD;
                PhoneNumber reparsed = PhoneNumber.parse(c.published(), us ? "US" : "CN");
                assertThat(reparsed).as(c.published()).isEqualTo(c.number());
                assertThat(c.number().regionCode()).as(c.published()).isEqualTo(us ? "US" : "CN");
                assertThat(c.number().dialFrom(us ? CallerLocation.US : CallerLocation.CN)).as(c.published()).isPresent();
            }
        }

        @Test
        void everyFullNumberDialsFromBothPlacesAndEveryShortCodeOnlyFromChina() {
            List<Contact> all = new ArrayList<>(MISSION.contacts());
            MISSION.posts().forEach(p -> all.addAll(p.contacts()));
            for (Contact c : all) {
                PhoneNumber n = c.number();
                if (n.isShortCode()) {
                    assertThat(n.dialFrom(CallerLocation.CN)).as(c.published()).contains(c.published());
                    assertThat(n.dialFrom(CallerLocation.US)).as(c.published()).isEmpty();
                } else {
                    assertThat(n.dialFrom(CallerLocation.CN)).as(c.published()).isPresent();
                    assertThat(n.dialFrom(CallerLocation.US)).as(c.published()).isPresent();
                    assertThat(n.e164().orElseThrow()).as(c.published()).matches("\\+(86|1)[0-9]{10}");
                    assertThat(n.dialFrom(CallerLocation.US).orElseThrow())
                            .matches(n.regionCode().equals("CN") ? "011 86 [0-9 ]+" : "1-[0-9-]+");
                }
            }
        }

        @Test
        void eachOfThe31DivisionsIsServedByExactlyOneCurrentOperatingPost() {
            Map<Province, Integer> count = new EnumMap<>(Province.class);
            for (DistrictAssignment a : MISSION.districtAssignments()) {
                assertThat(MISSION.findPost(a.postId())).as(a.toString()).isPresent();
                if (a.isCurrent()) {
                    count.merge(a.province(), 1, Integer::sum);
                    assertThat(MISSION.post(a.postId()).isOperating()).as(a.toString()).isTrue();
                }
            }
            assertThat(count).hasSize(31).allSatisfy((p, n) -> assertThat(n).as(p.isoCode()).isEqualTo(1));
        }

        @Test
        void postDistrictsPartitionTheDivisions() {
            List<Province> all = new ArrayList<>();
            MISSION.posts().forEach(p -> all.addAll(p.district()));
            assertThat(all).containsExactlyInAnyOrder(Province.values());
            assertThat(MISSION.post("chengdu").district()).isEmpty();
        }

        @Test
        void everyPostIsInChinaStandardTimeAndClosesForUsAndChineseHolidays() {
            for (Post p : MISSION.posts()) {
                assertThat(p.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
                assertThat(p.closureCalendars().value()).containsExactly("us-federal", "cn");
                assertThat(p.displayName().english()).startsWith("U.S. ");
                assertThat(p.displayName().chinese()).startsWith("美国驻");
                assertThat(p.contacts(ContactRole.AFTER_HOURS)).as(p.id()).hasSize(1);
                assertThat(p.contacts(ContactRole.AFTER_HOURS).get(0).number().e164()).contains("+861085314000");
            }
        }

        /** The hours are engine schedules in canonical form, closed on holidays as every post is. */
        @Test
        void everyHoursTextIsACanonicalScheduleClosedOnHolidays() {
            for (Post p : MISSION.posts()) {
                for (Optional<Sourced<String>> h : List.of(p.officeHours(), p.appointmentHours(),
                        p.passportPickupHours(), p.quietAfternoons())) {
                    h.ifPresent(s -> {
                        OpeningSchedule schedule = OpeningSchedule.parse(s.value());
                        assertThat(schedule.toString()).as(p.id()).isEqualTo(s.value());
                        assertThat(schedule.closedOnPublicHolidays()).as(p.id() + " " + s.value()).isTrue();
                    });
                }
                assertThat(p.officeSchedule().map(Object::toString)).isEqualTo(p.officeHours().map(Sourced::value));
                assertThat(p.appointmentSchedule().map(Object::toString))
                        .isEqualTo(p.appointmentHours().map(Sourced::value));
            }
        }

        /** The Mission-wide rules of the file agree with the visit rules of the engine's catalogue. */
        @Test
        void appointmentRulesAgreeWithTheCatalogue() {
            AppointmentRules r = MISSION.appointmentRules();
            VisitRules v = MissionChina.serviceCatalogue().rules();
            assertThat(r.separateAppointmentPerService().orElseThrow().value()).isEqualTo(v.separateAppointmentPerService());
            assertThat(Duration.ofMinutes(r.arriveMinutesEarly().orElseThrow().value())).isEqualTo(v.arriveEarly());
            assertThat(Duration.ofMinutes(r.cancelledWhenLateMinutes().orElseThrow().value()))
                    .isEqualTo(v.lateCancellation());
            assertThat(r.printedConfirmationRequired().orElseThrow().value()).isEqualTo(v.printedConfirmationRequired());
            assertThat(r.prohibitedItems().orElseThrow().value())
                    .containsExactlyInAnyOrderElementsOf(v.prohibitedItems().stream().map(Enum::name).toList());
        }
    }

    @Nested
    class Posts {

        @Test
        void theSixPostsOfMissionChina() {
            assertThat(MISSION.posts()).extracting(Post::id)
                    .containsExactly("beijing", "chengdu", "guangzhou", "shanghai", "shenyang", "wuhan");
            assertThat(MISSION.post("beijing").kind()).isEqualTo(PostKind.EMBASSY);
            assertThat(MISSION.posts().stream().filter(p -> p.kind() == PostKind.CONSULATE_GENERAL)).hasSize(5);
        }

        @ParameterizedTest
        @CsvSource({
            "beijing, OPEN, , false",
            "chengdu, CLOSED, 2020-07-27, true",
            "guangzhou, OPEN, , false",
            "shanghai, LIMITED, , true",
            "shenyang, OPEN, , false",
            "wuhan, LIMITED, 2022-12-27, true"})
        void statusWithDateAndUncertainty(String id, OfficeState status, @org.jspecify.annotations.Nullable LocalDate since,
                boolean uncertain) {
            Sourced<OfficeStatus> s = MISSION.post(id).status();
            assertThat(s.value().state()).isEqualTo(status);
            assertThat(s.value().sources()).isEqualTo(s.provenance().sources());
            assertThat(s.value().since()).isEqualTo(Optional.ofNullable(since));
            assertThat(s.uncertain()).isEqualTo(uncertain);
        }

        @Test
        void chengduIsClosedByTheHostGovernmentAndItsNumberIsFlagged() {
            Post chengdu = MISSION.post("chengdu");
            assertThat(chengdu.isOperating()).isFalse();
            assertThat(chengdu.toString()).isEqualTo("Post[chengdu, U.S. Consulate General Chengdu, CLOSED since 2020-07-27]");
            assertThat(chengdu.status().provenance().note().orElseThrow()).contains("host government");
            Contact acs = chengdu.contacts(ContactRole.ACS).get(0);
            assertThat(acs.published()).isEqualTo("(028) 8558-3992");
            assertThat(acs.provenance().uncertain()).isTrue();
            assertThat(chengdu.acsEmail()).isEmpty();
            assertThat(chengdu.officeHours().orElseThrow().value()).isEqualTo("Mo-Fr 08:00-17:00; PH off");
            assertThat(chengdu.appointmentHours().orElseThrow().value()).isEqualTo("Mo,Tu,Th 13:00-16:00; PH off");
            assertThat(chengdu.walkIn().orElseThrow().value()).isTrue();
        }

        @Test
        void unknownFactsStayUnknown() {
            Post guangzhou = MISSION.post("guangzhou");
            assertThat(guangzhou.officeHours()).isEmpty();
            assertThat(guangzhou.appointmentHours()).isEmpty();
            assertThat(MISSION.post("shenyang").officeHours()).isEmpty();
            assertThat(MISSION.post("beijing").walkIn()).isEmpty();
        }

        @Test
        void acsPhonesAndEmails() {
            assertThat(MISSION.post("shenyang").contacts(ContactRole.ACS)).extracting(c -> c.number().domesticDialling())
                    .containsExactly("024 2322 1198", "024 2335 5188");
            assertThat(MISSION.post("shanghai").acsEmail().orElseThrow().value()).isEqualTo("ShanghaiACS@state.gov");
            assertThat(MISSION.post("wuhan").contacts(ContactRole.AFTER_HOURS).get(0).provenance().uncertain()).isTrue();
        }

        @Test
        void unknownPost() {
            assertThatThrownBy(() -> MISSION.post("hongkong"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Unknown post 'hongkong'; known posts: beijing, chengdu, guangzhou, shanghai, shenyang, wuhan");
            assertThat(MISSION.findPost("hongkong")).isEmpty();
        }

        @Test
        void equality() {
            Post a = MISSION.post("shanghai");
            assertThat(a).isEqualTo(Directory.builtIn().post("shanghai")).hasSameHashCodeAs(a);
            assertThat(a).isNotEqualTo(MISSION.post("wuhan"));
        }

        @Test
        void postsReadTwiceAreEqualAndDistinctPostsHaveDistinctHashCodes() {
            List<Post> first = readBuiltInFile().posts();
            List<Post> second = readBuiltInFile().posts();
            assertThat(second).isEqualTo(first);
            for (int i = 0; i < first.size(); i++) {
                assertThat(second.get(i)).hasSameHashCodeAs(first.get(i));
            }
            assertThat(first.stream().map(Post::hashCode).distinct()).hasSize(6);
        }
    }

    @Nested
    class Districts {

        @ParameterizedTest
        @CsvSource({
            "CN-BJ, beijing, false", "CN-TJ, beijing, false", "CN-HE, beijing, false", "CN-SX, beijing, false",
            "CN-SD, beijing, false", "CN-SN, beijing, false", "CN-GS, beijing, false", "CN-QH, beijing, false",
            "CN-NX, beijing, false", "CN-XJ, beijing, false",
            "CN-SC, beijing, true", "CN-CQ, beijing, true", "CN-XZ, beijing, true",
            "CN-YN, guangzhou, true", "CN-GZ, guangzhou, true",
            "CN-GD, guangzhou, false", "CN-GX, guangzhou, false", "CN-HI, guangzhou, false", "CN-FJ, guangzhou, false",
            "CN-SH, shanghai, false", "CN-JS, shanghai, false", "CN-ZJ, shanghai, false", "CN-AH, shanghai, false",
            "CN-LN, shenyang, false", "CN-JL, shenyang, false", "CN-HL, shenyang, false", "CN-NM, shenyang, true",
            "CN-HB, wuhan, true", "CN-HN, wuhan, true", "CN-HA, wuhan, true", "CN-JX, wuhan, true"})
        void everyDivisionResolves(String code, String post, boolean uncertain) {
            DistrictAssignment a = MISSION.district(code);
            assertThat(a.province().isoCode()).isEqualTo(code);
            assertThat(a.postId()).isEqualTo(post);
            assertThat(a.uncertain()).isEqualTo(uncertain);
            assertThat(a.isCurrent()).isTrue();
            assertThat(MISSION.post(post).district()).contains(a.province());
        }

        @ParameterizedTest
        @EnumSource(Province.class)
        void lowerCaseCodesAreAccepted(Province p) {
            assertThat(MISSION.district(p.isoCode().toLowerCase(Locale.ROOT))).isEqualTo(MISSION.district(p));
        }

        @Test
        void formerChengduDistrictHasAHistory() {
            for (Province p : List.of(Province.SC, Province.CQ, Province.GZ, Province.YN, Province.XZ)) {
                assertThat(MISSION.district(p, LocalDate.of(2020, 7, 26)).orElseThrow().postId()).isEqualTo("chengdu");
                DistrictAssignment now = MISSION.district(p, LocalDate.of(2020, 7, 27)).orElseThrow();
                assertThat(now).isEqualTo(MISSION.district(p));
                assertThat(now.from()).contains(LocalDate.of(2020, 7, 27));
                assertThat(now.provenance().note().orElseThrow()).contains("Former Chengdu district");
            }
        }

        @Test
        void innerMongoliaMovedToShenyangOn20June2024() {
            assertThat(MISSION.district(Province.NM, LocalDate.of(2024, 6, 19)).orElseThrow().postId()).isEqualTo("beijing");
            DistrictAssignment a = MISSION.district(Province.NM, LocalDate.of(2024, 6, 20)).orElseThrow();
            assertThat(a.postId()).isEqualTo("shenyang");
            assertThat(a.uncertain()).isTrue();
        }

        /** An assignment holds from its first day ({@code from}) up to the day before {@code until}. */
        @Test
        void anAssignmentHoldsFromItsFromDateUntilTheDayBeforeItsUntilDate() {
            DistrictAssignment a = new DistrictAssignment(Province.NM, "shenyang", Optional.of(LocalDate.of(2024, 6, 20)),
                    Optional.of(LocalDate.of(2025, 1, 1)), PROVENANCE);
            assertThat(a.holdsOn(LocalDate.of(2024, 6, 19))).isFalse();
            assertThat(a.holdsOn(LocalDate.of(2024, 6, 20))).isTrue();
            assertThat(a.holdsOn(LocalDate.of(2024, 12, 31))).isTrue();
            assertThat(a.holdsOn(LocalDate.of(2025, 1, 1))).isFalse();
            assertThat(a.isCurrent()).isFalse();
        }

        @Test
        void anAssignmentMustEndAfterItStarts() {
            LocalDate day = LocalDate.of(2020, 7, 27);
            assertThatThrownBy(() -> new DistrictAssignment(Province.SC, "chengdu", Optional.of(day), Optional.of(day),
                    PROVENANCE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Assignment of CN-SC to chengdu: until 2020-07-27 must be after from 2020-07-27");
            assertThat(new DistrictAssignment(Province.SC, "chengdu", Optional.of(day), Optional.of(day.plusDays(1)),
                    PROVENANCE).holdsOn(day)).isTrue();
        }

        @Test
        void hongKongIsAnErrorThatExplains() {
            assertThatThrownBy(() -> MISSION.district("CN-HK"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside the consular districts of the US Mission in China");
        }

        @Test
        void unknownCodeIsAnErrorNamingIt() {
            assertThatThrownBy(() -> MISSION.district("CN-ZZ"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Unknown ISO 3166-2:CN code 'CN-ZZ': expected CN- and two letters of one of the 31"
                            + " mainland divisions, e.g. CN-SC");
        }
    }

    @Nested
    class Contacts {

        @Test
        void missionWideContacts() {
            assertThat(MISSION.contacts()).extracting(Contact::role).containsExactly(ContactRole.MISSION_EMERGENCY,
                    ContactRole.OCS_FROM_US, ContactRole.OCS_FROM_ABROAD, ContactRole.POLICE, ContactRole.FIRE,
                    ContactRole.AMBULANCE, ContactRole.TRAFFIC_POLICE);
            assertThat(MISSION.contact(ContactRole.POLICE).orElseThrow().number().domesticDialling()).isEqualTo("110");
            assertThat(MISSION.contact(ContactRole.FIRE).orElseThrow().number().domesticDialling()).isEqualTo("119");
            assertThat(MISSION.contact(ContactRole.AMBULANCE).orElseThrow().number().domesticDialling()).isEqualTo("120");
            assertThat(MISSION.contact(ContactRole.TRAFFIC_POLICE).orElseThrow().number().domesticDialling())
                    .isEqualTo("122");
            assertThat(MISSION.contact(ContactRole.OCS_FROM_US).orElseThrow().number().dialFrom(CallerLocation.US))
                    .contains("1-888-407-4747");
            assertThat(MISSION.contact(ContactRole.OCS_FROM_ABROAD).orElseThrow().number().dialFrom(CallerLocation.CN))
                    .contains("00 1 202 501 4444");
            assertThat(MISSION.contact(ContactRole.SWITCHBOARD)).isEmpty();
        }

        @Test
        void contactNamesAreLocalized() {
            Contact c = MISSION.contact(ContactRole.POLICE).orElseThrow();
            assertThat(c.displayName(Locale.ENGLISH)).isEqualTo("Police");
            assertThat(c.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("报警电话");
        }
    }

    @Nested
    class Referrals {

        @Test
        void topicNamesAreLocalized() {
            assertThat(ReferralTopic.CRIMINAL_RECORD.displayName(Locale.ENGLISH)).isEqualTo("Criminal record checks");
            assertThat(ReferralTopic.CRIMINAL_RECORD.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("无犯罪记录证明");
        }

        @Test
        void aReferralUrlMustBeAWebAddress() {
            assertThatThrownBy(() -> new Referral(ReferralTopic.GREEN_CARD, LocalizedText.of("USCIS", "美国移民局"),
                    "Ask USCIS.", Optional.of(URI.create("ftp://example.org/green-card")), PROVENANCE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Referral URL must be absolute http(s), but was ftp://example.org/green-card");
        }

        @Test
        void everyTopicHasAReferral() {
            for (ReferralTopic t : ReferralTopic.values()) {
                assertThat(MISSION.referrals(t)).as(t.name()).isNotEmpty();
            }
        }

        @Test
        void stepEnrolmentUrl() {
            Referral step = MISSION.referrals(ReferralTopic.STEP_ENROLLMENT).get(0);
            assertThat(step.url()).contains(URI.create("https://step.state.gov/"));
            assertThat(ReferralTopic.STEP_CANCELLATION.serviceCode()).isEqualTo("STEP_ENROLLMENT");
        }

        @Test
        void marriageCarriesTheMay2025ChangeAsUncertain() {
            Referral m = MISSION.referrals(ReferralTopic.MARRIAGE_REGISTRATION).get(0);
            assertThat(m.guidance()).contains("hukou").contains("10 May 2025").contains("not verified");
            assertThat(m.provenance().uncertain()).isTrue();
            assertThat(m.url()).isEmpty();
            assertThat(m.authority(LocalizedText.SIMPLIFIED_CHINESE)).contains("民政局");
        }

        @Test
        void criminalRecordPointsToTheFbi() {
            Referral r = MISSION.referrals(ReferralTopic.CRIMINAL_RECORD).get(0);
            assertThat(r.guidance()).contains("Identity History Summary").contains("police");
            assertThat(r.url()).contains(URI.create("https://www.edo.cjis.gov/"));
        }

        @Test
        void urlsAreNeverInventedWhereNoSourceGivesOne() {
            assertThat(MISSION.referrals(ReferralTopic.DIPLOMA_AUTHENTICATION).get(0).url()).isEmpty();
        }
    }

    @Test
    void appointmentRules() {
        AppointmentRules r = MISSION.appointmentRules();
        assertThat(r.byAppointmentOnly().orElseThrow().value()).isTrue();
        assertThat(r.arriveMinutesEarly().orElseThrow().value()).isEqualTo(15);
        assertThat(r.cancelledWhenLateMinutes().orElseThrow().value()).isEqualTo(15);
        assertThat(r.prohibitedItems().orElseThrow().value()).containsExactly("LAPTOP");
        assertThat(r.bookingUrl().orElseThrow().value()).isEqualTo(URI.create("https://forms.office.com/g/FHB5QzSyb6"));
    }

    @Test
    void builtInIsOneInstance() {
        assertThat(Directory.builtIn()).isSameAs(MISSION);
        assertThat(MISSION.verifiedOn()).isEqualTo(VERIFIED);
        assertThat(MISSION.toString())
                .isEqualTo("Directory[org/consularkit/directory/posts.json, 6 posts, verified 2026-11-27]");
    }
}
