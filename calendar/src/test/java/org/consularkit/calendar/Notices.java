package org.consularkit.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The texts of the State Council notices kept as test fixtures in {@code cn/notices/} (copied from
 * the project's reference data with their {@code #} header of sources and caveats).
 */
final class Notices {

    /** The fixtures, by file name without {@code .txt}, in order. */
    static final List<String> FILES = List.of("2007", "2009", "2010", "2011", "2012", "2013", "2014", "2015",
            "2015-amendment", "2016", "2018", "2019", "2019-amendment", "2020", "2020-amendment", "2021", "2022",
            "2024", "2025", "2026");

    /** The complete notices (all but the partial 2009 copy). */
    static final List<String> COMPLETE = FILES.stream().filter(f -> !f.equals("2009")).toList();

    private Notices() {
    }

    /**
     * Returns the text of a fixture with its leading {@code #} lines and the blank line after them
     * replaced by empty lines, so that line numbers are those of the file.
     *
     * @param name the file name without {@code .txt}, e.g. {@code 2019-amendment}
     * @return the text
     */
    static String text(String name) {
        String raw = resource("cn/notices/" + name + ".txt");
        StringBuilder sb = new StringBuilder();
        boolean head = true;
        for (String line : raw.split("\n", -1)) {
            if (head && (line.startsWith("#") || line.isEmpty())) {
                head = !line.isEmpty();
                sb.append('\n');
                continue;
            }
            head = false;
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    /** Returns a resource of this package as UTF-8 text. */
    static String resource(String name) {
        try (InputStream in = Notices.class.getResourceAsStream(name)) {
            Objects.requireNonNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a fixture. */
    static ChinaNotice parse(String name) {
        return ChinaNoticeParser.parse(text(name), name + ".txt");
    }

    /** Returns the complete fixtures of a year, parsed. */
    static List<ChinaNotice> ofYear(int year) {
        List<ChinaNotice> out = new ArrayList<>();
        for (String f : COMPLETE) {
            if (f.startsWith(Integer.toString(year))) {
                out.add(parse(f));
            }
        }
        return out;
    }

    /** The years that have a complete notice among the fixtures. */
    static List<Integer> years() {
        return COMPLETE.stream().map(f -> Integer.parseInt(f.substring(0, 4))).distinct().toList();
    }
}
