/** Tests of the calendar contract and of the consular engine. */
@NullMarked
package org.consularkit.core;

import org.jspecify.annotations.NullMarked;
