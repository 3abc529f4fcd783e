/** Tests of the engine. */
@NullMarked
package org.consularkit.core;

import org.jspecify.annotations.NullMarked;
