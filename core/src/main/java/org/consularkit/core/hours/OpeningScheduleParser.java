package org.consularkit.core.hours;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A recursive-descent parser of the OpenStreetMap {@code opening_hours} subset documented in
 * {@link OpeningSchedule}. Errors are {@link DateTimeParseException}s carrying the text and the
 * index of the first character that does not fit.
 */
final class OpeningScheduleParser {

    static final String[] DAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private final String text;
    private int pos;

    OpeningScheduleParser(String text) {
        this.text = text;
    }

    //-----------------------------------------------------------------------
    OpeningSchedule schedule() {
        OpeningSchedule.Builder b = OpeningSchedule.builder();
        // 0 = weekday rules, 1 = after "PH off", 2 = date rules
        int section = 0;
        boolean sawWeekday = false;
        boolean sawOff = false;
        boolean sawNth = false;
        skipSpaces();
        if (atEnd()) {
            throw error("expected a rule such as 'Mo-Fr 08:00-17:00'");
        }
        while (true) {
            int ruleStart = pos;
            if (lookingAt("PH")) {
                if (section > 0) {
                    throw error(ruleStart, section == 1 ? "'PH off' given twice" : "'PH off' must come before the date rules");
                }
                pos += 2;
                spaces();
                expectWord("off", "expected 'off' after 'PH' (only 'PH off' is supported)");
                b.closedOnPublicHolidays();
                section = 1;
            } else if (lookingAt("off")) {
                if (section > 0 || sawWeekday) {
                    throw error(ruleStart, "'off' alone must be the first and only weekday rule");
                }
                pos += 3;
                sawOff = true;
                sawWeekday = true;
            } else if (peekDigit()) {
                LocalDate date = date();
                spaces();
                if (lookingAt("off")) {
                    pos += 3;
                    b.closedOnDate(date);
                } else {
                    b.onDate(date, windows());
                }
                section = 2;
            } else if (peekDay()) {
                if (section > 0) {
                    throw error(ruleStart, "weekday rules must come before 'PH off' and the date rules");
                }
                if (sawOff) {
                    throw error(ruleStart, "'off' alone must be the first and only weekday rule");
                }
                DayOfWeek first = day();
                if (pos < text.length() && text.charAt(pos) == '[') {
                    Set<Integer> nth = nths();
                    spaces();
                    if (lookingAt("off")) {
                        pos += 3;
                        b.onNthWeekday(first, nth, List.of());
                    } else {
                        b.onNthWeekday(first, nth, windows());
                    }
                    sawNth = true;
                } else {
                    if (sawNth) {
                        throw error(ruleStart, "weekday rules must come before the nth-weekday rules such as Fr[2,4]");
                    }
                    pos = ruleStart;
                    Set<DayOfWeek> days = days();
                    spaces();
                    if (lookingAt("off")) {
                        pos += 3;
                        b.closed(days.toArray(new DayOfWeek[0]));
                    } else {
                        b.on(days, windows());
                    }
                }
                sawWeekday = true;
            } else {
                throw error("expected a weekday (Mo, Tu, We, Th, Fr, Sa, Su), a date (2026 Dec 24), 'PH off' or 'off'");
            }
            skipSpaces();
            if (atEnd()) {
                return b.build();
            }
            if (text.charAt(pos) != ';') {
                throw error("expected ';' between rules");
            }
            pos++;
            skipSpaces();
            if (atEnd()) {
                throw error("expected a rule after ';'");
            }
        }
    }

    private Set<DayOfWeek> days() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        while (true) {
            DayOfWeek first = day();
            if (pos < text.length() && text.charAt(pos) == '-') {
                pos++;
                DayOfWeek last = day();
                for (DayOfWeek d = first; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == last) {
                        break;
                    }
                }
            } else {
                days.add(first);
            }
            if (pos < text.length() && text.charAt(pos) == '[') {
                throw error("an nth-weekday rule such as Fr[2,4] names one day of the week, not a list or a span");
            }
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            return days;
        }
    }

    /** Reads {@code [2,4]} or {@code [1-3]}: the nths of an nth-weekday rule, from 1 to 5. */
    private Set<Integer> nths() {
        Set<Integer> out = new TreeSet<>();
        pos++; // '['
        while (true) {
            int spanStart = pos;
            int first = nth();
            int last = first;
            if (pos < text.length() && text.charAt(pos) == '-') {
                pos++;
                last = nth();
                if (last < first) {
                    throw error(spanStart, "the span " + text.substring(spanStart, pos) + " is empty (write the smaller"
                            + " nth first)");
                }
            }
            for (int n = first; n <= last; n++) {
                out.add(n);
            }
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            if (pos < text.length() && text.charAt(pos) == ']') {
                pos++;
                return out;
            }
            throw error("expected ',' or ']' in an nth-weekday selector such as Fr[2,4]");
        }
    }

    private int nth() {
        if (pos < text.length() && text.charAt(pos) == '-') {
            throw error("nths counted from the end of the month (Fr[-1]) are not supported; expected an nth from 1 to 5");
        }
        if (pos >= text.length() || text.charAt(pos) < '1' || text.charAt(pos) > '5'
                || (pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
            throw error("expected an nth from 1 to 5 (Fr[2] is the second Friday of the month)");
        }
        return text.charAt(pos++) - '0';
    }

    private DayOfWeek day() {
        for (int i = 0; i < DAYS.length; i++) {
            if (lookingAt(DAYS[i])) {
                pos += 2;
                return DayOfWeek.of(i + 1);
            }
        }
        throw error("expected a weekday: Mo, Tu, We, Th, Fr, Sa or Su");
    }

    private boolean peekDay() {
        for (String d : DAYS) {
            if (lookingAt(d)) {
                return true;
            }
        }
        return false;
    }

    private LocalDate date() {
        int start = pos;
        int year = number(4, 4, "expected a four-digit year");
        spaces();
        int month = month();
        spaces();
        int dayStart = pos;
        int day = number(1, 2, "expected a day of the month");
        try {
            return LocalDate.of(year, Month.of(month), day);
        } catch (DateTimeException e) {
            throw error(dayStart, "no such date " + text.substring(start, pos));
        }
    }

    private int month() {
        for (int i = 0; i < MONTHS.length; i++) {
            if (lookingAt(MONTHS[i])) {
                pos += 3;
                return i + 1;
            }
        }
        throw error("expected a month: Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov or Dec");
    }

    List<TimeWindow> windows() {
        List<TimeWindow> out = new ArrayList<>();
        out.add(timeWindow());
        while (pos < text.length() && text.charAt(pos) == ',') {
            pos++;
            out.add(timeWindow());
        }
        return out;
    }

    TimeWindow timeWindow() {
        int start = pos;
        int from = time(false);
        if (pos >= text.length() || text.charAt(pos) != '-') {
            throw error("expected '-' between the times of a range such as 13:00-16:00");
        }
        pos++;
        int to = time(true);
        if (to <= from) {
            throw error(start, "the end of " + text.substring(start, pos)
                    + " is not after its start (ranges past midnight are not supported)");
        }
        return TimeWindow.ofMinutes(from, to);
    }

    private int time(boolean end) {
        int start = pos;
        int h = number(2, 2, "expected a time HH:mm");
        if (pos >= text.length() || text.charAt(pos) != ':') {
            throw error("expected ':' in a time HH:mm");
        }
        pos++;
        int minuteStart = pos;
        int m = number(2, 2, "expected two digits of minutes in a time HH:mm");
        if (m > 59) {
            throw error(minuteStart, "minutes must be from 00 to 59");
        }
        if (h > 24 || (h == 24 && (m != 0 || !end))) {
            throw error(start, end ? "hours must be from 00 to 23, or 24:00" : "hours must be from 00 to 23");
        }
        return h * 60 + m;
    }

    private int number(int minDigits, int maxDigits, String expected) {
        int start = pos;
        while (pos < text.length() && pos - start < maxDigits && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos - start < minDigits) {
            pos = start;
            throw error(expected);
        }
        if (pos < text.length() && isDigit(text.charAt(pos))) {
            throw error(expected);
        }
        return Integer.parseInt(text.substring(start, pos));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean peekDigit() {
        return pos < text.length() && isDigit(text.charAt(pos));
    }

    //-----------------------------------------------------------------------
    private boolean lookingAt(String word) {
        if (!text.startsWith(word, pos)) {
            return false;
        }
        int after = pos + word.length();
        return after >= text.length() || !Character.isLetter(text.charAt(after));
    }

    private void expectWord(String word, String message) {
        if (!lookingAt(word)) {
            throw error(message);
        }
        pos += word.length();
    }

    /** Requires at least one space. */
    private void spaces() {
        if (pos >= text.length() || text.charAt(pos) != ' ') {
            throw error("expected a space");
        }
        skipSpaces();
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    void expectEnd() {
        if (!atEnd()) {
            throw error("unexpected text after the end");
        }
    }

    private DateTimeParseException error(String reason) {
        return error(pos, reason);
    }

    private DateTimeParseException error(int index, String reason) {
        return new DateTimeParseException(
                "Text " + quoted(text, index) + " could not be parsed at index " + index + ": " + reason, text, index);
    }

    /** The longest text quoted whole in a message; a longer one is quoted around the error. */
    static final int MAX_QUOTED = 200;

    /** How many characters are quoted on each side of the error in a longer text. */
    private static final int AROUND = 60;

    /**
     * The text as quoted in a message: whole when at most {@value #MAX_QUOTED} characters, otherwise
     * the characters around the index, marked with ellipses, and the text's length, so that the
     * message stays short whatever the text (the whole text is the exception's parsed string).
     */
    static String quoted(String text, int index) {
        if (text.length() <= MAX_QUOTED) {
            return "'" + text + "'";
        }
        int from = Math.max(0, index - AROUND);
        int to = Math.min(text.length(), index + AROUND);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return "'" + (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "") + "' ("
                + text.length() + " characters)";
    }
}
