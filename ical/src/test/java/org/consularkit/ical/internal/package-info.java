/** Tests of the internal iCalendar machinery. */
@NullMarked
package org.consularkit.ical.internal;

import org.jspecify.annotations.NullMarked;
