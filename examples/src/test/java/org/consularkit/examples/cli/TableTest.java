package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.consularkit.examples.cli.Table.Column;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableTest {

    @Nested
    class CsvField {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "plain|plain",
            "''|''",
            "a;b|a;b",
            "a,b|\"a,b\"",
            "say \"hi\"|\"say \"\"hi\"\"\"",
            "New Year's Day|New Year's Day",
            "春节|春节"})
        void quotesOnlyWhatRfc4180Requires(String value, String expected) {
            assertThat(Table.csvField(value)).isEqualTo(expected);
        }

        @Test
        void lineBreaksAreQuoted() {
            assertThat(Table.csvField("a\nb")).isEqualTo("\"a\nb\"");
            assertThat(Table.csvField("a\rb")).isEqualTo("\"a\rb\"");
        }
    }

    @Test
    void displayWidthCountsWideCharactersTwice() {
        assertThat(Table.displayWidth("abc")).isEqualTo(3);
        assertThat(Table.displayWidth("春节")).isEqualTo(4);
        assertThat(Table.displayWidth("周一 x")).isEqualTo(6);
        assertThat(Table.displayWidth("𠀀")).isEqualTo(2);
    }

    private static String print(Table t, Format f) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        t.print(w, f);
        w.flush();
        return s.toString();
    }

    private static Table sample() {
        Table t = new Table(List.of("a", "b"), List.of("a", "b", "c"), List.of(new Column("b", "B"), Column.of("a")));
        Map<String, @Nullable Object> row = t.row();
        row.put("a", 1);
        row.put("b", List.of("x", "y"));
        row.put("c", Map.of("k", true));
        Map<String, @Nullable Object> empty = t.row();
        empty.put("a", null);
        empty.put("b", Arrays.asList());
        empty.put("c", null);
        return t;
    }

    @Test
    void csvJoinsListsWithSemicolonAndPrintsNullEmpty() {
        assertThat(print(sample(), Format.CSV)).isEqualTo("a,b\n1,x;y\n,\n");
    }

    @Test
    void textAlignsColumnsAndTrimsTrailingSpaces() {
        assertThat(print(sample(), Format.TEXT)).isEqualTo("B     a\nx, y  1\n\n");
    }

    @Test
    void jsonTypesValues() {
        assertThat(print(sample(), Format.JSON)).isEqualTo("""
                [
                  {
                    "a": 1,
                    "b": [
                      "x",
                      "y"
                    ],
                    "c": {
                      "k": true
                    }
                  },
                  {
                    "a": null,
                    "b": [],
                    "c": null
                  }
                ]
                """);
    }

    @Test
    void emptyJsonTable() {
        assertThat(print(new Table(List.of("a"), List.of("a"), List.of(Column.of("a"))), Format.JSON)).isEqualTo("[]\n");
    }
}
