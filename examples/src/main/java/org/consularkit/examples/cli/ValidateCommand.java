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
import org.consularkit.directory.Post;
import org.consularkit.examples.cli.Table.Column;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code validate --post ID --booking FILE}: every violation of a booking, from {@link
 * BookingValidator#validate(Booking, Instant)}; exit status 1 when one has severity {@code ERROR}.
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
            "Text: valid: true|false, then the violations.",
            "The rules are those of the post's ACS unit as the directory gives it (office and",
            "appointment hours, walk-ins, status, closure calendar post:<id>); a post without office or",
            "appointment hours cannot be checked (exit status 2)."},
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
            report = BookingValidator.of(office, Clock.systemUTC()).validate(b, at);
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
        return report.isValid() ? ConsularKitCli.OK : ConsularKitCli.NO;
    }

    /**
     * Returns the ACS unit of a post for the booking rules, from {@link Post#office()}.
     *
     * @throws BadInputException if the directory gives no office or appointment hours
     */
    static ConsularOffice office(Post post) {
        return post.office().orElseThrow(() -> {
            String missing = post.officeSchedule().isEmpty()
                    ? post.appointmentSchedule().isEmpty() ? "office and appointment hours" : "office hours"
                    : "appointment hours";
            return new BadInputException("No " + missing + " are known for post " + post.id()
                    + "; the booking rules need its office and appointment hours");
        });
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
