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
import org.consularkit.directory.HoursKind;
import org.consularkit.directory.Post;
import org.consularkit.directory.Provenance;
import org.consularkit.directory.Sourced;
import org.consularkit.examples.cli.Table.Column;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code hours --post ID --at MOMENT [--window KIND]}: whether a post is open, why, and the next
 * change, from {@link OpeningHours#state(Instant)} over hours of the post ({@link Post#hours}:
 * office hours by default, or its appointment hours where it publishes no office hours) and its
 * closure calendar {@code post:<id>}, with the sources of those hours.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "hours",
        description = "Whether a post is open at a moment, why, and when that changes next, by its published "
                + "hours (office hours, or another kind with --window), closed on the days of its closure calendar "
                + "post:<id>; with the sources of those hours.",
        footerHeading = "%nOutput:%n",
        footer = {
            "CSV columns: post,at,open,reason,holidays,nextChange,hours,postStatus,window,uncertain,",
            "seen,sources,note",
            "  at          the moment, in the post's time zone",
            "  open        true or false",
            "  reason      OPEN, OUTSIDE_HOURS, DATE_RULE, HOLIDAY (a closure day of the calendar) or",
            "              EARLY_CLOSING",
            "  holidays    the names (--locale) of the holidays that close it, joined with ';'",
            "  nextChange  the next closing if open, the next opening if closed, in the post's time",
            "              zone; empty when none is known",
            "  hours       the hours of the window (OpenStreetMap opening_hours syntax; Fr[2,4] is the",
            "              second and fourth Friday of the month)",
            "  postStatus  OPEN, LIMITED, SUSPENDED or CLOSED, with the date since when known",
            "  window      which hours: office, appointments, walk-in, passport-pickup or",
            "              quiet-afternoons",
            "  uncertain   true when the hours are old, third-party, derived or disputed (note says why)",
            "  seen        the date the hours were last checked against their sources",
            "  sources     the URLs (or citations) of the documents, joined with ';'",
            "  note        why the hours are uncertain or how they were derived (English); empty if none",
            "JSON: an array with one object with the same fields (open and uncertain booleans, holidays",
            "and sources arrays, empty values null).",
            "Without --window: the office hours, or the appointment hours of a post that publishes no",
            "office hours (Shenyang). The answer follows the post's published hours, like validate and",
            "slots. A post that is not operating (Chengdu, closed since 2020-07-27) says so in",
            "postStatus and in a note on stderr: its published hours are the rules it last published,",
            "not an open door.",
            "A post that does not publish the hours asked for (Guangzhou publishes none) is an error",
            "that says so and names the hours it does publish (exit status 2), as is a moment outside",
            "the closure calendar's years."},
        exitCodeList = {"0:success (open or closed)", "2:bad usage or bad input (message on stderr)"})
final class HoursCommand extends CliCommand {

    @Option(names = "--post", required = true, paramLabel = "ID",
            description = "Post id: beijing, chengdu, guangzhou, shanghai, shenyang or wuhan.")
    private String post = "";

    @Option(names = "--at", required = true, paramLabel = "MOMENT", converter = Converters.Moment.class,
            description = "The moment, e.g. 2026-03-03T14:00+08:00.")
    private OffsetDateTime at = OffsetDateTime.MIN;

    @Option(names = "--window", paramLabel = "KIND", converter = KindConverter.class,
            description = "Which hours: office, appointments, walk-in, passport-pickup or quiet-afternoons "
                    + "(default: office, or appointments for a post without published office hours).")
    private @Nullable HoursKind window;

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        Post p = post(post);
        HoursKind kind = window != null ? window
                : p.hours(HoursKind.OFFICE).isEmpty() && p.hours(HoursKind.APPOINTMENTS).isPresent()
                        ? HoursKind.APPOINTMENTS : HoursKind.OFFICE;
        Sourced<OpeningSchedule> sourced = PostHours.require(p, kind, "hours cannot answer for it");
        OpeningSchedule schedule = sourced.value();
        String text = schedule.toString();
        Provenance provenance = sourced.provenance();
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
                state.nextChange().map(i -> local(i, zone)), text, postStatus, p.displayName(output.locale),
                kind, provenance);
        Column<Row> postId = Column.text("post", Row::post);
        Column<Row> atColumn = Column.text("at", Row::at);
        Column<Row> open = Column.bool("open", Row::open);
        Column<Row> reason = Column.text("reason", Row::reason);
        Column<Row> holidays = Column.list("holidays", Row::holidays);
        Column<Row> nextChange = Column.optional("nextChange", Row::nextChange);
        Column<Row> hoursColumn = Column.text("hours", Row::hours);
        Column<Row> postStatusColumn = Column.text("postStatus", Row::postStatus);
        Column<Row> postName = Column.text("postName", Row::postName);
        Column<Row> windowColumn = Column.text("window", r -> r.window().id());
        Column<Row> windowName = Column.text("window", r -> r.window().displayName(output.locale));
        Column<Row> uncertain = Column.bool("uncertain", r -> r.provenance().uncertain());
        Column<Row> seen = Column.text("seen", r -> r.provenance().verifiedOn());
        Column<Row> sources = Column.list("sources", r -> PostHours.sources(r.provenance()));
        Column<Row> note = Column.optional("note", r -> r.provenance().note());
        List<Column<Row>> columns = List.of(postId, atColumn, open, reason, holidays, nextChange, hoursColumn,
                postStatusColumn, windowColumn, uncertain, seen, sources, note);
        Table<Row> table = Table.open(out(), output.format, columns, columns, List.of(postId, postName, atColumn,
                open, reason, holidays, nextChange, windowName, hoursColumn, postStatusColumn, uncertain, note, sources,
                seen)).vertical();
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
            Optional<String> nextChange, String hours, String postStatus, String postName, HoursKind window,
            Provenance provenance) {
    }

    /** Converts a kind of hours with {@link HoursKind#ofId(String)}. */
    static final class KindConverter implements ITypeConverter<HoursKind> {
        @Override
        public HoursKind convert(String value) {
            try {
                return HoursKind.ofId(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Returns a moment in a zone, ISO-8601 with its offset, seconds only when not zero. */
    static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().toString();
    }
}
