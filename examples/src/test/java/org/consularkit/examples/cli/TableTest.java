package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consularkit.examples.cli.Table.Cell;
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

    /** A row of the test table: a number, a list and key-value pairs, the first and last possibly missing. */
    private record Row(Optional<Integer> a, List<String> b, Optional<Map<String, String>> c) {
    }

    private static final Column<Row> A = new Column<>("a",
            r -> r.a().<Cell>map(n -> new Cell.Num(n)).orElse(Cell.empty()));
    private static final Column<Row> B = Column.list("b", Row::b);
    private static final Column<Row> C = new Column<>("c",
            r -> r.c().<Cell>map(m -> new Cell.Entries(List.copyOf(m.entrySet()))).orElse(Cell.empty()));

    private static String print(Format f) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        Table<Row> t = Table.open(w, f, List.of(A, B), List.of(A, B, C),
                List.of(new Column<>("B", B.value()), A));
        t.add(new Row(Optional.of(1), List.of("x", "y"), Optional.of(Map.of("k", "v"))));
        t.add(new Row(Optional.empty(), List.of(), Optional.empty()));
        t.finish();
        w.flush();
        return s.toString();
    }

    @Test
    void csvJoinsListsWithSemicolonAndPrintsEmptyCellsEmpty() {
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
                      "k": "v"
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
    void numbersAndBooleansAreJsonNumbersAndBooleans() {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        List<Column<Integer>> columns = List.of(Column.number("n", i -> i), Column.bool("even", i -> i % 2 == 0));
        Table<Integer> t = Table.open(w, Format.JSON, columns, columns, columns);
        t.add(2);
        t.finish();
        w.flush();
        assertThat(s.toString()).isEqualTo("[\n  {\n    \"n\": 2,\n    \"even\": true\n  }\n]\n");
    }

    @Test
    void verticalTextPrintsOneRecordPerRowAndLeavesOutEmptyCells() {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        List<Column<Row>> columns = List.of(A, B, new Column<>("long name", C.value()));
        Table<Row> t = Table.open(w, Format.TEXT, columns, columns, columns).vertical();
        t.add(new Row(Optional.of(1), List.of("x", "y"), Optional.empty()));
        t.add(new Row(Optional.empty(), List.of("z"), Optional.of(Map.of("k", "v"))));
        t.finish();
        w.flush();
        assertThat(s.toString()).isEqualTo("a          1\nb          x, y\n\nb          z\nlong name  k=v\n");
    }

    /**
     * A text table of many rows (past every growth of the cell buffers) of random cells, with wide
     * characters, empty cells and trailing spaces, against a plain re-statement of the layout: each
     * column as wide as its widest cell plus two spaces, the last not padded, trailing spaces cut.
     */
    @Test
    void textOfManyRowsIsLaidOutAsEachRowAloneWouldBe() {
        long seed = System.nanoTime();
        System.out.println("TableTest.textOfManyRowsIsLaidOutAsEachRowAloneWouldBe seed: " + seed);
        java.util.Random random = new java.util.Random(seed);
        String[] pieces = {"", "a", "bc", "2026-10-01", "春节", "国庆节 National Day", "x ", " ", "𠀀"};
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("one", "two", "three"));
        for (int r = 0; r < 5_000; r++) {
            rows.add(List.of(pieces[random.nextInt(pieces.length)], pieces[random.nextInt(pieces.length)],
                    pieces[random.nextInt(pieces.length)]));
        }
        List<Column<List<String>>> columns = List.of(Column.text("one", r -> r.get(0)),
                Column.text("two", r -> r.get(1)), Column.text("three", r -> r.get(2)));
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        Table<List<String>> t = Table.open(w, Format.TEXT, columns, columns, columns);
        rows.subList(1, rows.size()).forEach(t::add);
        t.finish();
        w.flush();

        int[] widths = new int[3];
        for (List<String> row : rows) {
            for (int i = 0; i < 3; i++) {
                widths[i] = Math.max(widths[i], Table.displayWidth(row.get(i)));
            }
        }
        StringBuilder expected = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                line.append(row.get(i));
                if (i < 2) {
                    line.append(" ".repeat(widths[i] - Table.displayWidth(row.get(i)) + 2));
                }
            }
            expected.append(line.toString().stripTrailing()).append('\n');
        }
        assertThat(s.toString()).as("seed %d", seed).isEqualTo(expected.toString());
    }

    @Test
    void emptyTables() {
        for (Format f : Format.values()) {
            StringWriter s = new StringWriter();
            PrintWriter w = new PrintWriter(s);
            Table.open(w, f, List.of(A, B), List.of(A), List.of(B)).finish();
            w.flush();
            assertThat(s.toString()).as(f.toString()).isEqualTo(switch (f) {
                case CSV -> "a,b\n";
                case JSON -> "[]\n";
                case TEXT -> "b\n";
            });
        }
    }

    @Test
    void aTextCellIsNotAnOptionalOrACollection() {
        assertThatIllegalArgumentException().isThrownBy(() -> Cell.text(Optional.of("x")))
                .withMessage("Not a text: java.util.Optional");
        assertThatIllegalArgumentException().isThrownBy(() -> Cell.text(List.of("x")));
    }

    @Test
    void aColumnMustGiveACell() {
        Table<String> t = Table.open(new PrintWriter(new StringWriter()), Format.CSV,
                List.of(new Column<>("a", r -> null)), List.of(), List.of());
        assertThatNullPointerException().isThrownBy(() -> t.add("x")).withMessage("a");
    }
}
