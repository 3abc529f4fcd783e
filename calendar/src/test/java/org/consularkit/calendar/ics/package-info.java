/** Tests of the internal iCalendar machinery. */
@NullMarked
package org.consularkit.calendar.ics;

import org.jspecify.annotations.NullMarked;
