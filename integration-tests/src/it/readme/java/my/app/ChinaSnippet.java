package my.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.consularkit.calendar.ChinaHolidayCalendar;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.ChinaScheduleLoader;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.WorkingDays;
// The checks of the answers (not in the README):
import java.util.List;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.HolidayStatus;

/** The README's example "China: public holidays, make-up working days, provisional years", word for word between the markers, then its answers checked. */
final class ChinaSnippet implements Snippet {

    @Override
    public void run(Answers a) throws Exception {
        // README begin: China: public holidays, make-up working days, provisional years
        ChinaHolidayCalendar cn = ChinaHolidays.calendar();   // official 2007-2026, provisional 2000-2006 and 2027-2100

        CalendarDay feb14 = cn.day(LocalDate.of(2026, 2, 14));
        feb14.isWorkingDay();          // true: a Saturday made a working day
        feb14.type();                  // MAKEUP_WORKDAY
        feb14.holidayNames(Locale.ENGLISH);   // [Spring Festival]

        LocalDate next = LocalDate.of(2026, 10, 1).with(WorkingDays.next(cn));  // 2026-10-08
        cn.yearStatus(2027);           // PROVISIONAL: statutory days by the 2025 rules, no invented make-up days
        cn.lastOfficialYear();         // 2026

        // When the State Council publishes the 2027 notice, load it without waiting for a release
        // (our own JSON format, or the NateScarlet/holiday-cn format):
        ChinaHolidayCalendar with2027 = cn.withSchedule(
                ChinaScheduleLoader.readHolidayCn(Path.of("2027.json")).schedule());   // 2027 becomes OFFICIAL
        // README end

        a.equal(feb14.isWorkingDay(), true);
        a.equal(feb14.type(), DayType.MAKEUP_WORKDAY);
        a.equal(feb14.holidayNames(Locale.ENGLISH), List.of("Spring Festival"));
        a.equal(next, LocalDate.of(2026, 10, 8));
        a.equal(cn.yearStatus(2027), HolidayStatus.PROVISIONAL);
        a.equal(cn.lastOfficialYear(), 2026);
        a.equal(with2027.yearStatus(2027), HolidayStatus.OFFICIAL);
    }
}
