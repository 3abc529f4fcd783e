package org.consularkit.core.booking;

import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayStatus;
import org.consularkit.core.hours.OpeningDay;
import org.consularkit.core.hours.OpeningHours;
import org.consularkit.core.hours.OpeningSchedule;
import org.consularkit.core.hours.TimeWindow;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link Booking}s against the rules of a {@link ConsularOffice}, returning every
 * violation (never throwing for a broken rule).
 *
 * <h2>Rules, in report order</h2>
 * Every moment is judged in the office's zone, whatever offset it was given in.
 * <ol>
 * <li>{@link ViolationCode#APPOINTMENT_TYPE_MISMATCH}: the appointment type is not among the
 * services requested.</li>
 * <li>{@link ViolationCode#MULTIPLE_SERVICES}: more than one service requested (each needs its own
 * appointment).</li>
 * <li>{@link ViolationCode#OUTSIDE_APPOINTMENT_HOURS}: the local start is in no window of the
 * {@linkplain AppointmentPolicy#appointmentWindow() appointment window} (of the {@linkplain
 * AppointmentPolicy#walkInWindow() walk-in window} for a walk-in, when the office has one) on that
 * date, before holidays are considered.</li>
 * <li>{@link ViolationCode#NOT_A_SLOT_START} (appointments): the start is in a window but not the
 * start of a whole slot (see {@link AppointmentPolicy}).</li>
 * <li>{@link ViolationCode#CLOSED_FOR_HOLIDAY}: the window closes on public holidays, the date has
 * no date rule of its own, and the closure calendar gives the date the type {@link
 * DayType#PUBLIC_HOLIDAY}, {@link DayType#REST_DAY} or {@link DayType#CLOSURE} (reported whatever the
 * time, with the holidays' names), or an early closing ends the day before the slot ends (before
 * the arrival of a walk-in).</li>
 * <li>{@link ViolationCode#CLOSURES_UNKNOWN}: the window closes on public holidays and the closure
 * calendar does not cover the date.</li>
 * <li>{@link ViolationCode#WALK_IN_NOT_ACCEPTED}: a walk-in at an office without walk-in hours
 * (once), or for a service served by appointment only (once per service).</li>
 * <li>{@link ViolationCode#NOT_AN_APPOINTMENT_SERVICE}: per service not booked as an appointment
 * (for a walk-in: not served in person); the message says where to go instead.</li>
 * <li>{@link ViolationCode#SERVICE_NOT_OFFERED}: per service the office does not offer.</li>
 * <li>{@link ViolationCode#TOO_MANY_APPLICANTS} (appointments): more applicants than the
 * {@linkplain AppointmentPolicy#capacityPerSlot() capacity of a slot}.</li>
 * <li>{@link ViolationCode#PROHIBITED_ITEM}: per item carried that the policy prohibits.</li>
 * <li>{@link ViolationCode#IN_THE_PAST}: the start is before the moment of validation.</li>
 * <li>{@link ViolationCode#TOO_LITTLE_NOTICE} (appointments, not reported with {@code
 * IN_THE_PAST}): the start is before the time of booking (the validation moment when the booking
 * does not record one) plus the {@linkplain AppointmentPolicy#minimumNotice() minimum notice}.</li>
 * <li>{@link ViolationCode#BEYOND_BOOKING_HORIZON} (appointments): the start is after the time of
 * booking plus the {@linkplain AppointmentPolicy#bookingHorizon() booking horizon}.</li>
 * <li>{@link ViolationCode#LATE_ARRIVAL} (appointments, only when an arrival is validated with
 * {@link #validate(Booking, Instant, Instant)}): the visitor arrived more than the {@linkplain
 * AppointmentPolicy#lateCancellation() late cancellation} after the start, so the appointment is
 * cancelled (Mission China: more than 15 minutes late; exactly 15 minutes is in time).</li>
 * <li>{@link ViolationCode#PROVISIONAL_CLOSURES} (information): the closure calendar's answer for
 * the date is provisional.</li>
 * <li>{@link ViolationCode#POST_LIMITED}, {@link ViolationCode#POST_SUSPENDED} (warnings): the
 * office's status, on every validation: {@code POST_LIMITED} for a {@linkplain OfficeState#LIMITED
 * limited} office, {@code POST_SUSPENDED} for one that is {@linkplain OfficeState#SUSPENDED
 * suspended} or {@linkplain OfficeState#CLOSED closed}.</li>
 * </ol>
 *
 * <p>The moment of validation ("now") is an explicit argument or comes from the {@link Clock} given
 * to {@link #of(ConsularOffice, Clock)}; the system clock is never read implicitly.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe provided the clock is.
 *
 * @since 0.1
 */
public final class BookingValidator {

    private final ConsularOffice office;
    private final Clock clock;
    /** The office's status warning, the same for every booking; null for an open office. */
    private final @Nullable Violation statusViolation;

    private BookingValidator(ConsularOffice office, Clock clock) {
        this.office = office;
        this.clock = clock;
        this.statusViolation = statusViolation(office);
    }

    /**
     * Obtains a validator for an office, taking "now" from a clock.
     *
     * @param office the office, not null
     * @param clock the clock that gives the moment of validation, not null
     * @return the validator, not null
     */
    public static BookingValidator of(ConsularOffice office, Clock clock) {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(clock, "clock");
        return new BookingValidator(office, clock);
    }

    /**
     * Returns the office whose rules this validator applies.
     *
     * @return the office, not null
     */
    public ConsularOffice office() {
        return office;
    }

    /**
     * Validates a booking at the clock's current instant.
     *
     * @param booking the booking, not null
     * @return the report with every violation, not null
     */
    public ValidationReport validate(Booking booking) {
        return validate(booking, clock.instant());
    }

    /**
     * Validates a booking at an explicit moment.
     *
     * @param booking the booking, not null
     * @param now the moment of validation, in the years 1899 to 10000 (UTC: a year either side of the
     *     years of a booking), not null
     * @return the report with every violation, not null
     * @throws IllegalArgumentException if the moment is outside the supported years
     */
    public ValidationReport validate(Booking booking, Instant now) {
        Objects.requireNonNull(booking, "booking");
        supported(now, "now");
        return new Run(booking, now, null).run();
    }

    /**
     * Validates a booking at an explicit moment and the visitor's arrival for it: every rule of
     * {@link #validate(Booking, Instant)}, and the check-in rule {@link ViolationCode#LATE_ARRIVAL}:
     * an appointment whose visitor arrives more than the policy's {@linkplain
     * AppointmentPolicy#lateCancellation() late cancellation} after its start is cancelled (Mission
     * China: "more than 15 minutes late", so 15 minutes late is in time and 15 minutes and one second
     * is not). An early arrival, and any arrival of a walk-in (which has no appointment to be late
     * for), is in time. A policy built without the published visit rules has a late cancellation of
     * zero (see {@link AppointmentPolicy}): any lateness is then reported.
     *
     * <pre>{@code
     * validator.validate(booking, bookedAt, Instant.parse("2026-03-03T06:16:00Z"));  // 14:16 for 14:00: LATE_ARRIVAL
     * }</pre>
     *
     * @param booking the booking, not null
     * @param now the moment of validation of the booking's other rules (e.g. when it was made), in
     *     the years 1899 to 10000 (UTC: a year either side of the years of a booking), not null
     * @param arrivedAt the moment the visitor arrived, in the same years, not null
     * @return the report with every violation, not null
     * @throws IllegalArgumentException if a moment is outside the supported years
     * @since 0.1
     */
    public ValidationReport validate(Booking booking, Instant now, Instant arrivedAt) {
        Objects.requireNonNull(booking, "booking");
        supported(now, "now");
        supported(arrivedAt, "arrivedAt");
        return new Run(booking, now, arrivedAt).run();
    }

    /** The first supported moment of validation or arrival: a year before a booking's first year. */
    private static final Instant FIRST = Instant.parse("1899-01-01T00:00:00Z");
    /** The first moment after the supported ones: a year after a booking's last year. */
    private static final Instant AFTER = Instant.parse("+10001-01-01T00:00:00Z");

    /** Checks that a moment is in the years of a booking (issue 12: the end of the time line threw). */
    private static void supported(Instant moment, String name) {
        Objects.requireNonNull(moment, name);
        if (moment.isBefore(FIRST) || !moment.isBefore(AFTER)) {
            throw new IllegalArgumentException("The moment " + name + " must be in the years " + (BookingJson.MIN_YEAR - 1)
                    + " to " + (BookingJson.MAX_YEAR + 1) + " (UTC), but was " + moment);
        }
    }

    // Messages are rendered lazily (Violation.lazy): each renderer captures only immutable values
    // (strings, dates, times, the office, enums) and calls only static methods.

    private static String officeEn(ConsularOffice office) {
        return office.displayName(Locale.ENGLISH);
    }

    private static String officeZh(ConsularOffice office) {
        return office.displayName(LocalizedText.SIMPLIFIED_CHINESE);
    }

    private static String at(Instant i, ZoneId zone) {
        return OffsetDateTime.ofInstant(i, zone).toString();
    }

    private static String codes(Iterable<? extends Enum<?>> values) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> v : values) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(v.name());
        }
        return sb.toString();
    }

    private static String keys(List<Holiday> holidays) {
        StringBuilder sb = new StringBuilder();
        for (Holiday h : holidays) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(h.id());
        }
        return sb.toString();
    }

    private static @Nullable Violation statusViolation(ConsularOffice office) {
        OfficeStatus s = office.status();
        if (s.state() == OfficeState.OPEN) {
            return null;
        }
        ImmutableMap.Builder<String, String> args = ImmutableMap.builder();
        args.put("office", office.id());
        args.put("state", s.isOperating() ? s.state().name() : OfficeState.SUSPENDED.name());
        s.since().ifPresent(d -> args.put("since", d.toString()));
        String sinceEn = s.since().map(d -> " since " + d).orElse("");
        String sinceZh = s.since().map(d -> "自" + d + "起").orElse("");
        String noteEn = s.note().map(n -> ": " + n.english()).orElse("");
        String noteZh = s.note().map(n -> "：" + n.chinese()).orElse("");
        if (!s.isOperating()) {
            // one warning for a suspended and a closed office, worded as it always was; its
            // "state" argument stays SUSPENDED (see ViolationCode.POST_SUSPENDED)
            return Violation.lazy(ViolationCode.POST_SUSPENDED, args.build(), () -> LocalizedText.of(
                    officeEn(office) + " has been suspended" + sinceEn + noteEn
                            + ". It does not serve the public; these are the rules it last published.",
                    officeZh(office) + sinceZh + "暂停运作" + noteZh + "。该馆不对外服务；以上为其最后公布的规则。"));
        }
        return Violation.lazy(ViolationCode.POST_LIMITED, args.build(), () -> LocalizedText.of(
                officeEn(office) + " offers limited services" + sinceEn + noteEn + ".",
                officeZh(office) + sinceZh + "仅提供有限服务" + noteZh + "。"));
    }

    /** One validation. */
    private final class Run {
        private final Booking booking;
        private final Instant now;
        private final @Nullable Instant arrivedAt;
        private final List<Violation> out = new ArrayList<>(4);
        private final ConsularOffice office = BookingValidator.this.office;
        private final ZoneId zone = office.zone();
        private final AppointmentPolicy policy = office.policy();
        private final ZonedDateTime local;
        private final boolean walkIn;

        Run(Booking booking, Instant now, @Nullable Instant arrivedAt) {
            this.booking = booking;
            this.now = now;
            this.arrivedAt = arrivedAt;
            this.local = booking.start().atZoneSameInstant(zone);
            this.walkIn = booking.walkIn();
        }

        ValidationReport run() {
            typeAndServices();
            hours();
            walkIns();
            services();
            applicants();
            items();
            time();
            arrival();
            if (statusViolation != null) {
                out.add(statusViolation);
            }
            return ValidationReport.of(out);
        }

        private void add(ViolationCode code, ImmutableMap<String, String> args, Supplier<LocalizedText> message) {
            out.add(Violation.lazy(code, args, message));
        }

        //-------------------------------------------------------------------
        private void typeAndServices() {
            Optional<ConsularService> type = booking.appointmentType();
            Set<ConsularService> services = booking.services();
            if (type.isPresent() && !services.contains(type.get())) {
                ConsularService t = type.get();
                add(ViolationCode.APPOINTMENT_TYPE_MISMATCH,
                        ImmutableMap.of("appointmentType", t.code(), "services", codes(services)),
                        () -> LocalizedText.of(
                                "The appointment type (" + Messages.en(t) + ") does not match the service requested ("
                                        + Messages.joinEn(services, Messages::en)
                                        + "); you will be asked to reschedule. Book an appointment of the matching type.",
                                "预约类型（" + Messages.zh(t) + "）与所需服务（" + Messages.joinZh(services, Messages::zh)
                                        + "）不符，您将被要求重新预约。请预约相应类型的服务。"));
            }
            if (services.size() > 1) {
                add(ViolationCode.MULTIPLE_SERVICES, ImmutableMap.of("services", codes(services)),
                        () -> LocalizedText.of(
                                "More than one service requested (" + Messages.joinEn(services, Messages::en)
                                        + "): make a separate appointment for each service.",
                                "您申请了多项服务（" + Messages.joinZh(services, Messages::zh)
                                        + "）：请为每项服务分别预约。"));
            }
        }

        //-------------------------------------------------------------------
        private void hours() {
            boolean useWalkIn = walkIn && policy.walkInWindow().isPresent();
            OpeningSchedule window = useWalkIn ? policy.walkInWindow().get() : policy.appointmentWindow();
            OpeningHours hours = useWalkIn ? office.walkInHours().get() : office.appointmentHours();
            LocalDate date = local.toLocalDate();
            LocalTime time = local.toLocalTime();
            ConsularOffice office = this.office;
            ZoneId zone = this.zone;
            @Nullable TimeWindow containing = null;
            for (TimeWindow w : window.windows(date)) {
                if (w.contains(time)) {
                    containing = w;
                }
            }
            if (containing == null) {
                ZonedDateTime local = this.local;
                DayOfWeek dow = date.getDayOfWeek();
                add(ViolationCode.OUTSIDE_APPOINTMENT_HOURS,
                        ImmutableMap.of("start", local.toOffsetDateTime().toString(), "window", window.toString()),
                        () -> {
                            String localText = local.toLocalDateTime().toString();
                            String what = useWalkIn ? "Walk-in hours" : "Appointment hours";
                            String whatZh = useWalkIn ? "无预约来访时间" : "预约时间";
                            return LocalizedText.of(
                                    what + " at " + officeEn(office) + " are " + window + " (" + zone + "); "
                                            + localText + " (" + Messages.dayEn(dow) + ") is outside them.",
                                    officeZh(office) + "的" + whatZh + "为 " + window + "（" + zone + "）；"
                                            + localText + "（" + Messages.dayZh(dow) + "）不在此时间内。");
                        });
            }
            Duration slotLength = policy.slotLength();
            int slot = (int) slotLength.toMinutes();
            boolean slotOk = true;
            if (containing != null && !walkIn) {
                long sec = time.toSecondOfDay();
                int startMin = containing.startMinute();
                int endMin = containing.endMinute();
                slotOk = sec % 60 == 0 && (sec / 60 - startMin) % slot == 0 && sec / 60 + slot <= endMin;
                if (!slotOk) {
                    boolean anySlot = endMin - startMin >= slot;
                    int lastStart = startMin + (endMin - startMin - slot) / slot * slot;
                    int minute = (int) (sec / 60);
                    int previous = Math.min(lastStart, startMin + (minute - startMin) / slot * slot);
                    String nearest = anySlot ? TimeWindow.formatMinuteOfDay(previous) : "";
                    ImmutableMap.Builder<String, String> args = ImmutableMap.builderWithExpectedSize(4);
                    args.put("start", local.toOffsetDateTime().toString());
                    args.put("slotLength", slotLength.toString());
                    args.put("window", containing.toString());
                    if (!nearest.isEmpty()) {
                        args.put("previousSlot", nearest);
                    }
                    add(ViolationCode.NOT_A_SLOT_START, args.build(), () -> LocalizedText.of(
                            "Appointments start every " + Messages.durationEn(slotLength) + " from "
                                    + TimeWindow.formatMinuteOfDay(startMin) + " and end by " + TimeWindow.formatMinuteOfDay(endMin)
                                    + "; " + time + " is not the start of a slot"
                                    + (nearest.isEmpty() ? "." : " (the slot before it starts at " + nearest + ")."),
                            "预约时段每" + Messages.durationZh(slotLength) + "一个，自"
                                    + TimeWindow.formatMinuteOfDay(startMin) + "起，须在" + TimeWindow.formatMinuteOfDay(endMin)
                                    + "前结束；" + time + "不是时段的开始时间"
                                    + (nearest.isEmpty() ? "。" : "（之前的时段开始于" + nearest + "）。")));
                }
            }
            if (!window.closedOnPublicHolidays() || window.hasDateRule(date)) {
                return;
            }
            HolidayCalendar cal = office.closures();
            if (!cal.covers(date)) {
                ImmutableMap.Builder<String, String> args = ImmutableMap.builderWithExpectedSize(4);
                args.put("date", date.toString());
                args.put("calendar", cal.id());
                args.put("firstYear", Integer.toString(cal.firstYear()));
                args.put("lastYear", Integer.toString(cal.lastYear()));
                add(ViolationCode.CLOSURES_UNKNOWN, args.build(), () -> LocalizedText.of(
                        "The closure calendar " + cal.id() + " covers " + cal.firstYear() + "-" + cal.lastYear()
                                + " only; whether the office is open on " + date + " cannot be checked.",
                        "闭馆日历 " + cal.id() + " 仅涵盖" + cal.firstYear() + "-" + cal.lastYear() + "年；无法核查"
                                + date + "是否开放。"));
                return;
            }
            DayType type = cal.dayType(date);
            if (type == DayType.PUBLIC_HOLIDAY || type == DayType.REST_DAY || type == DayType.CLOSURE) {
                CalendarDay day = cal.day(date);
                ImmutableMap.Builder<String, String> args = ImmutableMap.builderWithExpectedSize(3);
                args.put("date", date.toString());
                args.put("dayType", type.name());
                args.put("holidays", keys(day.holidays()));
                add(ViolationCode.CLOSED_FOR_HOLIDAY, args.build(), () -> {
                    List<String> namesEn = day.holidayNames(Locale.ENGLISH);
                    List<String> namesZh = day.holidayNames(LocalizedText.SIMPLIFIED_CHINESE);
                    String en = namesEn.isEmpty() ? type.name() : String.join("; ", namesEn);
                    String zh = namesZh.isEmpty() ? type.name() : String.join("；", namesZh);
                    return LocalizedText.of(
                            officeEn(office) + " is closed on " + date + " for " + en + ".",
                            officeZh(office) + "于" + date + "因" + zh + "闭馆。");
                });
            } else if (containing != null) {
                OpeningDay plan = hours.day(date);
                if (!plan.earlyClosings().isEmpty()) {
                    boolean fits = walkIn ? plan.isOpenAt(time)
                            : plan.isOpenThroughout(time, slotLength);
                    if (!fits && slotOk) {
                        String closesAt = plan.closesEarlyAt().orElseThrow().toString();
                        List<Holiday> earlyClosings = plan.earlyClosings();
                        boolean walkIn = this.walkIn;
                        ImmutableMap.Builder<String, String> args = ImmutableMap.builderWithExpectedSize(4);
                        args.put("date", date.toString());
                        args.put("dayType", type.name());
                        args.put("holidays", keys(earlyClosings));
                        args.put("closesAt", closesAt);
                        add(ViolationCode.CLOSED_FOR_HOLIDAY, args.build(), () -> {
                            List<String> en = new ArrayList<>();
                            List<String> zh = new ArrayList<>();
                            earlyClosings.forEach(h -> {
                                en.add(h.displayName(Locale.ENGLISH));
                                zh.add(h.displayName(LocalizedText.SIMPLIFIED_CHINESE));
                            });
                            return LocalizedText.of(
                                    officeEn(office) + " closes early at " + closesAt + " on " + date
                                            + " (" + String.join("; ", en) + "); " + (walkIn ? "an arrival at " + time
                                            + " is too late." : "an appointment at " + time + " does not end before it."),
                                    officeZh(office) + "于" + date + "（" + String.join("；", zh) + "）提前于"
                                            + closesAt + "关闭；" + (walkIn ? time + "到达为时已晚。"
                                            : time + "的预约无法在关闭前结束。"));
                        });
                    }
                }
            }
            HolidayStatus closureStatus = cal.status(date);
            if (closureStatus == HolidayStatus.PROVISIONAL) {
                add(ViolationCode.PROVISIONAL_CLOSURES,
                        ImmutableMap.of("date", date.toString(), "calendar", cal.id()),
                        () -> LocalizedText.of(
                                "The closures of " + date.getYear() + " in calendar " + cal.id()
                                        + " are provisional (derived by rule, no official schedule yet); check the"
                                        + " office's announcements for " + date + ".",
                                "日历 " + cal.id() + " 中" + date.getYear() + "年的闭馆日为暂定（按规则推算，尚无官方安排）；请留意"
                                        + date + "的官方公告。"));
            } else if (closureStatus == HolidayStatus.FORECAST) {
                add(ViolationCode.PROVISIONAL_CLOSURES,
                        ImmutableMap.of("date", date.toString(), "calendar", cal.id()),
                        () -> LocalizedText.of(
                                "The closures of " + date.getYear() + " in calendar " + cal.id()
                                        + " are a forecast (no official schedule yet); check the"
                                        + " office's announcements for " + date + ".",
                                "日历 " + cal.id() + " 中" + date.getYear() + "年的闭馆日为预测（尚无官方安排）；请留意"
                                        + date + "的官方公告。"));
            }
        }

        //-------------------------------------------------------------------
        private void walkIns() {
            if (!walkIn) {
                return;
            }
            ConsularOffice office = this.office;
            if (policy.walkInWindow().isEmpty()) {
                add(ViolationCode.WALK_IN_NOT_ACCEPTED, ImmutableMap.of("office", office.id()),
                        () -> LocalizedText.of(
                                officeEn(office) + " does not take walk-ins: book an appointment.",
                                officeZh(office) + "不接待无预约来访：请预约。"));
                return;
            }
            for (ConsularService s : booking.services()) {
                Optional<ServiceInfo> info = office.catalogue().info(s);
                if (office.offers(s) && info.isPresent() && info.get().byAppointment() && !info.get().acceptsWalkIns()) {
                    add(ViolationCode.WALK_IN_NOT_ACCEPTED, ImmutableMap.of("service", s.code()),
                            () -> LocalizedText.of(
                                    Messages.en(s) + " are by appointment only; walk-ins are not served: book an"
                                            + " appointment.",
                                    Messages.zh(s) + "仅限预约，不接待无预约来访：请预约。"));
                }
            }
        }

        private void services() {
            ConsularOffice office = this.office;
            for (ConsularService s : booking.services()) {
                Optional<ServiceInfo> info = office.catalogue().info(s);
                if (!office.offers(s) || info.isEmpty()) {
                    add(ViolationCode.SERVICE_NOT_OFFERED, ImmutableMap.of("service", s.code(), "office", office.id()),
                            () -> LocalizedText.of(
                                    officeEn(office) + " does not offer " + Messages.en(s) + ".",
                                    officeZh(office) + "不提供" + Messages.zh(s) + "。"));
                    continue;
                }
                ServiceInfo i = info.get();
                boolean ok = walkIn ? i.inPerson() : i.byAppointment();
                if (!ok) {
                    add(ViolationCode.NOT_AN_APPOINTMENT_SERVICE,
                            ImmutableMap.of("service", s.code(), "channels", codes(i.channels())),
                            () -> LocalizedText.of(
                                    Messages.en(s) + " is not an appointment service ("
                                            + Messages.joinEn(i.channels(), c -> c.displayName(Locale.ENGLISH)) + "): "
                                            + i.directions().english(),
                                    Messages.zh(s) + "不是预约服务（"
                                            + Messages.joinZh(i.channels(), c -> c.displayName(LocalizedText.SIMPLIFIED_CHINESE))
                                            + "）：" + i.directions().chinese()));
                }
            }
        }

        private void applicants() {
            OptionalInt capacity = policy.capacityPerSlot();
            int applicants = booking.applicants();
            if (!walkIn && capacity.isPresent() && applicants > capacity.getAsInt()) {
                int c = capacity.getAsInt();
                add(ViolationCode.TOO_MANY_APPLICANTS,
                        ImmutableMap.of("applicants", Integer.toString(applicants), "capacity", Integer.toString(c)),
                        () -> LocalizedText.of(
                                applicants + " applicants exceed the capacity of one slot (" + c
                                        + "): book further slots for the other applicants.",
                                "申请人数（" + applicants + "）超过每个时段的容量（" + c + "）：请为其他申请人另行预约。"));
            }
        }

        private void items() {
            Set<VisitorItem> prohibited = policy.prohibitedItems();
            for (VisitorItem item : booking.items()) {
                if (prohibited.contains(item)) {
                    add(ViolationCode.PROHIBITED_ITEM, ImmutableMap.of("item", item.name()),
                            () -> LocalizedText.of(
                                    "Do not bring a " + item.displayName(Locale.ENGLISH) + ": no visitor may bring one"
                                            + " into the Embassy or a Consulate General, and the security guards will"
                                            + " not take it or store it for you. Leave it at an outside location.",
                                    "请勿携带" + item.displayName(LocalizedText.SIMPLIFIED_CHINESE)
                                            + "：任何访客均不得将其带入大使馆或总领事馆，安保人员不会代为保管。请将其存放于馆外。"));
                }
            }
        }

        private void time() {
            Instant start = booking.startInstant();
            Instant now = this.now;
            ZoneId zone = this.zone;
            boolean past = start.isBefore(now);
            if (past) {
                String startText = at(start, zone);
                String nowText = at(now, zone);
                add(ViolationCode.IN_THE_PAST, ImmutableMap.of("start", startText, "now", nowText),
                        () -> LocalizedText.of(
                                "The start " + startText + " is in the past (now " + nowText + ").",
                                "开始时间" + startText + "已过（当前时间" + nowText + "）。"));
            }
            if (walkIn) {
                return;
            }
            Optional<OffsetDateTime> booked = booking.bookedAt();
            Instant bookedAt = booked.isPresent() ? booked.get().toInstant() : now;
            Duration notice = policy.minimumNotice();
            if (!past && start.isBefore(bookedAt.plus(notice))) {
                String startText = at(start, zone);
                String bookedText = at(bookedAt, zone);
                ImmutableMap<String, String> args = ImmutableMap.of(
                        "start", startText, "bookedAt", bookedText, "minimumNotice", notice.toString());
                if (notice.isZero()) {
                    add(ViolationCode.TOO_LITTLE_NOTICE, args, () -> LocalizedText.of(
                            "The appointment at " + startText + " starts before it was booked (" + bookedText + ").",
                            startText + "的预约开始于预约时间（" + bookedText + "）之前。"));
                } else {
                    add(ViolationCode.TOO_LITTLE_NOTICE, args, () -> LocalizedText.of(
                            "The appointment at " + startText + " must be booked at least "
                                    + Messages.durationEn(notice) + " ahead; it was booked at " + bookedText + ".",
                            startText + "的预约须至少提前" + Messages.durationZh(notice) + "办理；实际预约时间为"
                                    + bookedText + "。"));
                }
            }
            Optional<Duration> horizon = policy.bookingHorizon();
            if (horizon.isPresent() && start.isAfter(bookedAt.plus(horizon.get()))) {
                Duration h = horizon.get();
                String startText = at(start, zone);
                String bookedText = at(bookedAt, zone);
                add(ViolationCode.BEYOND_BOOKING_HORIZON,
                        ImmutableMap.of("start", startText, "bookedAt", bookedText, "bookingHorizon", h.toString()),
                        () -> LocalizedText.of(
                                "The appointment at " + startText + " is more than " + Messages.durationEn(h)
                                        + " after the booking (" + bookedText + "); book it later.",
                                startText + "的预约距预约时间（" + bookedText + "）超过" + Messages.durationZh(h)
                                        + "；请稍后再预约。"));
            }
        }

        private void arrival() {
            Instant arrived = arrivedAt;
            if (arrived == null || walkIn) {
                return;
            }
            Instant start = booking.startInstant();
            Duration late = Duration.between(start, arrived);
            Duration allowed = policy.lateCancellation();
            if (late.compareTo(allowed) <= 0) {
                return;
            }
            ZoneId zone = this.zone;
            String startText = at(start, zone);
            String arrivedText = at(arrived, zone);
            ImmutableMap<String, String> args = ImmutableMap.of("start", startText, "arrivedAt", arrivedText,
                    "late", late.toString(), "lateCancellation", allowed.toString());
            add(ViolationCode.LATE_ARRIVAL, args, () -> {
                String lateEn = Messages.durationEn(late);
                String lateZh = Messages.durationZh(late);
                return LocalizedText.of(
                        "Arrived at " + arrivedText + ", " + lateEn + " after the start of the appointment ("
                                + startText + "): more than " + Messages.durationEn(allowed)
                                + " late, the appointment is cancelled. Book a new appointment.",
                        "到达时间" + arrivedText + "，比预约开始时间（" + startText + "）晚" + lateZh + "：迟到超过"
                                + Messages.durationZh(allowed) + "，预约已取消。请重新预约。");
            });
        }
    }

    /**
     * Returns a readable description, e.g. {@code BookingValidator[chengdu]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "BookingValidator[" + office.id() + "]";
    }
}
