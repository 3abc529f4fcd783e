package org.consularkit.ical.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IcsTimeZonesTest {

    private static final Instant FROM = Instant.parse("2007-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2031-01-01T00:00:00Z");

    @Test
    void shanghaiIsOneStandardObservanceSinceTheEndOfDaylightSavingIn1991() {
        VTimeZone tz = IcsTimeZones.vtimezone(ZoneId.of("Asia/Shanghai"), FROM, TO);
        assertThat(tz.toString()).isEqualTo("""
                BEGIN:VTIMEZONE\r
                TZID:Asia/Shanghai\r
                BEGIN:STANDARD\r
                DTSTART:19910915T020000\r
                TZOFFSETFROM:+0900\r
                TZOFFSETTO:+0800\r
                END:STANDARD\r
                END:VTIMEZONE\r
                """);
    }

    @Test
    void aZoneWithDaylightSavingHasOneObservancePerTransition() {
        VTimeZone tz = IcsTimeZones.vtimezone(ZoneId.of("America/New_York"),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-12-31T00:00:00Z"));
        assertThat(tz.toString()).isEqualTo("""
                BEGIN:VTIMEZONE\r
                TZID:America/New_York\r
                BEGIN:STANDARD\r
                DTSTART:20251102T020000\r
                TZOFFSETFROM:-0400\r
                TZOFFSETTO:-0500\r
                END:STANDARD\r
                BEGIN:DAYLIGHT\r
                DTSTART:20260308T020000\r
                TZOFFSETFROM:-0500\r
                TZOFFSETTO:-0400\r
                END:DAYLIGHT\r
                BEGIN:STANDARD\r
                DTSTART:20261101T020000\r
                TZOFFSETFROM:-0400\r
                TZOFFSETTO:-0500\r
                END:STANDARD\r
                END:VTIMEZONE\r
                """);
    }

    @Test
    void aZoneThatNeverChangedStartsIn1970() {
        assertThat(IcsTimeZones.vtimezone(ZoneId.of("Etc/GMT-8"), FROM, TO).toString())
                .contains("DTSTART:19700101T000000\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\n");
    }

    /**
     * The onsets of the observances of a VTIMEZONE by RFC 5545 §3.6.5 (DTSTART as local time in
     * its TZOFFSETFROM) with their TZOFFSETTO, in order.
     */
    private static NavigableMap<Instant, ZoneOffset> onsets(VTimeZone tz) {
        NavigableMap<Instant, ZoneOffset> out = new TreeMap<>();
        for (Observance o : tz.getObservances()) {
            LocalDateTime start = o.<DtStart<LocalDateTime>>getProperty(Property.DTSTART).orElseThrow().getDate();
            ZoneOffset from = o.<TzOffsetFrom>getProperty(Property.TZOFFSETFROM).orElseThrow().getOffset();
            ZoneOffset to = o.<TzOffsetTo>getProperty(Property.TZOFFSETTO).orElseThrow().getOffset();
            assertThat(out.put(start.toInstant(from), to)).isNull();
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Asia/Shanghai", "America/New_York", "Europe/Dublin", "Australia/Lord_Howe",
            "Asia/Kathmandu", "America/St_Johns", "Pacific/Apia"})
    void givesTheJdkOffsetOfEveryHourAndAroundEveryTransitionOfTheRange(String id) {
        ZoneId zone = ZoneId.of(id);
        NavigableMap<Instant, ZoneOffset> onsets = onsets(IcsTimeZones.vtimezone(zone, FROM, TO));
        ZoneRules expected = zone.getRules();
        List<Instant> samples = new ArrayList<>();
        for (Instant i = FROM; !i.isAfter(TO); i = i.plus(Duration.ofHours(1))) {
            samples.add(i);
        }
        for (ZoneOffsetTransition t = expected.nextTransition(FROM); t != null && t.getInstant().isBefore(TO);
                t = expected.nextTransition(t.getInstant())) {
            samples.add(t.getInstant().minusSeconds(1));
            samples.add(t.getInstant());
        }
        for (Instant i : samples) {
            Map.Entry<Instant, ZoneOffset> in = onsets.floorEntry(i);
            assertThat(in).as("%s: an observance before %s", id, i).isNotNull();
            assertThat(in.getValue()).as("%s at %s", id, i).isEqualTo(expected.getOffset(i));
        }
    }

    @Test
    void passesTheValidationGateWithAnEventThatUsesIt() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 2, 13, 0, 0, 0, shanghai);
        VEvent event = new VEvent(new PropertyList(List.of(new Uid("a"), new DtStamp(FROM),
                new DtStart<>(start), new DtEnd<>(start.plusHours(3)))));
        List<CalendarComponent> components = List.of(IcsTimeZones.vtimezone(shanghai, FROM, TO), event);
        Calendar cal = new Calendar(new PropertyList(List.of(new ProdId("-//test//EN"), ImmutableVersion.VERSION_2_0)),
                new ComponentList<>(components));
        assertThat(IcsValidator.problems(cal)).isEmpty();
    }

    @Test
    void theRangeMustBeInOrder() {
        assertThatThrownBy(() -> IcsTimeZones.vtimezone(ZoneId.of("Asia/Shanghai"), TO, FROM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Time-zone range end 2007-01-01T00:00:00Z is before its start 2031-01-01T00:00:00Z");
    }
}
