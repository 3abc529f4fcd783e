/**
 * The directory of ConsularKit: posts of the US Mission in China, their consular districts and
 * contacts, emergency routing, and each post in the engine's terms.
 *
 * <p>The directory builds on the engine ({@code org.consularkit.core}) and the calendars ({@code
 * org.consularkit.calendar}): a post's hours are {@link org.consularkit.core.OpeningSchedule}s, its
 * closure calendar is {@code post:<id>} ({@link Post#closureCalendar()}), {@link Post#office()} is
 * its {@link org.consularkit.core.ConsularOffice} for booking validation, {@link
 * Post#officeStatus()} its status as the validator reports it, and {@link EmergencyRouter} follows
 * the same hours and calendar.
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise; no method returns {@code null}; no method reads the JVM default time zone or locale.
 */
@NullMarked
package org.consularkit.directory;

import org.jspecify.annotations.NullMarked;
