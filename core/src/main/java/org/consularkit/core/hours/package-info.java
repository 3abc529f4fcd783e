/**
 * Opening hours: a weekly {@link org.consularkit.core.hours.OpeningSchedule} written in the
 * OpenStreetMap {@code opening_hours} subset ({@code Mo-Fr 08:00-17:00; PH off}), applied on the
 * time-line in a time zone and closed on the non-working days of a holiday calendar by {@link
 * org.consularkit.core.hours.OpeningHours}; {@link org.consularkit.core.hours.TimeWindow} (a time
 * of day range) and {@link org.consularkit.core.hours.Interval} (a half-open range of instants).
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise; no method returns {@code null}; no method reads the JVM default time zone or locale.
 */
@NullMarked
package org.consularkit.core.hours;

import org.jspecify.annotations.NullMarked;
