package org.consularkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Prints the Markdown table of {@code benchmarks/README.md} from a JMH JSON result file: for each
 * benchmark its score, error, allocation per operation, the ratio of each anchor to ConsularKit in
 * the same run, and whether ConsularKit meets the target of issue 7.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.consularkit.benchmarks.Summary
 * benchmarks/results/jmh.json}.
 *
 * <h2>Implementation Requirements</h2>
 * A program; no state.
 */
public final class Summary {

    /** Allocation below this many bytes per operation is JMH's own noise: reported as 0. */
    private static final double ZERO_BYTES = 0.5;

    /** No limit on allocation. */
    private static final double ANY_BYTES = Double.MAX_VALUE;

    /** A target of issues 7 and 15 for one ConsularKit benchmark: time, bytes allocated, ratio to an anchor. */
    private record Target(double maxScore, double maxBytes, @Nullable String anchor, double minRatio,
            String text) {
    }

    private static final Map<String, Target> TARGETS = Map.of(
            "UsFederalDayLookupBenchmark.consularKitIsWorkingDay",
            new Target(10, ZERO_BYTES, "jollydayIsHoliday", 20, "≤ 10 ns, 0 B, ≥ 20× jollyday"),
            "ChinaDayLookupBenchmark.consularKitIsWorkingDay",
            new Target(10, ZERO_BYTES, null, 0, "≤ 10 ns, 0 B"),
            "LunarConversionBenchmark.consularKit",
            new Target(50, ANY_BYTES, null, 0, "≤ 50 ns"),
            "BookingValidationBenchmark.validate",
            new Target(1000, ANY_BYTES, null, 0, "≤ 1 µs"),
            "HolidayFeedBenchmark.consularKit",
            new Target(2, 2_000_000, null, 0, "≤ 2 ms, ≤ 2 MB"));

    private Summary() {
    }

    /**
     * Prints the table of a JMH JSON result file to standard output.
     *
     * @param args one argument: the path of the JSON file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: Summary <jmh-result.json>");
            System.exit(2);
        }
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        print(root, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    static void print(JsonNode root, PrintStream out) {
        Map<String, List<JsonNode>> byClass = new LinkedHashMap<>();
        for (JsonNode run : root) {
            String name = run.path("benchmark").asText();
            String simple = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            byClass.computeIfAbsent(simple.substring(0, simple.indexOf('.')), k -> new ArrayList<>()).add(run);
        }
        out.println("| Benchmark | Library, method | Time | ± 99.9 % | Allocated | Time ÷ ConsularKit | Target | Met |");
        out.println("|---|---|---:|---:|---:|---:|---|---|");
        for (Map.Entry<String, List<JsonNode>> e : byClass.entrySet()) {
            @Nullable JsonNode base = null;
            for (JsonNode run : e.getValue()) {
                if (method(run).startsWith("consularKit")) {
                    base = run;
                }
            }
            for (JsonNode run : e.getValue()) {
                String key = e.getKey() + "." + method(run);
                Target target = TARGETS.get(key);
                String ratio = base == null || !isAnchor(method(run)) ? "" : text(score(run) / score(base)) + "×";
                String met = "";
                if (target != null) {
                    boolean ok = score(run) <= target.maxScore()
                            && bytes(run) < target.maxBytes();
                    if (target.anchor() != null) {
                        ok &= ratioTo(e.getValue(), target.anchor(), run) >= target.minRatio();
                    }
                    met = ok ? "yes" : "**no**";
                }
                out.println("| " + e.getKey().replace("Benchmark", "") + " | " + library(method(run)) + params(run)
                        + " | " + text(score(run)) + " " + run.path("primaryMetric").path("scoreUnit").asText() + " | "
                        + error(run) + " | " + (bytes(run) < ZERO_BYTES ? "0" : text(bytes(run))) + " B | " + ratio
                        + " | " + (target == null ? "" : target.text()) + " | " + met + " |");
            }
        }
    }

    private static boolean isAnchor(String method) {
        return method.startsWith("jollyday") || method.startsWith("lunarJava") || method.startsWith("icu4j");
    }

    private static String params(JsonNode run) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, JsonNode> p : run.path("params").properties()) {
            sb.append(sb.length() == 0 ? " (" : ", ").append(p.getKey()).append('=').append(p.getValue().asText());
        }
        return sb.length() == 0 ? "" : sb.append(')').toString();
    }

    private static double ratioTo(List<JsonNode> runs, String anchorMethod, JsonNode base) {
        for (JsonNode run : runs) {
            if (method(run).equals(anchorMethod)) {
                return score(run) / score(base);
            }
        }
        return Double.NaN;
    }

    private static String method(JsonNode run) {
        String name = run.path("benchmark").asText();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String library(String method) {
        if (method.startsWith("consularKit") || method.equals("validate")) {
            return "ConsularKit `" + method + "`";
        } else if (method.equals("binarySearch")) {
            return "ConsularKit's algorithm, replica `" + method + "`";
        } else if (method.equals("bucketIndex")) {
            return "proposed month index `" + method + "`";
        } else if (method.startsWith("jollyday")) {
            return "jollyday `" + method + "`";
        } else if (method.startsWith("lunarJava")) {
            return "lunar-java `" + method + "`";
        } else if (method.startsWith("icu4j")) {
            return "ICU4J `" + method + "`";
        }
        return "`" + method + "`";
    }

    private static double score(JsonNode run) {
        return run.path("primaryMetric").path("score").asDouble();
    }

    private static String error(JsonNode run) {
        JsonNode e = run.path("primaryMetric").path("scoreError");
        return e.isNumber() ? text(e.asDouble()) : "n/a";
    }

    private static double bytes(JsonNode run) {
        return run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
    }

    /** Three significant digits, at least, with no exponent and no locale. */
    static String text(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        String pattern = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, v);
    }
}
