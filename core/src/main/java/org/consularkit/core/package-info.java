/**
 * The engine of ConsularKit: the {@link org.consularkit.core.HolidayCalendar} contract, day types,
 * holiday occurrences, working-day arithmetic ({@link org.consularkit.core.WorkingDays}).
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise; no method returns {@code null}; no method reads the JVM default time zone or locale.
 */
@NullMarked
package org.consularkit.core;

import org.jspecify.annotations.NullMarked;
