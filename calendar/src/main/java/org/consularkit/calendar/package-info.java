/**
 * Holiday calendars of ConsularKit: US federal holidays ({@link
 * org.consularkit.calendar.UsFederalHolidays}), China's public holidays with their make-up working
 * days ({@link org.consularkit.calendar.ChinaHolidays}), the closure calendars of the posts of the
 * US Mission in China ({@link org.consularkit.calendar.MissionChinaClosures}), and {@link
 * org.consularkit.calendar.Calendars}, which finds any of them by id. The Chinese lunisolar
 * calendar and the solar terms are in {@code org.consularkit.calendar.lunar}; the iCalendar feeds of
 * these calendars in the {@code org.consularkit.ical} module.
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise; no method returns {@code null}; no method reads the JVM default time zone or locale.
 */
@NullMarked
package org.consularkit.calendar;

import org.jspecify.annotations.NullMarked;
