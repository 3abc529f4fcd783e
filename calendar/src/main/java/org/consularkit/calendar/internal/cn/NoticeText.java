package org.consularkit.calendar.internal.cn;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A piece of the normalised text of a notice that remembers, for every character, the line and
 * column it came from in the text as given, so that an error names the place a reader can find.
 *
 * <p>Normalisation, line by line: Unicode NFKC (full-width {@code ，：（）；} become {@code , : ( )
 * ;}, the ideographic space a space), then every white-space character, zero-width space and
 * byte-order mark is dropped (Chinese text has no meaningful spaces: {@code 一、 元旦} is {@code
 * 一、元旦}), then numbers in Chinese numerals before {@code 年} (four digits, {@code 二〇二五年}),
 * {@code 月} or {@code 日} ({@code 十二月十四日}) are written in Arabic digits. {@code 〇}, {@code ○}
 * (U+25CB, as in some copies) and {@code 零} are zero.
 *
 * <p>Immutable.
 */
final class NoticeText {

    private static final String DIGITS = "〇一二三四五六七八九";

    private final String text;
    private final int[] lines;
    private final int[] columns;
    /** The indexes at which a line of the original text starts (only for joined texts). */
    private final boolean[] lineStarts;

    private NoticeText(String text, int[] lines, int[] columns, boolean[] lineStarts) {
        this.text = text;
        this.lines = lines;
        this.columns = columns;
        this.lineStarts = lineStarts;
    }

    /**
     * Splits a text into normalised lines, leaving out those that are empty after normalisation.
     *
     * @param raw the text as given
     * @return the lines, in order
     */
    static List<NoticeText> lines(String raw) {
        List<NoticeText> out = new ArrayList<>();
        int lineNo = 1;
        int start = 0;
        int n = raw.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            char c = end ? '\n' : raw.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                NoticeText line = normalise(raw.substring(start, i), lineNo);
                if (!line.isEmpty()) {
                    out.add(line);
                }
                if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                lineNo++;
                start = i + 1;
            }
        }
        return out;
    }

    private static NoticeText normalise(String raw, int lineNo) {
        StringBuilder sb = new StringBuilder(raw.length());
        IntList cols = new IntList(raw.length());
        for (int i = 0; i < raw.length();) {
            int cp = raw.codePointAt(i);
            int count = Character.charCount(cp);
            String s = cp < 0x80 ? String.valueOf((char) cp)
                    : Normalizer.normalize(raw.substring(i, i + count), Normalizer.Form.NFKC);
            for (int k = 0; k < s.length(); k++) {
                char ch = s.charAt(k);
                if (!isSpace(ch)) {
                    sb.append(ch);
                    cols.add(i + 1);
                }
            }
            i += count;
        }
        return chineseNumerals(sb.toString(), lineNo, cols.toArray());
    }

    private static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u200B' || ch == '\u200C'
                || ch == '\u200D' || ch == '\uFEFF' || ch == '\u00AD' || ch == '\u2060';
    }

    static boolean isChineseNumeral(char c) {
        return DIGITS.indexOf(c) >= 0 || c == '十' || c == '○' || c == '零';
    }

    private static int digit(char c) {
        return c == '○' || c == '零' ? 0 : DIGITS.indexOf(c);
    }

    /** Rewrites Chinese-numeral years, months and days in Arabic digits. */
    private static NoticeText chineseNumerals(String s, int lineNo, int[] cols) {
        StringBuilder sb = new StringBuilder(s.length());
        IntList outCols = new IntList(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!isChineseNumeral(c)) {
                sb.append(c);
                outCols.add(cols[i]);
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && isChineseNumeral(s.charAt(j))) {
                j++;
            }
            String run = s.substring(i, j);
            char next = j < s.length() ? s.charAt(j) : ' ';
            String converted = null;
            if (next == '年' && run.length() == 4 && run.indexOf('十') < 0) {
                StringBuilder y = new StringBuilder();
                for (int k = 0; k < 4; k++) {
                    y.append((char) ('0' + digit(run.charAt(k))));
                }
                converted = y.toString();
            } else if ((next == '月' || next == '日') && run.length() <= 3) {
                int v = smallNumber(run);
                if (v > 0 && v <= 31) {
                    converted = Integer.toString(v);
                }
            }
            if (converted == null) {
                for (int k = i; k < j; k++) {
                    sb.append(s.charAt(k));
                    outCols.add(cols[k]);
                }
            } else {
                for (int k = 0; k < converted.length(); k++) {
                    sb.append(converted.charAt(k));
                    outCols.add(cols[i]);
                }
            }
            i = j;
        }
        int[] colArray = outCols.toArray();
        int[] lineArray = new int[colArray.length];
        Arrays.fill(lineArray, lineNo);
        boolean[] starts = new boolean[colArray.length];
        if (starts.length > 0) {
            starts[0] = true;
        }
        return new NoticeText(sb.toString(), lineArray, colArray, starts);
    }

    /**
     * Returns the value of a number of one to three Chinese numerals from 1 to 99 ({@code 十},
     * {@code 十二}, {@code 二十}, {@code 二十一}, {@code 七}), or -1.
     *
     * @param run the numerals
     * @return the value, or -1 if the numerals do not form such a number
     */
    static int smallNumber(String run) {
        if (run.isEmpty() || run.length() > 3) {
            return -1;
        }
        int ten = run.indexOf('十');
        if (ten < 0) {
            return run.length() == 1 ? digit(run.charAt(0)) : -1;
        }
        if (run.lastIndexOf('十') != ten) {
            return -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digit(run.charAt(0)) : -1;
        if (tens <= 0) {
            return -1;
        }
        String rest = run.substring(ten + 1);
        int units = rest.isEmpty() ? 0 : rest.length() == 1 ? digit(rest.charAt(0)) : -1;
        return units < 0 ? -1 : tens * 10 + units;
    }

    /**
     * Joins texts, remembering where each starts a line.
     *
     * @param parts the texts, in order
     * @return the joined text
     */
    static NoticeText join(List<NoticeText> parts) {
        int n = 0;
        for (NoticeText p : parts) {
            n += p.length();
        }
        StringBuilder sb = new StringBuilder(n);
        int[] lines = new int[n];
        int[] cols = new int[n];
        boolean[] starts = new boolean[n];
        int k = 0;
        for (NoticeText p : parts) {
            sb.append(p.text);
            System.arraycopy(p.lines, 0, lines, k, p.length());
            System.arraycopy(p.columns, 0, cols, k, p.length());
            if (p.length() > 0) {
                starts[k] = true;
            }
            k += p.length();
        }
        return new NoticeText(sb.toString(), lines, cols, starts);
    }

    //-----------------------------------------------------------------------
    @Override
    public String toString() {
        return text;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** The line of the first character, or of the last one of an empty text's neighbour. */
    int line() {
        return lines.length == 0 ? 0 : lines[0];
    }

    /** The line of the character at an index (the last character for an index at the end). */
    int lineAt(int i) {
        if (lines.length == 0) {
            return 0;
        }
        return lines[Math.min(Math.max(i, 0), lines.length - 1)];
    }

    /** The column of the character at an index (the last character for an index at the end). */
    int columnAt(int i) {
        if (columns.length == 0) {
            return 0;
        }
        return columns[Math.min(Math.max(i, 0), columns.length - 1)];
    }

    /** Tells whether the character at an index starts a line of the original text. */
    boolean startsLine(int i) {
        return i >= 0 && i < lineStarts.length && lineStarts[i];
    }

    /** Returns a part of this text, keeping the positions. */
    NoticeText sub(int from, int to) {
        return new NoticeText(text.substring(from, to), Arrays.copyOfRange(lines, from, to),
                Arrays.copyOfRange(columns, from, to), Arrays.copyOfRange(lineStarts, from, to));
    }

    /** A growable array of ints. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(capacity, 4)];
        }

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
