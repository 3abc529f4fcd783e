package org.consularkit.benchmarks;

import org.consularkit.calendar.ChinaHolidays;

/**
 * Cold start, ConsularKit, China: a fresh JVM answers "is 2026-10-01 a working day in China?"
 * (it is not: National Day) and exits. jollyday has no calendar of mainland China, so this figure
 * has no anchor. Run by {@code benchmarks/coldstart.sh}, which times the whole process.
 *
 * <h2>Implementation Requirements</h2>
 * A program; no state.
 */
public final class ColdStartConsularKitChina {

    private ColdStartConsularKitChina() {
    }

    /**
     * Answers the question and prints the answer (see {@code ColdStart#report}).
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        boolean working = ChinaHolidays.calendar().isWorkingDay(ColdStart.DATE);
        ColdStart.report("consularkit", "cn", working, start);
    }
}
