package org.consularkit.benchmarks;

import java.time.LocalDate;

/**
 * Shared parts of the cold-start programs: the question they answer and how they report.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility.
 */
final class ColdStart {

    /** The date asked about, 2026-10-01. */
    static final LocalDate DATE = LocalDate.of(2026, 10, 1);

    private ColdStart() {
    }

    /**
     * Prints the answer and the time from the start of {@code main} to the answer, in
     * microseconds: {@code <library> <calendar> 2026-10-01 working=<answer> main-to-answer-us=<n>}.
     * Built with a {@code StringBuilder}, not string concatenation, so that the report does not add
     * the bootstrap of {@code StringConcatFactory} to the process time being measured.
     */
    static void report(String library, String calendar, boolean working, long mainStartNanos) {
        long micros = (System.nanoTime() - mainStartNanos) / 1000;
        StringBuilder sb = new StringBuilder(96);
        sb.append(library).append(' ').append(calendar).append(' ').append(DATE)
                .append(" working=").append(working).append(" main-to-answer-us=").append(micros);
        System.out.println(sb);
    }
}
