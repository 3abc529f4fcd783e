/** Tests of the core contract. */
@NullMarked
package org.consularkit.core;

import org.jspecify.annotations.NullMarked;
