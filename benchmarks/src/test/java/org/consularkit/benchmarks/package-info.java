/** Tests that the benchmarks measure what they claim: the libraries compared give the same answers. */
@NullMarked
package org.consularkit.benchmarks;

import org.jspecify.annotations.NullMarked;
