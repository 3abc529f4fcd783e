package org.consularkit.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekly schedule in the subset of the OpenStreetMap {@code opening_hours} syntax that the
 * directory's data uses: rules separated by {@code "; "}, each a set of weekdays ({@code Mo-Fr},
 * {@code Mo,Tu,Th}) followed by half-open time ranges ({@code 08:00-12:00,13:00-17:00}), and the
 * rule {@code PH off} (closed on public holidays; the closure calendar decides which days those are,
 * and is consulted whether or not the rule is written). A weekday may
 * appear in one rule only; ranges of a rule must be ordered and must not overlap or cross midnight.
 *
 * <p>This is the directory's own small reader, used until the engine's opening hours are
 * available; the text form is the same.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
final class WeeklyHours {

    private static final List<String> DAYS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    private static final Pattern RULE = Pattern.compile(
            "((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*)"
            + " ([0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}(?:,[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2})*)");

    private final Map<DayOfWeek, List<LocalTime[]>> ranges;
    private final String text;

    private WeeklyHours(Map<DayOfWeek, List<LocalTime[]>> ranges, String text) {
        this.ranges = ranges;
        this.text = text;
    }

    /**
     * Parses a schedule.
     *
     * @param text the schedule, e.g. {@code "Mo-Fr 08:00-17:00; PH off"}
     * @return the schedule
     * @throws IllegalArgumentException if the text is not in the supported syntax
     */
    static WeeklyHours parse(String text) {
        Objects.requireNonNull(text, "text");
        Map<DayOfWeek, List<LocalTime[]>> ranges = new EnumMap<>(DayOfWeek.class);
        boolean phOff = false;
        String[] rules = text.split("; ", -1);
        for (String rule : rules) {
            if (rule.equals("PH off")) {
                if (phOff) {
                    throw new IllegalArgumentException("Opening hours '" + text + "' repeat 'PH off'");
                }
                phOff = true;
                continue;
            }
            Matcher m = RULE.matcher(rule);
            if (!m.matches()) {
                throw new IllegalArgumentException("Opening hours '" + text + "': rule '" + rule
                        + "' is not of the form 'Mo-Fr 08:00-17:00' or 'PH off'");
            }
            List<LocalTime[]> times = times(text, m.group(2));
            for (String part : m.group(1).split(",")) {
                String[] ends = part.split("-");
                int a = DAYS.indexOf(ends[0]);
                int b = DAYS.indexOf(ends[ends.length - 1]);
                if (b < a) {
                    throw new IllegalArgumentException("Opening hours '" + text + "': day range '" + part
                            + "' runs backwards");
                }
                for (int i = a; i <= b; i++) {
                    DayOfWeek day = DayOfWeek.of(i + 1);
                    if (ranges.put(day, times) != null) {
                        throw new IllegalArgumentException("Opening hours '" + text + "': " + DAYS.get(i)
                                + " appears in more than one rule");
                    }
                }
            }
        }
        return new WeeklyHours(ranges, text);
    }

    private static List<LocalTime[]> times(String text, String spec) {
        List<LocalTime[]> out = new ArrayList<>();
        LocalTime previousEnd = LocalTime.MIN;
        for (String r : spec.split(",")) {
            String[] t = r.split("-");
            LocalTime start;
            LocalTime end;
            try {
                start = LocalTime.parse(t[0]);
                end = LocalTime.parse(t[1]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Opening hours '" + text + "': bad time in '" + r + "'", e);
            }
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("Opening hours '" + text + "': range '" + r
                        + "' must end after it starts, on the same day");
            }
            if (!out.isEmpty() && start.isBefore(previousEnd)) {
                throw new IllegalArgumentException("Opening hours '" + text + "': range '" + r
                        + "' overlaps or precedes the range before it");
            }
            out.add(new LocalTime[] {start, end});
            previousEnd = end;
        }
        return List.copyOf(out);
    }

    /** Tells whether the schedule is open on a weekday at a local time (start included, end excluded). */
    boolean isOpen(DayOfWeek day, LocalTime time) {
        for (LocalTime[] r : ranges.getOrDefault(day, List.of())) {
            if (!time.isBefore(r[0]) && time.isBefore(r[1])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
