/** Tests of the holiday calendars, the Chinese lunisolar calendar and the solar terms. */
@NullMarked
package org.consularkit.calendar;

import org.jspecify.annotations.NullMarked;
