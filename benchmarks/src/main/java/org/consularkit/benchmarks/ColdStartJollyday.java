package org.consularkit.benchmarks;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Cold start, jollyday: a fresh JVM answers "is 2026-10-01 a US federal working day?" (a weekday
 * that is not a holiday of jollyday's United States calendar at the country level) and exits. Run
 * by {@code benchmarks/coldstart.sh}, which times the whole process.
 *
 * <h2>Implementation Requirements</h2>
 * A program; no state.
 */
public final class ColdStartJollyday {

    private ColdStartJollyday() {
    }

    /**
     * Answers the question and prints the answer (see {@code ColdStart#report}).
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_STATES));
        boolean working = !Weekends.isWeekend(ColdStart.DATE) && !manager.isHoliday(ColdStart.DATE);
        ColdStart.report("jollyday", "us", working, start);
    }
}
