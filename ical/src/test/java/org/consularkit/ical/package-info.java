/** Tests of the iCalendar feeds. */
@NullMarked
package org.consularkit.ical;

import org.jspecify.annotations.NullMarked;
