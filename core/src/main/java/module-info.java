/**
 * ConsularKit core: the holiday-calendar contract, working-day arithmetic, opening hours, the consular
 * service catalogue and booking validation. Holds no country data.
 */
module org.consularkit.core {
    requires com.google.common;
    requires com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;
    requires static com.google.errorprone.annotations;

    exports org.consularkit.core;
}
