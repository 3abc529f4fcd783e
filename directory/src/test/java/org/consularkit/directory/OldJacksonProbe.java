package org.consularkit.directory;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.consularkit.calendar.Calendars;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.MissionChinaClosures;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.BookingJson;
import org.consularkit.core.booking.ConsularService;

/**
 * Run by {@link OldJacksonTest} in a JVM whose jackson-core is older than ConsularKit supports: calls
 * each entry point that reads or writes JSON, each twice (the second call must fail as the first, not
 * with a {@link NoClassDefFoundError} of a class whose initializer failed), and prints one line per
 * call, {@code NAME: EXCEPTION: MESSAGE} or {@code NAME: ok}.
 */
public final class OldJacksonProbe {

    private OldJacksonProbe() {
    }

    /**
     * Calls the entry points.
     *
     * @param args none
     */
    public static void main(String[] args) {
        List<String> names = new ArrayList<>();
        List<Callable<?>> calls = new ArrayList<>();
        names.add("UsFederalHolidays.calendar");
        calls.add(UsFederalHolidays::calendar);
        names.add("ChinaHolidays.calendar");
        calls.add(ChinaHolidays::calendar);
        names.add("MissionChinaClosures.postIds");
        calls.add(MissionChinaClosures::postIds);
        names.add("Calendars.byId");
        calls.add(() -> Calendars.byId("post:shanghai"));
        names.add("Directory.builtIn");
        calls.add(Directory::builtIn);
        names.add("MissionChina.serviceCatalogue");
        calls.add(MissionChina::serviceCatalogue);
        names.add("BookingJson.parseBooking");
        calls.add(() -> BookingJson.parseBooking("{\"services\": [\"PASSPORT\"]}", "b.json"));
        names.add("BookingJson.write");
        calls.add(() -> BookingJson.write(Booking.appointment(ConsularService.PASSPORT,
                OffsetDateTime.parse("2026-03-03T14:00+08:00")).build()));
        for (int round = 1; round <= 2; round++) {
            for (int i = 0; i < calls.size(); i++) {
                String result;
                try {
                    calls.get(i).call();
                    result = "ok";
                } catch (Throwable t) { // what is thrown is the answer
                    result = t.getClass().getName() + ": " + t.getMessage();
                }
                System.out.println(names.get(i) + ": " + result);
            }
        }
    }
}
