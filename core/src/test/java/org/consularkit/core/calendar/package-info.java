/** Tests. */
@NullMarked
package org.consularkit.core.calendar;

import org.jspecify.annotations.NullMarked;
