package org.consularkit.examples.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.consularkit.core.hours.OpeningHours;
import org.consularkit.core.hours.OpeningSchedule;
import org.consularkit.core.hours.OpeningState;
import org.consularkit.directory.Post;
import org.consularkit.directory.Sourced;
import org.consularkit.examples.cli.Table.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hours --post ID --at MOMENT}: whether a post's office is open, why, and the next change,
 * from {@link OpeningHours#state(Instant)} over the post's office hours and its closure calendar
 * {@code post:<id>}.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "hours",
        description = "Whether a post's office is open at a moment, why, and when that changes next: its "
                + "published office hours, closed on the days of its closure calendar post:<id>.",
        footerHeading = "%nOutput:%n",
        footer = {
            "CSV columns: post,at,open,reason,holidays,nextChange,hours,postStatus",
            "  at          the moment, in the post's time zone",
            "  open        true or false",
            "  reason      OPEN, OUTSIDE_HOURS, DATE_RULE, HOLIDAY (a closure day of the calendar) or",
            "              EARLY_CLOSING",
            "  holidays    the names (--locale) of the holidays that close it, joined with ';'",
            "  nextChange  the next closing if open, the next opening if closed, in the post's time",
            "              zone; empty when none is known",
            "  hours       the office hours (OpenStreetMap opening_hours syntax)",
            "  postStatus  OPEN, LIMITED, SUSPENDED or CLOSED, with the date since when known",
            "JSON: an array with one object with the same fields (open a boolean, holidays an array,",
            "empty values null).",
            "The answer follows the post's published hours, like validate and slots. A post that is",
            "not operating (Chengdu, closed since 2020-07-27) says so in postStatus and in a note on",
            "stderr: its published hours are the rules it last published, not an open door.",
            "A post without published office hours, or a moment outside the closure calendar's years,",
            "is an error (exit status 2)."},
        exitCodeList = {"0:success (open or closed)", "2:bad usage or bad input (message on stderr)"})
final class HoursCommand extends CliCommand {

    @Option(names = "--post", required = true, paramLabel = "ID",
            description = "Post id: beijing, chengdu, guangzhou, shanghai, shenyang or wuhan.")
    private String post = "";

    @Option(names = "--at", required = true, paramLabel = "MOMENT", converter = Converters.Moment.class,
            description = "The moment, e.g. 2026-03-03T14:00+08:00.")
    private OffsetDateTime at = OffsetDateTime.MIN;

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        Post p = post(post);
        OpeningSchedule schedule = p.officeSchedule().orElseThrow(() -> new BadInputException(
                "No office hours are known for post " + p.id()));
        String text = p.officeHours().map(Sourced::value).orElse(schedule.toString());
        ZoneId zone = p.zone();
        OpeningHours hours = OpeningHours.of(schedule, zone, p.closureCalendar());
        Instant instant = at.toInstant();
        String postStatus = p.status().value().toString();
        OpeningState state;
        try {
            state = hours.state(instant);
        } catch (DateTimeException e) {
            throw new BadInputException(e);
        }
        Row row = new Row(p.id(), local(instant, zone), state.open(), state.reason().name(),
                state.holidays().stream().map(h -> h.displayName(output.locale)).distinct().toList(),
                state.nextChange().map(i -> local(i, zone)), text, postStatus, p.displayName(output.locale));
        Column<Row> postId = Column.text("post", Row::post);
        Column<Row> atColumn = Column.text("at", Row::at);
        Column<Row> open = Column.bool("open", Row::open);
        Column<Row> reason = Column.text("reason", Row::reason);
        Column<Row> holidays = Column.list("holidays", Row::holidays);
        Column<Row> nextChange = Column.optional("nextChange", Row::nextChange);
        Column<Row> hoursColumn = Column.text("hours", Row::hours);
        Column<Row> postStatusColumn = Column.text("postStatus", Row::postStatus);
        Column<Row> postName = Column.text("postName", Row::postName);
        List<Column<Row>> columns = List.of(postId, atColumn, open, reason, holidays, nextChange, hoursColumn,
                postStatusColumn);
        Table<Row> table = Table.open(out(), output.format, columns, columns, List.of(postId, postName, atColumn,
                open, reason, holidays, nextChange, hoursColumn, postStatusColumn)).vertical();
        table.add(row);
        table.finish();
        if (!p.isOperating()) {
            err().write("consularkit hours: note: post " + p.id() + " is " + postStatus
                    + "; these are the hours it last published\n");
        }
        return ConsularKitCli.OK;
    }

    /**
     * The answer: the post, the moment in its zone, open or not and why, the holidays that close it,
     * the next change (empty when none is known), its hours and status.
     */
    private record Row(String post, String at, boolean open, String reason, List<String> holidays,
            Optional<String> nextChange, String hours, String postStatus, String postName) {
    }

    /** Returns a moment in a zone, ISO-8601 with its offset, seconds only when not zero. */
    static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().toString();
    }
}
