package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consularkit.core.TestData.cst;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.consularkit.core.TestData;
import org.consularkit.core.hours.OpeningHours;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

    private static final ConsularOffice CHENGDU = TestData.chengdu();
    private static final ConsularOffice OPEN = TestData.openChengdu();

    /** Dates of the test calendar closed all day, and the early closings (2025-12-23 at 14:00, 2026-12-24 at 12:30). */
    private static final Set<LocalDate> CLOSED = Set.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 9),
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 24), LocalDate.of(2027, 7, 5));

    /** The window definition of the seed page, written out: Mon, Tue, Thu 13:00-16:00, closed on holidays. */
    private static boolean inWindow(ZonedDateTime t) {
        LocalTime time = t.toLocalTime();
        LocalDate date = t.toLocalDate();
        if (!TestData.isAcsDay(date.getDayOfWeek()) || CLOSED.contains(date)) {
            return false;
        }
        LocalTime end = date.equals(LocalDate.of(2025, 12, 23)) ? LocalTime.of(14, 0) : LocalTime.of(16, 0);
        return !time.isBefore(LocalTime.of(13, 0)) && time.isBefore(end);
    }

    /** A 15-minute appointment slot that starts at t fits in the window. */
    private static boolean isSlot(ZonedDateTime t) {
        return inWindow(t) && inWindow(t.plusMinutes(14));
    }

    @Test
    void everyQuarterHourOf2025To2027AgreesWithTheWindowDefinition() {
        Instant from = cst("2025-01-01T00:00").toInstant();
        Instant to = cst("2028-01-01T00:00").toInstant();
        BookingValidator validator = BookingValidator.of(OPEN, Clock.fixed(from, ZoneOffset.UTC));
        OpeningHours hours = OPEN.appointmentHours();
        OffsetDateTime bookedAt = OffsetDateTime.ofInstant(from, TestData.SHANGHAI);
        List<Instant> expectedSlots = new ArrayList<>();
        int moments = 0;
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(15))) {
            moments++;
            ZonedDateTime local = t.atZone(TestData.SHANGHAI);
            OffsetDateTime start = local.toOffsetDateTime();
            boolean window = inWindow(local);
            boolean slot = isSlot(local);
            assertThat(hours.isOpen(t)).as("isOpen %s", local).isEqualTo(window);
            ValidationReport appointment = validator.validate(
                    Booking.appointment(ConsularService.PASSPORT, start).bookedAt(bookedAt).build());
            assertThat(appointment.isValid()).as("appointment %s: %s", local, appointment).isEqualTo(slot);
            ValidationReport walkIn = validator.validate(
                    Booking.walkIn(start).services(ConsularService.PASSPORT).build());
            assertThat(walkIn.isValid()).as("walk-in %s: %s", local, walkIn).isEqualTo(window);
            if (slot) {
                expectedSlots.add(t);
            }
        }
        assertThat(moments).isEqualTo(105_120);
        List<AppointmentSlot> found = SlotFinder.of(OPEN).next(ConsularService.PASSPORT, from,
                expectedSlots.size() + 1);
        assertThat(found.subList(0, expectedSlots.size())).extracting(s -> s.start().toInstant())
                .containsExactlyElementsOf(expectedSlots);
        assertThat(found.get(expectedSlots.size()).start()).isEqualTo(cst("2028-01-03T13:00"));
        for (AppointmentSlot s : found) {
            assertThat(validator.validate(s.toBooking(bookedAt)).isValid()).as("slot %s", s).isTrue();
            assertThat(s.start().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
            assertThat(Duration.between(s.start(), s.end())).isEqualTo(Duration.ofMinutes(15));
        }
    }

    @Test
    void nextSlotsOfATuesdayMorning() {
        List<AppointmentSlot> slots = SlotFinder.of(CHENGDU).next(ConsularService.NOTARIAL,
                cst("2026-03-03T15:31").toInstant(), 3);
        assertThat(slots).extracting(s -> s.start().toString())
                .containsExactly("2026-03-03T15:45+08:00", "2026-03-05T13:00+08:00", "2026-03-05T13:15+08:00");
        assertThat(slots.get(0).interval()).hasToString("2026-03-03T07:45:00Z/2026-03-03T08:00:00Z");
    }

    @Test
    void servicesThatAreNotAppointmentsHaveNoSlots() {
        SlotFinder finder = SlotFinder.of(CHENGDU);
        Instant t = cst("2026-03-03T09:00").toInstant();
        for (ConsularService s : ConsularService.values()) {
            boolean bookable = s == ConsularService.PASSPORT || s == ConsularService.CRBA || s == ConsularService.NOTARIAL;
            assertThat(finder.next(s, t, 1)).as("%s", s).hasSize(bookable ? 1 : 0);
        }
        assertThat(finder.next(ConsularService.PASSPORT, t, 0)).isEmpty();
        assertThatThrownBy(() -> finder.next(ConsularService.PASSPORT, t, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Slot count must not be negative, but was -1");
    }

    @Test
    void searchEndsWithTheCalendarOrTheHorizon() {
        SlotFinder finder = SlotFinder.of(CHENGDU);
        List<AppointmentSlot> last = finder.next(ConsularService.PASSPORT, cst("2028-12-28T15:50").toInstant(), 10);
        assertThat(last).isEmpty();
        ConsularOffice withHorizon = ConsularOffice.builder("x", CHENGDU.displayName(), CHENGDU.zone()).catalogue(CHENGDU.catalogue())
                .officeHours(TestData.OFFICE_HOURS).closures(CHENGDU.closures())
                .policy(CHENGDU.policy().toBuilder().bookingHorizon(Duration.ofDays(2))
                        .minimumNotice(Duration.ofHours(1)).build())
                .build();
        List<AppointmentSlot> soon = SlotFinder.of(withHorizon).next(ConsularService.PASSPORT,
                cst("2026-03-02T14:40").toInstant(), 100);
        // one hour of notice: Monday 15:45 only; two days of horizon: all of Tuesday, nothing on Thursday
        assertThat(soon).extracting(s -> s.start().toLocalTime().toString() + "/" + s.start().getDayOfMonth())
                .startsWith("15:45/2", "13:00/3").endsWith("15:45/3").hasSize(1 + 12);
    }

    /** An office of the test catalogue whose appointment window does not close on holidays, without a horizon. */
    private static SlotFinder finder(String window, java.time.ZoneId zone, Duration slot) {
        ConsularOffice o = ConsularOffice.builder("x", OPEN.displayName(), zone).catalogue(OPEN.catalogue())
                .officeHours(TestData.OFFICE_HOURS).closures(OPEN.closures())
                .policy(AppointmentPolicy.builder(org.consularkit.core.hours.OpeningSchedule.parse(window))
                        .slotLength(slot).build())
                .build();
        return SlotFinder.of(o);
    }

    private static List<String> starts(List<AppointmentSlot> slots) {
        return slots.stream().map(s -> s.start().toString()).toList();
    }

    /** Without holidays or a horizon, the search is unbounded: years before the calendar too. */
    @Test
    void aWindowWithoutHolidaysIsSearchedWithoutEnd() {
        SlotFinder f = finder("Mo 13:00-13:30", TestData.SHANGHAI, Duration.ofMinutes(15));
        assertThat(starts(f.next(ConsularService.PASSPORT, cst("2020-06-02T00:00").toInstant(), 3)))
                .containsExactly("2020-06-08T13:00+08:00", "2020-06-08T13:15+08:00", "2020-06-15T13:00+08:00");
        assertThat(starts(f.next(ConsularService.PASSPORT, cst("2990-01-01T00:00").toInstant(), 1)))
                .containsExactly("2990-01-04T13:00+08:00");
    }

    /** A horizon ends the search of a window that does not close on holidays. */
    @Test
    void aHorizonEndsTheSearchOfAWindowWithoutHolidays() {
        ConsularOffice o = ConsularOffice.builder("x", OPEN.displayName(), OPEN.zone()).catalogue(OPEN.catalogue())
                .officeHours(TestData.OFFICE_HOURS).closures(OPEN.closures())
                .policy(AppointmentPolicy.builder(org.consularkit.core.hours.OpeningSchedule.parse("Mo 13:00-13:30"))
                        .bookingHorizon(Duration.ofDays(10)).build())
                .build();
        assertThat(starts(SlotFinder.of(o).next(ConsularService.PASSPORT, cst("2026-03-01T00:00").toInstant(), 10)))
                .containsExactly("2026-03-02T13:00+08:00", "2026-03-02T13:15+08:00", "2026-03-09T13:00+08:00",
                        "2026-03-09T13:15+08:00");
    }

    /** A window exactly one slot long has that slot; a shorter one has none, and the search stops. */
    @Test
    void aWindowShorterThanASlotHasNoSlotsAndTheSearchStops() {
        Instant sunday = cst("2026-03-01T00:00").toInstant();
        Instant tuesday = cst("2026-03-03T00:00").toInstant();
        assertThat(starts(finder("Mo 13:00-13:15", TestData.SHANGHAI, Duration.ofMinutes(15))
                .next(ConsularService.PASSPORT, tuesday, 1))).containsExactly("2026-03-09T13:00+08:00");
        assertThat(finder("Mo 13:00-13:14", TestData.SHANGHAI, Duration.ofMinutes(15))
                .next(ConsularService.PASSPORT, sunday, 1)).isEmpty();
        assertThat(finder("off", TestData.SHANGHAI, Duration.ofMinutes(15))
                .next(ConsularService.PASSPORT, sunday, 1)).isEmpty();
    }

    /** An nth-weekday rule is a recurring window: the fifth Friday is found months ahead. */
    @Test
    void aFifthWeekdayIsFoundMonthsAhead() {
        SlotFinder f = finder("Fr[5] 13:00-14:00", TestData.SHANGHAI, Duration.ofMinutes(30));
        assertThat(starts(f.next(ConsularService.PASSPORT, cst("2026-03-01T00:00").toInstant(), 3)))
                .containsExactly("2026-05-29T13:00+08:00", "2026-05-29T13:30+08:00", "2026-07-31T13:00+08:00");
    }

    /** Date rules alone are searched up to the last of them, however far; then the search stops. */
    @Test
    void dateRulesAloneAreSearchedUpToTheLast() {
        SlotFinder f = finder("off; 2026 Dec 24 09:00-09:30; 2027 Mar 03 10:00-10:15", TestData.SHANGHAI,
                Duration.ofMinutes(15));
        assertThat(starts(f.next(ConsularService.PASSPORT, cst("2026-03-01T00:00").toInstant(), 10))).containsExactly(
                "2026-12-24T09:00+08:00", "2026-12-24T09:15+08:00", "2027-03-03T10:00+08:00");
        assertThat(f.next(ConsularService.PASSPORT, cst("2027-03-04T00:00").toInstant(), 10)).isEmpty();
    }

    /** When the clocks go back, the slots of the repeated hour come in the order of the time line. */
    @Test
    void slotsOfARepeatedHourAreInTimeLineOrder() {
        java.time.ZoneId newYork = java.time.ZoneId.of("America/New_York");
        SlotFinder f = finder("Su 01:00-02:00", newYork, Duration.ofMinutes(30));
        Instant before = java.time.ZonedDateTime.of(2026, 11, 1, 0, 0, 0, 0, newYork).toInstant();
        assertThat(starts(f.next(ConsularService.PASSPORT, before, 5))).containsExactly(
                "2026-11-01T01:00-04:00", "2026-11-01T01:30-04:00", "2026-11-01T01:00-05:00", "2026-11-01T01:30-05:00",
                "2026-11-08T01:00-05:00");
    }

    /** The description names the office. */
    @Test
    void toStringNamesTheOffice() {
        assertThat(SlotFinder.of(CHENGDU)).hasToString("SlotFinder[chengdu]");
    }
}
