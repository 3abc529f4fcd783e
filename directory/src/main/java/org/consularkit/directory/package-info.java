/**
 * The directory of ConsularKit: posts of the US Mission in China, their status, consular districts,
 * contacts and phone numbers (with how to dial them from China or the US), and referrals.
 *
 * <p>The directory builds on the engine ({@code org.consularkit.core}) and the calendars ({@code
 * org.consularkit.calendar}): a post's hours are {@link
 * org.consularkit.core.hours.OpeningSchedule}s, its closure calendar is {@code post:<id>} ({@link
 * Post#closureCalendar()}), and {@link Post#office()} is its {@link
 * org.consularkit.core.booking.ConsularOffice} for booking validation. Emergency routing is in
 * {@code org.consularkit.directory.routing}.
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise; no method returns {@code null}; no method reads the JVM default time zone or locale.
 */
@NullMarked
package org.consularkit.directory;

import org.jspecify.annotations.NullMarked;
