package org.consularkit.examples.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The shape of the command line's messages on stderr: one line, of bounded length, with long
 * values quoted from the user shortened to an excerpt.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class Messages {

    /** The longest line of an error message, in characters, without its line feed. */
    static final int MAX_LINE = 300;
    /** The longest exception message in an internal-error line, in characters. */
    static final int MAX_INTERNAL = 200;
    /** The longest value quoted whole; a longer one is shortened to an excerpt. */
    static final int MAX_VALUE = 80;

    private static final String ELLIPSIS = "…";
    private static final int HEAD = 55;
    private static final int TAIL = 20;
    /** A value quoted with single or double quotes and longer than {@link #MAX_VALUE}. */
    private static final Pattern LONG_QUOTED = Pattern.compile("'([^'\\r\\n]{" + (MAX_VALUE + 1) + ",})'"
            + "|\"([^\"\\r\\n]{" + (MAX_VALUE + 1) + ",})\"");

    private Messages() {
    }

    /**
     * Returns a value to quote in a message: the value itself when at most {@link #MAX_VALUE}
     * characters long, otherwise its start and end around an ellipsis.
     *
     * @param value the value, not null
     * @return the value or its excerpt
     */
    static String excerpt(String value) {
        if (value.length() <= MAX_VALUE) {
            return value;
        }
        return value.substring(0, boundary(value, HEAD)) + ELLIPSIS
                + value.substring(boundary(value, value.length() - TAIL));
    }

    /**
     * Returns the line {@code prefix + message + suffix} of at most {@link #MAX_LINE} characters:
     * the message on one line and, when the line is too long, with long quoted values shortened
     * to excerpts and then, if still too long, cut with an ellipsis.
     *
     * @param prefix the start of the line, e.g. {@code "consularkit days: "}
     * @param message the message, possibly null or on several lines
     * @param suffix the end of the line, possibly empty
     * @return the line, without a line feed
     */
    static String line(String prefix, @Nullable String message, String suffix) {
        String text = oneLine(message);
        int room = Math.max(MAX_LINE - prefix.length() - suffix.length(), MAX_VALUE);
        if (text.length() > room) {
            Matcher m = LONG_QUOTED.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String quote = m.group(1) != null ? "'" : "\"";
                String value = m.group(1) != null ? m.group(1) : m.group(2);
                m.appendReplacement(sb, Matcher.quoteReplacement(quote + excerpt(value) + quote));
            }
            m.appendTail(sb);
            text = cut(sb.toString(), room);
        }
        return prefix + text + suffix;
    }

    /**
     * Returns the one-line message of a throwable for an internal-error line: its message on one
     * line, cut with an ellipsis after {@link #MAX_INTERNAL} characters; empty when it has none.
     *
     * @param message the message, possibly null
     * @return the bounded message
     */
    static String internal(@Nullable String message) {
        return cut(oneLine(message), MAX_INTERNAL);
    }

    /** Returns a message on one line, stripped; empty for null. */
    static String oneLine(@Nullable String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Returns a text of at most {@code max} characters, cut with an ellipsis when longer. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, boundary(text, max - ELLIPSIS.length())) + ELLIPSIS;
    }

    /** Returns an index near {@code i} that does not split a surrogate pair. */
    private static int boundary(String s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
    }
}
