package org.consularkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consularkit.core.internal.json.JsonValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The accessors, text form and equality of {@link JsonValue}. */
class JsonValueTest {

    private static JsonValue sample() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("b", JsonValue.string("$.b", "x\"y"));
        members.put("a", JsonValue.array("$.a", List.of(JsonValue.integer("$.a[0]", BigInteger.ONE),
                JsonValue.nullValue("$.a[1]"), JsonValue.bool("$.a[2]", false))));
        return JsonValue.object("$", members);
    }

    @Nested
    class Accessors {
        @Test
        void objectMembersAreFoundByName() {
            JsonValue root = sample();
            assertThat(root.isObject()).isTrue();
            assertThat(root.size()).isEqualTo(2);
            assertThat(root.has("a")).isTrue();
            assertThat(root.has("zz")).isFalse();
            assertThat(root.get("zz")).isNull();
            assertThat(root.get(0)).isNull();
            assertThat(root.members().keySet()).containsExactly("b", "a");
            assertThat(root.get("b").textValue()).isEqualTo("x\"y");
        }

        @Test
        void arrayElementsAreFoundByIndex() {
            JsonValue a = sample().get("a");
            assertThat(a.isArray()).isTrue();
            assertThat(a.path()).isEqualTo("$.a");
            assertThat(a.get(0).intValue()).isEqualTo(1);
            assertThat(a.get(1).isNull()).isTrue();
            assertThat(a.get(2).booleanValue()).isFalse();
            assertThat(a.get(3)).isNull();
            assertThat(a.get(-1)).isNull();
            assertThat(a.get("x")).isNull();
            assertThat(a.elements()).hasSize(3);
            assertThat(a.isEmpty()).isFalse();
        }

        @Test
        void scalarsHaveNoMembersOrElements() {
            JsonValue s = JsonValue.string("$", "a");
            assertThat(s.isEmpty()).isTrue();
            assertThat(s.members()).isEmpty();
            assertThat(s.elements()).isEmpty();
            assertThat(s.isString()).isTrue();
            assertThat(s.isObject() || s.isArray() || s.isBoolean() || s.isNull() || s.isIntegralNumber()).isFalse();
        }

        @ParameterizedTest
        @CsvSource({
            "2147483647, true",
            "-2147483648, true",
            "2147483648, false",
            "-2147483649, false",
            "123456789012345678901234567890, false",
        })
        void onlyIntegersOfIntRangeConvertToInt(String value, boolean convertible) {
            JsonValue n = JsonValue.integer("$", new BigInteger(value));
            assertThat(n.isIntegralNumber()).isTrue();
            assertThat(n.canConvertToInt()).isEqualTo(convertible);
            if (convertible) {
                assertThat(n.intValue()).isEqualTo(Integer.parseInt(value));
            } else {
                assertThatThrownBy(n::intValue).isInstanceOf(IllegalStateException.class)
                        .hasMessage("$ is not an int: " + value);
            }
        }

        @Test
        void decimalsAreNotIntegers() {
            JsonValue d = JsonValue.decimal("$.x", 2.0);
            assertThat(d.isIntegralNumber()).isFalse();
            assertThat(d.canConvertToInt()).isFalse();
            assertThat(d).hasToString("2.0");
        }

        @Test
        void wrongKindAccessorsFailNamingThePathAndValue() {
            assertThatThrownBy(() -> JsonValue.bool("$.a[2]", true).textValue())
                    .isInstanceOf(IllegalStateException.class).hasMessage("$.a[2] is not a string: true");
            assertThatThrownBy(() -> JsonValue.string("$.s", "t").booleanValue())
                    .isInstanceOf(IllegalStateException.class).hasMessage("$.s is not a boolean: \"t\"");
        }
    }

    @Nested
    class TextForm {
        @Test
        void isCompactJson() {
            assertThat(sample()).hasToString("{\"b\":\"x\\\"y\",\"a\":[1,null,false]}");
        }

        @Test
        void escapesAsJacksonDoes() {
            assertThat(JsonValue.string("$", "\u0000\u001f\b\t\n\f\r\\/\u007fé\u2028"))
                    .hasToString("\"\\u0000\\u001F\\b\\t\\n\\f\\r\\\\/\u007fé\u2028\"");
        }

        @Test
        void infiniteNumbersAreQuoted() {
            assertThat(JsonValue.decimal("$", Double.NEGATIVE_INFINITY)).hasToString("\"-Infinity\"");
        }
    }

    @Nested
    class Equality {
        @Test
        void ignoresThePath() {
            assertThat(JsonValue.string("$.a", "x")).isEqualTo(JsonValue.string("$.b", "x"))
                    .hasSameHashCodeAs(JsonValue.string("$.b", "x"));
            assertThat(sample()).isEqualTo(sample()).hasSameHashCodeAs(sample());
        }

        @Test
        void distinguishesKindsAndValues() {
            assertThat(JsonValue.integer("$", BigInteger.ONE)).isNotEqualTo(JsonValue.decimal("$", 1.0))
                    .isNotEqualTo(JsonValue.string("$", "1"));
            assertThat(JsonValue.bool("$", true)).isNotEqualTo(JsonValue.bool("$", false));
            assertThat(JsonValue.nullValue("$")).isEqualTo(JsonValue.nullValue("$.x"));
        }
    }

    @Test
    void factoriesRejectNull() {
        assertThatThrownBy(() -> JsonValue.string("$", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> JsonValue.string(null, "x")).isInstanceOf(NullPointerException.class)
                .hasMessage("path");
        assertThatThrownBy(() -> JsonValue.object("$", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("members");
    }
}
