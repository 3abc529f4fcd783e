package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.consularkit.calendar.Calendars;
import org.consularkit.directory.Directory;
import org.consularkit.directory.HoursKind;
import org.consularkit.directory.Post;
import org.consularkit.directory.Province;
import org.junit.jupiter.api.Test;

/**
 * No research shorthand in what users read: every built-in data file of every module, and the
 * output (stdout and stderr) of the command line over every command, post, province, calendar,
 * format and locale, are free of the working notes of the people who compiled the data ({@code
 * facts.md}, {@code DESIGN.md}, the tags {@code [OFF]}, {@code [3P]}, {@code [DER]}, "page store",
 * "the seed page"). Facts say in words what they are and where they come from.
 */
class UserFacingTextTest {

    /** The shorthand, lower case; text is compared in lower case. */
    static final List<String> SHORTHAND = List.of("facts.md", "design.md", "[der]", "[3p]", "[off]", "page store",
            // the tags with a qualifier ("[OFF, old]", "[3P mirror of gov.cn]") and the research name of the Chengdu page
            "[der,", "[3p ", "[3p,", "[off,", "[off ", "seed page", "the seed", "seed/");

    /** The modules whose data files ship in the jars. */
    private static final List<String> MODULES = List.of("core", "calendar", "ical", "directory", "examples");

    private static final String[] FORMATS = {"text", "csv", "json"};
    private static final String[] LOCALES = {"en", "zh-CN"};

    /** Returns the shorthand a text contains, empty when none. */
    static List<String> shorthand(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return SHORTHAND.stream().filter(lower::contains).toList();
    }

    @Test
    void theScanFindsEveryKindOfShorthand() {
        assertThat(shorthand("see facts.md §1.1")).containsExactly("facts.md");
        assertThat(shorthand("[OFF] a page; [3P] a copy; [DER] a rule; DESIGN.md")).contains("[off]", "[3p]", "[der]",
                "design.md");
        assertThat(shorthand("[OFF, old] page, found in the page store")).contains("[off,", "page store");
        assertThat(shorthand("Official page: U.S. Mission China; derived, not stated")).isEmpty();
    }

    /** Every file under src/main/resources of every module: JSON data, schemas, lunar tables. */
    @Test
    void everyBuiltInDataFile() throws IOException {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        List<Path> files = new ArrayList<>();
        for (String module : MODULES) {
            Path resources = root.resolve(module).resolve("src/main/resources");
            if (Files.isDirectory(resources)) {
                try (Stream<Path> walk = Files.walk(resources)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("posts.json", "service-catalogue.json", "us-federal.json", "schedules.json",
                        "mission-china-closures.json", "directory.schema.json", "booking.schema.json");
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            for (String s : shorthand(text)) {
                found.add(root.relativize(f) + ": " + s);
            }
        }
        assertThat(found).as("shorthand in data files").isEmpty();
    }

    /** The commands of the CLI's recorded coverage, every post, province, calendar, format and locale. */
    @Test
    void everyCommandOutput() {
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"--help"});
        for (String name : ConsularKitCli.COMMAND_NAMES) {
            commands.add(new String[] {name, "--help"});
        }
        Directory mission = Directory.builtIn();
        for (Post p : mission.posts()) {
            String id = p.id();
            for (String f : FORMATS) {
                for (String l : LOCALES) {
                    commands.add(new String[] {"services", "--post", id, "--format", f, "--locale", l});
                    commands.add(new String[] {"validate", "--post", id, "--booking", "-", "--now",
                        "2026-02-20T10:00+08:00", "--arrived-at", "2026-03-03T14:30+08:00", "--format", f, "--locale", l});
                    commands.add(new String[] {"slots", "--post", id, "--service", "PASSPORT", "--from",
                        "2026-02-13T09:00+08:00", "--count", "3", "--format", f, "--locale", l});
                    for (HoursKind k : HoursKind.values()) {
                        commands.add(new String[] {"hours", "--post", id, "--at", "2026-03-13T14:00+08:00", "--window",
                            k.id(), "--format", f, "--locale", l});
                    }
                    commands.add(new String[] {"hours", "--post", id, "--at", "2026-02-17T10:00+08:00", "--format", f,
                        "--locale", l});
                    for (String at : List.of("2026-03-03T10:00+08:00", "2026-03-03T22:00+08:00")) {
                        for (String from : List.of("CN", "US")) {
                            for (String situation : List.of("arrest", "destitute", "child", "sick", "death", "crime",
                                    "injury", "medical", "fire", "traffic")) {
                                commands.add(new String[] {"call", "--post", id, "--at", at, "--from", from,
                                    "--situation", situation, "--format", f, "--locale", l});
                            }
                            commands.add(new String[] {"call", "--post", id, "--at", at, "--from", from, "--situation",
                                "arrest", "--as-published", "--format", f, "--locale", l});
                        }
                    }
                }
            }
        }
        for (Province province : Province.values()) {
            for (String f : FORMATS) {
                for (String l : LOCALES) {
                    commands.add(new String[] {"district", "--province", province.isoCode(), "--format", f, "--locale", l});
                }
            }
        }
        for (String calendar : Calendars.ids()) {
            for (String l : LOCALES) {
                for (String f : FORMATS) {
                    commands.add(new String[] {"holidays", "--calendar", calendar, "--from", "2000-01-01", "--to",
                        "2030-12-31", "--format", f, "--locale", l});
                    commands.add(new String[] {"days", "--calendar", calendar, "--from", "2025-12-01", "--to",
                        "2027-01-31", "--format", f, "--locale", l});
                }
                commands.add(new String[] {"ics", "--calendar", calendar, "--from-year", "2020", "--to-year", "2027",
                    "--locale", l});
            }
        }
        List<String> found = new ArrayList<>();
        for (String[] args : commands) {
            CliRun r = CliRun.withInput(ValidateCommandTest.BOOKING, args);
            assertThat(r.status()).as(String.join(" ", args)).isIn(0, 1, 2);
            for (String s : shorthand(r.out() + "\n" + r.err())) {
                found.add(String.join(" ", args) + ": " + s);
            }
        }
        assertThat(commands).hasSizeGreaterThan(2000);
        assertThat(found).as("shorthand in the output of the command line").isEmpty();
    }
}
