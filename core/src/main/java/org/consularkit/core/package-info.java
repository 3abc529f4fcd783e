/**
 * The engine of ConsularKit: the {@link org.consularkit.core.HolidayCalendar} contract, day types,
 * holiday occurrences, working-day arithmetic ({@link org.consularkit.core.WorkingDays}); opening
 * hours ({@link org.consularkit.core.OpeningSchedule}, the OpenStreetMap {@code opening_hours}
 * subset, applied on the time-line by {@link org.consularkit.core.OpeningHours}); the consular
 * services and how each is obtained ({@link org.consularkit.core.ServiceCatalogue}); offices and
 * their appointment rules ({@link org.consularkit.core.ConsularOffice}, {@link
 * org.consularkit.core.AppointmentPolicy}); booking validation ({@link
 * org.consularkit.core.BookingValidator}), slots ({@link org.consularkit.core.SlotFinder}) and
 * their JSON forms ({@link org.consularkit.core.BookingJson}).
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise; no method returns {@code null}; no method reads the JVM default time zone, locale or
 * clock.
 */
@NullMarked
package org.consularkit.core;

import org.jspecify.annotations.NullMarked;
