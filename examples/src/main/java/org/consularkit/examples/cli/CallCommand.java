package org.consularkit.examples.cli;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.consularkit.core.LocalizedText;
import org.consularkit.directory.CallerLocation;
import org.consularkit.directory.Directory;
import org.consularkit.directory.Post;
import org.consularkit.directory.routing.CallPlan;
import org.consularkit.directory.routing.CallStep;
import org.consularkit.directory.routing.EmergencyRouter;
import org.consularkit.directory.routing.Situation;
import org.consularkit.examples.cli.Table.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code call --post ID --at MOMENT --from CN|US --situation S}: whom to call, in order, from
 * {@link EmergencyRouter#route(String, java.time.Instant, CallerLocation, Situation)} of {@link
 * EmergencyRouter#of(Directory)}, by the post's current status (the library's default): the post's
 * office hours and closure calendar ({@code post:<id>}) decide whether its ACS unit answers, and a
 * closed post is replaced by the Mission's 24-hour line and the posts now serving its district.
 * {@code --as-published} routes with {@link EmergencyRouter.Mode#AS_PUBLISHED} instead and says so
 * first ({@link CallPlan#warning()}). {@code --current-status}, the switch of earlier versions, is
 * accepted and changes nothing.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "call",
        description = "Whom a US citizen should call, most urgent first, about a post at a moment, from "
                + "China or the US, with the number exactly as it is dialled from there.",
        footerHeading = "%nOutput:%n",
        footer = {
            "Situations: arrest, destitute, child, sick, death, crime, injury, medical, fire, traffic.",
            "JSON: an array, most urgent first, of {\"name\", \"number\", \"e164\", \"reason\", \"uncertain\",",
            "\"routing\", \"warning\"}:",
            "  number     exactly what the caller dials from --from",
            "  e164       the number in E.164 form, null for short codes such as 110",
            "  uncertain  true when the number could not be verified",
            "  routing    current-status (the default) or as-published (--as-published), on every row",
            "  warning    with --as-published for a post that is not operating, on every row: that the",
            "             list follows the post's published page, not its current status, and that its",
            "             own numbers may no longer answer; empty (JSON null) otherwise",
            "CSV columns: name,number,e164,reason,uncertain,routing,warning",
            "Text: a numbered list with the reason of each call, whether the post's ACS unit answers at",
            "that moment and why, and the notes (numbers left out, a closed post); with csv and json",
            "the notes go to stderr. With --as-published the first line says that the list is routed",
            "as published (and, for a post that is not operating, the warning).",
            "By default a post is routed by its current status: a post that is not operating",
            "(Chengdu, closed since 2020-07-27) never offers its own numbers; the Mission's 24-hour",
            "line (010) 8531-4000 comes first at any hour, then the posts now serving its former",
            "district when they answer with another number. --as-published routes it as its last page",
            "was published instead (its ACS number in its office hours), as hours, slots and validate",
            "answer by the published rules. --current-status names the default and is accepted for",
            "scripts written before it became the default."},
        exitCodeList = {"0:success", "2:bad usage or bad input (message on stderr)"})
final class CallCommand extends CliCommand {

    @Option(names = "--post", required = true, paramLabel = "ID",
            description = "Post id: beijing, chengdu, guangzhou, shanghai, shenyang or wuhan.")
    private String post = "";

    @Option(names = "--at", required = true, paramLabel = "MOMENT", converter = Converters.Moment.class,
            description = "The moment of the call, e.g. 2026-03-03T14:00+08:00.")
    private OffsetDateTime at = OffsetDateTime.MIN;

    @Option(names = "--from", required = true, paramLabel = "CN|US", converter = Location.class,
            description = "Where the caller is: CN or US.")
    private CallerLocation from = CallerLocation.CN;

    @Option(names = "--situation", required = true, paramLabel = "S", converter = SituationConverter.class,
            description = "The situation (see below).")
    private Situation situation = Situation.CRIME;

    @Option(names = "--as-published",
            description = "Route a post that is not operating as its page was published (its own numbers), "
                    + "not by its current status; the output says so first.")
    private boolean asPublished;

    @Option(names = "--current-status",
            description = "Route by the post's current status: the default (accepted for earlier scripts).")
    private boolean currentStatus;

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        if (asPublished && currentStatus) {
            throw usage("--as-published and --current-status exclude each other (the current status is the default)");
        }
        Directory directory = directory();
        Post p = post(directory, post);
        EmergencyRouter router = EmergencyRouter.of(directory)
                .withMode(asPublished ? EmergencyRouter.Mode.AS_PUBLISHED : EmergencyRouter.Mode.CURRENT_STATUS);
        CallPlan plan = router.route(p, at.toInstant(), from, situation);
        String routing = plan.mode() == EmergencyRouter.Mode.AS_PUBLISHED ? "as-published" : "current-status";
        Optional<String> warning = plan.warning(output.locale);
        if (output.format == Format.TEXT) {
            StringBuilder sb = new StringBuilder();
            if (plan.mode() == EmergencyRouter.Mode.AS_PUBLISHED) {
                sb.append(warning.orElseGet(() -> LocalizedText.of("Routed as published: " + p.displayName(Locale.ENGLISH)
                                + " is operating, so this is also the routing by its current status.",
                        "按公布的页面安排:" + p.displayName(LocalizedText.SIMPLIFIED_CHINESE) + "正常运作,与按目前状况安排相同。")
                        .get(output.locale))).append("\n\n");
            }
            int order = 1;
            for (CallStep step : plan.steps()) {
                sb.append(order++).append(". ").append(step.displayName(output.locale)).append(": ").append(step.number())
                        .append(step.uncertain() ? " (unverified)" : "").append('\n')
                        .append("   ").append(step.reason(output.locale)).append('\n');
            }
            sb.append("\nACS unit: ").append(plan.office().state().name().toLowerCase(Locale.ROOT)).append(": ")
                    .append(plan.office().explanation().get(output.locale)).append('\n');
            for (String note : plan.notes(output.locale)) {
                sb.append("Note: ").append(note).append('\n');
            }
            out().write(sb.toString());
            return ConsularKitCli.OK;
        }
        Column<CallStep> name = Column.text("name", s -> s.displayName(output.locale));
        List<Column<CallStep>> columns = List.of(name, Column.text("number", CallStep::number),
                Column.optional("e164", CallStep::e164), Column.text("reason", s -> s.reason(output.locale)),
                Column.bool("uncertain", CallStep::uncertain), Column.text("routing", s -> routing),
                Column.optional("warning", s -> warning));
        Table<CallStep> table = Table.open(out(), output.format, columns, columns, List.of(name));
        plan.steps().forEach(table::add);
        table.finish();
        for (String note : plan.notes(output.locale)) {
            err().write("consularkit call: note: " + note + "\n");
        }
        return ConsularKitCli.OK;
    }

    /** Converts CN or US with {@link CallerLocation#of(String)}. */
    static final class Location implements ITypeConverter<CallerLocation> {
        @Override
        public CallerLocation convert(String value) {
            try {
                return CallerLocation.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Converts a situation code with {@link Situation#of(String)}. */
    static final class SituationConverter implements ITypeConverter<Situation> {
        @Override
        public Situation convert(String value) {
            try {
                return Situation.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
