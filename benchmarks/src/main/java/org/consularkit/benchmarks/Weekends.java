package org.consularkit.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The weekend test the anchors need to answer "is this a working day?": jollyday and lunar-java
 * know holidays, not weekends.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility.
 */
final class Weekends {

    private Weekends() {
    }

    /** Tells whether a date is a Saturday or a Sunday. */
    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
