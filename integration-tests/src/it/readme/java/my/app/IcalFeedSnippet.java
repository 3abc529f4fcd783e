package my.app;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.ical.HolidayFeed;
// The checks of the answers (not in the README):
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The README's example "iCalendar feeds", word for word between the markers, then its answers checked. */
final class IcalFeedSnippet implements Snippet {

    @Override
    public void run(Answers a) throws Exception {
        // README begin: iCalendar feeds
        HolidayFeed feed = HolidayFeed.builder(ChinaHolidays.calendar())
                .years(2007, 2030)
                .locale(Locale.forLanguageTag("zh-CN"))
                .build();
        try (OutputStream out = Files.newOutputStream(Path.of("cn-zh.ics"))) {
            feed.write(out);   // UTF-8, CRLF, folded at 75 octets, stable UIDs, same bytes on every run
        }
        // README end

        byte[] written = Files.readAllBytes(Path.of("cn-zh.ics"));
        String text = new String(written, StandardCharsets.UTF_8);
        a.startsWith(text, "BEGIN:VCALENDAR\r\n");
        a.equal(text.endsWith("END:VCALENDAR\r\n"), true);
        a.equal(text.contains("SUMMARY:春节"), true);
        a.equal(Arrays.equals(written, feed.toBytes()), true);
    }
}
