package org.consularkit.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A table of rows of type {@code R} printed as they arrive: an aligned text table, CSV or a JSON
 * array of objects.
 *
 * <p>Each format prints its own selection of {@linkplain Column columns}; a column is a name (the
 * CSV header, the JSON field, the text header) and a function from a row to its {@linkplain Cell
 * cell}. Only the columns of the chosen format are evaluated. A cell is a text, a number, a
 * boolean, a list of texts, an object of texts (JSON only) or {@linkplain Cell#empty() empty}:
 * a missing value is an explicit empty cell, printed empty in text and CSV and {@code null} in
 * JSON. In CSV a list is joined with {@code ;}; in text with {@code ", "}.
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
 *
 * @param <R> the type of the rows
 */
final class Table<R> {

    /**
     * The value of one column of one row.
     *
     * <h2>Implementation Requirements</h2>
     * Implementations are immutable and thread-safe.
     */
    sealed interface Cell permits Cell.Text, Cell.Num, Cell.Bool, Cell.Items, Cell.Entries, Cell.Empty {

        /** A text: as is in text and CSV, a JSON string. */
        record Text(String value) implements Cell {
            /** Creates a text cell; the value is not null. */
            public Text {
                Objects.requireNonNull(value, "value");
            }
        }

        /** An integer: a JSON number. */
        record Num(long value) implements Cell {
        }

        /** A boolean: {@code true} or {@code false}, a JSON boolean. */
        record Bool(boolean value) implements Cell {
        }

        /** A list of texts: joined with {@code ;} in CSV, {@code ", "} in text, a JSON array. */
        record Items(List<String> values) implements Cell {
            /** Creates a list cell; copies the values. */
            public Items {
                values = List.copyOf(values);
            }
        }

        /** Key-value pairs in order: a JSON object; {@code key=value} pairs joined like a list elsewhere. */
        record Entries(List<Map.Entry<String, String>> entries) implements Cell {
            /** Creates an object cell; copies the entries. */
            public Entries {
                entries = entries.stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
            }
        }

        /** No value: empty in text and CSV, {@code null} in JSON. */
        enum Empty implements Cell {
            /** The empty cell. */
            INSTANCE
        }

        /** Returns the empty cell. */
        static Cell empty() {
            return Empty.INSTANCE;
        }

        /**
         * Returns a text cell of an object's {@code toString()} (a string, a date, an enum).
         *
         * @throws IllegalArgumentException if the value is an optional, a collection or a map, which
         *     have cells of their own
         */
        static Cell text(Object value) {
            if (value instanceof Optional || value instanceof Collection || value instanceof Map) {
                throw new IllegalArgumentException("Not a text: " + value.getClass().getName());
            }
            return new Text(value.toString());
        }

        /** Returns the text cell of the value, or the empty cell when there is none. */
        static Cell optional(Optional<?> value) {
            return value.isPresent() ? text(value.get()) : Empty.INSTANCE;
        }
    }

    /**
     * One column: its name (the CSV header, the JSON field, the text header) and its value in a row.
     *
     * <h2>Implementation Requirements</h2>
     * Immutable and thread-safe if the function is.
     *
     * @param <R> the type of the rows
     * @param name the name
     * @param value the cell of a row in this column
     */
    record Column<R>(String name, Function<? super R, ? extends Cell> value) {

        /** Creates a column. */
        Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }

        /** Returns a column of texts: the {@code toString()} of the value (a string, a date, an enum). */
        static <R> Column<R> text(String name, Function<? super R, ?> value) {
            return new Column<>(name, r -> Cell.text(value.apply(r)));
        }

        /** Returns a column of texts that may be missing: an empty optional is an empty cell. */
        static <R> Column<R> optional(String name, Function<? super R, ? extends Optional<?>> value) {
            return new Column<>(name, r -> Cell.optional(value.apply(r)));
        }

        /** Returns a column of integers. */
        static <R> Column<R> number(String name, ToLongFunction<? super R> value) {
            return new Column<>(name, r -> new Cell.Num(value.applyAsLong(r)));
        }

        /** Returns a column of booleans. */
        static <R> Column<R> bool(String name, Predicate<? super R> value) {
            return new Column<>(name, r -> new Cell.Bool(value.test(r)));
        }

        /** Returns a column of lists: each element by its {@code toString()}. */
        static <R> Column<R> list(String name, Function<? super R, ? extends Collection<?>> value) {
            return new Column<>(name, r -> new Cell.Items(strings(value.apply(r))));
        }

        /** The items' strings, in order; without a stream, as this runs once per row. */
        private static List<String> strings(Collection<?> items) {
            if (items.isEmpty()) {
                return List.of();
            }
            String[] out = new String[items.size()];
            int i = 0;
            for (Object item : items) {
                out[i++] = item.toString();
            }
            return List.of(out);
        }

        /** Returns a column of key-value pairs in the map's order (JSON objects). */
        static <R> Column<R> entries(String name, Function<? super R, ? extends Map<?, ?>> value) {
            return new Column<>(name, r -> new Cell.Entries(value.apply(r).entrySet().stream()
                    .map(e -> Map.entry(e.getKey().toString(), e.getValue().toString())).toList()));
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Spaces, for padding text columns. */
    private static final char[] BLANKS = "                                                                ".toCharArray();

    private final PrintWriter out;
    private final Format format;
    private final List<Column<R>> columns;
    private final TextCells text = new TextCells();
    private final StringBuilder line = new StringBuilder(128);
    private char[] lineChars = new char[128];
    private @Nullable JsonGenerator generator;
    private boolean vertical;

    private Table(PrintWriter out, Format format, List<Column<R>> columns) {
        this.out = out;
        this.format = format;
        this.columns = List.copyOf(columns);
    }

    /**
     * Starts printing a table; CSV prints its header line at once.
     *
     * @param <R> the type of the rows
     * @param out where to print
     * @param format the format
     * @param csv the CSV columns in order (their names are the header line)
     * @param json the fields of each JSON object in order
     * @param text the columns of the text table in order
     * @return the table, to which rows are added
     */
    static <R> Table<R> open(PrintWriter out, Format format, List<Column<R>> csv, List<Column<R>> json,
            List<Column<R>> text) {
        Table<R> t = new Table<>(out, format, switch (format) {
            case CSV -> csv;
            case JSON -> json;
            case TEXT -> text;
        });
        t.start();
        return t;
    }

    /**
     * Prints the text form as records, one {@code header  value} line per column and a blank line
     * between rows, instead of a table; for answers with one row and long values.
     *
     * @return this table
     */
    Table<R> vertical() {
        this.vertical = true;
        return this;
    }

    private void start() {
        try {
            switch (format) {
                case CSV -> {
                    line.setLength(0);
                    for (Column<R> c : columns) {
                        line.append(line.length() > 0 ? "," : "").append(c.name());
                    }
                    line.append('\n');
                    writeLine();
                }
                case JSON -> {
                    generator = generator(out);
                    generator.writeStartArray();
                }
                case TEXT -> {
                    for (Column<R> c : columns) {
                        text.add(c.name());
                    }
                }
                default -> throw new AssertionError(format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds a row.
     *
     * @param row the row, not null
     */
    void add(R row) {
        Objects.requireNonNull(row, "row");
        try {
            switch (format) {
                case CSV -> {
                    line.setLength(0);
                    for (int i = 0; i < columns.size(); i++) {
                        if (i > 0) {
                            line.append(',');
                        }
                        appendCsv(line, cell(columns.get(i), row));
                    }
                    line.append('\n');
                    writeLine();
                }
                case JSON -> {
                    JsonGenerator g = Objects.requireNonNull(generator, "generator");
                    g.writeStartObject();
                    for (Column<R> c : columns) {
                        g.writeFieldName(c.name());
                        writeJson(g, cell(c, row));
                    }
                    g.writeEndObject();
                }
                case TEXT -> {
                    for (Column<R> c : columns) {
                        text.add(flat(cell(c, row), ", "));
                    }
                }
                default -> throw new AssertionError(format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <R> Cell cell(Column<R> column, R row) {
        return Objects.requireNonNull(column.value().apply(row), column.name());
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

    /**
     * Writes {@link #line} through a reused character array: no {@code String} per line (a long CSV
     * or text table writes tens of thousands of lines, and a string would be made and then copied
     * back into characters by the writer).
     */
    private void writeLine() {
        int length = line.length();
        if (length > lineChars.length) {
            lineChars = new char[Math.max(length, lineChars.length * 2)];
        }
        line.getChars(0, length, lineChars, 0);
        out.write(lineChars, 0, length);
    }

    /** Appends a CSV field: numbers and booleans as they are, other cells as {@link #csvField}. */
    private static void appendCsv(StringBuilder line, Cell cell) {
        if (cell instanceof Cell.Num n) {
            line.append(n.value());
        } else if (cell instanceof Cell.Bool b) {
            line.append(b.value());
        } else {
            line.append(csvField(flat(cell, ";")));
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

    /** Returns a cell as text, a list joined with a separator. */
    private static String flat(Cell cell, String separator) {
        if (cell instanceof Cell.Text t) {
            return t.value();
        } else if (cell instanceof Cell.Num n) {
            return Long.toString(n.value());
        } else if (cell instanceof Cell.Bool b) {
            return Boolean.toString(b.value());
        } else if (cell instanceof Cell.Items items) {
            return String.join(separator, items.values());
        } else if (cell instanceof Cell.Entries entries) {
            return String.join(separator, entries.entries().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        } else if (cell instanceof Cell.Empty) {
            return "";
        }
        throw new AssertionError(cell);
    }

    //-----------------------------------------------------------------------
    private void printText() {
        if (vertical) {
            printRecords();
            return;
        }
        int n = columns.size();
        int rows = text.size() / n;
        int[] widths = new int[n];
        for (int k = 0; k < text.size(); k++) {
            widths[k % n] = Math.max(widths[k % n], text.width(k));
        }
        for (int r = 0; r < rows; r++) {
            line.setLength(0);
            for (int i = 0; i < n; i++) {
                int k = r * n + i;
                text.appendTo(line, k);
                if (i < n - 1) {
                    pad(line, widths[i] - text.width(k) + 2);
                }
            }
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            line.setLength(end);
            line.append('\n');
            writeLine();
        }
    }

    private void printRecords() {
        int n = columns.size();
        int width = 0;
        for (int i = 0; i < n; i++) {
            width = Math.max(width, text.width(i));
        }
        for (int r = 1; r < text.size() / n; r++) {
            line.setLength(0);
            if (r > 1) {
                line.append('\n');
            }
            for (int i = 0; i < n; i++) {
                int k = r * n + i;
                if (text.isEmpty(k)) {
                    continue;
                }
                text.appendTo(line, i);
                pad(line, width - text.width(i) + 2);
                text.appendTo(line, k);
                line.append('\n');
            }
            writeLine();
        }
    }

    /**
     * The cells of a text table, header first, row after row: their characters in one buffer and
     * their ends and display widths in two int arrays. A table is printed only once all its rows are
     * known (to align the columns), and a long one has tens of thousands of rows (73,049 for
     * {@code lunar} from 1901 to 2100): kept as a few large arrays instead of an array of strings per
     * row, they are not copied by every young collection of the garbage collector (in that table's
     * case, five collections and more than 100 ms of the whole run).
     */
    private static final class TextCells {

        private final StringBuilder chars = new StringBuilder(1024);
        private String text = "";
        private int[] ends = new int[64];
        private int[] widths = new int[64];
        private int size;

        void add(String cell) {
            if (size == ends.length) {
                ends = Arrays.copyOf(ends, size * 2);
                widths = Arrays.copyOf(widths, size * 2);
            }
            chars.append(cell);
            ends[size] = chars.length();
            widths[size] = displayWidth(cell);
            size++;
        }

        int size() {
            return size;
        }

        int width(int cell) {
            return widths[cell];
        }

        boolean isEmpty(int cell) {
            return start(cell) == ends[cell];
        }

        /** Appends a cell's text: copied from a string, not character by character from the buffer. */
        void appendTo(StringBuilder line, int cell) {
            if (text.length() != chars.length()) {
                text = chars.toString();
            }
            line.append(text, start(cell), ends[cell]);
        }

        private int start(int cell) {
            return cell == 0 ? 0 : ends[cell - 1];
        }
    }

    private static void pad(StringBuilder line, int count) {
        for (int left = count; left > 0; left -= BLANKS.length) {
            line.append(BLANKS, 0, Math.min(left, BLANKS.length));
        }
    }

    /**
     * Returns the number of terminal columns a text takes: two for East Asian wide and full-width
     * characters (CJK ideographs, kana, Hangul, full-width forms), one for the others.
     */
    static int displayWidth(String s) {
        int ascii = 0;
        while (ascii < s.length() && s.charAt(ascii) < 0x1100) {
            ascii++;
        }
        if (ascii == s.length()) {
            return ascii; // no wide character can be in the text (the first wide one is U+1100)
        }
        int width = ascii;
        for (int i = ascii; i < s.length(); ) {
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
        return JSON.createGenerator(out).setPrettyPrinter(new Stringify());
    }

    /**
     * The layout of {@code JSON.stringify(value, null, 2)}, written against the {@link PrettyPrinter}
     * interface of jackson-core 2.0 (not {@code Separators} spacing options, which need 2.16 or
     * 2.17), so that the command line runs with the oldest jackson-core the library supports. One
     * instance per generator: it counts the depth.
     */
    private static final class Stringify implements PrettyPrinter {

        private int depth;

        private void newLine(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
            for (int i = 0; i < depth; i++) {
                g.writeRaw("  ");
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(' ');
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
            depth++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            newLine(g);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            newLine(g);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            depth--;
            if (nrOfEntries > 0) {
                newLine(g);
            }
            g.writeRaw('}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
            depth++;
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            newLine(g);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            newLine(g);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            depth--;
            if (nrOfValues > 0) {
                newLine(g);
            }
            g.writeRaw(']');
        }
    }

    /** Writes a cell to a JSON generator: a string, a number, a boolean, an array, an object or null. */
    static void writeJson(JsonGenerator g, Cell cell) throws IOException {
        if (cell instanceof Cell.Text t) {
            g.writeString(t.value());
        } else if (cell instanceof Cell.Num n) {
            g.writeNumber(n.value());
        } else if (cell instanceof Cell.Bool b) {
            g.writeBoolean(b.value());
        } else if (cell instanceof Cell.Items items) {
            g.writeStartArray();
            for (String v : items.values()) {
                g.writeString(v);
            }
            g.writeEndArray();
        } else if (cell instanceof Cell.Entries entries) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : entries.entries()) {
                g.writeFieldName(e.getKey());
                g.writeString(e.getValue());
            }
            g.writeEndObject();
        } else if (cell instanceof Cell.Empty) {
            g.writeNull();
        } else {
            throw new AssertionError(cell);
        }
    }
}
