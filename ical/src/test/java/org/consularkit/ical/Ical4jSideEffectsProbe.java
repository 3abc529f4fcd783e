package org.consularkit.ical;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes two feeds and the time zones the JVM knows afterwards, for {@link Ical4jSideEffectsTest}:
 * a {@link HolidayFeed} (all-day events) and an {@link OpeningHoursFeed} (events in {@code
 * Asia/Shanghai} with its {@code VTIMEZONE}), each to a file of its name in the directory given as
 * argument, then the sorted {@link ZoneId#getAvailableZoneIds()} to {@code zones.txt}. Prints
 * nothing.
 */
final class Ical4jSideEffectsProbe {

    /** The file the zone ids are written to. */
    static final String ZONES = "zones.txt";

    private Ical4jSideEffectsProbe() {
    }

    /**
     * Writes the feeds and the zone ids.
     *
     * @param args the directory to write to
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        for (Map.Entry<String, byte[]> feed : feeds().entrySet()) {
            Files.write(dir.resolve(feed.getKey()), feed.getValue());
        }
        Files.write(dir.resolve(ZONES), new TreeSet<>(ZoneId.getAvailableZoneIds()), StandardCharsets.UTF_8);
    }

    /** The feeds, by file name. */
    static Map<String, byte[]> feeds() {
        Map<String, byte[]> feeds = new LinkedHashMap<>();
        feeds.put("holidays.ics", HolidayFeed.builder(HolidayFeedTestCalendars.tiny())
                .locale(Locale.forLanguageTag("zh-CN")).build().toBytes());
        feeds.put("hours.ics", OpeningHoursFeed.builder(OpeningHoursFeedTest.chengdu(OpeningHoursFeedTest.smallClosures()))
                .availability(true).build().toBytes());
        return feeds;
    }
}
