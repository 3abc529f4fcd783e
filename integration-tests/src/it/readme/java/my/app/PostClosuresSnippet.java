package my.app;

import java.time.LocalDate;
import java.util.Locale;
import org.consularkit.calendar.Calendars;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.HolidayCalendar;
// The checks of the answers (not in the README):
import java.util.List;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.HolidayStatus;

/** The README's example "The closures of a US post in China", word for word between the markers, then its answers checked. */
final class PostClosuresSnippet implements Snippet {

    @Override
    public void run(Answers a) throws Exception {
        // README begin: The closures of a US post in China
        HolidayCalendar shanghai = Calendars.byId("post:shanghai");    // US federal observed + Chinese festival days
        CalendarDay d = shanghai.day(LocalDate.of(2026, 2, 16));
        d.holidayNames(Locale.ENGLISH);                            // [Spring Festival Eve, Washington's Birthday]
        d.status();                                         // PROVISIONAL: derived from the Mission's published lists
        shanghai.dayType(LocalDate.of(2026, 10, 5));        // REST_DAY: National Day (Sat Oct 3) moved to Monday
        shanghai.isWorkingDay(LocalDate.of(2026, 2, 14));   // false: China works this Saturday, the post does not
        shanghai.isWorkingDay(LocalDate.of(2026, 2, 20));   // true: China's bridged day, the post is open
        // README end

        a.equal(d.holidayNames(Locale.ENGLISH), List.of("Spring Festival Eve", "Washington's Birthday"));
        a.equal(d.status(), HolidayStatus.PROVISIONAL);
        a.equal(shanghai.dayType(LocalDate.of(2026, 10, 5)), DayType.REST_DAY);
        a.equal(shanghai.isWorkingDay(LocalDate.of(2026, 2, 14)), false);
        a.equal(shanghai.isWorkingDay(LocalDate.of(2026, 2, 20)), true);
    }
}
