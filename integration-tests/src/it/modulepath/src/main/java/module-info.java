module my.app {
    requires org.consularkit.calendar;    // requires transitive org.consularkit.core
    requires org.consularkit.directory;   // requires transitive org.consularkit.calendar
    requires org.consularkit.ical;        // iCalendar feeds only; requires transitive org.consularkit.core
}
