package org.consularkit.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table printed as its rows arrive: an aligned text table, CSV or a JSON array of objects.
 *
 * <p>Each row gives a value for every {@linkplain #open key}, in order; each format prints a
 * selection of them. A value is a {@code String}, a number, a {@code Boolean}, a {@code List} of
 * values, a {@code Map} of values (JSON only), {@code null} (empty in text and CSV, {@code null} in
 * JSON), or any other object printed by its {@code toString()} ({@code LocalDate}, enums). In CSV a
 * list is joined with {@code ;}; in text with {@code ", "}.
 *
 * <p>CSV follows RFC 4180 except for the line ending, {@code \n}: a field is quoted (and its
 * quotes doubled) exactly when it contains a comma, a double quote, a carriage return or a line
 * feed. A field is <em>not</em> quoted because it contains {@code ;}, the separator of lists
 * within a field, which RFC 4180 gives no meaning. JSON is printed with two-space indentation,
 * {@code \n} line endings and non-ASCII characters as they are (the output is UTF-8). CSV and JSON
 * rows are written as they arrive; a text table is held until {@link #finish()}, to align it.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: one table is printed by one thread.
 */
final class Table {

    /** One column of a text table: the key of its values and its header. */
    record Column(String key, String header) {
        static Column of(String key) {
            return new Column(key, key);
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final PrintWriter out;
    private final Format format;
    private final int width;
    private final int[] csv;
    private final String csvHeader;
    private final String[] json;
    private final int[] jsonIndex;
    private final int[] text;
    private final String[] textHeaders;
    private final List<String[]> textRows = new ArrayList<>();
    private final StringBuilder line = new StringBuilder(128);
    private @Nullable JsonGenerator generator;
    private boolean vertical;

    private Table(PrintWriter out, Format format, List<String> keys, List<String> csv, List<String> json,
            List<Column> text) {
        this.out = out;
        this.format = format;
        this.width = keys.size();
        this.csv = indexes(keys, csv);
        this.csvHeader = String.join(",", csv) + "\n";
        this.json = json.toArray(new String[0]);
        this.jsonIndex = indexes(keys, json);
        this.text = indexes(keys, text.stream().map(Column::key).toList());
        this.textHeaders = text.stream().map(Column::header).toArray(String[]::new);
    }

    /**
     * Starts printing a table; CSV prints its header line at once.
     *
     * @param out where to print
     * @param format the format
     * @param keys the keys of the values of each row, in the order {@link #add} takes them
     * @param csv the CSV columns in order (also the header line)
     * @param json the keys of each JSON object in order
     * @param text the columns of the text table in order
     * @return the table, to which rows are added
     * @throws IllegalArgumentException if a column is not among the keys
     */
    static Table open(PrintWriter out, Format format, List<String> keys, List<String> csv, List<String> json,
            List<Column> text) {
        Table t = new Table(out, format, keys, csv, json, text);
        t.start();
        return t;
    }

    /**
     * Prints the text form as records, one {@code header  value} line per column and a blank line
     * between rows, instead of a table; for answers with one row and long values.
     *
     * @return this table
     */
    Table vertical() {
        this.vertical = true;
        return this;
    }

    private static int[] indexes(List<String> keys, List<String> selected) {
        int[] out = new int[selected.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = keys.indexOf(selected.get(i));
            if (out[i] < 0) {
                throw new IllegalArgumentException("Column " + selected.get(i) + " is not among " + keys);
            }
        }
        return out;
    }

    private void start() {
        try {
            switch (format) {
                case CSV -> out.write(csvHeader);
                case JSON -> {
                    generator = generator(out);
                    generator.writeStartArray();
                }
                case TEXT -> textRows.add(textHeaders);
                default -> throw new AssertionError(format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds a row.
     *
     * @param values one value per key, in the order of the keys
     * @throws IllegalArgumentException if the number of values is not the number of keys
     */
    void add(@Nullable Object... values) {
        if (values.length != width) {
            throw new IllegalArgumentException("Expected " + width + " values, got " + values.length);
        }
        try {
            switch (format) {
                case CSV -> {
                    line.setLength(0);
                    for (int i = 0; i < csv.length; i++) {
                        if (i > 0) {
                            line.append(',');
                        }
                        line.append(csvField(flat(values[csv[i]], ";")));
                    }
                    line.append('\n');
                    out.write(line.toString());
                }
                case JSON -> {
                    JsonGenerator g = Objects.requireNonNull(generator, "generator");
                    g.writeStartObject();
                    for (int i = 0; i < json.length; i++) {
                        g.writeFieldName(json[i]);
                        writeJson(g, values[jsonIndex[i]]);
                    }
                    g.writeEndObject();
                }
                case TEXT -> {
                    String[] cells = new String[text.length];
                    for (int i = 0; i < text.length; i++) {
                        cells[i] = flat(values[text[i]], ", ");
                    }
                    textRows.add(cells);
                }
                default -> throw new AssertionError(format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the table: closes the JSON array, prints the aligned text table. */
    void finish() {
        try {
            switch (format) {
                case CSV -> {
                }
                case JSON -> {
                    JsonGenerator g = Objects.requireNonNull(generator, "generator");
                    g.writeEndArray();
                    g.close();
                    out.write('\n');
                }
                case TEXT -> printText();
                default -> throw new AssertionError(format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    //-----------------------------------------------------------------------
    /** Quotes a CSV field when it contains a comma, a double quote, CR or LF (RFC 4180). */
    static String csvField(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }

    private static String flat(@Nullable Object value, String separator) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object v : list) {
                if (sb.length() > 0) {
                    sb.append(separator);
                }
                sb.append(flat(v, separator));
            }
            return sb.toString();
        }
        return value.toString();
    }

    //-----------------------------------------------------------------------
    private void printText() {
        if (vertical) {
            printRecords();
            return;
        }
        int n = textHeaders.length;
        int[] widths = new int[n];
        for (String[] cells : textRows) {
            for (int i = 0; i < n; i++) {
                widths[i] = Math.max(widths[i], displayWidth(cells[i]));
            }
        }
        for (String[] cells : textRows) {
            line.setLength(0);
            for (int i = 0; i < n; i++) {
                line.append(cells[i]);
                if (i < n - 1) {
                    line.append(" ".repeat(widths[i] - displayWidth(cells[i]) + 2));
                }
            }
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            line.setLength(end);
            line.append('\n');
            out.write(line.toString());
        }
    }

    private void printRecords() {
        int n = textHeaders.length;
        int width = 0;
        for (String h : textHeaders) {
            width = Math.max(width, displayWidth(h));
        }
        for (int r = 1; r < textRows.size(); r++) {
            String[] cells = textRows.get(r);
            line.setLength(0);
            if (r > 1) {
                line.append('\n');
            }
            for (int i = 0; i < n; i++) {
                if (cells[i].isEmpty()) {
                    continue;
                }
                line.append(textHeaders[i]).append(" ".repeat(width - displayWidth(textHeaders[i]) + 2))
                        .append(cells[i]).append('\n');
            }
            out.write(line.toString());
        }
    }

    /**
     * Returns the number of terminal columns a text takes: two for East Asian wide and full-width
     * characters (CJK ideographs, kana, Hangul, full-width forms), one for the others.
     */
    static int displayWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            width += isWide(cp) ? 2 : 1;
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns a JSON generator writing to {@code out} with two-space indentation, {@code \n} line
     * endings, {@code "key": value} spacing and {@code []} / {@code {}} for empty containers (the
     * layout of JavaScript's {@code JSON.stringify(value, null, 2)}). Closing it flushes, but does
     * not close, {@code out}.
     */
    static JsonGenerator generator(PrintWriter out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withArrayIndenter(indenter)
                .withObjectIndenter(indenter);
        return JSON.createGenerator(out).setPrettyPrinter(printer);
    }

    /** Writes a value (see the class documentation for the types) to a JSON generator. */
    static void writeJson(JsonGenerator g, @Nullable Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object v : list) {
                writeJson(g, v);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(Objects.toString(e.getKey()));
                writeJson(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeString(value.toString());
        }
    }
}
