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
        exitCodeList = {"0:success", "2:bad usage or bad input (message on stderr)"})
final class ServicesCommand extends CliCommand {

    @Option(names = "--post", required = true, paramLabel = "ID",
            description = "Post id: beijing, chengdu, guangzhou, shanghai, shenyang or wuhan.")
    private String post = "";

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        Post p = post(post);
        ServiceCatalogue catalogue = MissionChina.serviceCatalogue();
        Column<ServiceInfo> code = Column.text("code", s -> s.service().code());
        Column<ServiceInfo> name = Column.text("name", s -> s.service().displayName(output.locale));
        Column<ServiceInfo> channels = Column.list("channels",
                s -> s.channels().stream().map(AccessChannel::name).toList());
        Column<ServiceInfo> confirmed = Column.bool("confirmed", ServiceInfo::confirmed);
        Column<ServiceInfo> summary = Column.text("summary", s -> s.summary().get(output.locale));
        Column<ServiceInfo> directions = Column.text("directions", s -> s.directions().get(output.locale));
        Column<ServiceInfo> notes = Column.list("notes", s -> s.notes().stream().map(n -> n.get(output.locale)).toList());
        Column<ServiceInfo> sources = Column.list("sources",
                s -> s.sources().stream().map(Source::reference).distinct().toList());
        Column<ServiceInfo> how = Column.list("how",
                s -> s.channels().stream().map(c -> c.displayName(output.locale)).toList());
        List<Column<ServiceInfo>> columns = List.of(code, name, channels, confirmed, summary, directions, notes, sources);
        Table<ServiceInfo> table = Table.open(out(), output.format, columns, columns,
                List.of(code, name, how, summary, directions, notes)).vertical();
        catalogue.services().forEach(table::add);
        table.finish();
        if (!p.isOperating()) {
            OfficeStatus status = p.status().value();
            err().write("consularkit services: note: post " + p.id() + " is " + status.state()
                    + status.since().map(d -> " since " + d).orElse("") + "\n");
        }
        return ConsularKitCli.OK;
    }
}
