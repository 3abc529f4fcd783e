package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.consularkit.calendar.ChinaScheduleLoader.LoadResult;
import org.consularkit.core.DataFileException;
import org.consularkit.core.calendar.DateRange;
import org.consularkit.core.calendar.HolidayStatus;

/**
 * Coverage-guided fuzz tests of the loaders of China's schedules, one method per format: the corpus
 * in {@code ChinaScheduleLoaderFuzzTestInputs/<method>} runs with every {@code mvn verify};
 * {@code JAZZER_FUZZ=1} fuzzes one method (docs/reliability.md).
 *
 * <p>Every input is either rejected with a {@link DataFileException} of bounded length naming the
 * file, or loaded into a schedule that leaves nothing half-done: {@code withSchedule} accepts it and
 * the calendar then answers every date of the schedule's year and of the years next to it, and their
 * holidays (issue 12, defect 1: a loaded schedule made three years of the calendar throw).
 *
 * <p>The State Council notice parser ({@link ChinaNoticeParser#read(java.io.InputStream, String)}) is
 * the method {@code readNotice}, its corpus the notices 2007-2026 and the 2027 fixture.
 */
class ChinaScheduleLoaderFuzzTest {

    /** The longest message a loader may give, whatever the input. */
    static final int MAX_MESSAGE = 600;

    private static final ChinaHolidayCalendar BUILT_IN = ChinaHolidays.calendar();

    @FuzzTest
    void read(byte[] input) throws IOException {
        check(input, "fuzz-schedule.json", ChinaScheduleLoader::read);
    }

    @FuzzTest
    void readHolidayCn(byte[] input) throws IOException {
        check(input, "fuzz-holiday-cn.json", ChinaScheduleLoader::readHolidayCn);
    }

    /** One of the two schedule loaders. */
    interface Loader {
        LoadResult load(InputStream in, String source) throws IOException;
    }

    /** Loads the input with a loader: either a rejection or a schedule the calendar accepts. */
    private static void check(byte[] input, String source, Loader loader) throws IOException {
        LoadResult result;
        try {
            result = loader.load(new ByteArrayInputStream(input), source);
        } catch (DataFileException e) {
            assertRejected(e, source);
            return;
        }
        assertLoaded(source, result);
    }

    /**
     * The State Council notice parser: a notice is rejected with a bounded {@link DataFileException}
     * naming the source, or parsed into a notice whose schedule (when it gives one) the calendar
     * accepts and then answers every date of the years it touches.
     */
    @FuzzTest
    void readNotice(byte[] input) throws IOException {
        String source = "fuzz-notice.txt";
        ChinaNotice notice;
        try {
            notice = ChinaNoticeParser.read(new ByteArrayInputStream(input), source);
        } catch (DataFileException e) {
            assertThat(e.getMessage()).isNotNull().hasSizeLessThanOrEqualTo(MAX_MESSAGE).startsWith(source + ":");
            assertThat(e.file()).isEqualTo(source);
            return;
        }
        assertThat(notice.warnings()).allSatisfy(w -> assertThat(w).hasSizeLessThanOrEqualTo(MAX_MESSAGE));
        notice.schedule().ifPresent(schedule -> assertAnswersAround(source, BUILT_IN.withSchedule(schedule), schedule));
    }

    //-----------------------------------------------------------------------
    /** A rejection: the documented exception, naming the source first, its message bounded. */
    static void assertRejected(DataFileException e, String source) {
        assertThat(e.getMessage()).isNotNull().hasSizeLessThanOrEqualTo(MAX_MESSAGE).startsWith(source + ":");
        assertThat(e.file()).isEqualTo(source);
        assertThat(e.path()).startsWith("$");
    }

    /** A loaded schedule: warnings name the source, and the calendar answers every date it can touch. */
    static void assertLoaded(String source, LoadResult result) {
        ChinaSchedule schedule = result.schedule();
        assertThat(schedule.year()).isBetween(ChinaSchedule.FIRST_YEAR, ChinaSchedule.LAST_YEAR);
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w).startsWith(source + ":")
                .hasSizeLessThanOrEqualTo(MAX_MESSAGE));
        ChinaHolidayCalendar cn = BUILT_IN.withSchedule(schedule);
        assertAnswersAround(source, cn, schedule);
        assertThat(cn.yearStatus(schedule.year())).isEqualTo(HolidayStatus.OFFICIAL);
    }

    /** The calendar with a loaded schedule answers every date of the schedule's year and the years beside it. */
    static void assertAnswersAround(String source, ChinaHolidayCalendar cn, ChinaSchedule schedule) {
        int first = Math.max(ChinaHolidays.FIRST_YEAR, schedule.year() - 1);
        int last = Math.min(ChinaHolidays.LAST_YEAR, schedule.year() + 1);
        LocalDate end = LocalDate.of(last + 1, 1, 1);
        assertThatCode(() -> {
            for (LocalDate d = LocalDate.of(first, 1, 1); d.isBefore(end); d = d.plusDays(1)) {
                cn.dayType(d);
            }
            for (int year = first; year <= last; year++) {
                cn.holidays(year);
                cn.yearStatus(year);
            }
            cn.holidays(DateRange.of(LocalDate.of(first, 1, 1), end));
        }).as("%s of %d", source, schedule.year()).doesNotThrowAnyException();
    }
}
