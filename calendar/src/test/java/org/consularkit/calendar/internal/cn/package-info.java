/**
 * Tests of the internal implementation of China's public-holiday calendar.
 */
@NullMarked
package org.consularkit.calendar.internal.cn;

import org.jspecify.annotations.NullMarked;
