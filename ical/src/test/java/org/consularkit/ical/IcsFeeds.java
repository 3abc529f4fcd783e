package org.consularkit.ical;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.jspecify.annotations.Nullable;

/** Helpers of the feed tests: unfolding, splitting into events, parsing with ical4j. */
final class IcsFeeds {

    private IcsFeeds() {
    }

    /** Decodes UTF-8 and removes every fold (CRLF followed by a space). */
    static String unfold(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    /** The unfolded content lines. */
    static List<String> lines(byte[] bytes) {
        String text = unfold(bytes);
        return List.of(text.substring(0, text.length() - 2).split("\r\n", -1));
    }

    /** The unfolded text of every VEVENT (BEGIN to END), keyed by UID, in order. */
    static Map<String, String> eventBlocks(byte[] bytes) {
        Map<String, String> out = new LinkedHashMap<>();
        @Nullable StringBuilder block = null;
        String uid = "";
        for (String line : lines(bytes)) {
            if (line.equals("BEGIN:VEVENT")) {
                block = new StringBuilder();
            }
            if (block != null) {
                block.append(line).append("\r\n");
                if (line.startsWith("UID:")) {
                    uid = line.substring(4);
                }
                if (line.equals("END:VEVENT")) {
                    out.put(uid, block.toString());
                    block = null;
                }
            }
        }
        return out;
    }

    /** The value of the first content line of a block with the given name (and parameters). */
    static String value(String block, String nameAndParams) {
        for (String line : block.split("\r\n", -1)) {
            if (line.startsWith(nameAndParams + ":")) {
                return line.substring(nameAndParams.length() + 1);
            }
        }
        throw new AssertionError("No " + nameAndParams + " in " + block);
    }

    /** Parses a feed with ical4j's parser. */
    static Calendar parse(byte[] bytes) {
        try {
            return new CalendarBuilder().build(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException | ParserException e) {
            throw new AssertionError("ical4j cannot parse the feed: " + e, e);
        }
    }

    /** The events of a parsed feed. */
    static List<VEvent> events(Calendar calendar) {
        return new ArrayList<>(calendar.getComponents(Component.VEVENT));
    }

    /** The text value of a property of a parsed event. */
    static String text(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue)
                .orElseThrow(() -> new AssertionError("No " + name + " in " + event));
    }

    /** The date value of DTSTART or DTEND of a parsed all-day event. */
    static LocalDate date(VEvent event, String name) {
        Property p = event.getProperty(name).orElseThrow(() -> new AssertionError("No " + name));
        return (LocalDate) ((DateProperty<?>) p).getDate();
    }
}
