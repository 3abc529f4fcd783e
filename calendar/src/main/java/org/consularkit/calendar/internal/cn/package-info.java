/**
 * Internal implementation of China's public-holiday calendar: the statutory rules of each era, the
 * conversion of schedules into holiday occurrences, and the schedule file parsers. Not exported;
 * not part of the API.
 */
@NullMarked
package org.consularkit.calendar.internal.cn;

import org.jspecify.annotations.NullMarked;
