/**
 * ConsularKit directory: the posts of the US Mission in China, consular districts, contacts,
 * dialling and emergency routing.
 */
module org.consularkit.directory {
    requires transitive org.consularkit.core;
    requires transitive org.consularkit.calendar;
    requires com.fasterxml.jackson.databind;
    requires com.google.i18n.phonenumbers.libphonenumber;
    requires static transitive org.jspecify;

    exports org.consularkit.directory;
}
