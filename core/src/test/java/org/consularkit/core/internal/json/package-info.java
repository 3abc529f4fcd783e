/** Tests. */
@NullMarked
package org.consularkit.core.internal.json;

import org.jspecify.annotations.NullMarked;
