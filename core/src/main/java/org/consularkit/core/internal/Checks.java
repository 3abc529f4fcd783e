package org.consularkit.core.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.consularkit.core.calendar.DateRange;
import org.consularkit.core.calendar.HolidayCalendar;

/**
 * Argument checks shared by the calendars and opening hours of ConsularKit, so that every range
 * error has one wording. Internal: not part of the API.
 */
public final class Checks {

    private Checks() {
    }

    public static void year(HolidayCalendar cal, int year) {
        if (year < cal.firstYear() || year > cal.lastYear()) {
            throw new DateTimeException("Calendar " + cal.id() + " covers the years " + cal.firstYear()
                    + "-" + cal.lastYear() + "; year " + year + " is outside its range");
        }
    }

    public static void date(HolidayCalendar cal, LocalDate date) {
        Objects.requireNonNull(date, "date");
        int year = date.getYear();
        if (year < cal.firstYear() || year > cal.lastYear()) {
            throw new DateTimeException("Calendar " + cal.id() + " covers the years " + cal.firstYear()
                    + "-" + cal.lastYear() + "; date " + date + " is outside its range");
        }
    }

    /**
     * Checks that every date of a range lies within a calendar's years; an empty range must start
     * within them or on the day after the last.
     *
     * @param cal the calendar, not null
     * @param range the range, not null
     * @throws DateTimeException naming the calendar's years and the date outside them
     */
    public static void range(HolidayCalendar cal, DateRange range) {
        Objects.requireNonNull(range, "range");
        if (range.isEmpty()) {
            if (!range.start().equals(LocalDate.of(cal.lastYear() + 1, 1, 1))) {
                date(cal, range.start());
            }
            return;
        }
        date(cal, range.start());
        date(cal, range.endInclusive());
    }

    public static String id(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Calendar id must not be blank");
        }
        return id;
    }
}
