package org.consularkit.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.consularkit.calendar.Calendars;
import org.consularkit.core.LocalizedText;
import org.consularkit.ical.HolidayFeed;

/**
 * Writes the iCalendar holiday feeds of the built-in calendars for a year range, one file per
 * calendar and language, ready to publish for Google, Apple or Outlook subscribers.
 *
 * <pre>
 * java -cp examples/target/consularkit.jar org.consularkit.examples.HolidayFeeds feeds 2007 2030
 * </pre>
 * writes {@code feeds/us-federal-en.ics}, {@code feeds/us-federal-zh.ics}, {@code feeds/cn-en.ics},
 * ..., {@code feeds/post-chengdu-zh.ics}. The same input always gives the same bytes, and an event
 * keeps its UID when the year range changes, so republishing never duplicates events in a
 * subscriber's calendar.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless program.
 */
public final class HolidayFeeds {

    private static final List<String> CALENDARS = List.of("us-federal", "cn", "post:beijing", "post:chengdu",
            "post:guangzhou", "post:shanghai", "post:shenyang", "post:wuhan");

    private HolidayFeeds() {
    }

    /**
     * Writes the feeds.
     *
     * @param args the output folder, the first year and the last year (default {@code feeds 2007
     *     2030})
     */
    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "feeds");
        int from = args.length > 1 ? Integer.parseInt(args[1]) : 2007;
        int to = args.length > 2 ? Integer.parseInt(args[2]) : 2030;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8));
        for (Path file : write(folder, from, to)) {
            out.println(file);
        }
        out.flush();
    }

    /**
     * Writes one feed per built-in calendar and language into a folder.
     *
     * @param folder the folder, created if missing, not null
     * @param fromYear the first year
     * @param toYear the last year, not before {@code fromYear}
     * @return the files written, in order
     * @throws UncheckedIOException if a file cannot be written
     */
    static List<Path> write(Path folder, int fromYear, int toYear) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (String id : CALENDARS) {
                for (Locale locale : List.of(Locale.ENGLISH, LocalizedText.SIMPLIFIED_CHINESE)) {
                    HolidayFeed feed = HolidayFeed.builder(Calendars.byId(id))
                            .years(fromYear, toYear)
                            .locale(locale)
                            .build();
                    Path file = folder.resolve(id.replace(':', '-') + "-" + locale.getLanguage() + ".ics");
                    try (OutputStream os = Files.newOutputStream(file)) {
                        feed.write(os);
                    }
                    written.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}
