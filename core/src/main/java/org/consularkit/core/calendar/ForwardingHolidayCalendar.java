package org.consularkit.core.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import org.consularkit.core.LocalizedText;

/**
 * A calendar that forwards every query to another calendar, the {@linkplain #delegate() delegate}:
 * the base of decorators, in the manner of Guava's {@code ForwardingObject}. A subclass overrides
 * what it changes (its id, its name, extra methods of its own) and inherits every other answer,
 * including the default methods of {@link HolidayCalendar}, which are forwarded too so that the
 * delegate's own fast implementations are used.
 *
 * <h2>Implementation Requirements</h2>
 * Subclasses must be immutable and thread-safe, and must return the same delegate every time.
 *
 * @since 0.1
 */
public abstract class ForwardingHolidayCalendar implements HolidayCalendar {

    /** Constructor for use by subclasses. */
    protected ForwardingHolidayCalendar() {
    }

    /**
     * Returns the calendar every query is forwarded to.
     *
     * @return the delegate, not null
     */
    protected abstract HolidayCalendar delegate();

    @Override
    public String id() {
        return delegate().id();
    }

    @Override
    public LocalizedText displayName() {
        return delegate().displayName();
    }

    @Override
    public int firstYear() {
        return delegate().firstYear();
    }

    @Override
    public int lastYear() {
        return delegate().lastYear();
    }

    @Override
    public Optional<LocalDate> dataVersion() {
        return delegate().dataVersion();
    }

    @Override
    public HolidayStatus yearStatus(int year) {
        return delegate().yearStatus(year);
    }

    @Override
    public NavigableSet<Integer> officialYears() {
        return delegate().officialYears();
    }

    @Override
    public DayType dayType(LocalDate date) {
        return delegate().dayType(date);
    }

    @Override
    public CalendarDay day(LocalDate date) {
        return delegate().day(date);
    }

    @Override
    public List<Holiday> holidays(DateRange range) {
        return delegate().holidays(range);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return delegate().isWorkingDay(date);
    }

    @Override
    public boolean covers(LocalDate date) {
        return delegate().covers(date);
    }

    @Override
    public HolidayStatus status(LocalDate date) {
        return delegate().status(date);
    }

    @Override
    public List<Holiday> holidaysOn(LocalDate date) {
        return delegate().holidaysOn(date);
    }

    @Override
    public List<Holiday> holidays(int year) {
        return delegate().holidays(year);
    }

    @Override
    public List<CalendarDay> days(DateRange range) {
        return delegate().days(range);
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        return delegate().nextWorkingDay(date);
    }

    @Override
    public LocalDate previousWorkingDay(LocalDate date) {
        return delegate().previousWorkingDay(date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, long n) {
        return delegate().plusWorkingDays(date, n);
    }

    @Override
    public long workingDaysBetween(LocalDate start, LocalDate end) {
        return delegate().workingDaysBetween(start, end);
    }

    /**
     * Returns this calendar plus explicit extra closures, under this calendar's id and name (see
     * {@link HolidayCalendar#withClosures(Collection)}).
     *
     * @param closures the occurrences to add, not null
     * @return a new calendar, not null
     */
    @Override
    public HolidayCalendar withClosures(Collection<Holiday> closures) {
        return HolidayCalendar.super.withClosures(closures);
    }

    /**
     * Returns the delegate's text form unless a subclass says more.
     *
     * @return a summary, not null
     */
    @Override
    public String toString() {
        return delegate().toString();
    }
}
