/**
 * Internal implementation of the US federal calendar: the reader of its data file and the provider
 * of its occurrences. Not exported; not part of the API.
 */
@NullMarked
package org.consularkit.calendar.internal.us;

import org.jspecify.annotations.NullMarked;
