/**
 * Holiday calendars of ConsularKit: {@link org.consularkit.calendar.Calendars} gives the US federal
 * calendar, China's public-holiday calendar and the closure calendars of posts; the Chinese
 * lunisolar calendar and the 24 solar terms are here too.
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise; no method returns {@code null}; no method reads the JVM default time zone or locale.
 */
@NullMarked
package org.consularkit.calendar;

import org.jspecify.annotations.NullMarked;
