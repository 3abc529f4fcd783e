package org.consularkit.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.WorkingDays;

/**
 * Working-day arithmetic with the US federal and Chinese calendars: next working day, plus N
 * working days, working days between two dates, as {@code java.time} adjusters and queries.
 *
 * <pre>
 * java -cp examples/target/consularkit.jar org.consularkit.examples.WorkingDayArithmetic
 * </pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless program.
 */
public final class WorkingDayArithmetic {

    private WorkingDayArithmetic() {
    }

    /**
     * Prints the examples to standard output, in UTF-8.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8));
        print(out);
        out.flush();
    }

    /**
     * Prints the examples.
     *
     * @param out where to print, not null
     */
    static void print(PrintWriter out) {
        HolidayCalendar us = UsFederalHolidays.calendar();
        HolidayCalendar cn = ChinaHolidays.calendar();

        // New Year's Day 2022 fell on a Saturday: US federal offices closed on Friday 2021-12-31.
        LocalDate thursday = LocalDate.of(2021, 12, 30);
        LocalDate nextUs = thursday.with(WorkingDays.next(us));
        line(out, "US federal: the next working day after " + thursday + " is " + nextUs
                + " (" + String.join("; ", us.day(thursday.plusDays(1)).holidayNames(Locale.ENGLISH)) + " is observed on "
                + thursday.plusDays(1) + ")");

        // China's National Day week 2026, with the make-up working day Saturday 2026-10-10.
        LocalDate monday = LocalDate.of(2026, 9, 28);
        LocalDate tenLater = cn.plusWorkingDays(monday, 10);
        line(out, "China: 10 working days after " + monday + " is " + tenLater);
        LocalDate makeup = LocalDate.of(2026, 10, 10);
        line(out, "China: " + makeup + " (a Saturday) is a working day: " + makeup.query(WorkingDays.isWorkingDay(cn))
                + " (" + cn.dayType(makeup) + ")");
        line(out, "China: working days in October 2026: "
                + WorkingDays.between(cn, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)));

        // Adjusters keep the time of day.
        LocalDateTime due = LocalDateTime.of(2026, 2, 13, 17, 0).with(WorkingDays.plus(cn, 3));
        line(out, "China: 3 working days after 2026-02-13T17:00 is " + due);

        // A post closed on both calendars' days off: the union of the two.
        HolidayCalendar both = HolidayCalendar.union("us-federal+cn",
                LocalizedText.of("US federal and China", "美国联邦和中国"), List.of(us, cn));
        LocalDate start = LocalDate.of(2026, 9, 30);
        line(out, "US federal and China together: the next working day after " + start + " is "
                + start.with(WorkingDays.next(both)));
    }

    private static void line(PrintWriter out, String text) {
        out.write(text);
        out.write('\n');
    }
}
