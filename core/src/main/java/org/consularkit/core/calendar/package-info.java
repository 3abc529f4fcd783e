/**
 * The holiday-calendar contract: {@link org.consularkit.core.calendar.HolidayCalendar} answers, for
 * every date of its years, its {@link org.consularkit.core.calendar.DayType day type}, the {@link
 * org.consularkit.core.calendar.Holiday holiday occurrences} on it and how authoritative the answer
 * is ({@link org.consularkit.core.calendar.HolidayStatus}); {@link
 * org.consularkit.core.calendar.WorkingDays} gives working-day arithmetic as {@code java.time}
 * adjusters and queries. Country data supplies a {@link
 * org.consularkit.core.calendar.HolidayProvider}; one engine builds the per-year tables for every
 * calendar, their unions and their extra closures.
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise; no method returns {@code null}; no method reads the JVM default time zone or locale.
 */
@NullMarked
package org.consularkit.core.calendar;

import org.jspecify.annotations.NullMarked;
