/**
 * Tests of the internal JSON tree and its reader.
 */
@NullMarked
package org.consularkit.calendar.internal.json;

import org.jspecify.annotations.NullMarked;
