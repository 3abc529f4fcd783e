package org.consularkit.calendar.internal.cn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.consularkit.calendar.ChinaPublicHoliday;
import org.consularkit.calendar.ChinaSchedule;

/**
 * Plausibility checks of a valid {@link ChinaSchedule}, whose failures are warnings, not errors.
 *
 * <ul>
 *   <li>Every statutory day of the year is a day off or a Saturday or Sunday, and none is a make-up
 *       working day.</li>
 *   <li>The counting identity holds: weekday days off = statutory days (on weekdays and on
 *       weekends) + make-up working days. Every statutory day is either a weekday off or, on a
 *       weekend, made up by a weekday off; and every make-up working day pays for one more weekday
 *       off. It fails for a year with an extra holiday or a cancelled make-up day (2015, 2020).</li>
 *   <li>Every date lies within the years of China's calendar, {@value ChinaRegulation#FIRST_YEAR}
 *       to {@value ChinaRegulation#LAST_YEAR}: a schedule of 2100 may list a date of 2101, and one
 *       of 2000 a date of 1999, which the calendar never answers for.</li>
 * </ul>
 */
public final class ScheduleChecks {

    private ScheduleChecks() {
    }

    /**
     * Returns the counts of the counting identity of a schedule.
     *
     * @param weekdaysOff the days off that are Monday to Friday
     * @param statutoryDays the statutory days of the year, all festivals together (a date shared by
     *     two festivals counts twice)
     * @param makeupWorkdays the make-up working days
     */
    public record Identity(int weekdaysOff, int statutoryDays, int makeupWorkdays) {

        /**
         * Tells whether the identity holds.
         *
         * @return true if {@code weekdaysOff == statutoryDays + makeupWorkdays}
         */
        public boolean holds() {
            return weekdaysOff == statutoryDays + makeupWorkdays;
        }

        /**
         * Returns the difference {@code weekdaysOff - (statutoryDays + makeupWorkdays)}.
         *
         * @return the surplus of weekday days off, negative for a shortfall
         */
        public int surplus() {
            return weekdaysOff - statutoryDays - makeupWorkdays;
        }
    }

    /**
     * Computes the counting identity of a schedule.
     *
     * @param schedule the schedule, not null
     * @return the counts, not null
     */
    public static Identity identity(ChinaSchedule schedule) {
        int weekdaysOff = (int) schedule.daysOff().stream().filter(d -> !ChinaOccurrences.isWeekend(d)).count();
        int statutory = 0;
        for (ChinaPublicHoliday f : ChinaPublicHoliday.values()) {
            statutory += f.statutoryDays(schedule.year()).size();
        }
        return new Identity(weekdaysOff, statutory, schedule.makeupWorkdays().size());
    }

    /**
     * Returns the warnings for a schedule, in a fixed order.
     *
     * @param schedule the schedule, not null
     * @return the warning messages, possibly empty
     */
    public static List<String> warnings(ChinaSchedule schedule) {
        List<String> out = new ArrayList<>();
        int year = schedule.year();
        for (ChinaPublicHoliday f : ChinaPublicHoliday.values()) {
            for (LocalDate d : f.statutoryDays(year)) {
                if (schedule.makeupWorkdays().contains(d)) {
                    out.add("statutory day " + d + " (" + f.displayName().english() + ") is a make-up working day");
                } else if (!schedule.daysOff().contains(d) && !ChinaOccurrences.isWeekend(d)) {
                    out.add("statutory day " + d + " (" + f.displayName().english() + ") is not a day off");
                }
            }
        }
        Identity id = identity(schedule);
        if (!id.holds()) {
            out.add("counting identity fails for " + year + ": " + id.weekdaysOff() + " weekday days off, but "
                    + id.statutoryDays() + " statutory days + " + id.makeupWorkdays() + " make-up working days = "
                    + (id.statutoryDays() + id.makeupWorkdays()));
        }
        List<LocalDate> outside = new ArrayList<>();
        for (LocalDate d : schedule.daysOff()) {
            if (d.getYear() < ChinaRegulation.FIRST_YEAR || d.getYear() > ChinaRegulation.LAST_YEAR) {
                outside.add(d);
            }
        }
        for (LocalDate d : schedule.makeupWorkdays()) {
            if (d.getYear() < ChinaRegulation.FIRST_YEAR || d.getYear() > ChinaRegulation.LAST_YEAR) {
                outside.add(d);
            }
        }
        if (!outside.isEmpty()) {
            outside.sort(null);
            out.add(outside.size() + (outside.size() == 1 ? " date" : " dates") + " outside the calendar's years "
                    + ChinaRegulation.FIRST_YEAR + "-" + ChinaRegulation.LAST_YEAR + ", never answered by the calendar: "
                    + outside.stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
        }
        return out;
    }
}
