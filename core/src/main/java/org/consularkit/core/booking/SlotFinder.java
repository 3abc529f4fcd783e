package org.consularkit.core.booking;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.hours.OpeningSchedule;
import org.consularkit.core.hours.TimeWindow;

/**
 * Finds the next bookable appointment slots of an office.
 *
 * <p>A candidate is every start of the slot grid of the {@linkplain
 * AppointmentPolicy#appointmentWindow() appointment window} (see {@link AppointmentPolicy}) at or
 * after the moment asked about; a candidate is returned exactly when the booking of it made at that
 * moment ({@link AppointmentSlot#toBooking}) is {@linkplain ValidationReport#isValid() valid} for
 * the office's {@link BookingValidator}. So every slot returned validates, and no valid slot is
 * skipped. A warning (such as {@link ViolationCode#POST_SUSPENDED}) does not stop a slot from being
 * returned: check {@link ConsularOffice#status()}.
 *
 * <p>The search ends after the last date the answer can be known for: the end of the closure
 * calendar when the window closes on public holidays, the booking horizon when there is one, the
 * last date rule when the weekly window is always closed.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SlotFinder {

    private final ConsularOffice office;
    private final BookingValidator validator;

    private SlotFinder(ConsularOffice office) {
        this.office = office;
        this.validator = BookingValidator.of(office, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    /**
     * Obtains a slot finder for an office.
     *
     * @param office the office, not null
     * @return the finder, not null
     */
    public static SlotFinder of(ConsularOffice office) {
        return new SlotFinder(Objects.requireNonNull(office, "office"));
    }

    /**
     * Returns the next bookable slots of a service, booked at a moment.
     *
     * @param service the service, not null; a service not booked by appointment has no slots
     * @param from the moment of booking; slots start at or after it, not null
     * @param count the number of slots wanted, not negative
     * @return an immutable list of at most {@code count} slots in chronological order; fewer when
     *     the search reaches its end
     * @throws IllegalArgumentException if the count is negative
     */
    public List<AppointmentSlot> next(ConsularService service, Instant from, int count) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(from, "from");
        if (count < 0) {
            throw new IllegalArgumentException("Slot count must not be negative, but was " + count);
        }
        List<AppointmentSlot> out = new ArrayList<>();
        Optional<ServiceInfo> info = office.catalogue().info(service);
        if (count == 0 || !office.offers(service) || info.isEmpty() || !info.get().byAppointment()) {
            return List.of();
        }
        ZoneId zone = office.zone();
        AppointmentPolicy policy = office.policy();
        OpeningSchedule window = policy.appointmentWindow();
        Duration slot = policy.slotLength();
        int slotMinutes = (int) slot.toMinutes();
        OffsetDateTime bookedAt = OffsetDateTime.ofInstant(from, zone);
        LocalDate date = bookedAt.toLocalDate().minusDays(1);
        Optional<LocalDate> last = lastDate(from);
        HolidayCalendar cal = office.closures();
        if (window.closedOnPublicHolidays() && date.getYear() < cal.firstYear()) {
            date = LocalDate.of(cal.firstYear(), 1, 1);
        }
        for (; last.isEmpty() || !date.isAfter(last.get()); date = date.plusDays(1)) {
            List<AppointmentSlot> day = new ArrayList<>();
            for (TimeWindow w : window.windows(date)) {
                for (int m = w.startMinute(); m + slotMinutes <= w.endMinute(); m += slotMinutes) {
                    LocalDateTime ldt = date.atTime(m / 60, m % 60);
                    for (ZoneOffset offset : zone.getRules().getValidOffsets(ldt)) {
                        OffsetDateTime start = OffsetDateTime.of(ldt, offset);
                        if (start.toInstant().isBefore(from)) {
                            continue;
                        }
                        AppointmentSlot s = new AppointmentSlot(service, start, start.plus(slot));
                        if (validator.validate(s.toBooking(bookedAt), from).isValid()) {
                            day.add(s);
                        }
                    }
                }
            }
            day.sort((a, b) -> a.start().toInstant().compareTo(b.start().toInstant()));
            for (AppointmentSlot s : day) {
                out.add(s);
                if (out.size() == count) {
                    return ImmutableList.copyOf(out);
                }
            }
        }
        return ImmutableList.copyOf(out);
    }

    private Optional<LocalDate> lastDate(Instant from) {
        AppointmentPolicy policy = office.policy();
        OpeningSchedule window = policy.appointmentWindow();
        ZoneId zone = office.zone();
        LocalDate last = null;
        if (window.closedOnPublicHolidays()) {
            last = LocalDate.of(office.closures().lastYear(), 12, 31);
        }
        if (policy.bookingHorizon().isPresent()) {
            LocalDate h = from.plus(policy.bookingHorizon().get()).atZone(zone).toLocalDate();
            last = last == null || h.isBefore(last) ? h : last;
        }
        if (last == null && !hasWeeklySlot(window, (int) policy.slotLength().toMinutes())) {
            LocalDate d = from.atZone(zone).toLocalDate();
            if (!window.dateRules().isEmpty() && window.dateRules().lastKey().isAfter(d)) {
                d = window.dateRules().lastKey();
            }
            last = d.plusDays(1);
        }
        return Optional.ofNullable(last);
    }

    private static boolean hasWeeklySlot(OpeningSchedule window, int slotMinutes) {
        for (DayOfWeek d : java.time.DayOfWeek.values()) {
            List<List<TimeWindow>> recurring = new ArrayList<>();
            recurring.add(window.windows(d));
            for (int n = 1; n <= 5; n++) {
                window.nthWeekdayRule(d, n).ifPresent(recurring::add);
            }
            for (List<TimeWindow> windows : recurring) {
                for (TimeWindow w : windows) {
                    if (w.endMinute() - w.startMinute() >= slotMinutes) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Returns a readable description, e.g. {@code SlotFinder[chengdu]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "SlotFinder[" + office.id() + "]";
    }
}
