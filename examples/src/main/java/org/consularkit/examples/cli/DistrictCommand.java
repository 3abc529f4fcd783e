package org.consularkit.examples.cli;

import java.util.List;
import org.consularkit.core.Source;
import org.consularkit.directory.Directory;
import org.consularkit.directory.DistrictAssignment;
import org.consularkit.directory.Post;
import org.consularkit.examples.cli.Table.Column;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code district --province CODE}: the post that serves a province, from {@link
 * Directory#district(String)}.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields.
 */
@Command(name = "district",
        description = "The post whose consular district includes a provincial-level division of mainland "
                + "China, given by its ISO 3166-2:CN code (CN-SC for Sichuan).",
        footerHeading = "%nOutput:%n",
        footer = {
            "CSV columns: province,name,post,postName,uncertain,note,sources",
            "  province   the ISO 3166-2:CN code, upper case",
            "  name       the name of the division (--locale)",
            "  post       the id of the serving post (beijing, chengdu, guangzhou, shanghai, shenyang, wuhan)",
            "  postName   the name of the post (--locale)",
            "  uncertain  true when the sources disagree or could not be verified (the note says why)",
            "  note       the note on the assignment (English), empty when none",
            "  sources    the URLs (or citations) of the documents, joined with ';'",
            "JSON: an array with one object with the same fields (uncertain a boolean, note null when",
            "absent, sources an array).",
            "An unknown code, a code before 2017 (CN-51), Hong Kong, Macao or Taiwan is an error (exit",
            "status 2)."},
        exitCodeList = {"0:success", "2:bad usage or bad input (message on stderr)"})
final class DistrictCommand extends CliCommand {

    @Option(names = "--province", required = true, paramLabel = "CODE",
            description = "ISO 3166-2:CN code, e.g. CN-SC (any case).")
    private String province = "";

    @Mixin
    private OutputOptions output = new OutputOptions();

    @Override
    public Integer call() {
        Directory directory = directory();
        DistrictAssignment a;
        try {
            a = directory.district(province);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e);
        }
        List<Column<Row>> columns = List.of(
                Column.text("province", r -> r.district().province().isoCode()),
                Column.text("name", r -> r.district().province().displayName(output.locale)),
                Column.text("post", r -> r.post().id()),
                Column.text("postName", r -> r.post().displayName(output.locale)),
                Column.bool("uncertain", r -> r.district().uncertain()),
                Column.optional("note", r -> r.district().provenance().note()),
                Column.list("sources", r -> r.district().provenance().sources().stream().map(Source::reference)
                        .distinct().toList()));
        Table<Row> table = Table.open(out(), output.format, columns, columns, columns).vertical();
        table.add(new Row(a, directory.post(a.postId())));
        table.finish();
        return ConsularKitCli.OK;
    }

    /** A row: the assignment of a province and the post it names. */
    private record Row(DistrictAssignment district, Post post) {
    }
}
