/** Tests. */
@NullMarked
package org.consularkit.calendar.lunar;

import org.jspecify.annotations.NullMarked;
