/**
 * Internal iCalendar machinery of ConsularKit, not exported: what the feeds share ({@link
 * org.consularkit.ical.internal.FeedWriter}: the calendar header, UIDs and output; {@link
 * org.consularkit.ical.internal.FeedOptions}: years, language and data version, checked once), the
 * validation gate of the calendars built with ical4j, octet folding and byte-exact serialization,
 * the direct writer of content lines ({@link org.consularkit.ical.internal.ContentLines}), and
 * {@code VTIMEZONE} components built offline from the JDK's zone rules. Its types may change
 * without notice.
 *
 * <p>Nothing here changes ical4j's process-wide configuration, consults its time-zone registry or
 * opens a network connection.
 */
@NullMarked
package org.consularkit.ical.internal;

import org.jspecify.annotations.NullMarked;
