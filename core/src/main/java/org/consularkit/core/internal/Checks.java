package org.consularkit.core.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.consularkit.core.calendar.HolidayCalendar;
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

    public static void range(HolidayCalendar cal, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new DateTimeException("Range end " + to + " is before its start " + from);
        }
        date(cal, from);
        date(cal, to);
    }

    public static String id(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Calendar id must not be blank");
        }
        return id;
    }
}
