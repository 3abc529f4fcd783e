package org.consularkit.core.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.consularkit.core.LocalizedText;

/**
 * The service-provider side of a {@link HolidayCalendar}: the holiday occurrences of each year and
 * how authoritative each year is. {@link HolidayCalendar#of(String, LocalizedText, HolidayProvider)}
 * turns a source into a calendar that answers every query from per-year tables.
 *
 * <p>Dates that no occurrence touches are {@link DayType#WEEKEND} on Saturday and Sunday and
 * {@link DayType#WORKDAY} otherwise. A date an occurrence touches takes the type the occurrence
 * gives it (so a {@link DayType#MAKEUP_WORKDAY} replaces the weekend); when several occurrences
 * touch one date, the strongest type wins (see {@link DayType}).
 *
 * <h2>Implementation Requirements</h2>
 * Implementations must be immutable and thread-safe, and must answer the same for the same year
 * every time: the calendar calls them lazily, once per year table, from any thread.
 *
 * @since 0.1
 */
public interface HolidayProvider {

    /**
     * Returns the first year the source covers.
     *
     * @return the first year, from 1 to 9999
     */
    int firstYear();

    /**
     * Returns the last year the source covers.
     *
     * @return the last year, not before {@link #firstYear()}, at most 9999
     */
    int lastYear();

    /**
     * Returns the status of a year of the covered range.
     *
     * @param year a year from {@link #firstYear()} to {@link #lastYear()}
     * @return the status, not null
     */
    HolidayStatus yearStatus(int year);

    /**
     * Returns the occurrences that belong to a year ({@link Holiday#year()} equal to {@code year}).
     * Their dates must lie within the year before, the year itself, or the year after. The
     * calendar also asks for the year just before {@link #firstYear()} and just after {@link
     * #lastYear()}, to find occurrences reaching into the range; return what is known for those
     * (possibly nothing).
     *
     * @param year a year from {@code firstYear() - 1} to {@code lastYear() + 1}
     * @return the occurrences in any order, not null
     */
    List<Holiday> holidays(int year);

    /**
     * Returns the version of the data this source answers from: the date of the newest document
     * (notice, order, statute) it was built from, when it knows one. The calendar built from the
     * source reports it as {@link HolidayCalendar#dataVersion()}.
     *
     * @return the date, or empty (the default) when the source does not say
     */
    default Optional<LocalDate> dataVersion() {
        return Optional.empty();
    }
}
