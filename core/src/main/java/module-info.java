/**
 * ConsularKit core: the holiday-calendar contract and working-day arithmetic ({@code
 * org.consularkit.core.calendar}), opening hours ({@code org.consularkit.core.hours}), consular
 * services, offices and booking validation ({@code org.consularkit.core.booking}), and the values
 * they share ({@code org.consularkit.core}). Holds no country data.
 */
@SuppressWarnings("module") // the qualified export names modules that are built after this one
module org.consularkit.core {
    requires com.google.common;
    requires com.fasterxml.jackson.core;
    requires static transitive org.jspecify;
    requires static transitive com.google.errorprone.annotations;

    exports org.consularkit.core;
    exports org.consularkit.core.calendar;
    exports org.consularkit.core.hours;
    exports org.consularkit.core.booking;
    exports org.consularkit.core.internal.json to
            org.consularkit.calendar,
            org.consularkit.directory,
            org.consularkit.ical;
}
