/** Tests of the calendar module. */
@NullMarked
package org.consularkit.calendar;

import org.jspecify.annotations.NullMarked;
