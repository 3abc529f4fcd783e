/**
 * iCalendar feeds (RFC 5545, RFC 7986) of ConsularKit data: {@link org.consularkit.ical.HolidayFeed}
 * (the holidays of any calendar, per language), {@link org.consularkit.ical.OpeningHoursFeed} (a
 * post's weekly hours with its closures) and {@link org.consularkit.ical.AppointmentConfirmation}
 * (a booking as an event). Output is byte for byte reproducible and validated before it is written.
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise; no method returns {@code null}; no method reads the JVM default time zone or locale.
 */
@NullMarked
package org.consularkit.ical;

import org.jspecify.annotations.NullMarked;
