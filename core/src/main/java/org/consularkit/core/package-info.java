/**
 * Values every part of ConsularKit shares: {@link org.consularkit.core.LocalizedText} (a name or
 * message in English and Simplified Chinese), {@link org.consularkit.core.Source} (the citation of
 * the document a fact comes from) and {@link org.consularkit.core.DataFileException} (a data file
 * that cannot be read). The engine itself lives in three sub-packages: {@code core.calendar} (the
 * holiday-calendar contract and working-day arithmetic), {@code core.hours} (opening hours) and
 * {@code core.booking} (consular services, offices, booking rules). Holds no country data.
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise; no method returns {@code null}; no method reads the JVM default time zone, locale or
 * clock.
 */
@NullMarked
package org.consularkit.core;

import org.jspecify.annotations.NullMarked;
