package org.consularkit.ical.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.consularkit.ical.IcsValidationException;
import org.jspecify.annotations.Nullable;

/**
 * What every iCalendar object of the library has in common, so that each feed builds only its own
 * components: the calendar object and its header, the UIDs, and the way the object is output.
 *
 * <h2>The calendar object</h2>
 * Every object starts with {@code PRODID:-//consularkit.org//ConsularKit//EN}, {@code VERSION:2.0}
 * and {@code CALSCALE:GREGORIAN}, and has no {@code METHOD} (it is not an iTIP scheduling
 * message): {@link #calendar(List)}. A published feed adds, in this order, its name as {@code NAME}
 * (RFC 7986) and {@code X-WR-CALNAME}, its description as {@code X-WR-CALDESC}, optionally its
 * zone as {@code X-WR-TIMEZONE}, and the refresh hints {@code REFRESH-INTERVAL;VALUE=DURATION:P1D}
 * (RFC 7986) and {@code X-PUBLISHED-TTL:P1D}: {@link #feed(String, String, ZoneId, List)}.
 *
 * <h2>UIDs</h2>
 * A UID is {@code {id}.{field}...@consularkit.org}, the id (of a calendar or an office)
 * percent-encoded so that it never contains a dot: {@link #uid(String, String...)}.
 *
 * <h2>Output</h2>
 * {@link #toBytes(Calendar, String)} passes the calendar through the validation gate and writes it
 * with {@link IcsWriter}; {@link #toText(byte[])} and {@link #write(OutputStream, Supplier)} give
 * the same bytes as text and to a stream.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility: thread-safe. It reads no clock, default locale, time zone or
 * charset.
 */
public final class FeedWriter {

    /** The product identifier written as {@code PRODID}. */
    public static final String PRODID = "-//consularkit.org//ConsularKit//EN";

    /** The domain part of every UID. */
    public static final String UID_DOMAIN = "consularkit.org";

    /**
     * How often a subscriber should fetch a published feed again, written as {@code
     * REFRESH-INTERVAL} and {@code X-PUBLISHED-TTL}: one day, a whole number of days.
     */
    public static final Duration REFRESH_INTERVAL = Duration.ofDays(1);

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private FeedWriter() {
    }

    //-----------------------------------------------------------------------
    /**
     * Returns a calendar object with the header every object has ({@code PRODID}, {@code VERSION},
     * {@code CALSCALE}) and the given components.
     *
     * @param components the components in the order they are written, not null
     * @return a new calendar, not null
     */
    public static Calendar calendar(List<? extends CalendarComponent> components) {
        return new Calendar(new PropertyList(header()), new ComponentList<>(List.copyOf(components)));
    }

    /**
     * Returns the calendar object of a published feed: the common header, the feed's name and
     * description, optionally its zone, the refresh hints, and the given components.
     *
     * @param name the name of the feed, not null
     * @param description the description of the feed, not null
     * @param zone the zone written as {@code X-WR-TIMEZONE}, or null to write none
     * @param components the components in the order they are written, not null
     * @return a new calendar, not null
     */
    public static Calendar feed(String name, String description, @Nullable ZoneId zone,
            List<? extends CalendarComponent> components) {
        List<Property> props = header();
        props.add(new Name(name));
        props.add(new XProperty("X-WR-CALNAME", name));
        props.add(new XProperty("X-WR-CALDESC", description));
        if (zone != null) {
            props.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        }
        props.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH_INTERVAL));
        props.add(new XProperty("X-PUBLISHED-TTL", "P" + REFRESH_INTERVAL.toDays() + "D"));
        return new Calendar(new PropertyList(props), new ComponentList<>(List.copyOf(components)));
    }

    /**
     * Writes the header of a published feed directly, exactly as {@link #feed(String, String,
     * ZoneId, List)} followed by ical4j's serialization writes it: {@code BEGIN:VCALENDAR}, the
     * common header, the feed's name and description, optionally its zone, and the refresh hints.
     *
     * @param out the writer, not null
     * @param name the name of the feed, not null
     * @param description the description of the feed, not null
     * @param zone the zone written as {@code X-WR-TIMEZONE}, or null to write none
     */
    public static void header(ContentLines out, String name, String description, @Nullable ZoneId zone) {
        out.begin("VCALENDAR");
        out.text("PRODID", PRODID);
        out.raw("VERSION", "2.0");
        out.raw("CALSCALE", "GREGORIAN");
        out.text("NAME", name);
        out.text("X-WR-CALNAME", name);
        out.text("X-WR-CALDESC", description);
        if (zone != null) {
            out.text("X-WR-TIMEZONE", zone.getId());
        }
        out.raw("REFRESH-INTERVAL;VALUE=DURATION", "P" + REFRESH_INTERVAL.toDays() + "D");
        out.text("X-PUBLISHED-TTL", "P" + REFRESH_INTERVAL.toDays() + "D");
    }

    private static List<Property> header() {
        List<Property> props = new ArrayList<>();
        props.add(new ProdId(PRODID));
        props.add(ImmutableVersion.VERSION_2_0);
        props.add(ImmutableCalScale.GREGORIAN);
        return props;
    }

    //-----------------------------------------------------------------------
    /**
     * Returns a UID: the percent-encoded id, then each field after a dot, then the at sign and
     * {@link #UID_DOMAIN}.
     *
     * @param id the id of the calendar or office, not null
     * @param fields the fields, none containing an {@code @}, not null
     * @return the UID, e.g. {@code post%3Abeijing.2026.new-years-day.en@consularkit.org}
     */
    public static String uid(String id, String... fields) {
        StringBuilder sb = new StringBuilder(encodeId(id));
        for (String field : fields) {
            sb.append('.').append(field);
        }
        return sb.append('@').append(UID_DOMAIN).toString();
    }

    /**
     * Percent-encodes an id for a UID: every UTF-8 byte other than an ASCII letter, digit or
     * {@code -} becomes {@code %XX}, so the result never contains a dot.
     *
     * @param id the id, not null
     * @return the encoded id, not null
     */
    public static String encodeId(String id) {
        StringBuilder sb = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    /**
     * Formats an instant as an iCalendar UTC date-time, e.g. {@code 20260303T060000Z}.
     *
     * @param instant the instant, not null
     * @return the text, not null
     */
    public static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /**
     * Returns a {@code TZID} parameter list naming a zone, for a local date-time in that zone.
     *
     * @param zone the zone, whose {@code VTIMEZONE} the calendar carries, not null
     * @return a new parameter list, not null
     */
    public static ParameterList tzid(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    //-----------------------------------------------------------------------
    /**
     * Validates a calendar and returns its bytes (see {@link IcsWriter#write(Calendar, String)}).
     *
     * @param calendar the calendar, not null
     * @param subject what is written, for error messages, not null
     * @return the UTF-8 bytes, CRLF line ends, folded at 75 octets, no byte-order mark
     * @throws IcsValidationException if the calendar fails validation
     */
    public static byte[] toBytes(Calendar calendar, String subject) {
        return IcsWriter.write(calendar, subject);
    }

    /**
     * Returns the text of written bytes: exactly the characters they encode.
     *
     * @param bytes the bytes of {@link #toBytes(Calendar, String)}, not null
     * @return the folded iCalendar text, CRLF line ends
     */
    public static String toText(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Writes an object to a stream, which is neither flushed nor closed. The stream is checked
     * first; nothing is written when computing the bytes fails.
     *
     * @param out the stream, not null
     * @param bytes computes the bytes, e.g. {@code feed::toBytes}, not null
     * @throws IOException if writing fails
     * @throws IcsValidationException if the object fails validation
     */
    public static void write(OutputStream out, Supplier<byte[]> bytes) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(bytes.get());
    }
}
