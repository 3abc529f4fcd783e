package org.consularkit.examples.cli;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.consularkit.core.booking.AppointmentSlot;
import org.consularkit.core.booking.ConsularOffice;
import org.consularkit.core.booking.ConsularService;
import org.consularkit.core.booking.OfficeState;
import org.consularkit.core.booking.SlotFinder;
import org.consularkit.directory.Post;
import org.consularkit.examples.cli.Table.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code slots --post ID --service CODE --from MOMENT --count N}: the next bookable appointment
 * slots, from {@link SlotFinder#next(ConsularService, java.time.Instant, int)}.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "slots",
        description = "The next N appointment slots of a service at a post that a booking made at --from "
                + "would be accepted for (each passes the booking rules of validate).",
        footerHeading = "%nOutput:%n",
        footer = {
            "CSV columns: start,end,service",
            "  start, end  the slot, ISO-8601 in the post's time zone (e.g. 2026-03-03T13:00+08:00)",
            "  service     the service code",
            "JSON: an array of objects with the same fields.",
            "Fewer than N rows when the search reaches the end of what is known (the closure",
            "calendar's last year). A post that is suspended or limited is named on stderr (text: on",
            "stdout). Then the appointment hours the slots follow, whether they are uncertain and why,",
            "their sources and the date they were seen (text: on stdout; csv and json: notes on",
            "stderr). A post that publishes no appointment hours (Guangzhou) says so (exit status 2)."},
        exitCodeList = {"0:success", "2:bad usage or bad input (message on stderr)"})
final class SlotsCommand extends CliCommand {

    @Option(names = "--post", required = true, paramLabel = "ID", description = "Post id, e.g. chengdu.")
    private String post = "";

    @Option(names = "--service", required = true, paramLabel = "CODE", converter = ServiceConverter.class,
            description = "Service code, e.g. PASSPORT or NOTARIAL.")
    private ConsularService service = ConsularService.PASSPORT;

    @Option(names = "--from", required = true, paramLabel = "MOMENT", converter = Converters.Moment.class,
            description = "The moment of booking; slots start at or after it, e.g. 2026-03-02T09:00+08:00.")
    private OffsetDateTime from = OffsetDateTime.MIN;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many slots, from 1 to " + ConsularKitServer.MAX_SLOTS + ".")
    private int count;

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        if (count < 1) {
            throw usage("--count must be at least 1, but was " + count);
        }
        if (count > ConsularKitServer.MAX_SLOTS) {
            throw usage("--count must be at most " + ConsularKitServer.MAX_SLOTS + ", but was " + count);
        }
        Post p = post(post);
        ConsularOffice office = ValidateCommand.office(p);
        List<AppointmentSlot> slots;
        try {
            slots = SlotFinder.of(office).next(service, from.toInstant(), count);
        } catch (DateTimeException e) {
            // --from so far out that the search leaves the range of java.time.
            throw new BadInputException(e);
        }
        List<Column<AppointmentSlot>> columns = List.of(
                Column.text("start", s -> HoursCommand.local(s.start().toInstant(), office.zone())),
                Column.text("end", s -> HoursCommand.local(s.end().toInstant(), office.zone())),
                Column.text("service", s -> s.service().code()));
        Table<AppointmentSlot> table = Table.open(out(), output.format, columns, columns, columns);
        slots.forEach(table::add);
        table.finish();
        if (office.status().state() != OfficeState.OPEN) {
            // a post that does not serve the public (suspended or closed) is "suspended", as POST_SUSPENDED says
            String state = office.status().isOperating() ? office.status().state().name().toLowerCase(Locale.ROOT)
                    : "suspended";
            String note = "note: post " + p.id() + " is " + state
                    + office.status().since().map(d -> " since " + d).orElse("") + "\n";
            if (output.format == Format.TEXT) {
                out().write("\n" + note.substring(0, 1).toUpperCase(Locale.ROOT) + note.substring(1));
            } else {
                err().write("consularkit slots: " + note);
            }
        }
        ValidateCommand.showHours(p, "slots", output, this);
        return ConsularKitCli.OK;
    }

    /** Converts a service code (any case) with {@link ConsularService#ofCode(String)}. */
    static final class ServiceConverter implements ITypeConverter<ConsularService> {
        @Override
        public ConsularService convert(String value) {
            try {
                return ConsularService.ofCode(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
