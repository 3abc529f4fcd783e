package my.app;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.consularkit.core.booking.*;
import org.consularkit.core.hours.OpeningHours;
import org.consularkit.directory.Directory;

/** The README's example "Validating a booking at a post", word for word between the markers, then its answers checked. */
final class BookingSnippet implements Snippet {

    @Override
    public void run(Answers a) throws Exception {
        // README begin: Validating a booking at a post
        ConsularOffice chengdu = Directory.builtIn().post("chengdu").office().orElseThrow(); // as its ACS page says
        Booking booking = Booking.appointment(ConsularService.NOTARIAL, OffsetDateTime.parse("2026-03-03T14:00+08:00"))
                .items(VisitorItem.LAPTOP)
                .bookedAt(OffsetDateTime.parse("2026-02-20T10:00+08:00"))
                .build();
        ValidationReport report = BookingValidator.of(chengdu, Clock.systemUTC())
                .validate(booking, Instant.parse("2026-02-20T02:00:00Z"));   // "now" is explicit, never implied
        for (Violation v : report.violations()) {
            System.out.println(v.code() + " " + v.severity() + ": " + v.message(Locale.ENGLISH));
        }
        // PROHIBITED_ITEM ERROR: Do not bring a laptop: ... the security guards will not take it or store it for you. ...
        // PROVISIONAL_CLOSURES INFO: The closures of 2026 in calendar post:chengdu are provisional ...
        // POST_SUSPENDED WARNING: U.S. Consulate General Chengdu has been suspended since 2020-07-27 ...
        System.out.println(BookingJson.write(report, Locale.forLanguageTag("zh-CN")));  // the CLI's JSON

        List<AppointmentSlot> next = SlotFinder.of(chengdu)
                .next(ConsularService.PASSPORT, Instant.parse("2026-02-13T01:00:00Z"), 3);  // 2026-02-23 13:00, 13:15, 13:30
        OpeningHours hours = chengdu.officeHours();          // Mo-Fr 08:00-17:00; PH off, in Asia/Shanghai
        hours.isOpen(Instant.parse("2026-02-17T02:00:00Z")); // false: Spring Festival
        // README end

        List<String> lines = a.printedLines();
        a.startsWith(lines.get(0), "PROHIBITED_ITEM ERROR: Do not bring a laptop: ");
        a.startsWith(lines.get(1), "PROVISIONAL_CLOSURES INFO: The closures of 2026 in calendar post:chengdu are provisional");
        a.startsWith(lines.get(2), "POST_SUSPENDED WARNING: U.S. Consulate General Chengdu has been suspended since 2020-07-27");
        a.equal(lines.size(), 4);
        a.startsWith(lines.get(3), "{\"valid\": false, \"violations\": [{\"code\": \"PROHIBITED_ITEM\", ");
        a.equal(next.stream().map(s -> s.start().toString()).toList(),
                List.of("2026-02-23T13:00+08:00", "2026-02-23T13:15+08:00", "2026-02-23T13:30+08:00"));
        a.equal(hours.toString().contains("Mo-Fr 08:00-17:00; PH off"), true);
        a.equal(hours.isOpen(Instant.parse("2026-02-17T02:00:00Z")), false);
    }
}
