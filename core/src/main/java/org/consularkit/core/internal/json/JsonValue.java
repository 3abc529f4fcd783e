package org.consularkit.core.internal.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consularkit.core.DataFileException;
import org.jspecify.annotations.Nullable;

/**
 * A value of a JSON document read by {@link JsonReader}: an object, an array, a string, a number,
 * {@code true}/{@code false} or {@code null}, with its position in the document (line and column of
 * its first character) and its JSON path ({@code $}, {@code $.days[3].date}), for error messages.
 *
 * <p>The path is not stored: each value knows its parent and its name or index, and {@link #path()}
 * builds the text when an error needs it, so that a large document costs a few words per value.
 * Numbers keep the text they were written with ({@code 1e400} stays {@code 1e400}).
 *
 * <h2>Implementation Requirements</h2>
 * Immutable once the reader returns it; thread-safe.
 */
public abstract sealed class JsonValue
        permits JsonValue.ObjectValue, JsonValue.ArrayValue, JsonValue.StringValue, JsonValue.NumberValue,
                JsonValue.BooleanValue, JsonValue.NullValue {

    /** The longest number text {@link #isInt()} reads; a longer one is not taken as an int. */
    public static final int MAX_INT_TEXT = 40;

    private final @Nullable JsonValue parent;
    private final @Nullable String name;
    private final int index;
    private final int line;
    private final int column;

    private JsonValue(@Nullable JsonValue parent, @Nullable String name, int index, int line, int column) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.line = line;
        this.column = column;
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the JSON path of this value: {@code $} for the root, {@code parent.name} for a member
     * (names that are not simple identifiers in brackets: {@code $["a b"]}), {@code parent[i]} for
     * an element.
     *
     * @return the path, not null
     */
    public final String path() {
        StringBuilder sb = new StringBuilder();
        appendPath(sb);
        return sb.toString();
    }

    private void appendPath(StringBuilder sb) {
        if (parent == null) {
            sb.append('$');
            return;
        }
        parent.appendPath(sb);
        if (name == null) {
            sb.append('[').append(index).append(']');
        } else {
            sb.append(memberPath(name));
        }
    }

    /**
     * Returns the path step of a member name: {@code .name} for a simple name, {@code ["..."]}
     * otherwise (shortened when long).
     *
     * @param name the member name, not null
     * @return the step, not null
     */
    public static String memberPath(String name) {
        boolean simple = !name.isEmpty() && name.length() <= 64;
        for (int i = 0; simple && i < name.length(); i++) {
            char c = name.charAt(i);
            simple = c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && c >= '0' && c <= '9') || (i > 0 && c == '-');
        }
        if (simple) {
            return "." + name;
        }
        StringBuilder sb = new StringBuilder("[");
        writeString(sb, DataFileException.shorten(name, 64), Integer.MAX_VALUE);
        return sb.append(']').toString();
    }

    /**
     * Returns the line of the first character of this value, from 1.
     *
     * @return the line
     */
    public final int line() {
        return line;
    }

    /**
     * Returns the column of the first character of this value, from 1.
     *
     * @return the column
     */
    public final int column() {
        return column;
    }

    /**
     * Returns a short description of the kind of value, for messages: {@code an object}, {@code an
     * array}, {@code a string}, {@code a number}, {@code true}, {@code false} or {@code null}.
     *
     * @return the description, not null
     */
    public abstract String kind();

    /**
     * Returns the compact JSON text of this value shortened to about {@link
     * DataFileException#MAX_EXCERPT} characters, without building the whole text of a large value.
     *
     * @return the excerpt, not null
     */
    public final String excerpt() {
        StringBuilder sb = new StringBuilder();
        int budget = DataFileException.MAX_EXCERPT + 1;
        appendJson(sb, budget);
        if (sb.length() > DataFileException.MAX_EXCERPT) {
            sb.setLength(DataFileException.MAX_EXCERPT - 1);
            if (Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
                sb.setLength(sb.length() - 1);
            }
            sb.append('…');
        }
        return sb.toString();
    }

    /** Appends the compact JSON text, stopping once {@code sb} is longer than {@code limit}. */
    abstract void appendJson(StringBuilder sb, int limit);

    //-----------------------------------------------------------------------
    /**
     * Tells whether this value is a JSON object.
     *
     * @return true for an object
     */
    public boolean isObject() {
        return false;
    }

    /**
     * Tells whether this value is a JSON array.
     *
     * @return true for an array
     */
    public boolean isArray() {
        return false;
    }

    /**
     * Tells whether this value is a JSON string.
     *
     * @return true for a string
     */
    public boolean isString() {
        return false;
    }

    /**
     * Tells whether this value is a JSON number.
     *
     * @return true for a number
     */
    public boolean isNumber() {
        return false;
    }

    /**
     * Tells whether this value is a JSON boolean.
     *
     * @return true for {@code true} or {@code false}
     */
    public boolean isBoolean() {
        return false;
    }

    /**
     * Tells whether this value is the JSON literal {@code null}.
     *
     * @return true for {@code null}
     */
    public boolean isNull() {
        return false;
    }

    /**
     * Returns a member of an object.
     *
     * @param member the member name, not null
     * @return the member, or null if absent or if this is not an object
     */
    public @Nullable JsonValue get(String member) {
        return null;
    }

    /**
     * Returns the members of an object, in document order.
     *
     * @return an unmodifiable map, empty if this is not an object
     */
    public Map<String, JsonValue> members() {
        return Map.of();
    }

    /**
     * Returns the elements of an array, in order.
     *
     * @return an unmodifiable list, empty if this is not an array
     */
    public List<JsonValue> elements() {
        return List.of();
    }

    /**
     * Returns the text of a string.
     *
     * @return the text
     * @throws IllegalStateException if this is not a string
     */
    public String text() {
        throw wrongKind("a string");
    }

    /**
     * Returns the value of {@code true} or {@code false}.
     *
     * @return the boolean
     * @throws IllegalStateException if this is not a boolean
     */
    public boolean booleanValue() {
        throw wrongKind("a boolean");
    }

    /**
     * Returns the number as an exact decimal.
     *
     * @return the number
     * @throws IllegalStateException if this is not a number
     */
    public BigDecimal decimalValue() {
        throw wrongKind("a number");
    }

    /**
     * Tells whether this is a number without fraction that fits an {@code int}, written in at most
     * {@value #MAX_INT_TEXT} characters ({@code 1.0}, {@code 1e2} and {@code -0} are ints; {@code
     * 1.5}, {@code 2147483648} and {@code 1e999999999} are not).
     *
     * @return true for an integer from {@link Integer#MIN_VALUE} to {@link Integer#MAX_VALUE}
     */
    public boolean isInt() {
        return false;
    }

    /**
     * Returns an integer number as an {@code int}.
     *
     * @return the integer
     * @throws IllegalStateException if {@link #isInt()} is false
     */
    public int intValue() {
        throw wrongKind("an integer");
    }

    /** The error of an accessor of another kind of value: {@code $.a is a number, not a string}. */
    final IllegalStateException wrongKind(String expected) {
        return new IllegalStateException(path() + " is " + kind() + ", not " + expected);
    }

    /**
     * Returns the compact JSON text of this value, shortened as {@link #excerpt()}.
     *
     * @return the excerpt, not null
     */
    @Override
    public final String toString() {
        return excerpt();
    }

    static void writeString(StringBuilder out, String text, int limit) {
        out.append('"');
        for (int i = 0; i < text.length() && out.length() <= limit; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    //-----------------------------------------------------------------------
    /** An object; its members are added by the reader before it is returned. */
    static final class ObjectValue extends JsonValue {
        private final Map<String, JsonValue> members = new LinkedHashMap<>();
        private final Map<String, JsonValue> view = Collections.unmodifiableMap(members);

        ObjectValue(@Nullable JsonValue parent, @Nullable String name, int index, int line, int column) {
            super(parent, name, index, line, column);
        }

        void put(String member, JsonValue value) {
            members.put(member, value);
        }

        @Override
        public String kind() {
            return "an object";
        }

        @Override
        public boolean isObject() {
            return true;
        }

        @Override
        public @Nullable JsonValue get(String member) {
            return members.get(member);
        }

        @Override
        public Map<String, JsonValue> members() {
            return view;
        }

        @Override
        void appendJson(StringBuilder sb, int limit) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> e : members.entrySet()) {
                if (sb.length() > limit) {
                    return;
                }
                if (!first) {
                    sb.append(',');
                }
                first = false;
                writeString(sb, e.getKey(), limit);
                sb.append(':');
                e.getValue().appendJson(sb, limit);
            }
            sb.append('}');
        }
    }

    /** An array; its elements are added by the reader before it is returned. */
    static final class ArrayValue extends JsonValue {
        private final java.util.ArrayList<JsonValue> elements = new java.util.ArrayList<>();
        private final List<JsonValue> view = Collections.unmodifiableList(elements);

        ArrayValue(@Nullable JsonValue parent, @Nullable String name, int index, int line, int column) {
            super(parent, name, index, line, column);
        }

        void add(JsonValue value) {
            elements.add(value);
        }

        int size() {
            return elements.size();
        }

        void trim() {
            elements.trimToSize();
        }

        @Override
        public String kind() {
            return "an array";
        }

        @Override
        public boolean isArray() {
            return true;
        }

        @Override
        public List<JsonValue> elements() {
            return view;
        }

        @Override
        void appendJson(StringBuilder sb, int limit) {
            sb.append('[');
            for (int i = 0; i < elements.size(); i++) {
                if (sb.length() > limit) {
                    return;
                }
                if (i > 0) {
                    sb.append(',');
                }
                elements.get(i).appendJson(sb, limit);
            }
            sb.append(']');
        }
    }

    /** A string. */
    static final class StringValue extends JsonValue {
        private final String text;

        StringValue(@Nullable JsonValue parent, @Nullable String name, int index, int line, int column, String text) {
            super(parent, name, index, line, column);
            this.text = text;
        }

        @Override
        public String kind() {
            return "a string";
        }

        @Override
        public boolean isString() {
            return true;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        void appendJson(StringBuilder sb, int limit) {
            writeString(sb, text, limit);
        }
    }

    /** A number, kept as written. */
    static final class NumberValue extends JsonValue {
        private final String raw;

        NumberValue(@Nullable JsonValue parent, @Nullable String name, int index, int line, int column, String raw) {
            super(parent, name, index, line, column);
            this.raw = raw;
        }

        @Override
        public String kind() {
            return "a number";
        }

        @Override
        public boolean isNumber() {
            return true;
        }

        @Override
        public BigDecimal decimalValue() {
            return new BigDecimal(raw);
        }

        @Override
        public boolean isInt() {
            // intValueExact rejects a huge exponent (1e999999999) by its digit count, without
            // building the integer; a text longer than any int's is not read at all
            if (raw.length() > MAX_INT_TEXT) {
                return false;
            }
            try {
                new BigDecimal(raw).intValueExact();
                return true;
            } catch (ArithmeticException | NumberFormatException e) {
                return false;
            }
        }

        @Override
        public int intValue() {
            if (!isInt()) {
                throw wrongKind("an integer");
            }
            return new BigDecimal(raw).intValueExact();
        }

        @Override
        void appendJson(StringBuilder sb, int limit) {
            sb.append(raw, 0, Math.min(raw.length(), Math.max(0, limit - sb.length() + 1)));
        }
    }

    /** {@code true} or {@code false}. */
    static final class BooleanValue extends JsonValue {
        private final boolean value;

        BooleanValue(@Nullable JsonValue parent, @Nullable String name, int index, int line, int column, boolean value) {
            super(parent, name, index, line, column);
            this.value = value;
        }

        @Override
        public String kind() {
            return Boolean.toString(value);
        }

        @Override
        public boolean isBoolean() {
            return true;
        }

        @Override
        public boolean booleanValue() {
            return value;
        }

        @Override
        void appendJson(StringBuilder sb, int limit) {
            sb.append(value);
        }
    }

    /** {@code null}. */
    static final class NullValue extends JsonValue {
        NullValue(@Nullable JsonValue parent, @Nullable String name, int index, int line, int column) {
            super(parent, name, index, line, column);
        }

        @Override
        public String kind() {
            return "null";
        }

        @Override
        public boolean isNull() {
            return true;
        }

        @Override
        void appendJson(StringBuilder sb, int limit) {
            sb.append("null");
        }
    }
}
