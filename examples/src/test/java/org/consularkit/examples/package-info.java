/** Tests of the example programs. */
@NullMarked
package org.consularkit.examples;

import org.jspecify.annotations.NullMarked;
