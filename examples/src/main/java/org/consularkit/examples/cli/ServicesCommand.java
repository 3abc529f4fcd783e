package org.consularkit.examples.cli;

import java.util.List;
import org.consularkit.core.Source;
import org.consularkit.core.booking.AccessChannel;
import org.consularkit.core.booking.OfficeStatus;
import org.consularkit.core.booking.ServiceCatalogue;
import org.consularkit.core.booking.ServiceInfo;
import org.consularkit.directory.MissionChina;
import org.consularkit.directory.Post;
import org.consularkit.examples.cli.Table.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code services --post ID}: the service catalogue of a post and how each service is obtained,
 * from {@link MissionChina#serviceCatalogue()} (the same for every post of the Mission).
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "services",
        mixinStandardHelpOptions = true,
        versionProvider = ConsularKitCli.Version.class,
        description = "The consular services for US citizens at a post and how each is obtained: by "
                + "appointment, walk-in, phone, online, or referral to another authority. The catalogue "
                + "is Mission-wide; a post that is not operating is named on stderr.",
        footerHeading = "%nOutput:%n",
        footer = {
            "CSV columns: code,name,channels,confirmed,summary,directions,notes,sources",
            "  code        PASSPORT, CRBA, NOTARIAL, EMERGENCY_ASSISTANCE, STEP_ENROLLMENT, ...",
            "  name        the name of the service (--locale)",
            "  channels    how it is obtained: APPOINTMENT, WALK_IN, PHONE, ONLINE, REFERRAL or",
            "              INFORMATION, joined with ';'",
            "  confirmed   false when the sources disagree or could not be verified (the notes say why)",
            "  summary     what the service is (--locale)",
            "  directions  how and where to obtain it (--locale)",
            "  notes       further rules and caveats (--locale), joined with ';'",
            "  sources     the URLs (or citations) of the documents, joined with ';'",
            "JSON: an array of objects with the same fields (channels, notes and sources arrays)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "2:bad usage or bad input (message on stderr)"})
final class ServicesCommand extends CliCommand {

    @Option(names = "--post", required = true, paramLabel = "ID",
            description = "Post id: beijing, chengdu, guangzhou, shanghai, shenyang or wuhan.")
    private String post = "";

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        Post p = directory().post(post);
        ServiceCatalogue catalogue = MissionChina.serviceCatalogue();
        List<String> columns = List.of("code", "name", "channels", "confirmed", "summary", "directions", "notes",
                "sources");
        List<String> keys = List.of("code", "name", "channels", "confirmed", "summary", "directions", "notes",
                "sources", "how");
        Table table = Table.open(out(), output.format, keys, columns, columns, List.of(Column.of("code"),
                Column.of("name"), Column.of("how"), Column.of("summary"), Column.of("directions"),
                Column.of("notes"))).vertical();
        for (ServiceInfo s : catalogue.services()) {
            table.add(s.service().code(), s.service().displayName(output.locale),
                    s.channels().stream().map(AccessChannel::name).toList(), s.confirmed(),
                    s.summary().get(output.locale), s.directions().get(output.locale),
                    s.notes().stream().map(n -> n.get(output.locale)).toList(),
                    s.sources().stream().map(Source::reference).distinct().toList(),
                    s.channels().stream().map(c -> c.displayName(output.locale)).toList());
        }
        table.finish();
        if (!p.isOperating()) {
            OfficeStatus status = p.status().value();
            err().write("consularkit services: note: post " + p.id() + " is " + status.state()
                    + status.since().map(d -> " since " + d).orElse("") + "\n");
        }
        return ConsularKitCli.OK;
    }
}
