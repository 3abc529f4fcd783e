package org.consularkit.core.internal.json;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consularkit.core.internal.json.JsonReader;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value of a document read by {@link JsonReader}: an object, an array, a string, a number,
 * {@code true}/{@code false} or {@code null}, together with its JSON path in the document ({@code
 * $}, {@code $.holidays[8].rules}), for error messages.
 *
 * <p>The accessors mirror those of jackson-databind's {@code JsonNode} that the data-file parsers
 * of this module used, with the same meaning: {@link #get(String)} and {@link #get(int)} give
 * {@code null} for a missing member or element (or when called on a value of another kind), and
 * {@link #toString()} gives the compact JSON text that {@code JsonNode.toString()} gives (the same
 * escapes; integers as read, without sign of zero; other numbers as {@link Double#toString(double)},
 * infinite ones quoted), so that error messages quoting a value keep their exact text.
 *
 * <p>Two values are equal when they are the same JSON value, whatever their paths; numbers are
 * equal when both are integers of the same value or both are non-integers of the same value.
 *
 * <h2>Implementation Requirements</h2>
 * Every subclass is immutable and thread-safe.
 */
public abstract sealed class JsonValue
        permits JsonValue.ObjectValue, JsonValue.ArrayValue, JsonValue.StringValue, JsonValue.NumberValue,
                JsonValue.BooleanValue, JsonValue.NullValue {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String path;

    private JsonValue(String path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    //-----------------------------------------------------------------------
    /**
     * Returns an object value.
     *
     * @param path the JSON path of the value, not null
     * @param members the members in document order, not null, no null keys or values
     * @return the value, not null
     */
    public static JsonValue object(String path, Map<String, JsonValue> members) {
        Objects.requireNonNull(members, "members");
        Map<String, JsonValue> copy = new LinkedHashMap<>(members);
        copy.forEach((k, v) -> {
            Objects.requireNonNull(k, "members");
            Objects.requireNonNull(v, "members");
        });
        return new ObjectValue(path, Collections.unmodifiableMap(copy));
    }

    /**
     * Returns an array value.
     *
     * @param path the JSON path of the value, not null
     * @param elements the elements in document order, not null, no null elements
     * @return the value, not null
     */
    public static JsonValue array(String path, List<JsonValue> elements) {
        return new ArrayValue(path, List.copyOf(Objects.requireNonNull(elements, "elements")));
    }

    /**
     * Returns a string value.
     *
     * @param path the JSON path of the value, not null
     * @param text the string, not null
     * @return the value, not null
     */
    public static JsonValue string(String path, String text) {
        return new StringValue(path, Objects.requireNonNull(text, "text"));
    }

    /**
     * Returns an integer value.
     *
     * @param path the JSON path of the value, not null
     * @param value the integer, not null
     * @return the value, not null
     */
    public static JsonValue integer(String path, BigInteger value) {
        return new NumberValue(path, Objects.requireNonNull(value, "value"), 0);
    }

    /**
     * Returns a non-integer number value.
     *
     * @param path the JSON path of the value, not null
     * @param value the number, any double
     * @return the value, not null
     */
    public static JsonValue decimal(String path, double value) {
        return new NumberValue(path, null, value);
    }

    /**
     * Returns {@code true} or {@code false}.
     *
     * @param path the JSON path of the value, not null
     * @param value the boolean
     * @return the value, not null
     */
    public static JsonValue bool(String path, boolean value) {
        return new BooleanValue(path, value);
    }

    /**
     * Returns {@code null}.
     *
     * @param path the JSON path of the value, not null
     * @return the value, not null
     */
    public static JsonValue nullValue(String path) {
        return new NullValue(path);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the JSON path of this value in its document: {@code $} for the root, {@code
     * parent.name} for a member, {@code parent[i]} for an element.
     *
     * @return the path, not null
     */
    public final String path() {
        return path;
    }

    /**
     * Returns whether this is an object.
     *
     * @return true for an object
     */
    public boolean isObject() {
        return false;
    }

    /**
     * Returns whether this is an array.
     *
     * @return true for an array
     */
    public boolean isArray() {
        return false;
    }

    /**
     * Returns whether this is a string.
     *
     * @return true for a string
     */
    public boolean isString() {
        return false;
    }

    /**
     * Returns whether this is a number written without fraction and exponent.
     *
     * @return true for an integer
     */
    public boolean isIntegralNumber() {
        return false;
    }

    /**
     * Returns whether this is {@code true} or {@code false}.
     *
     * @return true for a boolean
     */
    public boolean isBoolean() {
        return false;
    }

    /**
     * Returns whether this is {@code null}.
     *
     * @return true for {@code null}
     */
    public boolean isNull() {
        return false;
    }

    /**
     * Returns the member of this object with the given name.
     *
     * @param name the member name, not null
     * @return the member, or null if there is none or this is not an object
     */
    public @Nullable JsonValue get(String name) {
        Objects.requireNonNull(name, "name");
        return null;
    }

    /**
     * Returns whether this object has a member with the given name.
     *
     * @param name the member name, not null
     * @return true if it has one; false also if this is not an object
     */
    public final boolean has(String name) {
        return get(name) != null;
    }

    /**
     * Returns the element of this array at the given index.
     *
     * @param index the index, any int
     * @return the element, or null if the index is out of range or this is not an array
     */
    public @Nullable JsonValue get(int index) {
        return null;
    }

    /**
     * Returns the number of members of an object or elements of an array.
     *
     * @return the size, 0 for other values
     */
    public int size() {
        return 0;
    }

    /**
     * Returns whether this has no member or element ({@code size() == 0}).
     *
     * @return true if the size is 0
     */
    public final boolean isEmpty() {
        return size() == 0;
    }

    /**
     * Returns the members of this object in document order.
     *
     * @return an unmodifiable map, empty if this is not an object
     */
    public Map<String, JsonValue> members() {
        return Map.of();
    }

    /**
     * Returns the elements of this array in document order.
     *
     * @return an unmodifiable list, empty if this is not an array
     */
    public List<JsonValue> elements() {
        return List.of();
    }

    /**
     * Returns the text of this string.
     *
     * @return the text, not null
     * @throws IllegalStateException if this is not a string
     */
    public String textValue() {
        throw new IllegalStateException(path + " is not a string: " + this);
    }

    /**
     * Returns the value of this boolean.
     *
     * @return the value
     * @throws IllegalStateException if this is not a boolean
     */
    public boolean booleanValue() {
        throw new IllegalStateException(path + " is not a boolean: " + this);
    }

    /**
     * Returns whether this is an integer from {@link Integer#MIN_VALUE} to {@link Integer#MAX_VALUE}.
     *
     * @return true if {@link #intValue()} gives this integer
     */
    public boolean canConvertToInt() {
        return false;
    }

    /**
     * Returns the value of this integer.
     *
     * @return the value
     * @throws IllegalStateException unless {@link #canConvertToInt()}
     */
    public int intValue() {
        throw new IllegalStateException(path + " is not an int: " + this);
    }

    /**
     * Returns the compact JSON text of this value, as jackson-databind's {@code JsonNode.toString()}
     * writes it.
     *
     * @return the JSON text, not null
     */
    @Override
    public final String toString() {
        StringBuilder out = new StringBuilder();
        write(out);
        return out.toString();
    }

    abstract void write(StringBuilder out);

    /**
     * Appends a string in double quotes, escaped as Jackson escapes it: {@code "} and {@code \},
     * {@code \b \t \n \f \r}, the other control characters as {@code \}{@code u00XX}.
     */
    static void writeString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    //-----------------------------------------------------------------------
    /** An object: members in document order. */
    static final class ObjectValue extends JsonValue {
        private final Map<String, JsonValue> members;

        ObjectValue(String path, Map<String, JsonValue> members) {
            super(path);
            this.members = members;
        }

        @Override
        public boolean isObject() {
            return true;
        }

        @Override
        public @Nullable JsonValue get(String name) {
            return members.get(Objects.requireNonNull(name, "name"));
        }

        @Override
        public int size() {
            return members.size();
        }

        @Override
        public Map<String, JsonValue> members() {
            return members;
        }

        @Override
        void write(StringBuilder out) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> e : members.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(out, e.getKey());
                out.append(':');
                e.getValue().write(out);
            }
            out.append('}');
        }

        @Override
        public boolean equals(@Nullable Object o) {
            // LinkedHashMap equality ignores the order, as JSON object equality does
            return o instanceof ObjectValue other && members.equals(other.members);
        }

        @Override
        public int hashCode() {
            return members.hashCode();
        }
    }

    /** An array: elements in document order. */
    static final class ArrayValue extends JsonValue {
        private final List<JsonValue> elements;

        ArrayValue(String path, List<JsonValue> elements) {
            super(path);
            this.elements = elements;
        }

        @Override
        public boolean isArray() {
            return true;
        }

        @Override
        public @Nullable JsonValue get(int index) {
            return index >= 0 && index < elements.size() ? elements.get(index) : null;
        }

        @Override
        public int size() {
            return elements.size();
        }

        @Override
        public List<JsonValue> elements() {
            return elements;
        }

        @Override
        void write(StringBuilder out) {
            out.append('[');
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                elements.get(i).write(out);
            }
            out.append(']');
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof ArrayValue other && elements.equals(other.elements);
        }

        @Override
        public int hashCode() {
            return elements.hashCode();
        }
    }

    /** A string. */
    static final class StringValue extends JsonValue {
        private final String text;

        StringValue(String path, String text) {
            super(path);
            this.text = text;
        }

        @Override
        public boolean isString() {
            return true;
        }

        @Override
        public String textValue() {
            return text;
        }

        @Override
        void write(StringBuilder out) {
            writeString(out, text);
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof StringValue other && text.equals(other.text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }
    }

    /** A number: an integer of any size, or a double. */
    static final class NumberValue extends JsonValue {
        private static final BigInteger MIN_INT = BigInteger.valueOf(Integer.MIN_VALUE);
        private static final BigInteger MAX_INT = BigInteger.valueOf(Integer.MAX_VALUE);

        private final @Nullable BigInteger integer;
        private final double decimal;

        NumberValue(String path, @Nullable BigInteger integer, double decimal) {
            super(path);
            this.integer = integer;
            this.decimal = integer == null ? decimal : 0;
        }

        @Override
        public boolean isIntegralNumber() {
            return integer != null;
        }

        @Override
        public boolean canConvertToInt() {
            return integer != null && integer.compareTo(MIN_INT) >= 0 && integer.compareTo(MAX_INT) <= 0;
        }

        @Override
        public int intValue() {
            if (!canConvertToInt()) {
                return super.intValue();
            }
            return Objects.requireNonNull(integer).intValue();
        }

        @Override
        void write(StringBuilder out) {
            if (integer != null) {
                out.append(integer);
            } else if (Double.isFinite(decimal)) {
                out.append(Double.toString(decimal));
            } else {
                // Jackson writes NaN and the infinities as strings (WRITE_NAN_AS_STRINGS)
                writeString(out, Double.toString(decimal));
            }
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof NumberValue other && Objects.equals(integer, other.integer)
                    && Double.compare(decimal, other.decimal) == 0;
        }

        @Override
        public int hashCode() {
            return integer != null ? integer.hashCode() : Double.hashCode(decimal);
        }
    }

    /** {@code true} or {@code false}. */
    static final class BooleanValue extends JsonValue {
        private final boolean value;

        BooleanValue(String path, boolean value) {
            super(path);
            this.value = value;
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
        void write(StringBuilder out) {
            out.append(value);
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof BooleanValue other && value == other.value;
        }

        @Override
        public int hashCode() {
            return Boolean.hashCode(value);
        }
    }

    /** {@code null}. */
    static final class NullValue extends JsonValue {
        NullValue(String path) {
            super(path);
        }

        @Override
        public boolean isNull() {
            return true;
        }

        @Override
        void write(StringBuilder out) {
            out.append("null");
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof NullValue;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
