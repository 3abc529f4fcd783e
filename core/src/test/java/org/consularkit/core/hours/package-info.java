/** Tests. */
@NullMarked
package org.consularkit.core.hours;

import org.jspecify.annotations.NullMarked;
