package org.consularkit.ical.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import org.consularkit.ical.IcsValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Writes ical4j calendars as the exact bytes ConsularKit publishes: validated first (see {@link
 * IcsValidator}), then serialized with CRLF line ends, UTF-8 without a byte-order mark, and
 * content lines folded at 75 <em>octets</em>.
 *
 * <h2>Folding</h2>
 * RFC 5545 §3.1 limits a content line to 75 octets excluding the line break; a longer line is
 * split by inserting CRLF followed by one space, and the space counts towards the limit of the
 * next line. ical4j folds by UTF-16 characters, so a line of Chinese text (3 octets per
 * character) comes out up to three times too long. {@link #fold(String)} counts UTF-8 octets and
 * splits only between code points, so a multi-octet character is never broken and unfolding
 * (deleting every CRLF followed by a space) restores the line exactly.
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility: thread-safe. It reads no default locale, time zone or
 * charset.
 */
public final class IcsWriter {

    /** The maximum length of a physical line in octets, excluding its CRLF (RFC 5545 §3.1). */
    public static final int MAX_LINE_OCTETS = 75;

    private static final String CRLF = "\r\n";

    private IcsWriter() {
    }

    /**
     * Validates a calendar and returns its bytes.
     *
     * @param calendar the calendar, not null
     * @param subject what is written, for error messages, e.g. {@code "holiday feed cn (zh)"}, not
     *     null
     * @return the UTF-8 bytes, CRLF line ends, folded at 75 octets, no byte-order mark
     * @throws IcsValidationException if the calendar fails validation or contains a character that
     *     cannot be written
     */
    public static byte[] write(Calendar calendar, String subject) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(subject, "subject");
        IcsValidator.validate(calendar, subject);
        return toBytes(calendar.toString(), subject);
    }

    /**
     * Folds unfolded iCalendar text (content lines ended by CRLF) and encodes it as UTF-8.
     *
     * @param unfolded the text, every content line ended by CRLF, not null
     * @param subject what is written, for error messages, not null
     * @return the folded UTF-8 bytes
     * @throws IcsValidationException if the text does not end with CRLF, or a line contains a bare
     *     CR or LF, a control character other than HTAB, or an unpaired surrogate
     */
    public static byte[] toBytes(String unfolded, String subject) {
        Objects.requireNonNull(unfolded, "unfolded");
        Objects.requireNonNull(subject, "subject");
        List<String> problems = new ArrayList<>();
        if (!unfolded.endsWith(CRLF)) {
            problems.add("the text does not end with CRLF");
        }
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 16);
        int start = 0;
        int lineNumber = 1;
        while (start < unfolded.length()) {
            int end = unfolded.indexOf(CRLF, start);
            if (end < 0) {
                end = unfolded.length();
            }
            String line = unfolded.substring(start, end);
            String problem = checkLine(line);
            if (problem != null) {
                problems.add("content line " + lineNumber + " (" + abbreviate(line) + ") " + problem);
            } else {
                out.append(fold(line)).append(CRLF);
            }
            start = end + CRLF.length();
            lineNumber++;
        }
        if (!problems.isEmpty()) {
            throw new IcsValidationException(subject, problems);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Folds one content line at 75 octets of UTF-8: the first physical line holds at most 75
     * octets, every continuation line a space and at most 74 more; lines are split only between
     * code points.
     *
     * @param contentLine one unfolded content line without its CRLF, not null, with no unpaired
     *     surrogate
     * @return the folded line, physical lines joined by CRLF and a space, without a final CRLF
     * @throws IllegalArgumentException if the line contains an unpaired surrogate
     */
    public static String fold(String contentLine) {
        Objects.requireNonNull(contentLine, "contentLine");
        StringBuilder out = new StringBuilder(contentLine.length() + 8);
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int cp = contentLine.codePointAt(i);
            if (Character.isSurrogate((char) cp) && Character.charCount(cp) == 1) {
                throw new IllegalArgumentException("Content line has an unpaired surrogate at index "
                        + i + ": " + abbreviate(contentLine));
            }
            int n = utf8Length(cp);
            if (octets + n > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * Returns the problem of one unfolded content line, in the words of {@link #toBytes(String,
     * String)}, or null if it has none.
     *
     * @param line the content line without its CRLF, not null
     * @param lineNumber its number, from 1
     * @return the problem, e.g. {@code content line 7 (SUMMARY:A\u0007) contains the control
     *     character U+0007}, or null
     */
    static @Nullable String lineProblem(String line, int lineNumber) {
        String problem = checkLine(line);
        return problem == null ? null : "content line " + lineNumber + " (" + abbreviate(line) + ") " + problem;
    }

    private static @Nullable String checkLine(String line) {
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (cp == '\r' || cp == '\n') {
                return "contains a bare " + (cp == '\r' ? "CR" : "LF");
            }
            if ((cp < 0x20 && cp != '\t') || cp == 0x7F) {
                return "contains the control character U+" + hex(cp);
            }
            if (Character.charCount(cp) == 1 && Character.isSurrogate((char) cp)) {
                return "contains the unpaired surrogate U+" + hex(cp);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static String hex(int cp) {
        String h = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        return "0".repeat(Math.max(0, 4 - h.length())) + h;
    }

    private static int utf8Length(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }

    private static String abbreviate(String line) {
        int limit = 40;
        String shown = line.length() <= limit ? line : line.substring(0, limit) + "...";
        StringBuilder sb = new StringBuilder();
        shown.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F || (cp >= 0xD800 && cp <= 0xDFFF)) {
                sb.append("\\u").append(hex(cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
