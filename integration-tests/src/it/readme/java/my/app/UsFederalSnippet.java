package my.app;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.WorkingDays;
// The checks of the answers (not in the README):
import java.util.List;
import org.consularkit.core.calendar.DayType;

/** The README's example "US federal holidays and working-day arithmetic", word for word between the markers, then its answers checked. */
final class UsFederalSnippet implements Snippet {

    @Override
    public void run(Answers a) throws Exception {
        // README begin: US federal holidays and working-day arithmetic
        HolidayCalendar us = UsFederalHolidays.calendar();  // observed holidays + executive-order closings, 1971-2100
        CalendarDay d = us.day(LocalDate.of(2021, 12, 31));  // PUBLIC_HOLIDAY, [New Year's Day] (2022-01-01 is a Saturday)
        d.holidayNames(Locale.ENGLISH);
        LocalDate due = us.plusWorkingDays(LocalDate.of(2027, 12, 29), 2);                    // 2028-01-03
        long n = us.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));  // 250
        LocalDateTime next = LocalDateTime.of(2026, 7, 2, 17, 30).with(WorkingDays.next(us)); // 2026-07-06T17:30
        // README end

        a.equal(d.type(), DayType.PUBLIC_HOLIDAY);
        a.equal(d.holidayNames(Locale.ENGLISH), List.of("New Year's Day"));
        a.equal(due, LocalDate.of(2028, 1, 3));
        a.equal(n, 250L);
        a.equal(next, LocalDateTime.of(2026, 7, 6, 17, 30));
    }
}
