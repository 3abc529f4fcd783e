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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Rows of named values printed as an aligned text table, CSV or a JSON array of objects.
 *
 * <p>A value is a {@code String}, a number, a {@code Boolean}, a {@code List} of values, a {@code
 * Map} of values (JSON only), {@code null} (empty in text and CSV, {@code null} in JSON), or any
 * other object printed by its {@code toString()} ({@code LocalDate}, enums). In CSV a list is
 * joined with {@code ;}; in text with {@code ", "}.
 *
 * <p>CSV follows RFC 4180 except for the line ending, {@code \n}: a field is quoted (and its
 * quotes doubled) exactly when it contains a comma, a double quote, a carriage return or a line
 * feed. A field is <em>not</em> quoted because it contains {@code ;}, the separator of lists
 * within a field, which RFC 4180 gives no meaning. JSON is printed with two-space indentation,
 * {@code \n} line endings and non-ASCII characters as they are (the output is UTF-8).
 */
final class Table {

    /** One column: the key of its values and its header in text tables. */
    record Column(String key, String header) {
        static Column of(String key) {
            return new Column(key, key);
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final List<String> csv;
    private final List<String> json;
    private final List<Column> text;
    private final List<Map<String, @Nullable Object>> rows = new ArrayList<>();

    /**
     * Creates an empty table.
     *
     * @param csv the CSV columns in order (also the header line)
     * @param json the keys of each JSON object in order
     * @param text the columns of the text table in order
     */
    Table(List<String> csv, List<String> json, List<Column> text) {
        this.csv = List.copyOf(csv);
        this.json = List.copyOf(json);
        this.text = List.copyOf(text);
    }

    /**
     * Starts a new row and returns it, to be filled with {@code put(key, value)}.
     *
     * @return the new row, in insertion order
     */
    Map<String, @Nullable Object> row() {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        rows.add(row);
        return row;
    }

    /** Prints the table in a format. */
    void print(PrintWriter out, Format format) {
        switch (format) {
            case CSV -> printCsv(out);
            case JSON -> printJson(out);
            case TEXT -> printText(out);
            default -> throw new AssertionError(format);
        }
    }

    //-----------------------------------------------------------------------
    private void printCsv(PrintWriter out) {
        StringBuilder sb = new StringBuilder(64);
        sb.append(String.join(",", csv)).append('\n');
        out.write(sb.toString());
        for (Map<String, @Nullable Object> row : rows) {
            sb.setLength(0);
            for (int i = 0; i < csv.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(csvField(flat(row.get(csv.get(i)), ";")));
            }
            sb.append('\n');
            out.write(sb.toString());
        }
    }

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
            return list.stream().map(v -> flat(v, separator)).collect(Collectors.joining(separator));
        }
        return value.toString();
    }

    //-----------------------------------------------------------------------
    private void printText(PrintWriter out) {
        int n = text.size();
        int[] widths = new int[n];
        List<String[]> lines = new ArrayList<>(rows.size() + 1);
        String[] header = new String[n];
        for (int i = 0; i < n; i++) {
            header[i] = text.get(i).header();
        }
        lines.add(header);
        for (Map<String, @Nullable Object> row : rows) {
            String[] cells = new String[n];
            for (int i = 0; i < n; i++) {
                cells[i] = flat(row.get(text.get(i).key()), ", ");
            }
            lines.add(cells);
        }
        for (String[] cells : lines) {
            for (int i = 0; i < n; i++) {
                widths[i] = Math.max(widths[i], displayWidth(cells[i]));
            }
        }
        StringBuilder sb = new StringBuilder(128);
        for (String[] cells : lines) {
            sb.setLength(0);
            for (int i = 0; i < n; i++) {
                sb.append(cells[i]);
                if (i < n - 1) {
                    sb.append(" ".repeat(widths[i] - displayWidth(cells[i]) + 2));
                }
            }
            int end = sb.length();
            while (end > 0 && sb.charAt(end - 1) == ' ') {
                end--;
            }
            sb.setLength(end);
            sb.append('\n');
            out.write(sb.toString());
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
    private void printJson(PrintWriter out) {
        try (JsonGenerator g = generator(out)) {
            g.writeStartArray();
            for (Map<String, @Nullable Object> row : rows) {
                g.writeStartObject();
                for (String key : json) {
                    g.writeFieldName(key);
                    writeJson(g, row.get(key));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
    }

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
