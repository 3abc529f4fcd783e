/**
 * Internal JSON support of the calendar module: a small immutable JSON tree read with
 * jackson-core's streaming parser, so that loading the data files needs neither jackson-databind
 * nor its start-up cost. Not exported; not part of the API.
 */
@NullMarked
package org.consularkit.calendar.internal.json;

import org.jspecify.annotations.NullMarked;
