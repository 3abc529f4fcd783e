/** Tests of the {@code consularkit} command line. */
@NullMarked
package org.consularkit.examples.cli;

import org.jspecify.annotations.NullMarked;
