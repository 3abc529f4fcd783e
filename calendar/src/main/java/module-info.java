/**
 * ConsularKit calendars: US federal holidays, the Chinese lunisolar calendar and solar terms,
 * Chinese public holidays with make-up working days, post closure calendars.
 */
module org.consularkit.calendar {
    requires transitive org.consularkit.core;
    requires com.google.common;
    requires com.fasterxml.jackson.core;
    requires ical4j.core;
    requires static transitive org.jspecify;

    exports org.consularkit.calendar;
}
