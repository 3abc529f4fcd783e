/**
 * ConsularKit iCalendar feeds ({@code org.consularkit.ical}): holiday feeds of any calendar,
 * opening-hours feeds and appointment confirmations. Opening-hours feeds and confirmations are
 * built and validated with ical4j; holiday feeds are written directly and validated with ical4j in
 * the build and on request ({@code HolidayFeed.validate()}).
 */
module org.consularkit.ical {
    requires transitive org.consularkit.core;
    requires com.google.common;
    requires ical4j.core;
    requires static transitive org.jspecify;

    exports org.consularkit.ical;
}
