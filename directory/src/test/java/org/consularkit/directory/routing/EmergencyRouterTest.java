package org.consularkit.directory.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayProvider;
import org.consularkit.core.calendar.HolidayStatus;
import org.consularkit.directory.CallerLocation;
import org.consularkit.directory.Contact;
import org.consularkit.directory.ContactRole;
import org.consularkit.directory.Directory;
import org.consularkit.directory.DirectoryFileTest;
import org.consularkit.directory.PhoneNumber;
import org.consularkit.directory.Post;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EmergencyRouterTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Directory MISSION = Directory.builtIn();
    /** Chengdu as its page describes it, open (a user directory file). */
    private static final Directory CHENGDU_OPEN = Directory.parse(new ByteArrayInputStream(
            DirectoryFileTest.GOOD.getBytes(StandardCharsets.UTF_8)), "chengdu-open.json");
    private static final HolidayCalendar CLOSURES = closures2026();
    private static final EmergencyRouter OPEN_ROUTER =
            EmergencyRouter.of(CHENGDU_OPEN, AcsAvailability.officeHours(CLOSURES));
    private static final EmergencyRouter ROUTER = EmergencyRouter.of(MISSION, AcsAvailability.officeHours(CLOSURES));

    /**
     * A closure calendar for 2026 like a post's: Spring Festival (Feb 15-23 off, Feb 14 and 28 made
     * working days), Washington's Birthday (Feb 16), a half-day closing at 12:00 on Dec 24 and an
     * early closing without a known time on Dec 30.
     */
    static HolidayCalendar closures2026() {
        Source src = Source.of(SourceType.NOTICE, "test data");
        LocalDate feb = LocalDate.of(2026, 2, 1);
        Holiday.Builder spring = Holiday.builder("spring-festival", 2026, LocalizedText.of("Spring Festival", "春节"),
                HolidayKind.STATUTORY).date(feb.withDayOfMonth(17)).source(src)
                .day(feb.withDayOfMonth(14), DayType.MAKEUP_WORKDAY).day(feb.withDayOfMonth(28), DayType.MAKEUP_WORKDAY);
        for (int d = 15; d <= 23; d++) {
            LocalDate date = feb.withDayOfMonth(d);
            DayOfWeek dow = date.getDayOfWeek();
            boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
            spring.day(date, weekend ? DayType.WEEKEND : d >= 16 && d <= 19 ? DayType.PUBLIC_HOLIDAY : DayType.REST_DAY);
        }
        List<Holiday> holidays = List.of(spring.build(),
                Holiday.builder("washingtons-birthday", 2026, LocalizedText.of("Washington's Birthday", "华盛顿诞辰"),
                        HolidayKind.STATUTORY).day(feb.withDayOfMonth(16), DayType.PUBLIC_HOLIDAY).source(src).build(),
                Holiday.builder("christmas-eve", 2026, LocalizedText.of("Christmas Eve", "平安夜"),
                        HolidayKind.EARLY_CLOSING).day(LocalDate.of(2026, 12, 24), DayType.WORKDAY)
                        .earlyClosing(LocalTime.NOON).source(src).build(),
                Holiday.builder("test-early-closing", 2026, LocalizedText.of("Test closing", "测试"),
                        HolidayKind.EARLY_CLOSING).day(LocalDate.of(2026, 12, 30), DayType.WORKDAY).source(src).build());
        return HolidayCalendar.of("post:test", LocalizedText.of("Test closures", "测试闭馆"), new HolidayProvider() {
            @Override
            public int firstYear() {
                return 2026;
            }

            @Override
            public int lastYear() {
                return 2026;
            }

            @Override
            public HolidayStatus yearStatus(int year) {
                return HolidayStatus.OFFICIAL;
            }

            @Override
            public List<Holiday> holidays(int year) {
                return year == 2026 ? holidays : List.of();
            }
        });
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant();
    }

    /** The text of the built-in directory file, to edit in tests. */
    static String builtInJson() {
        try (java.io.InputStream in = Directory.class.getResourceAsStream("posts.json")) {
            return new String(java.util.Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Directory directory(String json, String name) {
        return Directory.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    }

    static List<String> numbers(CallPlan plan) {
        return plan.steps().stream().map(CallStep::number).toList();
    }

    @Nested
    class ChengduAsItsPageDescribesIt {

        @ParameterizedTest(name = "{0} from {1}")
        @CsvSource({
            "2026-03-03T10:00, CN, OPEN, 028 8558 3992, 00 1 202 501 4444",
            "2026-03-03T10:00, US, OPEN, 011 86 28 8558 3992, 1-888-407-4747",
            "2026-03-03T08:00, CN, OPEN, 028 8558 3992, 00 1 202 501 4444",
            "2026-03-03T16:59, US, OPEN, 011 86 28 8558 3992, 1-888-407-4747",
            "2026-03-03T07:59, CN, CLOSED, 010 8531 4000, 00 1 202 501 4444",
            "2026-03-03T17:00, CN, CLOSED, 010 8531 4000, 00 1 202 501 4444",
            "2026-03-03T18:00, US, CLOSED, 011 86 10 8531 4000, 1-888-407-4747",
            "2026-03-07T10:00, CN, CLOSED, 010 8531 4000, 00 1 202 501 4444",
            "2026-03-08T10:00, US, CLOSED, 011 86 10 8531 4000, 1-888-407-4747",
            "2026-02-17T10:00, CN, CLOSED, 010 8531 4000, 00 1 202 501 4444",
            "2026-02-17T10:00, US, CLOSED, 011 86 10 8531 4000, 1-888-407-4747",
            "2026-02-16T10:00, CN, CLOSED, 010 8531 4000, 00 1 202 501 4444",
            "2026-02-23T10:00, CN, CLOSED, 010 8531 4000, 00 1 202 501 4444",
            "2026-02-14T10:00, CN, CLOSED, 010 8531 4000, 00 1 202 501 4444",
            "2026-02-24T10:00, CN, OPEN, 028 8558 3992, 00 1 202 501 4444"})
        void acsInHoursDutyOfficerOtherwiseThenOcs(String local, CallerLocation from, Availability.State state,
                String post, String ocs) {
            CallPlan plan = OPEN_ROUTER.route("chengdu", at(local), from, Situation.ARREST);
            assertThat(plan.office().state()).isEqualTo(state);
            assertThat(numbers(plan)).containsExactly(post, ocs);
            assertThat(plan.notes()).isEmpty();
            assertThat(plan.steps()).noneMatch(CallStep::uncertain);
        }

        @Test
        void inHoursStepNamesTheOperatorAndTheHours() {
            CallPlan plan = OPEN_ROUTER.route("chengdu", at("2026-03-03T10:00"), CallerLocation.CN, Situation.SICK);
            CallStep acs = plan.steps().get(0);
            assertThat(acs.displayName(Locale.ENGLISH))
                    .isEqualTo("U.S. Consulate General Chengdu – American Citizen Services (through the operator)");
            assertThat(acs.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("美国驻成都总领事馆 – 美国公民服务处(经总机转接)");
            assertThat(acs.reason(Locale.ENGLISH)).isEqualTo("Within office hours (Mo-Fr 08:00-17:00; PH off) at 10:00 on"
                    + " Tuesday 2026-03-03: the ACS unit is reached through the consulate operator; ask for American"
                    + " Citizen Services.");
            assertThat(acs.e164()).contains("+862885583992");
            CallStep ocs = plan.steps().get(1);
            assertThat(ocs.displayName(Locale.ENGLISH)).isEqualTo("State Department Overseas Citizens Services (from abroad)");
            assertThat(ocs.e164()).contains("+12025014444");
        }

        @Test
        void closureDayIsExplained() {
            CallPlan plan = OPEN_ROUTER.route("chengdu", at("2026-02-17T10:00"), CallerLocation.CN, Situation.DESTITUTE);
            assertThat(plan.office().explanation().english()).isEqualTo("closed on Tuesday 2026-02-17 for Spring Festival");
            assertThat(plan.office().explanation().chinese()).isEqualTo("2026-02-17(星期二)因春节闭馆");
            CallStep duty = plan.steps().get(0);
            assertThat(duty.displayName(Locale.ENGLISH)).isEqualTo("U.S. Consulate General Chengdu – Emergency After Hours Duty Officer");
            assertThat(duty.reason(Locale.ENGLISH)).isEqualTo("Closed on Tuesday 2026-02-17 for Spring Festival: this line"
                    + " reaches the Emergency After Hours Duty Officer.");
            assertThat(duty.e164()).contains("+861085314000");
        }

        @Test
        void usAndChineseHolidayOnOneDay() {
            assertThat(OPEN_ROUTER.route("chengdu", at("2026-02-16T10:00"), CallerLocation.US, Situation.CHILD)
                    .office().explanation().english())
                    .isEqualTo("closed on Monday 2026-02-16 for Spring Festival; Washington's Birthday");
        }

        @Test
        void weekendAndMakeUpSaturdayAreExplained() {
            assertThat(OPEN_ROUTER.route("chengdu", at("2026-03-07T10:00"), CallerLocation.CN, Situation.CHILD)
                    .office().explanation().english()).isEqualTo("closed at the weekend (Saturday 2026-03-07)");
            assertThat(OPEN_ROUTER.route("chengdu", at("2026-02-14T10:00"), CallerLocation.CN, Situation.CHILD)
                    .office().explanation().english())
                    .isEqualTo("outside office hours (Mo-Fr 08:00-17:00; PH off) at 10:00 on Saturday 2026-02-14");
        }

        @Test
        void crimeFromChinaPoliceFirst() {
            CallPlan plan = OPEN_ROUTER.route("chengdu", at("2026-03-03T10:00"), CallerLocation.CN, Situation.CRIME);
            assertThat(numbers(plan)).containsExactly("110", "028 8558 3992", "00 1 202 501 4444");
            CallStep police = plan.steps().get(0);
            assertThat(police.displayName(Locale.ENGLISH)).isEqualTo("Police");
            assertThat(police.e164()).isEmpty();
            assertThat(police.reason(Locale.ENGLISH)).isEqualTo("Victim of a crime: contact the local police first.");
        }

        @Test
        void crimeFromTheUsCannotDial110() {
            CallPlan plan = OPEN_ROUTER.route("chengdu", at("2026-03-03T10:00"), CallerLocation.US, Situation.CRIME);
            assertThat(numbers(plan)).containsExactly("011 86 28 8558 3992", "1-888-407-4747");
            assertThat(plan.notes(Locale.ENGLISH)).containsExactly(
                    "Police (110) can be dialled only from a phone in China; it cannot be reached from the U.S.");
            assertThat(plan.notes(LocalizedText.SIMPLIFIED_CHINESE)).containsExactly("报警电话(110)只能在中国境内拨打,从美国无法拨通。");
        }

        @Test
        void injuryAfterHoursFromChina() {
            CallPlan plan = OPEN_ROUTER.route("chengdu", at("2026-03-03T22:00"), CallerLocation.CN, Situation.INJURY);
            assertThat(numbers(plan)).containsExactly("120", "110", "010 8531 4000", "00 1 202 501 4444");
        }

        @Test
        void injuredCallersCallAnAmbulanceFirstThenThePolice() {
            CallPlan plan = OPEN_ROUTER.route("chengdu", at("2026-03-03T22:00"), CallerLocation.CN, Situation.INJURY);
            assertThat(plan.steps().subList(0, 2)).extracting(s -> s.reason(Locale.ENGLISH)).containsExactly(
                    "Injured: call an ambulance first.", "If you are injured, also contact the local police.");
        }

        @Test
        void withoutAnAfterHoursNumberOfItsOwnAPostIsReachedThroughTheMissionLine() {
            String json = DirectoryFileTest.replace(DirectoryFileTest.GOOD,
                    ",\n        {\"role\": \"AFTER_HOURS\", \"number\": \"(010) 8531-4000\", \"sources\": [\"seed\"]}", "");
            json = DirectoryFileTest.replace(json, "{\"role\": \"POLICE\"",
                    "{\"role\": \"MISSION_EMERGENCY\", \"number\": \"+86 10 8531 4000\", \"sources\": [\"A\"]},\n    "
                    + "{\"role\": \"POLICE\"");
            EmergencyRouter r = EmergencyRouter.of(directory(json, "no-after-hours.json"), AcsAvailability.officeHours(CLOSURES));
            CallPlan plan = r.route("chengdu", at("2026-03-03T22:00"), CallerLocation.CN, Situation.ARREST);
            assertThat(numbers(plan)).containsExactly("010 8531 4000", "00 1 202 501 4444");
            assertThat(plan.steps().get(0).displayName(Locale.ENGLISH))
                    .isEqualTo("U.S. Consulate General Chengdu – Emergency After Hours Duty Officer");
            assertThat(plan.notes(Locale.ENGLISH)).isEmpty();
        }

        @Test
        void fireAtTheWeekendFromChina() {
            CallPlan plan = OPEN_ROUTER.route("chengdu", at("2026-03-08T03:00"), CallerLocation.CN, Situation.FIRE);
            assertThat(numbers(plan)).containsExactly("119", "010 8531 4000", "00 1 202 501 4444");
        }

        @Test
        void medicalOnAHolidayFromTheUs() {
            CallPlan plan = OPEN_ROUTER.route("chengdu", at("2026-02-17T10:00"), CallerLocation.US, Situation.MEDICAL);
            assertThat(numbers(plan)).containsExactly("011 86 10 8531 4000", "1-888-407-4747");
            assertThat(plan.notes(Locale.ENGLISH)).containsExactly("Ambulance (medical emergency) (120) can be dialled only"
                    + " from a phone in China; it cannot be reached from the U.S.");
        }

        @Test
        void aNumberMissingFromTheDirectoryIsANote() {
            CallPlan plan = OPEN_ROUTER.route("chengdu", at("2026-03-03T10:00"), CallerLocation.CN, Situation.TRAFFIC);
            assertThat(numbers(plan)).containsExactly("120", "028 8558 3992", "00 1 202 501 4444");
            assertThat(plan.notes(Locale.ENGLISH))
                    .containsExactly("The directory has no number for: Traffic police (traffic accidents).");
        }

        @Test
        void dateOutsideTheClosureCalendarIsUnknownAndGoesToTheDutyOfficer() {
            CallPlan plan = OPEN_ROUTER.route("chengdu", at("2027-03-02T10:00"), CallerLocation.CN, Situation.ARREST);
            assertThat(plan.office().state()).isEqualTo(Availability.State.UNKNOWN);
            assertThat(numbers(plan)).containsExactly("010 8531 4000", "00 1 202 501 4444");
            assertThat(plan.steps().get(0).reason(Locale.ENGLISH)).isEqualTo("Closure calendar post:test does not cover"
                    + " 2027-03-02; the Emergency After Hours Duty Officer line answers at any hour.");
        }

        @Test
        void halfDayClosing() {
            assertThat(OPEN_ROUTER.route("chengdu", at("2026-12-24T11:59"), CallerLocation.CN, Situation.ARREST)
                    .office().state()).isEqualTo(Availability.State.OPEN);
            CallPlan plan = OPEN_ROUTER.route("chengdu", at("2026-12-24T12:00"), CallerLocation.CN, Situation.ARREST);
            assertThat(plan.office().explanation().english())
                    .isEqualTo("closed early from 12:00 on Thursday 2026-12-24 for Christmas Eve");
            assertThat(numbers(plan)).containsExactly("010 8531 4000", "00 1 202 501 4444");
        }

        /** The engine's rule: "the last half of the scheduled workday" of 08:00-17:00 starts at 12:30. */
        @Test
        void earlyClosingWithoutATimeClosesAtTheMiddleOfTheDay() {
            CallPlan morning = OPEN_ROUTER.route("chengdu", at("2026-12-30T12:29"), CallerLocation.US, Situation.ARREST);
            assertThat(morning.office().state()).isEqualTo(Availability.State.OPEN);
            assertThat(numbers(morning)).containsExactly("011 86 28 8558 3992", "1-888-407-4747");
            CallPlan plan = OPEN_ROUTER.route("chengdu", at("2026-12-30T12:30"), CallerLocation.US, Situation.ARREST);
            assertThat(plan.office().state()).isEqualTo(Availability.State.CLOSED);
            assertThat(plan.office().explanation().english())
                    .isEqualTo("closed early from 12:30 on Wednesday 2026-12-30 for Test closing");
            assertThat(plan.office().explanation().chinese()).isEqualTo("2026-12-30(星期三)12:30起因测试提前闭馆");
            assertThat(numbers(plan)).containsExactly("011 86 10 8531 4000", "1-888-407-4747");
        }

        /** Every half hour of February and March 2026, from both places. */
        @Test
        void followsTheHoursAndTheClosureCalendarExactly() {
            Set<LocalDate> closed = Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                    LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 23));
            int open = 0;
            for (LocalDateTime t = LocalDateTime.of(2026, 2, 1, 0, 0); t.getMonthValue() <= 3; t = t.plusMinutes(30)) {
                DayOfWeek dow = t.getDayOfWeek();
                boolean expected = dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY
                        && !closed.contains(t.toLocalDate()) && t.getHour() >= 8 && t.getHour() < 17;
                for (CallerLocation from : CallerLocation.values()) {
                    CallPlan plan = OPEN_ROUTER.route("chengdu", t.atZone(CHINA).toInstant(), from, Situation.ARREST);
                    assertThat(plan.office().isOpen()).as(t + " " + from).isEqualTo(expected);
                    assertThat(plan.steps().get(0).phone().e164().orElseThrow()).as(t + " " + from)
                            .isEqualTo(expected ? "+862885583992" : "+861085314000");
                }
                open += expected ? 1 : 0;
            }
            assertThat(open).isEqualTo((20 + 22 - 6) * 18);
        }
    }

    /**
     * The default router: each post's office hours and its Mission China closure calendar
     * ({@code post:<id>}); Chengdu as published (the seed page) and as it is (closed).
     */
    @Nested
    class WithThePostClosureCalendars {

        private final EmergencyRouter current = EmergencyRouter.of(MISSION);
        private final EmergencyRouter asPublished = current.withMode(EmergencyRouter.Mode.AS_PUBLISHED);
        /** A user file modelling the seed page: Chengdu open, closing for us-federal and cn. */
        private final EmergencyRouter page = EmergencyRouter.of(CHENGDU_OPEN);

        @ParameterizedTest(name = "{0} from {1}, {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2026-03-03T10:00+08:00 | CN | CRIME    | OPEN   | 110; 028 8558 3992; 00 1 202 501 4444
                2026-03-03T10:00+08:00 | US | CRIME    | OPEN   | 011 86 28 8558 3992; 1-888-407-4747
                2026-03-02T21:00-05:00 | US | ARREST   | OPEN   | 011 86 28 8558 3992; 1-888-407-4747
                2026-03-03T16:59+08:00 | CN | SICK     | OPEN   | 028 8558 3992; 00 1 202 501 4444
                2026-03-03T17:00+08:00 | CN | SICK     | CLOSED | 010 8531 4000; 00 1 202 501 4444
                2026-03-03T18:00+08:00 | CN | FIRE     | CLOSED | 119; 010 8531 4000; 00 1 202 501 4444
                2026-03-03T18:00+08:00 | US | FIRE     | CLOSED | 011 86 10 8531 4000; 1-888-407-4747
                2026-03-03T07:59+08:00 | CN | MEDICAL  | CLOSED | 120; 010 8531 4000; 00 1 202 501 4444
                2026-03-07T10:00+08:00 | CN | MEDICAL  | CLOSED | 120; 010 8531 4000; 00 1 202 501 4444
                2026-03-08T10:00+08:00 | US | MEDICAL  | CLOSED | 011 86 10 8531 4000; 1-888-407-4747
                2026-02-17T10:00+08:00 | CN | CRIME    | CLOSED | 110; 010 8531 4000; 00 1 202 501 4444
                2026-02-17T10:00+08:00 | US | CRIME    | CLOSED | 011 86 10 8531 4000; 1-888-407-4747
                2026-02-17T10:00+08:00 | CN | INJURY   | CLOSED | 120; 110; 010 8531 4000; 00 1 202 501 4444
                2026-02-17T10:00+08:00 | CN | FIRE     | CLOSED | 119; 010 8531 4000; 00 1 202 501 4444
                2026-02-17T10:00+08:00 | US | FIRE     | CLOSED | 011 86 10 8531 4000; 1-888-407-4747
                2026-02-16T10:00+08:00 | US | DESTITUTE| CLOSED | 011 86 10 8531 4000; 1-888-407-4747
                2026-06-19T10:00+08:00 | CN | CHILD    | CLOSED | 010 8531 4000; 00 1 202 501 4444
                2026-02-14T10:00+08:00 | CN | ARREST   | CLOSED | 010 8531 4000; 00 1 202 501 4444
                2026-02-20T10:00+08:00 | CN | ARREST   | OPEN   | 028 8558 3992; 00 1 202 501 4444
                2026-02-23T10:00+08:00 | US | ARREST   | OPEN   | 011 86 28 8558 3992; 1-888-407-4747
                2026-12-24T10:00+08:00 | CN | ARREST   | OPEN   | 028 8558 3992; 00 1 202 501 4444
                2026-12-25T10:00+08:00 | CN | ARREST   | CLOSED | 010 8531 4000; 00 1 202 501 4444
                """)
        void chengduAsPublished(String moment, CallerLocation from, Situation situation, Availability.State state,
                String expected) {
            Instant at = OffsetDateTime.parse(moment).toInstant();
            List<String> numbers = List.of(expected.split("; "));
            CallPlan published = asPublished.route("chengdu", at, from, situation);
            assertThat(published.office().state()).isEqualTo(state);
            assertThat(numbers(published)).containsExactlyElementsOf(numbers);
            assertThat(published.mode()).isEqualTo(EmergencyRouter.Mode.AS_PUBLISHED);
            assertThat(published.warning(Locale.ENGLISH).orElseThrow()).startsWith("Routed as published, not by the"
                    + " post's current status: U.S. Consulate General Chengdu is CLOSED since 2020-07-27 (closed by"
                    + " order of the host government").endsWith(". Its own numbers may no longer answer.");
            assertThat(published.notes()).noneMatch(n -> n.english().contains("CLOSED"));
            CallPlan fromThePage = page.route("chengdu", at, from, situation);
            assertThat(fromThePage.office()).isEqualTo(published.office());
            assertThat(numbers(fromThePage)).containsExactlyElementsOf(numbers);
            assertThat(fromThePage.notes()).isEqualTo(published.notes());
            assertThat(fromThePage.warning()).isEmpty();
            CallPlan now = current.route("chengdu", at, from, situation);
            assertThat(numbers(now)).doesNotContain("028 8558 3992", "011 86 28 8558 3992")
                    .contains(from == CallerLocation.CN ? "010 8531 4000" : "011 86 10 8531 4000");
            assertThat(now.office().explanation().english()).isEqualTo("the post is CLOSED since 2020-07-27");
        }

        @Test
        void springFestivalIsAClosureDay() {
            CallPlan plan = asPublished.route("chengdu", at("2026-02-17T10:00"), CallerLocation.CN, Situation.ARREST);
            assertThat(plan.office().explanation().english()).isEqualTo("closed on Tuesday 2026-02-17 for Spring Festival");
            assertThat(plan.office().explanation().chinese()).isEqualTo("2026-02-17(星期二)因春节闭馆");
            assertThat(plan.steps().get(0).reason(Locale.ENGLISH)).isEqualTo("Closed on Tuesday 2026-02-17 for Spring"
                    + " Festival: this line reaches the Emergency After Hours Duty Officer.");
        }

        @Test
        void explanations() {
            assertThat(explain("2026-02-16T10:00")).isEqualTo("closed on Monday 2026-02-16 for Spring Festival Eve;"
                    + " Washington's Birthday");
            assertThat(explain("2026-06-19T10:00")).isEqualTo("closed on Friday 2026-06-19 for Dragon Boat Festival;"
                    + " Juneteenth National Independence Day");
            assertThat(explain("2026-02-14T10:00")).isEqualTo("closed at the weekend (Saturday 2026-02-14)");
            assertThat(explain("2026-04-05T10:00")).isEqualTo("closed at the weekend (Sunday 2026-04-05)");
            assertThat(explain("2026-04-06T10:00")).isEqualTo("closed on Monday 2026-04-06 for Qingming Festival");
            assertThat(explain("2026-03-03T18:00"))
                    .isEqualTo("outside office hours (Mo-Fr 08:00-17:00; PH off) at 18:00 on Tuesday 2026-03-03");
            assertThat(explain("2026-03-03T10:00"))
                    .isEqualTo("within office hours (Mo-Fr 08:00-17:00; PH off) at 10:00 on Tuesday 2026-03-03");
        }

        private String explain(String local) {
            return page.route("chengdu", at(local), CallerLocation.CN, Situation.ARREST).office().explanation().english();
        }

        /**
         * Every half hour of 2026: open exactly on the weekdays the Mission rule leaves open, 08:00 to
         * 17:00. The rule closes 21 weekdays in 2026: 11 US holidays as observed and 10 Chinese
         * festival days of their own (Feb 17-19, Apr 6, May 1, May 4, Sep 25, Oct 1, 2, 5); New
         * Year's Day, the Eve and the Dragon Boat Festival share a day with a US holiday.
         */
        @Test
        void followsTheHoursAndThePostCalendarExactlyIn2026() {
            HolidayCalendar calendar = MISSION.post("chengdu").closureCalendar();
            int closedWeekdays = 0;
            int open = 0;
            for (LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0); t.getYear() == 2026; t = t.plusMinutes(30)) {
                DayOfWeek dow = t.getDayOfWeek();
                boolean weekday = dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
                boolean expected = weekday && calendar.isWorkingDay(t.toLocalDate()) && t.getHour() >= 8 && t.getHour() < 17;
                if (weekday && t.getHour() == 0 && t.getMinute() == 0 && !calendar.isWorkingDay(t.toLocalDate())) {
                    closedWeekdays++;
                }
                CallPlan plan = asPublished.route("chengdu", t.atZone(CHINA).toInstant(), CallerLocation.CN, Situation.ARREST);
                assertThat(plan.office().isOpen()).as(t.toString()).isEqualTo(expected);
                assertThat(plan.steps().get(0).phone().e164().orElseThrow()).as(t.toString())
                        .isEqualTo(expected ? "+862885583992" : "+861085314000");
                open += expected ? 1 : 0;
            }
            assertThat(closedWeekdays).isEqualTo(21);
            assertThat(open).isEqualTo((261 - 21) * 18);
        }

        @Test
        void otherPostsWithTheirCalendars() {
            assertThat(numbers(current.route("shanghai", at("2026-02-17T10:00"), CallerLocation.CN, Situation.SICK)))
                    .containsExactly("010 8531 4000", "00 1 202 501 4444");
            assertThat(numbers(current.route("shanghai", at("2026-02-20T10:00"), CallerLocation.CN, Situation.SICK)))
                    .containsExactly("021 8011 2400", "00 1 202 501 4444");
            assertThat(numbers(current.route("beijing", at("2026-10-05T10:00"), CallerLocation.US, Situation.DEATH)))
                    .containsExactly("011 86 10 8531 4000", "1-888-407-4747");
            CallPlan wuhan = current.route("wuhan", at("2026-03-03T12:30"), CallerLocation.CN, Situation.ARREST);
            assertThat(wuhan.office().state()).isEqualTo(Availability.State.CLOSED);
            assertThat(current.route("wuhan", at("2026-03-03T13:00"), CallerLocation.CN, Situation.ARREST).office().isOpen())
                    .isTrue();
            assertThat(current.route("guangzhou", at("2026-03-03T10:00"), CallerLocation.CN, Situation.ARREST)
                    .office().state()).isEqualTo(Availability.State.UNKNOWN);
        }

        /** An operating post is routed the same in both modes, with no note. */
        @Test
        void theModeChangesOnlyPostsThatAreNotOperating() {
            for (Post p : MISSION.posts()) {
                if (p.isOperating()) {
                    CallPlan a = asPublished.route(p, at("2026-03-03T10:00"), CallerLocation.CN, Situation.CRIME);
                    CallPlan c = current.route(p, at("2026-03-03T10:00"), CallerLocation.CN, Situation.CRIME);
                    assertThat(a.steps()).isEqualTo(c.steps());
                    assertThat(a.notes()).isEqualTo(c.notes());
                    assertThat(a.office()).isEqualTo(c.office());
                    assertThat(a.warning()).isEmpty();
                    assertThat(a.mode()).isEqualTo(EmergencyRouter.Mode.AS_PUBLISHED);
                    assertThat(c.mode()).isEqualTo(EmergencyRouter.Mode.CURRENT_STATUS);
                }
            }
            assertThat(current.mode()).isEqualTo(EmergencyRouter.Mode.CURRENT_STATUS);
            assertThat(asPublished.mode()).isEqualTo(EmergencyRouter.Mode.AS_PUBLISHED);
            assertThat(current.withMode(EmergencyRouter.Mode.CURRENT_STATUS)).isSameAs(current);
            assertThat(asPublished.availability()).isSameAs(AcsAvailability.officeHours());
        }

        @Test
        void theStaleNumberIsFlaggedUncertainAsPublished() {
            CallPlan plan = asPublished.route("chengdu", at("2026-03-03T10:00"), CallerLocation.CN, Situation.ARREST);
            assertThat(plan.steps().get(0).uncertain()).isTrue();
            assertThat(plan.warning(LocalizedText.SIMPLIFIED_CHINESE)).contains("按公布的页面安排,而非按使领馆目前状况:"
                    + "美国驻成都总领事馆自2020-07-27起已关闭。其原有电话可能已无人接听。");
        }

        @Test
        void aCustomAvailabilityIsStillPossible() {
            EmergencyRouter custom = EmergencyRouter.of(MISSION, (post, at) -> Availability.unknown("test", "测试"))
                    .withMode(EmergencyRouter.Mode.AS_PUBLISHED);
            CallPlan plan = custom.route("chengdu", at("2026-03-03T10:00"), CallerLocation.CN, Situation.ARREST);
            assertThat(plan.office()).isEqualTo(Availability.unknown("test", "测试"));
            assertThat(numbers(plan)).containsExactly("010 8531 4000", "00 1 202 501 4444");
        }
    }

    @Nested
    class ChengduClosed {

        @ParameterizedTest(name = "{0} from {1}")
        @CsvSource({
            "2026-03-03T10:00, CN, 010 8531 4000, 00 1 202 501 4444",
            "2026-03-03T10:00, US, 011 86 10 8531 4000, 1-888-407-4747",
            "2026-03-03T18:00, CN, 010 8531 4000, 00 1 202 501 4444",
            "2026-03-07T10:00, US, 011 86 10 8531 4000, 1-888-407-4747",
            "2026-02-17T10:00, CN, 010 8531 4000, 00 1 202 501 4444",
            "2026-02-17T10:00, US, 011 86 10 8531 4000, 1-888-407-4747",
            "2031-01-01T10:00, CN, 010 8531 4000, 00 1 202 501 4444"})
        void theMissionLineAtAnyHourAndNeverTheStaleNumber(String local, CallerLocation from, String line, String ocs) {
            CallPlan plan = ROUTER.route("chengdu", at(local), from, Situation.ARREST);
            assertThat(numbers(plan)).containsExactly(line, ocs);
            assertThat(plan.steps().get(0).displayName(Locale.ENGLISH)).isEqualTo("U.S. Mission China emergency line (24 hours)");
            assertThat(plan.steps().get(0).reason(Locale.ENGLISH)).isEqualTo("U.S. Consulate General Chengdu is closed;"
                    + " the Mission-wide emergency line answers 24 hours a day and reaches the post now serving your"
                    + " consular district (U.S. Embassy Beijing for Sichuan, Chongqing, Tibet (Xizang); U.S. Consulate"
                    + " General Guangzhou for Yunnan, Guizhou).");
            assertThat(plan.warning()).isEmpty();
            assertThat(plan.mode()).isEqualTo(EmergencyRouter.Mode.CURRENT_STATUS);
            assertThat(plan.office().state()).isEqualTo(Availability.State.CLOSED);
            assertThat(plan.office().explanation().english()).isEqualTo("the post is CLOSED since 2020-07-27");
            assertThat(plan.notes(Locale.ENGLISH)).hasSize(1);
            assertThat(plan.notes(Locale.ENGLISH).get(0))
                    .startsWith("U.S. Consulate General Chengdu is CLOSED since 2020-07-27 (closed by order of the host government")
                    .endsWith("Its own numbers are not offered: (028) 8558-3992.");
            assertThat(plan.steps()).extracting(s -> s.phone().e164().orElseThrow()).doesNotContain("+862885583992");
            assertThat(plan.notes(LocalizedText.SIMPLIFIED_CHINESE).get(0))
                    .isEqualTo("美国驻成都总领事馆自2020-07-27起已关闭。不提供其原有电话:(028) 8558-3992。");
        }

        @Test
        void crimeFromChina() {
            CallPlan plan = ROUTER.route("chengdu", at("2026-03-03T10:00"), CallerLocation.CN, Situation.CRIME);
            assertThat(numbers(plan)).containsExactly("110", "010 8531 4000", "00 1 202 501 4444");
        }

        @Test
        void injuryFromTheUs() {
            CallPlan plan = ROUTER.route("chengdu", at("2026-03-03T10:00"), CallerLocation.US, Situation.INJURY);
            assertThat(numbers(plan)).containsExactly("011 86 10 8531 4000", "1-888-407-4747");
            assertThat(plan.notes(Locale.ENGLISH)).hasSize(3).first().asString().startsWith("Ambulance (medical emergency) (120)");
        }

        /** The closed post's hours are never consulted; only those of the posts now serving its district. */
        @Test
        void theClosedPostsAvailabilityIsNotConsulted() {
            List<String> consulted = new ArrayList<>();
            EmergencyRouter r = EmergencyRouter.of(MISSION, (post, at) -> {
                if (post.id().equals("chengdu")) {
                    throw new AssertionError("consulted for " + post.id());
                }
                consulted.add(post.id());
                return Availability.open("test", "测试");
            });
            assertThat(numbers(r.route("chengdu", at("2026-03-03T10:00"), CallerLocation.CN, Situation.SICK)))
                    .containsExactly("010 8531 4000", "020 3814 5775", "00 1 202 501 4444");
            assertThat(consulted).containsExactly("beijing", "guangzhou");
        }

        /**
         * The default router, every hour of a week with a holiday in it and every situation, from China
         * and from the US: never a number of Chengdu's own, the Mission's 24-hour line right after
         * China's emergency services, and no as-published warning.
         */
        @Test
        void byDefaultNoChengduNumberAtAnyHourOfAWeek() {
            EmergencyRouter byDefault = EmergencyRouter.of(MISSION);
            Post chengdu = MISSION.post("chengdu");
            List<PhoneNumber> own = new ArrayList<>();
            for (Contact c : chengdu.contacts()) {
                if (c.role() == ContactRole.ACS || c.role() == ContactRole.SWITCHBOARD) {
                    own.add(c.number());
                }
            }
            assertThat(own).isNotEmpty();
            PhoneNumber line = MISSION.contact(ContactRole.MISSION_EMERGENCY).orElseThrow().number();
            int plans = 0;
            for (LocalDateTime t = LocalDateTime.of(2026, 2, 13, 0, 0); t.isBefore(LocalDateTime.of(2026, 2, 20, 0, 0));
                    t = t.plusHours(1)) {
                for (CallerLocation from : CallerLocation.values()) {
                    for (Situation situation : Situation.values()) {
                        CallPlan plan = byDefault.route("chengdu", t.atZone(CHINA).toInstant(), from, situation);
                        String where = t + " " + from + " " + situation;
                        int local = from == CallerLocation.CN ? situation.localServices().size() : 0;
                        CallStep first = plan.steps().get(local);
                        assertThat(first.phone()).as(where).isEqualTo(line);
                        assertThat(first.displayName(Locale.ENGLISH)).as(where).doesNotContain("Chengdu");
                        for (CallStep step : plan.steps()) {
                            assertThat(own).as(where).doesNotContain(step.phone());
                            assertThat(step.displayName(Locale.ENGLISH)).as(where).doesNotContain("Chengdu");
                        }
                        assertThat(plan.warning()).as(where).isEmpty();
                        plans++;
                    }
                }
            }
            assertThat(plans).isEqualTo(7 * 24 * 2 * Situation.values().length);
        }

        /** Chengdu closed, its district served in the Chinese reason of the Mission line too. */
        @Test
        void theMissionLineNamesThePostsNowServingTheDistrictInChinese() {
            CallPlan plan = ROUTER.route("chengdu", at("2026-03-03T10:00"), CallerLocation.CN, Situation.ARREST);
            assertThat(plan.steps().get(0).reason(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("美国驻成都总领事馆已关闭"
                    + ";美国驻华使团紧急电话24小时接听,并转接目前负责您所在领区的使领馆"
                    + "(美国驻华大使馆负责四川省、重庆市、西藏自治区;美国驻广州总领事馆负责云南省、贵州省)。");
        }

        /** Guizhou served by Guangzhou from the closure until 2023, then by Beijing (an edited file). */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "2019-06-01T10:00|U.S. Embassy Beijing for Sichuan, Chongqing, Tibet (Xizang), Guizhou; U.S. Consulate General Guangzhou for Yunnan",
            "2022-03-01T10:00|U.S. Embassy Beijing for Sichuan, Chongqing, Tibet (Xizang); U.S. Consulate General Guangzhou for Yunnan, Guizhou",
            "2026-03-03T10:00|U.S. Embassy Beijing for Sichuan, Chongqing, Tibet (Xizang), Guizhou; U.S. Consulate General Guangzhou for Yunnan"})
        void theDistrictIsServedByThePostThatServesItOnTheDayOfTheCallOrNowBeforeTheClosure(String local, String serving) {
            String gz = "{\"province\": \"CN-GZ\", \"post\": \"guangzhou\", \"from\": \"2020-07-27\",";
            String json = DirectoryFileTest.replace(builtInJson(), gz, "{\"province\": \"CN-GZ\", \"post\": \"beijing\","
                    + " \"from\": \"2023-01-01\", \"sources\": [\"A\"]},\n    "
                    + gz + " \"until\": \"2023-01-01\",");
            EmergencyRouter r = EmergencyRouter.of(directory(json, "moved.json"),
                    (post, at) -> Availability.closed("closed (test)", "闭馆(测试)"));
            CallPlan plan = r.route("chengdu", at(local), CallerLocation.CN, Situation.ARREST);
            assertThat(numbers(plan)).containsExactly("010 8531 4000", "00 1 202 501 4444");
            assertThat(plan.steps().get(0).reason(Locale.ENGLISH)).isEqualTo("U.S. Consulate General Chengdu is closed;"
                    + " the Mission-wide emergency line answers 24 hours a day and reaches the post now serving your"
                    + " consular district (" + serving + ").");
        }

        /** Without a Mission-wide line in the directory, the closed post's own after-hours line is offered. */
        @Test
        void withoutAMissionLineTheClosedPostsAfterHoursLine() {
            String json = builtInJson();
            String line = "{\"role\": \"MISSION_EMERGENCY\", \"number\": \"+86 10 8531 4000\", \"sources\":"
                    + " [\"mission-emergency\", \"death-page\", \"chengdu-acs\"]},";
            EmergencyRouter r = EmergencyRouter.of(directory(DirectoryFileTest.replace(json, line, ""), "no-line.json"),
                    (post, at) -> Availability.closed("closed (test)", "闭馆(测试)"));
            CallPlan plan = r.route("chengdu", at("2026-03-03T10:00"), CallerLocation.US, Situation.ARREST);
            assertThat(numbers(plan)).containsExactly("011 86 10 8531 4000", "1-888-407-4747");
            assertThat(plan.steps().get(0).displayName(Locale.ENGLISH)).isEqualTo("Emergency After Hours Duty Officer");
            assertThat(plan.notes(Locale.ENGLISH)).hasSize(1);
        }

        /** After hours, a serving post's own after-hours line (here one differing from the Mission line) comes next. */
        @Test
        void afterHoursTheServingPostsOwnAfterHoursLineComesNext() {
            String own = "{\"role\": \"AFTER_HOURS\", \"number\": \"+86 10 8531 4000\", \"sources\": [\"A\","
                    + " \"mission-emergency\", \"tsg-judicial\"]}";
            Directory d = directory(DirectoryFileTest.replace(builtInJson(), own, own.replace("8531 4000", "8531 3999")),
                    "after-hours.json");
            EmergencyRouter r = EmergencyRouter.of(d, (post, at) -> Availability.closed("closed (test)", "闭馆(测试)"));
            CallPlan plan = r.route("chengdu", at("2026-03-03T22:00"), CallerLocation.CN, Situation.ARREST);
            assertThat(numbers(plan)).containsExactly("010 8531 4000", "010 8531 3999", "00 1 202 501 4444");
            CallStep beijing = plan.steps().get(1);
            assertThat(beijing.displayName(Locale.ENGLISH)).isEqualTo("U.S. Embassy Beijing – Emergency After Hours Duty Officer");
            assertThat(beijing.reason(Locale.ENGLISH)).isEqualTo("Now serves Sichuan, Chongqing, Tibet (Xizang), formerly"
                    + " in the district of U.S. Consulate General Chengdu (an assignment the sources leave uncertain);"
                    + " closed (test).");
            assertThat(beijing.reason(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("现负责四川省、重庆市、西藏自治区"
                    + "(原属美国驻成都总领事馆领区;此领区划分来源不一,尚不确定);闭馆(测试)。");
            assertThat(beijing.uncertain()).isTrue();
        }

        /** A serving post's step is uncertain only when its assignment or its number is (an edited file). */
        @Test
        void aServingPostsStepIsUncertainOnlyWhenItsAssignmentOrItsNumberIs() {
            String json = builtInJson();
            for (String province : List.of("Yunnan", "Guizhou")) {
                String uncertain = "\"uncertain\": true, \"note\": \"Former Chengdu district: travel.state.gov lists "
                        + province + " under Guangzhou";
                json = DirectoryFileTest.replace(json, uncertain, uncertain.replace("\"uncertain\": true, ", ""));
            }
            EmergencyRouter r = EmergencyRouter.of(directory(json, "certain.json"),
                    (post, at) -> Availability.open("open (test)", "开放(测试)"));
            CallPlan plan = r.route("chengdu", at("2026-03-03T10:00"), CallerLocation.CN, Situation.ARREST);
            assertThat(numbers(plan)).containsExactly("010 8531 4000", "020 3814 5775", "00 1 202 501 4444");
            CallStep guangzhou = plan.steps().get(1);
            assertThat(guangzhou.reason(Locale.ENGLISH)).isEqualTo("Now serves Yunnan, Guizhou, formerly in the district"
                    + " of U.S. Consulate General Chengdu; open (test): ask the operator for American Citizen Services.");
            assertThat(guangzhou.uncertain()).isFalse();
        }

        /** A post now serving the former district, with an ACS number of its own, comes after the Mission line. */
        @Test
        void thePostNowServingTheDistrictComesNext() throws java.io.IOException {
            String json;
            try (java.io.InputStream in = Directory.class.getResourceAsStream("posts.json")) {
                json = new String(java.util.Objects.requireNonNull(in).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            String own = "{\"role\": \"ACS\", \"number\": \"+86 10 8531 4000\", \"sources\": [\"A\", \"B\", \"tsg-judicial\"]}";
            assertThat(json).contains(own);
            Directory d = Directory.parse(new ByteArrayInputStream(json.replace(own, own.replace("8531 4000", "8531 3999"))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "posts-test.json");
            EmergencyRouter r = EmergencyRouter.of(d);
            CallPlan day = r.route("chengdu", at("2026-03-03T10:00"), CallerLocation.CN, Situation.ARREST);
            assertThat(numbers(day)).containsExactly("010 8531 4000", "010 8531 3999", "00 1 202 501 4444");
            CallStep beijing = day.steps().get(1);
            assertThat(beijing.displayName(Locale.ENGLISH))
                    .isEqualTo("U.S. Embassy Beijing – American Citizen Services (through the operator)");
            assertThat(beijing.reason(Locale.ENGLISH)).isEqualTo("Now serves Sichuan, Chongqing, Tibet (Xizang),"
                    + " formerly in the district of U.S. Consulate General Chengdu (an assignment the sources leave"
                    + " uncertain); within office hours (Mo-Fr 08:00-17:00; PH off) at 10:00 on Tuesday 2026-03-03: ask"
                    + " the operator for American Citizen Services.");
            assertThat(beijing.uncertain()).isTrue();
            // after hours the serving posts' after-hours line is the Mission line itself: listed once
            CallPlan night = r.route("chengdu", at("2026-03-03T22:00"), CallerLocation.US, Situation.ARREST);
            assertThat(numbers(night)).containsExactly("011 86 10 8531 4000", "1-888-407-4747");
        }
    }

    @Nested
    class OtherPosts {

        @Test
        void shanghaiInHours() {
            CallPlan plan = ROUTER.route("shanghai", at("2026-03-03T10:00"), CallerLocation.CN, Situation.SICK);
            assertThat(numbers(plan)).containsExactly("021 8011 2400", "00 1 202 501 4444");
        }

        @Test
        void beijingAcsIsTheMissionLine() {
            CallPlan plan = ROUTER.route("beijing", at("2026-03-03T10:00"), CallerLocation.US, Situation.DEATH);
            assertThat(numbers(plan)).containsExactly("011 86 10 8531 4000", "1-888-407-4747");
            assertThat(plan.steps().get(0).displayName(Locale.ENGLISH))
                    .isEqualTo("U.S. Embassy Beijing – American Citizen Services (through the operator)");
            assertThat(plan.steps().get(0).uncertain()).isFalse();
        }

        @Test
        void shenyangInHoursHasTwoAcsNumbers() {
            EmergencyRouter r = EmergencyRouter.of(MISSION, (post, at) -> Availability.open("open (test)", "开放(测试)"));
            CallPlan plan = r.route("shenyang", at("2026-03-03T10:00"), CallerLocation.CN, Situation.ARREST);
            assertThat(numbers(plan)).containsExactly("024 2322 1198", "024 2335 5188", "00 1 202 501 4444");
        }

        @Test
        void guangzhouHoursAreUnknown() {
            CallPlan plan = ROUTER.route("guangzhou", at("2026-03-03T10:00"), CallerLocation.CN, Situation.ARREST);
            assertThat(plan.office().state()).isEqualTo(Availability.State.UNKNOWN);
            assertThat(numbers(plan)).containsExactly("010 8531 4000", "00 1 202 501 4444");
            assertThat(plan.steps().get(0).reason(Locale.ENGLISH)).isEqualTo("The office hours of U.S. Consulate General"
                    + " Guangzhou are not known; the Emergency After Hours Duty Officer line answers at any hour.");
        }

        @Test
        void wuhanLunchBreakAndItsUncertainAfterHoursLine() {
            CallPlan lunch = ROUTER.route("wuhan", at("2026-03-03T12:30"), CallerLocation.CN, Situation.ARREST);
            assertThat(lunch.office().state()).isEqualTo(Availability.State.CLOSED);
            assertThat(numbers(lunch)).containsExactly("010 8531 4000", "00 1 202 501 4444");
            assertThat(lunch.steps().get(0).uncertain()).isTrue();
            CallPlan morning = ROUTER.route("wuhan", at("2026-03-03T11:00"), CallerLocation.US, Situation.ARREST);
            assertThat(numbers(morning)).containsExactly("011 86 27 8555 7791", "1-888-407-4747");
        }

        @Test
        void trafficFromChina() {
            CallPlan plan = ROUTER.route("shanghai", at("2026-03-03T20:00"), CallerLocation.CN, Situation.TRAFFIC);
            assertThat(numbers(plan)).containsExactly("122", "120", "010 8531 4000", "00 1 202 501 4444");
        }

        @Test
        void afterATrafficAccidentTheTrafficPoliceFirstThenAnAmbulance() {
            CallPlan plan = ROUTER.route("shanghai", at("2026-03-03T20:00"), CallerLocation.CN, Situation.TRAFFIC);
            assertThat(plan.steps().subList(0, 2)).extracting(s -> s.reason(Locale.ENGLISH)).containsExactly(
                    "Traffic accident: call the traffic police first.", "If anyone is hurt in the accident, call an ambulance.");
        }

        @Test
        void theOcsStepCarriesTheNoteOfItsNumber() {
            CallPlan plan = ROUTER.route("shanghai", at("2026-03-03T10:00"), CallerLocation.US, Situation.SICK);
            CallStep ocs = plan.steps().get(plan.steps().size() - 1);
            assertThat(ocs.reason(Locale.ENGLISH)).isEqualTo("The State Department's Overseas Citizens Services in"
                    + " Washington, D.C. An archived 2017 page gives its hours as 08:00-20:00 U.S. Eastern,"
                    + " Monday-Friday, except federal holidays.");
            assertThat(ocs.reason(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("位于华盛顿特区的美国国务院海外公民服务处。");
        }

        @ParameterizedTest
        @EnumSource(Situation.class)
        void everySituationEndsWithOcsAndHasADialableNumberFromBothPlaces(Situation s) {
            for (Post p : MISSION.posts()) {
                for (CallerLocation from : CallerLocation.values()) {
                    CallPlan plan = ROUTER.route(p, at("2026-03-03T10:00"), from, s);
                    assertThat(plan.steps()).isNotEmpty();
                    assertThat(plan.steps().get(plan.steps().size() - 1).number())
                            .isEqualTo(from == CallerLocation.US ? "1-888-407-4747" : "00 1 202 501 4444");
                    for (CallStep step : plan.steps()) {
                        assertThat(step.phone().dialFrom(from)).contains(step.number());
                    }
                    if (from == CallerLocation.US) {
                        assertThat(plan.steps()).noneMatch(step -> step.phone().isShortCode());
                    } else {
                        assertThat(plan.steps().subList(0, s.localServices().size()))
                                .allMatch(step -> step.phone().isShortCode());
                    }
                }
            }
        }
    }

    @Test
    void toStringNamesTheDirectoryTheAvailabilityAndTheMode() {
        assertThat(EmergencyRouter.of(CHENGDU_OPEN).withMode(EmergencyRouter.Mode.AS_PUBLISHED)).hasToString(
                "EmergencyRouter[Directory[chengdu-open.json, 1 posts, verified 2019-06-01], AcsAvailability[office hours"
                + " and each post's closure calendar], AS_PUBLISHED]");
    }

    @Test
    void unknownPost() {
        assertThatThrownBy(() -> ROUTER.route("hongkong", Instant.EPOCH, CallerLocation.CN, Situation.ARREST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown post 'hongkong'");
    }

    @Test
    void nullArguments() {
        assertThatThrownBy(() -> ROUTER.route("chengdu", null, CallerLocation.CN, Situation.ARREST))
                .isInstanceOf(NullPointerException.class).hasMessage("at");
        assertThatThrownBy(() -> EmergencyRouter.of(MISSION, null))
                .isInstanceOf(NullPointerException.class).hasMessage("availability");
    }

    @Test
    void momentsAreInstantsSoTheCallersZoneDoesNotMatter() {
        Instant viaNewYork = OffsetDateTime.parse("2026-03-02T21:00-05:00").toInstant();
        assertThat(numbers(OPEN_ROUTER.route("chengdu", viaNewYork, CallerLocation.US, Situation.ARREST)))
                .containsExactly("011 86 28 8558 3992", "1-888-407-4747");
    }
}
