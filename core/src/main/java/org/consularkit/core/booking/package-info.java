/**
 * Consular services and appointments: the services and how each is obtained ({@link
 * org.consularkit.core.booking.ServiceCatalogue}), an office and its rules ({@link
 * org.consularkit.core.booking.ConsularOffice}, {@link
 * org.consularkit.core.booking.AppointmentPolicy}), bookings and their validation ({@link
 * org.consularkit.core.booking.BookingValidator}, which returns every violation with a stable code),
 * free slots ({@link org.consularkit.core.booking.SlotFinder}) and the JSON forms of bookings and
 * reports ({@link org.consularkit.core.booking.BookingJson}).
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise; no method returns {@code null}; no method reads the JVM default time zone, locale or
 * clock.
 */
@NullMarked
package org.consularkit.core.booking;

import org.jspecify.annotations.NullMarked;
