package org.consularkit.benchmarks;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.consularkit.calendar.Calendars;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.booking.AppointmentPolicy;
import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.BookingValidator;
import org.consularkit.core.booking.ConsularOffice;
import org.consularkit.core.booking.ConsularService;
import org.consularkit.core.booking.ServiceCatalogue;
import org.consularkit.core.booking.ValidationReport;
import org.consularkit.core.booking.VisitorItem;
import org.consularkit.core.hours.OpeningSchedule;
import org.consularkit.directory.MissionChina;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Booking validation throughput: {@link BookingValidator#validate(Booking, Instant)} over a fixed
 * mix of valid and invalid bookings at a Chengdu-like office (the README example: ACS window
 * {@code Mo,Tu,Th 13:00-16:00; PH off}, walk-ins in the same window, closures from the {@code
 * post:chengdu} calendar), validated at {@link #NOW}. There is no anchor: no other library
 * validates consular bookings.
 *
 * <p>The {@value RandomDates#COUNT} bookings are drawn with the fixed {@link RandomDates#SEED}:
 * half are appointments on a slot of an ACS day of 2026 (valid unless the day is a closure day),
 * the other half break one rule each, in equal shares: a start off the slot grid or outside the
 * window, a prohibited laptop, a walk-in for an appointment-only service, a date in the past. An
 * invalid booking costs more than a valid one: every violation builds its message in English and
 * Chinese. The closure calendar {@code post:chengdu} is provisional in every year, so every booking
 * also gets the information {@code PROVISIONAL_CLOSURES}, with its message (a valid booking is one
 * without errors). {@link BookingValidationByKindBenchmark} measures each kind alone.
 *
 * <p>The warm-up is longer than elsewhere (10 iterations): the validator is a large method that
 * C2 compiles late, and the first seconds run several times slower.
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
public class BookingValidationBenchmark {

    /** The moment of validation: 2026-01-05T10:00+08:00. */
    static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");

    private static final ZoneOffset CST = ZoneOffset.ofHours(8);

    private final BookingValidator validator = BookingValidator.of(office(), Clock.fixed(NOW, ZoneOffset.UTC));
    private final Booking[] bookings = bookings();
    private int index;

    /** Creates the state; JMH calls this. */
    public BookingValidationBenchmark() {
    }

    /** Validates every booking once, so that the closure calendar's year tables are built. */
    @Setup(Level.Trial)
    public void warmCaches() {
        for (Booking b : bookings) {
            validator.validate(b, NOW);
        }
    }

    /**
     * Validates the next booking.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(bookings[index++ & RandomDates.MASK], NOW);
    }

    /** The Chengdu-like office of the README example, open, closed on the post:chengdu closure days. */
    static ConsularOffice office() {
        ServiceCatalogue catalogue = MissionChina.serviceCatalogue();
        OpeningSchedule acs = OpeningSchedule.parse("Mo,Tu,Th 13:00-16:00; PH off");
        return ConsularOffice.builder("chengdu",
                        LocalizedText.of("US Consulate General Chengdu", "美国驻成都总领事馆"), ZoneId.of("Asia/Shanghai"))
                .officeHours(OpeningSchedule.parse("Mo-Fr 08:00-17:00; PH off"))
                .closures(Calendars.byId("post:chengdu"))
                .policy(AppointmentPolicy.builder(acs)
                        .walkInWindow(acs)
                        .visitRules(catalogue.rules())
                        .build())
                .catalogue(catalogue)
                .build();
    }

    /** The bookings validated, drawn as the class documentation says. */
    static Booking[] bookings() {
        SplittableRandom random = new SplittableRandom(RandomDates.SEED);
        ConsularService[] services = {ConsularService.PASSPORT, ConsularService.CRBA, ConsularService.NOTARIAL};
        OffsetDateTime bookedAt = OffsetDateTime.ofInstant(NOW, CST);
        Booking[] out = new Booking[RandomDates.COUNT];
        for (int i = 0; i < out.length; i++) {
            ConsularService service = services[random.nextInt(services.length)];
            LocalDate day = acsDay(random);
            LocalTime slot = LocalTime.of(13, 0).plusMinutes(15L * random.nextInt(12));
            int kind = random.nextInt(8);
            Booking b = switch (kind) {
                case 4 -> { // off the grid or outside the window
                    LocalTime off = random.nextBoolean() ? slot.plusMinutes(7) : LocalTime.of(9 + random.nextInt(3), 0);
                    yield Booking.appointment(service, OffsetDateTime.of(day, off, CST)).bookedAt(bookedAt).build();
                }
                // carries a laptop
                case 5 -> Booking.appointment(service, OffsetDateTime.of(day, slot, CST)).items(VisitorItem.LAPTOP)
                        .bookedAt(bookedAt).build();
                // walk-in for notarial services, served by appointment only
                case 6 -> Booking.walkIn(OffsetDateTime.of(day, slot, CST)).services(ConsularService.NOTARIAL).build();
                // in the past
                case 7 -> Booking.appointment(service, OffsetDateTime.of(day.minusYears(1), slot, CST)).build();
                // a slot of an ACS day: valid unless the day is a closure day
                default -> Booking.appointment(service, OffsetDateTime.of(day, slot, CST)).bookedAt(bookedAt).build();
            };
            out[i] = b;
        }
        return out;
    }

    /** A random Monday, Tuesday or Thursday from 2026-01-12 to 2026-12-31. */
    private static LocalDate acsDay(SplittableRandom random) {
        LocalDate first = LocalDate.of(2026, 1, 12);
        while (true) {
            LocalDate d = first.plusDays(random.nextInt(354));
            DayOfWeek dow = d.getDayOfWeek();
            if (dow == DayOfWeek.MONDAY || dow == DayOfWeek.TUESDAY || dow == DayOfWeek.THURSDAY) {
                return d;
            }
        }
    }

    BookingValidator validator() {
        return validator;
    }
}
