/**
 * The directory of ConsularKit: posts of the US Mission in China, their consular districts and
 * contacts.
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise; no method returns {@code null}; no method reads the JVM default time zone or locale.
 */
@NullMarked
package org.consularkit.directory;

import org.jspecify.annotations.NullMarked;
