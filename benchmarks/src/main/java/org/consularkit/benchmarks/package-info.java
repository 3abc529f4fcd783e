/**
 * JMH benchmarks and cold-start programs measuring ConsularKit side by side with jollyday,
 * lunar-java and ICU4J (the anchors). Not part of the library: built only with the Maven profile
 * {@code benchmarks}; see {@code benchmarks/README.md} for the command and the results.
 *
 * <p>Each benchmark class holds the ConsularKit method and its anchor(s) over the same
 * pre-generated inputs (fixed seed), so that one JMH run measures them side by side.
 */
@NullMarked
package org.consularkit.benchmarks;

import org.jspecify.annotations.NullMarked;
