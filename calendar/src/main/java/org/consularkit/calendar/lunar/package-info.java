/**
 * The Chinese lunisolar calendar (农历) and the 24 solar terms (二十四节气), 1901 to 2100: {@link
 * org.consularkit.calendar.lunar.LunarDate}, {@link org.consularkit.calendar.lunar.LunarCalendar},
 * {@link org.consularkit.calendar.lunar.SolarTerm} and the traditional festivals whose dates follow
 * from them ({@link org.consularkit.calendar.lunar.LunarFestival}). Queries read compact tables
 * computed in advance; no astronomy runs at run time.
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise; no method returns {@code null}; no method reads the JVM default time zone or locale.
 */
@NullMarked
package org.consularkit.calendar.lunar;

import org.jspecify.annotations.NullMarked;
