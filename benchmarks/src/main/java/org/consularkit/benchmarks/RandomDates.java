package org.consularkit.benchmarks;

import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Pre-generated random dates for the benchmarks: a fixed seed, so every run and every library sees
 * the same dates, and a power-of-two count, so a benchmark indexes them with a counter and a mask.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility; the arrays it returns are new on every call.
 */
public final class RandomDates {

    /** The number of dates of each array, {@value}: a power of two. */
    public static final int COUNT = 4096;

    /** The mask that maps a counter to an index of an array of {@link #COUNT} dates, {@value}. */
    public static final int MASK = COUNT - 1;

    /** The seed of every array, {@value}. */
    public static final long SEED = 20261127L;

    private RandomDates() {
    }

    /**
     * Returns {@link #COUNT} dates drawn uniformly from a range, both ends included, with the
     * fixed {@link #SEED}.
     *
     * @param first the first date of the range, not null
     * @param last the last date of the range, not before {@code first}
     * @return a new array of {@link #COUNT} dates, not null
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public static LocalDate[] between(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Last date " + last + " is before the first date " + first);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        long from = first.toEpochDay();
        long days = last.toEpochDay() - from + 1;
        LocalDate[] dates = new LocalDate[COUNT];
        for (int i = 0; i < COUNT; i++) {
            dates[i] = LocalDate.ofEpochDay(from + random.nextLong(days));
        }
        return dates;
    }
}
