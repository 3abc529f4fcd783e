package org.consularkit.core.internal.json;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;

/**
 * Reads ISO dates {@code yyyy-MM-dd} with a four-digit year, as {@link LocalDate#parse} does, but
 * without the JDK's general date-time parser for the text that is such a date: the data files
 * hold about a thousand dates that a new process reads before its first answer, and the general
 * parser, running interpreted, took most of that time. Any other text goes to {@link
 * LocalDate#parse}, so that the result, the exception and its message are the JDK's.
 *
 * <p>This class is for ConsularKit's modules only (the package is not exported to others).
 */
public final class IsoDates {

    private IsoDates() {
    }

    /**
     * Tells whether a text has the shape {@code [0-9]{4}-[0-9]{2}-[0-9]{2}} (ASCII digits), whether
     * or not it is a valid date.
     *
     * @param text the text, not null
     * @return true when the text has that shape
     */
    public static boolean hasDateShape(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a date as {@link LocalDate#parse(CharSequence)} does.
     *
     * @param text the text, not null
     * @return the date, not null
     * @throws DateTimeParseException as {@link LocalDate#parse(CharSequence)} does
     */
    public static LocalDate parse(String text) {
        if (hasDateShape(text)) {
            int year = number(text, 0, 4);
            int month = number(text, 5, 7);
            int day = number(text, 8, 10);
            if (month >= 1 && month <= 12 && day >= 1
                    && day <= Month.of(month).length(Year.isLeap(year))) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }
}
