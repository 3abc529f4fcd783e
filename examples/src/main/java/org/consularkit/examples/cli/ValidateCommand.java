package org.consularkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.BookingJson;
import org.consularkit.core.booking.BookingValidator;
import org.consularkit.core.booking.ConsularOffice;
import org.consularkit.core.booking.ValidationReport;
import org.consularkit.core.booking.Violation;
import org.consularkit.directory.HoursKind;
import org.consularkit.directory.Post;
import org.consularkit.examples.cli.Table.Column;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code validate --post ID --booking FILE [--arrived-at MOMENT]}: every violation of a booking,
 * from {@link BookingValidator#validate(Booking, Instant)} (with the check-in rule of {@link
 * BookingValidator#validate(Booking, Instant, Instant)} when an arrival is given); exit status 1
 * when one has severity {@code ERROR}. The appointment hours the rules use are shown with their
 * sources.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "validate",
        description = "Checks a booking (a JSON file, or - for standard input) against the rules of a post "
                + "and prints every violation, in a fixed order.",
        footerHeading = "%nOutput:%n",
        footer = {
            "JSON: {\"valid\": false, \"violations\": [{\"code\": \"...\", \"severity\": \"ERROR\", "
                    + "\"field\": \"...\",",
            "  \"message\": \"...\", \"arguments\": {...}}]} on one line; valid is false exactly when a",
            "  violation has severity ERROR; messages in --locale.",
            "CSV columns: code,severity,field,message",
            "Text: valid: true|false, then the violations, then the appointment hours the rules use,",
            "whether they are uncertain and why, their sources and the date they were seen; with csv",
            "and json those lines go to stderr as notes.",
            "Codes, in report order: APPOINTMENT_TYPE_MISMATCH, MULTIPLE_SERVICES,",
            "OUTSIDE_APPOINTMENT_HOURS, NOT_A_SLOT_START, CLOSED_FOR_HOLIDAY, CLOSURES_UNKNOWN,",
            "WALK_IN_NOT_ACCEPTED, NOT_AN_APPOINTMENT_SERVICE, SERVICE_NOT_OFFERED, TOO_MANY_APPLICANTS,",
            "PROHIBITED_ITEM, IN_THE_PAST, TOO_LITTLE_NOTICE, BEYOND_BOOKING_HORIZON, LATE_ARRIVAL,",
            "PROVISIONAL_CLOSURES (info), POST_LIMITED, POST_SUSPENDED (warnings).",
            "LATE_ARRIVAL (error, only with --arrived-at): the visitor arrived more than 15 minutes",
            "after the start of the appointment, so it is cancelled and must be booked again; exactly",
            "15 minutes late is in time; walk-ins are never late.",
            "The rules are those of the post's ACS unit as the directory gives it (appointment hours,",
            "walk-ins, status, closure calendar post:<id>); a post that publishes no appointment hours",
            "(Guangzhou) cannot be checked and says so (exit status 2)."},
        exitCodeList = {
            "0:valid (no violation of severity ERROR)",
            "1:not valid: a violation has severity ERROR",
            "2:bad usage or bad input: an unreadable or malformed booking file, an unknown post"})
final class ValidateCommand extends CliCommand {

    @Option(names = "--post", required = true, paramLabel = "ID",
            description = "Post id, e.g. chengdu.")
    private String post = "";

    @Option(names = "--booking", required = true, paramLabel = "FILE",
            description = "The booking, UTF-8 JSON (see docs/cli.md); - reads standard input.")
    private String booking = "";

    @Option(names = "--now", paramLabel = "MOMENT", converter = Converters.Moment.class,
            description = "The moment of validation (default: the current time), e.g. 2026-02-20T10:00+08:00.")
    private @Nullable OffsetDateTime now;

    @Option(names = "--arrived-at", paramLabel = "MOMENT", converter = Converters.Moment.class,
            description = "When the visitor arrived, e.g. 2026-03-03T14:16+08:00: adds the check-in rule "
                    + "LATE_ARRIVAL (more than 15 minutes late cancels the appointment).")
    private @Nullable OffsetDateTime arrivedAt;

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        Post p = post(post);
        ConsularOffice office = office(p);
        Booking b = read();
        Instant at = now != null ? now.toInstant() : Instant.now();
        ValidationReport report;
        try {
            BookingValidator validator = BookingValidator.of(office, Clock.systemUTC());
            OffsetDateTime arrival = arrivedAt;
            report = arrival == null ? validator.validate(b, at) : validator.validate(b, at, arrival.toInstant());
        } catch (DateTimeException e) {
            // A moment of the booking or --now that java.time cannot carry through the rules.
            throw new BadInputException(e);
        }
        if (output.format == Format.JSON) {
            out().write(BookingJson.write(report, output.locale) + "\n");
        } else {
            if (output.format == Format.TEXT) {
                out().write("valid: " + report.isValid() + "\n");
            }
            Column<Violation> code = Column.text("code", v -> v.code().name());
            Column<Violation> severity = Column.text("severity", v -> v.severity().name());
            Column<Violation> field = Column.optional("field", Violation::field);
            Column<Violation> message = Column.text("message", v -> v.message(output.locale));
            List<Column<Violation>> columns = List.of(code, severity, field, message);
            Table<Violation> table = Table.open(out(), output.format, columns, columns,
                    List.of(severity, code, field, message));
            report.violations().forEach(table::add);
            if (output.format != Format.TEXT || !report.violations().isEmpty()) {
                table.finish();
            }
        }
        showHours(p, "validate", output, this);
        return report.isValid() ? ConsularKitCli.OK : ConsularKitCli.NO;
    }

    /**
     * Shows the appointment hours of a post with their provenance: after a text answer on stdout,
     * as notes on stderr for csv and json.
     */
    static void showHours(Post p, String command, OutputOptions options, CliCommand cli) {
        p.hours(HoursKind.APPOINTMENTS).ifPresent(h -> {
            List<String> lines = PostHours.describe(p, HoursKind.APPOINTMENTS, h, options.locale);
            if (options.format == Format.TEXT) {
                cli.out().write("\n" + String.join("\n", lines) + "\n");
            } else {
                for (String line : lines) {
                    cli.err().write("consularkit " + command + ": note: " + line.strip() + "\n");
                }
            }
        });
    }

    /**
     * Returns the ACS unit of a post for the booking rules, from {@link Post#office()}.
     *
     * @throws BadInputException if the directory gives no appointment hours: the message says so and
     *     names the hours the post does publish, or how to reach it
     */
    static ConsularOffice office(Post post) {
        return post.office().orElseThrow(() -> new BadInputException(PostHours.missing(post, HoursKind.APPOINTMENTS,
                "its booking rules cannot be checked")));
    }

    /**
     * Reads the booking file, or standard input for {@code -}.
     *
     * @throws BadInputException if the file cannot be read
     * @throws org.consularkit.core.DataFileException if it is not a booking
     */
    private Booking read() {
        if (booking.equals("-")) {
            try {
                return BookingJson.readBooking(in(), "<stdin>");
            } catch (UncheckedIOException e) {
                throw BadInputException.file(e);
            }
        }
        Path file;
        try {
            file = Path.of(booking);
        } catch (InvalidPathException e) {
            throw new BadInputException(e);
        }
        try (InputStream stream = Files.newInputStream(file)) {
            return BookingJson.readBooking(stream, booking);
        } catch (IOException e) {
            throw BadInputException.file(e);
        } catch (UncheckedIOException e) {
            throw BadInputException.file(e);
        }
    }
}
