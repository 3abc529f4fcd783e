/** Tests of emergency routing. */
@NullMarked
package org.consularkit.directory.routing;

import org.jspecify.annotations.NullMarked;
