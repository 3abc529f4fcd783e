package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.consularkit.examples.cli.Table.Column;
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

    private static String print(Format f) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        Table t = Table.open(w, f, List.of("a", "b", "c"), List.of("a", "b"), List.of("a", "b", "c"),
                List.of(new Column("b", "B"), Column.of("a")));
        t.add(1, List.of("x", "y"), Map.of("k", true));
        t.add(null, List.of(), null);
        t.finish();
        w.flush();
        return s.toString();
    }

    @Test
    void csvJoinsListsWithSemicolonAndPrintsNullEmpty() {
        assertThat(print(Format.CSV)).isEqualTo("a,b\n1,x;y\n,\n");
    }

    @Test
    void textAlignsColumnsAndTrimsTrailingSpaces() {
        assertThat(print(Format.TEXT)).isEqualTo("B     a\nx, y  1\n\n");
    }

    @Test
    void jsonTypesValues() {
        assertThat(print(Format.JSON)).isEqualTo("""
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
    void emptyTables() {
        for (Format f : Format.values()) {
            StringWriter s = new StringWriter();
            PrintWriter w = new PrintWriter(s);
            Table.open(w, f, List.of("a", "b"), List.of("a", "b"), List.of("a"), List.of(Column.of("b"))).finish();
            w.flush();
            assertThat(s.toString()).as(f.toString()).isEqualTo(switch (f) {
                case CSV -> "a,b\n";
                case JSON -> "[]\n";
                case TEXT -> "b\n";
            });
        }
    }

    @Test
    void rowsMustGiveEveryKey() {
        Table t = Table.open(new PrintWriter(new StringWriter()), Format.CSV, List.of("a", "b"), List.of("a"),
                List.of("a"), List.of(Column.of("a")));
        assertThatIllegalArgumentException().isThrownBy(() -> t.add("x")).withMessage("Expected 2 values, got 1");
    }

    @Test
    void columnsMustBeKeys() {
        assertThatIllegalArgumentException().isThrownBy(() -> Table.open(new PrintWriter(new StringWriter()),
                Format.CSV, List.of("a"), List.of("z"), List.of("a"), List.of(Column.of("a"))))
                .withMessage("Column z is not among [a]");
    }
}
