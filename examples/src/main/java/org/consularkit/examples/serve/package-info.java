/**
 * Tools around {@code consularkit serve}: {@link org.consularkit.examples.serve.LoadRun}, a bounded
 * load run on the loopback interface.
 *
 * <p>No class here reads the JVM default time zone, locale or charset.
 */
@NullMarked
package org.consularkit.examples.serve;

import org.jspecify.annotations.NullMarked;
