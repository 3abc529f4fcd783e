/**
 * ConsularKit calendars: US federal holidays, Chinese public holidays with make-up working days,
 * the closure calendars of the posts of the US Mission in China ({@code org.consularkit.calendar}),
 * and the Chinese lunisolar calendar and solar terms ({@code org.consularkit.calendar.lunar}).
 */
module org.consularkit.calendar {
    requires transitive org.consularkit.core;
    requires com.google.common;
    requires static transitive org.jspecify;

    exports org.consularkit.calendar;
    exports org.consularkit.calendar.lunar;
}
