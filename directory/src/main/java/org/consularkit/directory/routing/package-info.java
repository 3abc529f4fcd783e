/**
 * Emergency routing: whom a US citizen should call about a post, at a moment, from China or the US
 * ({@link org.consularkit.directory.routing.EmergencyRouter}), following the post's office hours and
 * closure calendar ({@link org.consularkit.directory.routing.AcsAvailability}).
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise; no method returns {@code null}; no method reads the JVM default time zone or locale.
 */
@NullMarked
package org.consularkit.directory.routing;

import org.jspecify.annotations.NullMarked;
