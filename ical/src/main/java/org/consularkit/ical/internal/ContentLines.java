package org.consularkit.ical.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.consularkit.ical.IcsValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Writes iCalendar content lines straight to UTF-8 bytes, exactly as ical4j's {@code toString}
 * followed by {@link IcsWriter#toBytes(String, String)} would, without building an object model.
 *
 * <p>Each call writes one content line: a property name (with its parameters, if any, written
 * as given), a colon and a value. A {@linkplain #text(String, String) TEXT value} is escaped as
 * RFC 5545 §3.3.11 requires and as ical4j does: a backslash becomes {@code \\}, a semicolon
 * {@code \;}, a comma {@code \,}, and a line break (LF or CR LF) {@code \n}. Lines are folded at
 * 75 octets of UTF-8 (RFC 5545 §3.1), splitting only between code points (see {@link
 * IcsWriter#fold(String)}), and ended by CRLF.
 *
 * <p>The checks {@link IcsWriter#toBytes(String, String)} makes are made here as the characters
 * are written: a content line containing a bare CR or LF, a control character other than HTAB or
 * an unpaired surrogate is a problem, reported with the same words and content-line number by
 * {@link #toBytes(String)}.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: one instance writes one object, then {@link #toBytes(String)} returns its
 * bytes. It reads no default locale, time zone or charset.
 */
public final class ContentLines {

    private static final int MAX = IcsWriter.MAX_LINE_OCTETS;
    private static final int CHUNK = 32 * 1024;

    /** The chunks filled so far, each {@link #CHUNK} octets or less (their used lengths in {@link #used}). */
    private final List<byte[]> full = new ArrayList<>();
    private final List<Integer> used = new ArrayList<>();
    private int total;
    private byte[] buf;
    private int size;
    private char[] scratch = new char[256];
    /** Octets of the current physical line. */
    private int octets;
    /** Number of the current content line, from 1. */
    private int lineNumber;
    /** Whether the current content line has a problem already. */
    private boolean lineBad;
    private @Nullable List<String> problems;

    /**
     * Creates a writer.
     *
     * @param capacity the expected number of octets, a hint: up to 32 KiB are allocated at once
     */
    public ContentLines(int capacity) {
        this.buf = new byte[Math.max(256, Math.min(CHUNK, capacity))];
    }

    //-----------------------------------------------------------------------
    /**
     * Writes {@code BEGIN:name}.
     *
     * @param component the component name, e.g. {@code VEVENT}, ASCII, not null
     * @return this writer
     */
    public ContentLines begin(String component) {
        return raw("BEGIN", component);
    }

    /**
     * Writes {@code END:name}.
     *
     * @param component the component name, ASCII, not null
     * @return this writer
     */
    public ContentLines end(String component) {
        return raw("END", component);
    }

    /**
     * Writes a content line whose value is written as it is, not escaped.
     *
     * @param name the property name with its parameters, e.g. {@code DTSTART;VALUE=DATE}, not null
     * @param value the value, not null
     * @return this writer
     */
    public ContentLines raw(String name, String value) {
        startLine(name);
        int n = value.length();
        char[] cs = chars(value, n);
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c >= 0x20 && c < 0x7F) {
                putAscii(c);
            } else {
                i = putCodePoint(c, cs, i, n);
            }
        }
        return endLine(name, value, false);
    }

    /**
     * Writes a content line with a TEXT value, escaped.
     *
     * @param name the property name with its parameters, not null
     * @param value the unescaped value, not null
     * @return this writer
     */
    public ContentLines text(String name, CharSequence value) {
        startLine(name);
        int n = value.length();
        char[] cs = chars(value, n);
        byte[] b = buf;
        int sz = size;
        int oc = octets;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c >= 0x20 && c < 0x7F && c != '\\' && c != ';' && c != ',') {
                // the common case, kept in locals: a plain ASCII character that fits
                if (oc < MAX && sz < b.length) {
                    b[sz++] = (byte) c;
                    oc++;
                    continue;
                }
                size = sz;
                octets = oc;
                putAscii(c);
            } else {
                size = sz;
                octets = oc;
                i = special(cs, i, n);
            }
            b = buf;
            sz = size;
            oc = octets;
        }
        size = sz;
        octets = oc;
        return endLine(name, value, true);
    }

    /** Writes the character at i, which is not plain ASCII or must be escaped; returns the last index used. */
    private int special(char[] cs, int i, int n) {
        char c = cs[i];
        switch (c) {
            case '\\' -> {
                putAscii('\\');
                putAscii('\\');
            }
            case ';', ',' -> {
                putAscii('\\');
                putAscii(c);
            }
            case '\n' -> {
                putAscii('\\');
                putAscii('n');
            }
            case '\r' -> {
                if (i + 1 < n && cs[i + 1] == '\n') {
                    putAscii('\\');
                    putAscii('n');
                    return i + 1;
                }
                putCodePoint(c, cs, i, n);
            }
            default -> {
                return putCodePoint(c, cs, i, n);
            }
        }
        return i;
    }

    private char[] chars(CharSequence value, int n) {
        char[] cs = scratch;
        if (cs.length < n) {
            cs = new char[Math.max(n, cs.length * 2)];
            scratch = cs;
        }
        if (value instanceof String s) {
            s.getChars(0, n, cs, 0);
        } else if (value instanceof StringBuilder sb) {
            sb.getChars(0, n, cs, 0);
        } else {
            for (int i = 0; i < n; i++) {
                cs[i] = value.charAt(i);
            }
        }
        return cs;
    }

    /**
     * Writes a content line with a DATE value, {@code yyyyMMdd}.
     *
     * @param name the property name with its parameters, e.g. {@code DTSTART;VALUE=DATE}, not null
     * @param date the date, in the years 1 to 9999, not null
     * @return this writer
     */
    public ContentLines date(String name, LocalDate date) {
        startLine(name);
        putDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        return endLine(name, "", false);
    }

    /**
     * Writes a content line with an integer value.
     *
     * @param name the property name, not null
     * @param value the value
     * @return this writer
     */
    public ContentLines integer(String name, int value) {
        return raw(name, Integer.toString(value));
    }

    /**
     * Formats an instant as an iCalendar UTC date-time, {@code yyyyMMdd'T'HHmmss'Z'}, as ical4j
     * does.
     *
     * @param instant the instant, in the years 1 to 9999 (UTC), not null
     * @return the text, e.g. {@code 20251218T000000Z}
     */
    public static String utc(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        char[] c = new char[16];
        digits(c, 0, t.getYear(), 4);
        digits(c, 4, t.getMonthValue(), 2);
        digits(c, 6, t.getDayOfMonth(), 2);
        c[8] = 'T';
        digits(c, 9, t.getHour(), 2);
        digits(c, 11, t.getMinute(), 2);
        digits(c, 13, t.getSecond(), 2);
        c[15] = 'Z';
        return new String(c);
    }

    private static void digits(char[] c, int at, int value, int width) {
        int v = value;
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }

    /**
     * Returns the bytes written.
     *
     * @param subject what is written, for error messages, not null
     * @return the UTF-8 bytes, CRLF line ends, folded at 75 octets, no byte-order mark
     * @throws IcsValidationException if a content line has a problem
     */
    public byte[] toBytes(String subject) {
        Objects.requireNonNull(subject, "subject");
        if (problems != null) {
            throw new IcsValidationException(subject, problems);
        }
        byte[] out = new byte[total + size];
        int at = 0;
        for (int i = 0; i < full.size(); i++) {
            System.arraycopy(full.get(i), 0, out, at, used.get(i));
            at += used.get(i);
        }
        System.arraycopy(buf, 0, out, at, size);
        return out;
    }

    //-----------------------------------------------------------------------
    private void startLine(String name) {
        lineNumber++;
        lineBad = false;
        octets = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                putAscii(c);
            } else {
                lineBad = true;
            }
        }
        putAscii(':');
    }

    private ContentLines endLine(String name, CharSequence value, boolean escaped) {
        if (lineBad) {
            // the error path: rebuild the unfolded line for the message, as IcsWriter reports it
            String line = name + ":" + (escaped ? escape(value.toString()) : value.toString());
            String problem = IcsWriter.lineProblem(line, lineNumber);
            if (problems == null) {
                problems = new ArrayList<>();
            }
            problems.add(problem != null ? problem : "content line " + lineNumber + " is invalid");
        }
        ensure(2);
        buf[size++] = '\r';
        buf[size++] = '\n';
        return this;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n")
                .replace(";", "\\;").replace(",", "\\,");
    }

    private void putDate(int year, int month, int day) {
        putAscii((char) ('0' + year / 1000 % 10));
        putAscii((char) ('0' + year / 100 % 10));
        putAscii((char) ('0' + year / 10 % 10));
        putAscii((char) ('0' + year % 10));
        putAscii((char) ('0' + month / 10));
        putAscii((char) ('0' + month % 10));
        putAscii((char) ('0' + day / 10));
        putAscii((char) ('0' + day % 10));
    }

    private void putAscii(char c) {
        if (octets == MAX) {
            ensure(4);
            buf[size++] = '\r';
            buf[size++] = '\n';
            buf[size++] = ' ';
            octets = 1;
        } else {
            ensure(1);
        }
        buf[size++] = (byte) c;
        octets++;
    }

    /**
     * Writes the code point starting with c at i (a surrogate pair takes two), or marks the line bad;
     * returns the last index used. The callers write printable ASCII themselves: c is a control
     * character, DEL or beyond ASCII.
     */
    private int putCodePoint(char c, char[] cs, int i, int length) {
        int cp;
        int last = i;
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(cs[i + 1])) {
            cp = Character.toCodePoint(c, cs[i + 1]);
            last = i + 1;
        } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t') || c == 0x7F) {
            lineBad = true;
            return i;
        } else {
            cp = c;
        }
        int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        ensure(n + 3);
        if (octets + n > MAX) {
            buf[size++] = '\r';
            buf[size++] = '\n';
            buf[size++] = ' ';
            octets = 1;
        }
        switch (n) {
            case 1 -> buf[size++] = (byte) cp;
            case 2 -> {
                buf[size++] = (byte) (0xC0 | (cp >> 6));
                buf[size++] = (byte) (0x80 | (cp & 0x3F));
            }
            case 3 -> {
                buf[size++] = (byte) (0xE0 | (cp >> 12));
                buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[size++] = (byte) (0x80 | (cp & 0x3F));
            }
            default -> {
                buf[size++] = (byte) (0xF0 | (cp >> 18));
                buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[size++] = (byte) (0x80 | (cp & 0x3F));
            }
        }
        octets += n;
        return last;
    }

    /** Makes room for n octets in the current chunk (n is at most 7). */
    private void ensure(int n) {
        if (size + n > buf.length) {
            full.add(buf);
            used.add(size);
            total += size;
            buf = new byte[CHUNK];
            size = 0;
        }
    }
}
