package org.consularkit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.BookingValidator;
import org.consularkit.core.booking.ValidationReport;
import org.consularkit.core.booking.ViolationCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Booking validation by kind of booking, to explain {@link BookingValidationBenchmark}: the same
 * office and bookings, restricted to the valid ones ({@code valid}: no error, only the information
 * {@code PROVISIONAL_CLOSURES}) or to those that get a given violation code.
 *
 * <h2>Implementation Requirements</h2>
 * A JMH state: one instance per benchmark thread, not shared.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BookingValidationByKindBenchmark {

    /** {@code valid}, or the name of a {@link ViolationCode} every selected booking gets. */
    @Param({"valid", "CLOSED_FOR_HOLIDAY", "NOT_A_SLOT_START", "OUTSIDE_APPOINTMENT_HOURS", "PROHIBITED_ITEM",
            "WALK_IN_NOT_ACCEPTED", "IN_THE_PAST"})
    public String kind = "valid";

    private final BookingValidator validator = new BookingValidationBenchmark().validator();
    private Booking[] bookings = new Booking[0];
    private int index;

    /** Creates the state; JMH calls this. */
    public BookingValidationByKindBenchmark() {
    }

    /**
     * Selects the bookings of the kind, repeated to {@link RandomDates#COUNT}.
     *
     * @throws IllegalStateException if no booking is of that kind
     */
    @Setup(Level.Trial)
    public void select() {
        bookings = select(validator, kind);
    }

    static Booking[] select(BookingValidator validator, String kind) {
        List<Booking> selected = new ArrayList<>();
        for (Booking b : BookingValidationBenchmark.bookings()) {
            ValidationReport r = validator.validate(b, BookingValidationBenchmark.NOW);
            if (kind.equals("valid") ? r.isValid() : r.has(ViolationCode.valueOf(kind))) {
                selected.add(b);
            }
        }
        if (selected.isEmpty()) {
            throw new IllegalStateException("No booking of kind " + kind);
        }
        Booking[] out = new Booking[RandomDates.COUNT];
        for (int i = 0; i < out.length; i++) {
            out[i] = selected.get(i % selected.size());
        }
        return out;
    }

    /**
     * Validates the next booking of the kind.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(bookings[index++ & RandomDates.MASK], BookingValidationBenchmark.NOW);
    }
}
