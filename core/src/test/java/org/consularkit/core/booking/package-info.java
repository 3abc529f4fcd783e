/** Tests. */
@NullMarked
package org.consularkit.core.booking;

import org.jspecify.annotations.NullMarked;
