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
        mixinStandardHelpOptions = true,
        versionProvider = ConsularKitCli.Version.class,
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
        exitCodeListHeading = "%nExit status:%n",
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
        DistrictAssignment a = directory.district(province);
        Post post = directory.post(a.postId());
        List<String> columns = List.of("province", "name", "post", "postName", "uncertain", "note", "sources");
        Table table = Table.open(out(), output.format, columns, columns, columns, List.of(
                Column.of("province"), Column.of("name"), Column.of("post"), Column.of("postName"),
                Column.of("uncertain"), Column.of("note"), Column.of("sources"))).vertical();
        table.add(a.province().isoCode(), a.province().displayName(output.locale), post.id(), post.displayName(output.locale),
                a.uncertain(), a.provenance().note().orElse(null),
                a.provenance().sources().stream().map(Source::reference).distinct().toList());
        table.finish();
        return ConsularKitCli.OK;
    }
}
