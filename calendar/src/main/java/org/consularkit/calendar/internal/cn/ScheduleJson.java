package org.consularkit.calendar.internal.cn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.consularkit.calendar.ChinaPublicHoliday;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.jspecify.annotations.Nullable;

/** Writes schedules as JSON, in the library's format and in the holiday-cn format. */
public final class ScheduleJson {

    private ScheduleJson() {
    }

    /**
     * Writes a schedule in the library's format.
     *
     * @param s the schedule
     * @return the JSON text
     */
    public static String own(ChinaSchedule s) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"format\": ").append(quote(ChinaScheduleParser.FORMAT)).append(",\n");
        sb.append("  \"year\": ").append(s.year()).append(",\n");
        sb.append("  \"sources\": [\n");
        List<Source> sources = s.sources();
        for (int i = 0; i < sources.size(); i++) {
            Source src = sources.get(i);
            sb.append("    {\"citation\": ").append(quote(src.citation()));
            src.url().ifPresent(u -> sb.append(", \"url\": ").append(quote(u.toString())));
            if (src.type() != SourceType.NOTICE) {
                sb.append(", \"type\": ").append(quote(src.type().name()));
            }
            sb.append(i + 1 < sources.size() ? "},\n" : "}\n");
        }
        sb.append("  ],\n  \"blocks\": [\n");
        List<ChinaSchedule.Block> blocks = s.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            ChinaSchedule.Block b = blocks.get(i);
            sb.append("    {\"festivals\": [")
                    .append(b.festivals().stream().map(f -> quote(f.key())).collect(Collectors.joining(", ")))
                    .append("], \"daysOff\": [")
                    .append(runs(b.daysOff()).stream().map(ScheduleJson::quote).collect(Collectors.joining(", ")))
                    .append(']');
            if (!b.makeupWorkdays().isEmpty()) {
                sb.append(", \"makeupWorkdays\": [").append(b.makeupWorkdays().stream()
                        .map(d -> quote(d.toString())).collect(Collectors.joining(", "))).append(']');
            }
            List<LocalDate> statutory = new ArrayList<>();
            for (ChinaPublicHoliday f : b.festivals()) {
                statutory.addAll(f.statutoryDays(s.year()));
            }
            if (!statutory.isEmpty()) {
                statutory.sort(null);
                sb.append(", \"note\": ").append(quote("statutory days: " + statutory.stream().distinct()
                        .map(LocalDate::toString).collect(Collectors.joining(", "))));
            }
            sb.append(i + 1 < blocks.size() ? "},\n" : "}\n");
        }
        sb.append("  ]\n}\n");
        return sb.toString();
    }

    /**
     * Writes a schedule in the holiday-cn format.
     *
     * @param s the schedule
     * @return the JSON text
     */
    public static String holidayCn(ChinaSchedule s) {
        Map<LocalDate, String[]> days = new TreeMap<>();
        for (ChinaSchedule.Block b : s.blocks()) {
            String name = name(b.festivals());
            b.daysOff().forEach(d -> days.put(d, new String[] {name, "true"}));
            b.makeupWorkdays().forEach(d -> days.put(d, new String[] {name, "false"}));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("{\n    \"year\": ").append(s.year()).append(",\n    \"papers\": [");
        List<String> papers = s.sources().stream().flatMap(src -> src.url().stream()).map(u -> quote(u.toString()))
                .toList();
        sb.append(papers.isEmpty() ? "" : "\n        " + String.join(",\n        ", papers) + "\n    ");
        sb.append("],\n    \"days\": [\n");
        int i = 0;
        for (Map.Entry<LocalDate, String[]> e : days.entrySet()) {
            sb.append("        {\n            \"name\": ").append(quote(e.getValue()[0])).append(",\n")
                    .append("            \"date\": ").append(quote(e.getKey().toString())).append(",\n")
                    .append("            \"isOffDay\": ").append(e.getValue()[1]).append("\n        }")
                    .append(++i < days.size() ? ",\n" : "\n");
        }
        sb.append("    ]\n}\n");
        return sb.toString();
    }

    /** The holiday-cn name of a block: National Day first in a shared block, as the data set has it. */
    private static String name(List<ChinaPublicHoliday> festivals) {
        List<ChinaPublicHoliday> order = new ArrayList<>(festivals);
        if (order.remove(ChinaPublicHoliday.NATIONAL_DAY)) {
            order.add(0, ChinaPublicHoliday.NATIONAL_DAY);
        }
        return order.stream().map(ChinaPublicHoliday::holidayCnName).collect(Collectors.joining("、"));
    }

    /** The days as runs of consecutive days: {@code yyyy-MM-dd} or {@code yyyy-MM-dd/yyyy-MM-dd}. */
    static List<String> runs(Iterable<LocalDate> days) {
        List<String> out = new ArrayList<>();
        @Nullable LocalDate start = null;
        LocalDate prev = LocalDate.MIN;
        for (LocalDate d : days) {
            if (start != null && d.equals(prev.plusDays(1))) {
                prev = d;
                continue;
            }
            if (start != null) {
                out.add(run(start, prev));
            }
            start = d;
            prev = d;
        }
        if (start != null) {
            out.add(run(start, prev));
        }
        return out;
    }

    private static String run(LocalDate start, LocalDate end) {
        return start.equals(end) ? start.toString() : start + "/" + end;
    }

    /**
     * Returns a JSON string literal.
     *
     * @param s the text
     * @return the literal, quoted and escaped
     */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
