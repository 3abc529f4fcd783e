/** Tests of the tools around {@code consularkit serve}. */
@NullMarked
package org.consularkit.examples.serve;

import org.jspecify.annotations.NullMarked;
