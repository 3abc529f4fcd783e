/** Tests. */
@NullMarked
package org.consularkit.calendar.internal.us;

import org.jspecify.annotations.NullMarked;
