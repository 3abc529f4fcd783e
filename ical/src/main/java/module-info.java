/**
 * ConsularKit iCalendar feeds ({@code org.consularkit.ical}): holiday feeds of any calendar,
 * opening-hours feeds and appointment confirmations, written with ical4j.
 */
module org.consularkit.ical {
    requires transitive org.consularkit.core;
    requires com.google.common;
    requires ical4j.core;
    requires static transitive org.jspecify;

    exports org.consularkit.ical;
}
