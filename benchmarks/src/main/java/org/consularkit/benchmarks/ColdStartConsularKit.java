package org.consularkit.benchmarks;

import org.consularkit.calendar.Calendars;

/**
 * Cold start, ConsularKit: a fresh JVM answers "is 2026-10-01 a US federal working day?" and exits.
 * Run by {@code benchmarks/coldstart.sh}, which times the whole process.
 *
 * <h2>Implementation Requirements</h2>
 * A program; no state.
 */
public final class ColdStartConsularKit {

    private ColdStartConsularKit() {
    }

    /**
     * Answers the question and prints the answer (see {@code ColdStart#report}).
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        boolean working = Calendars.byId("us-federal").isWorkingDay(ColdStart.DATE);
        ColdStart.report("consularkit", "us-federal", working, start);
    }
}
