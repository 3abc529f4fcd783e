/**
 * Small runnable programs, one per use case, that show the ConsularKit API at work.
 *
 * <p>No class here reads the JVM default time zone, locale or charset.
 */
@NullMarked
package org.consularkit.examples;

import org.jspecify.annotations.NullMarked;
