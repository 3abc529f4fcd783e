package org.consularkit.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.BookingValidator;
import org.consularkit.core.booking.ConsularOffice;
import org.consularkit.core.booking.ConsularService;
import org.consularkit.core.booking.Severity;
import org.consularkit.core.booking.ValidationReport;
import org.consularkit.core.booking.Violation;
import org.consularkit.core.booking.VisitRules;
import org.consularkit.core.booking.VisitorItem;
import org.consularkit.ical.internal.FeedLanguage;
import org.consularkit.ical.internal.FeedWriter;
import org.consularkit.ical.internal.IcsTimeZones;
import org.jspecify.annotations.Nullable;

/**
 * An iCalendar appointment confirmation: one {@code VEVENT} for a booking that {@link
 * BookingValidator} accepts, to attach to a confirmation e-mail or offer as a download.
 *
 * <pre>{@code
 * AppointmentConfirmation c = AppointmentConfirmation.builder(office, booking)
 *         .address(LocalizedText.of("...", "..."))
 *         .validatedAt(Instant.parse("2026-02-20T02:00:00Z"))
 *         .alarm(Duration.ofHours(1))
 *         .build();                       // throws if the booking has an ERROR violation
 * byte[] ics = c.toBytes();
 * }</pre>
 *
 * <h2>The event</h2>
 * No {@code METHOD}: the object is a plain calendar entry, not an iTIP scheduling message (which
 * would need an {@code ORGANIZER}); the {@code VTIMEZONE} of the office's zone (built offline); {@code
 * DTSTART;TZID=...} at the appointment time in the office's zone and {@code DTEND} one {@linkplain
 * org.consularkit.core.booking.AppointmentPolicy#slotLength() slot} later; {@code SUMMARY} "Notarial
 * services appointment, US Consulate General Chengdu"; the post's address as {@code LOCATION};
 * {@code STATUS:CONFIRMED}, {@code TRANSP:OPAQUE} (the visitor is busy), {@code CLASS:PRIVATE}.
 * The {@code DESCRIPTION} says, in the chosen language and from the office's {@link VisitRules}:
 * the service, time and number of applicants; to arrive {@linkplain VisitRules#arriveEarly() 15
 * minutes early} (with the time) and that {@linkplain VisitRules#lateCancellation() more than 15
 * minutes late} cancels the appointment; what to bring (the printed confirmation when the rules
 * require it, and the {@linkplain Builder#bring(List) items the booking system adds}); what not to
 * bring (every {@linkplain VisitRules#prohibitedItems() prohibited item}: no laptops, the guards
 * will not store them); how to cancel or change ({@link #DEFAULT_CANCELLATION} unless the booking
 * system gives its own); every warning of the validation (a suspended post, provisional
 * closures); and the sources of the rules. The library adds no document requirement of its own:
 * its sources name none beyond the printed confirmation.
 *
 * <p>With {@link Builder#alarm(Duration)} the event has a {@code VALARM} ({@code ACTION:DISPLAY})
 * that long before the time to arrive.
 *
 * <h2>UID and DTSTAMP</h2>
 * The UID is the booking system's own id when it gives one ({@link Builder#uid(String)}),
 * otherwise derived from the office, the appointment type and the start, e.g. {@code
 * chengdu.appointment.notarial.20260303T060000Z@consularkit.org}: sending the confirmation again,
 * in another language or with a new address, updates the same event. {@code DTSTAMP} is the
 * moment of booking ({@link Booking#bookedAt()}) or, without one, the {@linkplain
 * Builder#validatedAt(Instant) validation moment}: never the clock. The output is validated,
 * folded at 75 octets and byte-identical for the same input, like {@link HolidayFeed}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe, provided the office's calendar is.
 *
 * @since 0.1
 */
public final class AppointmentConfirmation {

    /**
     * How to cancel or change an appointment of the Mission China ACS booking system: "The
     * appointment password cannot be retrieved and is needed to change or cancel the appointment;
     * you cannot book again until the earlier appointment is cancelled" (U.S. Mission China, ACS
     * appointment system page, <a href="https://china.usembassy-china.org.cn/services/acs-appointment-system/">
     * china.usembassy-china.org.cn/services/acs-appointment-system/</a>).
     */
    public static final LocalizedText DEFAULT_CANCELLATION = LocalizedText.of(
            "To change or cancel, use the password of your booking in the appointment system: it cannot be"
                    + " retrieved. You cannot book again until this appointment is cancelled.",
            "如需更改或取消预约，请在预约系统中使用预约密码（密码无法找回）。取消本次预约之前不能再次预约。");

    private static final Source CANCELLATION_SOURCE = Source.of(SourceType.PAGE,
            "U.S. Mission China, ACS appointment system",
            URI.create("https://china.usembassy-china.org.cn/services/acs-appointment-system/"));

    private final ConsularOffice office;
    private final Booking booking;
    private final LocalizedText address;
    private final Instant validatedAt;
    private final FeedLanguage language;
    private final @Nullable Duration alarm;
    private final LocalizedText cancellation;
    private final List<LocalizedText> bring;
    private final @Nullable String uid;
    private final ValidationReport report;

    private AppointmentConfirmation(Builder b, LocalizedText address, Instant validatedAt, ValidationReport report) {
        this.office = b.office;
        this.booking = b.booking;
        this.address = address;
        this.validatedAt = validatedAt;
        this.language = b.language;
        this.alarm = b.alarm;
        this.cancellation = b.cancellation;
        this.bring = List.copyOf(b.bring);
        this.uid = b.uid;
        this.report = report;
    }

    /**
     * Starts building the confirmation of a booking at an office.
     *
     * @param office the office, not null
     * @param booking the booking, an appointment (not a walk-in), not null
     * @return a new builder, not null
     * @throws IllegalArgumentException if the booking is a walk-in
     */
    public static Builder builder(ConsularOffice office, Booking booking) {
        return new Builder(office, booking);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the validation report of the booking: valid, possibly with warnings.
     *
     * @return the report, not null
     */
    public ValidationReport report() {
        return report;
    }

    /**
     * Returns the UID of the event.
     *
     * @return the UID, not blank
     */
    public String uid() {
        if (uid != null) {
            return uid;
        }
        ConsularService type = booking.appointmentType().orElseThrow();
        return FeedWriter.uid(office.id(), "appointment", type.code().toLowerCase(Locale.ROOT).replace('_', '-'),
                FeedWriter.utc(booking.startInstant()));
    }

    /**
     * Returns the confirmation as UTF-8 bytes, validated, folded and with CRLF line ends.
     *
     * @return the bytes, without a byte-order mark
     * @throws IcsValidationException if the output fails validation
     */
    public byte[] toBytes() {
        return FeedWriter.toBytes(toCalendar(), "appointment confirmation " + uid());
    }

    /**
     * Returns the confirmation as text: exactly the characters {@link #toBytes()} encodes.
     *
     * @return the folded iCalendar text, CRLF line ends
     * @throws IcsValidationException if the output fails validation
     */
    public String toIcs() {
        return FeedWriter.toText(toBytes());
    }

    /**
     * Writes the confirmation to a stream, which is neither flushed nor closed.
     *
     * @param out the stream, not null
     * @throws IOException if writing fails
     * @throws IcsValidationException if the output fails validation
     */
    public void write(OutputStream out) throws IOException {
        FeedWriter.write(out, this::toBytes);
    }

    /**
     * Returns a short description, e.g. {@code "AppointmentConfirmation[chengdu NOTARIAL
     * 2026-03-03T14:00+08:00]"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "AppointmentConfirmation[" + office.id() + " " + booking.appointmentType().orElseThrow() + " "
                + booking.start() + "]";
    }

    //-----------------------------------------------------------------------
    private String text(String english, String chinese) {
        return language.text(english, chinese);
    }

    private Locale locale() {
        return language.locale();
    }

    Calendar toCalendar() {
        VisitRules rules = office.catalogue().rules();
        ConsularService type = booking.appointmentType().orElseThrow();
        LocalDateTime start = LocalDateTime.ofInstant(booking.startInstant(), office.zone());
        LocalDateTime end = start.plus(office.policy().slotLength());
        LocalDateTime arriveBy = start.minus(rules.arriveEarly());
        Instant stamp = booking.bookedAt().map(o -> o.toInstant()).orElse(validatedAt);
        ParameterList tzid = FeedWriter.tzid(office.zone());
        String service = type.displayName(locale());
        String officeName = office.displayName(locale());

        List<String> lines = new ArrayList<>();
        lines.add(text(service + " appointment at the American Citizen Services unit of " + officeName + ", "
                        + start.toLocalDate() + " " + start.toLocalTime() + " (" + office.zone().getId() + "), "
                        + booking.applicants() + (booking.applicants() == 1 ? " applicant." : " applicants."),
                officeName + "美国公民服务处" + service + "预约：" + start.toLocalDate() + " " + start.toLocalTime()
                        + "（" + office.zone().getId() + "），申请人 " + booking.applicants() + " 名。"));
        long early = rules.arriveEarly().toMinutes();
        long late = rules.lateCancellation().toMinutes();
        lines.add(text("Arrive at least " + early + " minutes early, by " + arriveBy.toLocalTime()
                        + ". If you are more than " + late + " minutes late, the appointment is cancelled and you"
                        + " must book again.",
                "请至少提前 " + early + " 分钟到达（" + arriveBy.toLocalTime() + " 前）。迟到超过 " + late
                        + " 分钟，预约将被取消，须重新预约。"));
        List<String> toBring = new ArrayList<>();
        if (rules.printedConfirmationRequired()) {
            toBring.add(text("this appointment confirmation, printed (show it to the guard)", "打印的预约确认（向警卫出示）"));
        }
        bring.forEach(t -> toBring.add(t.get(locale())));
        if (!toBring.isEmpty()) {
            lines.add(text("Bring: ", "请携带：") + String.join(text("; ", "；"), toBring) + text(".", "。"));
        }
        List<String> prohibited = new ArrayList<>();
        for (VisitorItem item : office.policy().prohibitedItems()) {
            prohibited.add(item.displayName(locale()));
        }
        if (!prohibited.isEmpty()) {
            lines.add(text("Do not bring: ", "请勿携带：") + String.join(text(", ", "、"), prohibited)
                    + text(". The guards cannot store it for you.", "。警卫不能代为保管。"));
        }
        lines.add(text("How to cancel: ", "如何取消：") + cancellation.get(locale()));
        for (Violation v : report.violations()) {
            if (v.severity() != Severity.ERROR) {
                lines.add(text("Note: ", "注意：") + v.message(locale()));
            }
        }
        for (Source s : rules.sources()) {
            lines.add(text("Source: ", "来源：") + s);
        }
        if (cancellation.equals(DEFAULT_CANCELLATION)
                && rules.sources().stream().noneMatch(s -> s.url().equals(CANCELLATION_SOURCE.url()))) {
            lines.add(text("Source: ", "来源：") + CANCELLATION_SOURCE);
        }

        List<Property> props = new ArrayList<>();
        props.add(new Uid(uid()));
        props.add(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        props.add(new DtStart<>(tzid, start));
        props.add(new DtEnd<>(tzid, end));
        props.add(new Summary(text(service + " appointment, " + officeName, officeName + "：" + service + "预约")));
        props.add(new Location(address.get(locale())));
        props.add(new Description(String.join("\n", lines)));
        props.add(new Categories(new TextList(List.of(text("Appointment", "预约")))));
        props.add(ImmutableStatus.VEVENT_CONFIRMED);
        props.add(ImmutableTransp.OPAQUE);
        props.add(ImmutableClazz.PRIVATE);
        props.add(new Sequence(0));
        ComponentList<VAlarm> alarms = new ComponentList<>();
        if (alarm != null) {
            alarms = new ComponentList<>(List.of(new VAlarm(new PropertyList(List.of(
                    new Action("DISPLAY"),
                    new Trigger(alarm.plus(rules.arriveEarly()).negated()),
                    new Description(text("Leave for your " + service + " appointment at " + officeName
                                    + ": arrive by " + arriveBy.toLocalTime() + ".",
                            "前往" + officeName + "办理" + service + "预约：请于 " + arriveBy.toLocalTime()
                                    + " 前到达。")))))));
        }
        VEvent event = new VEvent(new PropertyList(props), alarms);
        List<CalendarComponent> components = new ArrayList<>();
        components.add(IcsTimeZones.vtimezone(office.zone(), booking.startInstant().minus(Duration.ofDays(1)),
                booking.startInstant().plus(Duration.ofDays(1))));
        components.add(event);
        return FeedWriter.calendar(components);
    }

    //-----------------------------------------------------------------------
    /**
     * Builds an {@link AppointmentConfirmation}. Not thread-safe; {@link #build()} validates the
     * booking and returns an immutable confirmation.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final ConsularOffice office;
        private final Booking booking;
        private @Nullable LocalizedText address;
        private @Nullable Instant validatedAt;
        private FeedLanguage language = FeedLanguage.ENGLISH;
        private @Nullable Duration alarm;
        private LocalizedText cancellation = DEFAULT_CANCELLATION;
        private final List<LocalizedText> bring = new ArrayList<>();
        private @Nullable String uid;

        private Builder(ConsularOffice office, Booking booking) {
            this.office = Objects.requireNonNull(office, "office");
            this.booking = Objects.requireNonNull(booking, "booking");
            if (booking.walkIn()) {
                throw new IllegalArgumentException("A walk-in has no appointment to confirm: " + booking);
            }
        }

        /**
         * Sets the address of the post, written as {@code LOCATION}; required.
         *
         * @param postAddress the address in English and Chinese, not null
         * @return this builder
         */
        public Builder address(LocalizedText postAddress) {
            this.address = Objects.requireNonNull(postAddress, "postAddress");
            return this;
        }

        /**
         * Sets the address of the post in one form for both languages, e.g. the address of the
         * post directory ({@code Post.address()} of the directory module).
         *
         * @param postAddress the address, not blank
         * @return this builder
         * @throws IllegalArgumentException if the address is blank
         */
        public Builder address(String postAddress) {
            Objects.requireNonNull(postAddress, "postAddress");
            return address(LocalizedText.of(postAddress, postAddress));
        }

        /**
         * Sets the moment of validation: the booking must not be in the past then; required.
         *
         * @param moment the moment, not null
         * @return this builder
         */
        public Builder validatedAt(Instant moment) {
            this.validatedAt = Objects.requireNonNull(moment, "moment");
            return this;
        }

        /**
         * Sets the language of the texts: Simplified Chinese for a locale whose language is {@code
         * zh}, English for any other; defaults to English.
         *
         * @param locale the locale, not null
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.language = FeedLanguage.of(locale);
            return this;
        }

        /**
         * Adds a {@code VALARM} that long before the time to arrive; none by default.
         *
         * @param beforeArrival how long before the time to arrive, positive, not null
         * @return this builder
         * @throws IllegalArgumentException if the duration is not positive
         */
        public Builder alarm(Duration beforeArrival) {
            Objects.requireNonNull(beforeArrival, "beforeArrival");
            if (beforeArrival.isNegative() || beforeArrival.isZero()) {
                throw new IllegalArgumentException("Alarm must come before the arrival, but was " + beforeArrival);
            }
            this.alarm = beforeArrival;
            return this;
        }

        /**
         * Sets how to cancel or change the appointment; defaults to {@link #DEFAULT_CANCELLATION}.
         *
         * @param howToCancel the instructions, not null
         * @return this builder
         */
        public Builder cancellation(LocalizedText howToCancel) {
            this.cancellation = Objects.requireNonNull(howToCancel, "howToCancel");
            return this;
        }

        /**
         * Sets what else the visitor must bring (documents the booking system requires), after the
         * printed confirmation.
         *
         * @param items the items, not null
         * @return this builder
         */
        public Builder bring(List<LocalizedText> items) {
            Objects.requireNonNull(items, "items");
            bring.clear();
            items.forEach(i -> bring.add(Objects.requireNonNull(i, "item")));
            return this;
        }

        /**
         * Sets the UID, e.g. the booking system's id of the appointment; by default it is derived
         * from the office, the appointment type and the start.
         *
         * @param id the UID, not blank
         * @return this builder
         * @throws IllegalArgumentException if the id is blank
         */
        public Builder uid(String id) {
            Objects.requireNonNull(id, "id");
            if (id.isBlank()) {
                throw new IllegalArgumentException("UID must not be blank");
            }
            this.uid = id;
            return this;
        }

        /**
         * Validates the booking and builds the confirmation.
         *
         * @return the confirmation, not null
         * @throws IllegalStateException if the address or the validation moment was not set
         * @throws IllegalArgumentException if the booking has a violation of severity {@code
         *     ERROR}; the message lists their codes and messages
         */
        public AppointmentConfirmation build() {
            if (address == null) {
                throw new IllegalStateException("Appointment confirmation needs the post's address");
            }
            if (validatedAt == null) {
                throw new IllegalStateException("Appointment confirmation needs the moment of validation");
            }
            ValidationReport report = BookingValidator.of(office, Clock.fixed(validatedAt, ZoneOffset.UTC))
                    .validate(booking, validatedAt);
            if (!report.isValid()) {
                List<String> errors = new ArrayList<>();
                for (Violation v : report.violations(Severity.ERROR)) {
                    errors.add(v.code() + " (" + v.message(Locale.ENGLISH) + ")");
                }
                throw new IllegalArgumentException("Booking " + booking + " is not valid at " + office.id() + ": "
                        + String.join("; ", errors));
            }
            return new AppointmentConfirmation(this, address, validatedAt, report);
        }
    }
}
