package my.app;

import java.nio.file.Path;
import org.consularkit.calendar.ChinaHolidayCalendar;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.ChinaNotice;
import org.consularkit.calendar.ChinaNoticeParser;
import org.consularkit.calendar.ChinaSchedule;
// The checks of the answers (not in the README):
import org.consularkit.core.calendar.HolidayStatus;

/**
 * The README's example "China: the State Council's notice, forecasts, newer data without a release",
 * word for word between the markers, then its answers checked. {@code 2027.txt} is the made-up 2027
 * notice of the test fixtures (it says so in its first line), not a notice of the State Council.
 */
final class NoticeSnippet implements Snippet {

    @Override
    public void run(Answers a) throws Exception {
        // README begin: China: the State Council's notice, forecasts, newer data without a release
        ChinaNotice n = ChinaNoticeParser.read(Path.of("2027.txt"));
        n.source();                        // 国务院办公厅关于2027年部分节假日安排的通知（…）
        ChinaSchedule s2027 = n.schedule().orElseThrow();
        ChinaHolidayCalendar cn = ChinaHolidays.calendar().withSchedule(s2027);   // 2027 OFFICIAL
        // README end

        a.equal(n.source().citation().startsWith("国务院办公厅关于2027年部分节假日安排的通知"), true);
        a.equal(s2027.year(), 2027);
        a.equal(cn.yearStatus(2027), HolidayStatus.OFFICIAL);
    }
}
