/**
 * ConsularKit directory: the posts of the US Mission in China, consular districts, contacts and
 * dialling ({@code org.consularkit.directory}), and emergency routing ({@code
 * org.consularkit.directory.routing}).
 */
@SuppressWarnings("requires-automatic") // libphonenumber ships no module descriptor, only an Automatic-Module-Name
module org.consularkit.directory {
    requires transitive org.consularkit.core;
    requires transitive org.consularkit.calendar;
    requires com.google.i18n.phonenumbers.libphonenumber;
    requires static transitive org.jspecify;

    exports org.consularkit.directory;
    exports org.consularkit.directory.routing;
}
