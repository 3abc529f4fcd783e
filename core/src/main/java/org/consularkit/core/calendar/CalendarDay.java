package org.consularkit.core.calendar;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.consularkit.core.Source;

/**
 * The answer of a {@link HolidayCalendar} for one date: its {@linkplain #type() day type}, the
 * {@linkplain #holidays() holiday occurrences} it belongs to, and how authoritative the answer is
 * ({@linkplain #status() status}).
 *
 * @param date the date, not null
 * @param type the day type, not null
 * @param holidays the occurrences the date belongs to, in {@link Holiday#CHRONOLOGICAL} order;
 *     empty when none
 * @param status the status of the answer: for a date some occurrences belong to, the weakest of
 *     their statuses (a December make-up day fixed by next year's official notice is official even
 *     when its own year is provisional); for any other date, the status of its year
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @since 0.1
 */
public record CalendarDay(LocalDate date, DayType type, List<Holiday> holidays, HolidayStatus status) {

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException if an occurrence does not contain the date
     */
    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        holidays = ImmutableList.copyOf(holidays);
        for (Holiday h : holidays) {
            if (!h.contains(date)) {
                throw new IllegalArgumentException("Holiday " + h.id() + " does not contain " + date);
            }
        }
    }

    /**
     * Tells whether the date is a working day ({@link DayType#WORKDAY} or {@link
     * DayType#MAKEUP_WORKDAY}).
     *
     * @return true for a working day
     */
    public boolean isWorkingDay() {
        return type.isWorkingDay();
    }

    /**
     * Returns the names of the occurrences the date belongs to, in a locale, without duplicates.
     *
     * @param locale the locale of the names, not null
     * @return the names in order, possibly empty
     */
    public List<String> holidayNames(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (holidays.isEmpty()) {
            return List.of(); // most days: no set to build (the CLI asks this of every day of a range)
        }
        Set<String> names = new LinkedHashSet<>();
        for (Holiday h : holidays) {
            names.add(h.displayName(locale));
        }
        return List.copyOf(names);
    }

    /**
     * Returns the sources of every occurrence the date belongs to, without duplicates.
     *
     * @return the sources in order, possibly empty
     */
    public List<Source> sources() {
        return holidays.stream().flatMap(h -> h.sources().stream()).distinct()
                .collect(Collectors.toUnmodifiableList());
    }
}
