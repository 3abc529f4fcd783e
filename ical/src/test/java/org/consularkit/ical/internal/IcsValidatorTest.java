package org.consularkit.ical.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Available;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAvailability;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.consularkit.ical.IcsValidationException;
import org.junit.jupiter.api.Test;

class IcsValidatorTest {

    private static final Instant STAMP = Instant.parse("2025-12-18T00:00:00Z");

    private static VEvent event(String uid, Temporal start, Temporal end) {
        List<Property> props = new ArrayList<>();
        props.add(new Uid(uid));
        props.add(new DtStamp(STAMP));
        props.add(new DtStart<>(start));
        props.add(new DtEnd<>(end));
        props.add(new Summary("Test"));
        return new VEvent(new PropertyList(props));
    }

    private static Calendar calendar(CalendarComponent... components) {
        return new Calendar(new PropertyList(List.of(new ProdId("-//test//EN"), ImmutableVersion.VERSION_2_0)),
                new ComponentList<>(List.of(components)));
    }

    private static final LocalDate D1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate D2 = LocalDate.of(2026, 1, 2);

    @Test
    void aValidCalendarHasNoProblem() {
        Calendar cal = calendar(event("a", D1, D2), event("b", D1, D2));
        assertThat(IcsValidator.problems(cal)).isEmpty();
        IcsValidator.validate(cal, "test");
    }

    @Test
    void dtendMustBeAfterDtstart() {
        assertThat(IcsValidator.problems(calendar(event("a", D1, D1), event("b", D2, D1)))).containsExactly(
                "VEVENT a: DTEND 20260101 is not after DTSTART 20260101",
                "VEVENT b: DTEND 20260101 is not after DTSTART 20260102");
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDateTime nine = LocalDateTime.of(2026, 3, 2, 9, 0);
        assertThat(IcsValidator.problems(calendar(
                event("c", Instant.parse("2026-03-02T01:00:00Z"), Instant.parse("2026-03-02T00:00:00Z")),
                event("d", nine, nine.minusHours(1)))))
                .containsExactly(
                        "VEVENT c: DTEND 20260302T000000Z is not after DTSTART 20260302T010000Z",
                        "VEVENT d: DTEND 20260302T080000 is not after DTSTART 20260302T090000");
        // a zoned start and a UTC end are compared as instants
        assertThat(IcsValidator.problems(calendar(event("e", ZonedDateTime.of(nine, shanghai),
                Instant.parse("2026-03-02T01:00:01Z")))))
                .noneMatch(p -> p.contains("DTEND"));
    }

    @Test
    void dtstartAndDtendMustHaveTheSameValueType() {
        assertThat(IcsValidator.problems(calendar(event("a", D1, LocalDateTime.of(2026, 1, 2, 0, 0)))))
                .contains("VEVENT a: DTEND 20260102T000000 has another value type than DTSTART 20260101");
    }

    @Test
    void uidsMustBeUnique() {
        assertThat(IcsValidator.problems(calendar(event("a", D1, D2), event("a", D2, D2.plusDays(1)))))
                .containsExactly("VEVENT UID a is not unique");
    }

    @Test
    void anOffsetDateTimeIsComparedWithAUtcOneAsAnInstant() {
        OffsetDateTime nine = OffsetDateTime.parse("2026-03-02T09:00+08:00");
        assertThat(IcsValidator.problems(calendar(event("a", nine, Instant.parse("2026-03-02T01:00:01Z")))))
                .noneMatch(p -> p.contains("DTEND"));
        assertThat(IcsValidator.problems(calendar(event("b", nine, Instant.parse("2026-03-02T01:00:00Z")))))
                .anyMatch(p -> p.startsWith("VEVENT b: DTEND 20260302T010000Z is not after DTSTART "));
    }

    @Test
    void aUidMayRecurWithDifferentRecurrenceIds() {
        VEvent first = event("r", D1, D2);
        first.add(new RecurrenceId<>(D1));
        VEvent second = event("r", D2, D2.plusDays(1));
        second.add(new RecurrenceId<>(D2));
        VEvent again = event("r", D1, D2);
        again.add(new RecurrenceId<>(D1));
        assertThat(IcsValidator.problems(calendar(first, second))).isEmpty();
        assertThat(IcsValidator.problems(calendar(first, second, again)))
                .containsExactly("VEVENT UID r RECURRENCE-ID 20260101 is not unique");
    }

    @Test
    void theComponentsInsideAComponentAreCheckedToo() {
        LocalDateTime nine = LocalDateTime.of(2026, 3, 2, 9, 0);
        Available backwards = new Available(new PropertyList(List.of(new Uid("in"), new DtStamp(STAMP),
                new DtStart<>(nine), new DtEnd<>(nine.minusHours(1)))));
        ZonedDateTime zoned = ZonedDateTime.of(nine, ZoneId.of("Asia/Shanghai"));
        Available zonedWithout = new Available(new PropertyList(List.of(new Uid("tz"), new DtStamp(STAMP),
                new DtStart<>(zoned), new DtEnd<>(zoned.plusHours(1)))));
        VAvailability outer = new VAvailability(new PropertyList(List.of(new Uid("out"), new DtStamp(STAMP))),
                new ComponentList<>(List.of(backwards, zonedWithout)));
        assertThat(IcsValidator.problems(calendar(outer))).contains(
                "AVAILABLE in: DTEND 20260302T080000 is not after DTSTART 20260302T090000",
                "AVAILABLE tz: DTSTART has TZID Asia/Shanghai but the calendar has no VTIMEZONE with that TZID");
    }

    @Test
    void aTzidNeedsItsVtimezone() {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
        List<String> problems = IcsValidator.problems(calendar(event("a", start, start.plusHours(1))));
        assertThat(problems).contains(
                "VEVENT a: DTSTART has TZID Asia/Shanghai but the calendar has no VTIMEZONE with that TZID",
                "VEVENT a: DTEND has TZID Asia/Shanghai but the calendar has no VTIMEZONE with that TZID");
    }

    @Test
    void ical4jErrorsAreProblems() {
        VEvent noStamp = new VEvent(new PropertyList(List.of(new Uid("x"), new DtStart<>(D1))));
        assertThat(IcsValidator.problems(calendar(noStamp)))
                .anyMatch(p -> p.startsWith("ical4j: VEVENT: ") && p.contains("DTSTAMP"));
    }

    @Test
    void validateThrowsOneExceptionListingEveryProblem() {
        assertThatThrownBy(() -> IcsValidator.validate(calendar(event("a", D1, D1), event("a", D1, D2)), "my feed"))
                .isInstanceOf(IcsValidationException.class)
                .hasMessage("Invalid iCalendar output for my feed: VEVENT a: DTEND 20260101 is not after DTSTART"
                        + " 20260101; VEVENT UID a is not unique");
    }

    @Test
    void writeValidatesBeforeWriting() {
        assertThatThrownBy(() -> IcsWriter.write(calendar(event("a", D1, D1)), "my feed"))
                .isInstanceOf(IcsValidationException.class)
                .hasMessageContaining("is not after");
        assertThat(IcsWriter.write(calendar(event("a", D1, D2)), "my feed")).isNotEmpty();
    }
}
