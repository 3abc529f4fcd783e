package org.consularkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.internal.json.DataReader.JsonObject;
import org.junit.jupiter.api.Test;

/** {@link DataReader}: one wording for every kind of error of a data file. */
class DataReaderTest {

    private static final DataReader DATA = DataReader.of("d.json");

    private static JsonObject object(String text, String... fields) throws IOException {
        return DATA.readObject(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fields);
    }

    @Test
    void readsTypedMembers() throws IOException {
        JsonObject o = object("{\"s\": \"x\", \"i\": 7, \"b\": true, \"d\": \"2026-02-17\", \"u\": \"HTTPS://example.org/a\","
                + " \"e\": \"NOTICE\", \"n\": {\"en\": \"A\", \"zh\": \"甲\"}, \"$comment\": \"note\"}");
        assertThat(o.string("s")).isEqualTo("x");
        assertThat(o.integer("i", 0, 10)).isEqualTo(7);
        assertThat(o.bool("b")).isTrue();
        assertThat(o.bool("absent", false)).isFalse();
        assertThat(o.date("d")).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(o.url("u")).isEqualTo(URI.create("HTTPS://example.org/a"));
        assertThat(o.enumValue("e", SourceType.class)).isEqualTo(SourceType.NOTICE);
        assertThat(o.localized("n")).isEqualTo(LocalizedText.of("A", "甲"));
        assertThat(o.optionalString("absent")).isEmpty();
        assertThat(o.optionalArray("absent")).isEmpty();
    }

    @Test
    void aWrongValueIsExpectedButWas() {
        assertThatThrownBy(() -> object("{\"d\": \"2026-02-30\"}").date("d"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("d.json:1:7: $.d: expected a date (yyyy-MM-dd), but was \"2026-02-30\"");
        assertThatThrownBy(() -> object("{\"i\": 11}").integer("i", 0, 10))
                .hasMessage("d.json:1:7: $.i: expected an integer from 0 to 10, but was 11");
        assertThatThrownBy(() -> object("{\"i\": 1e400}").integer("i", 0, 10))
                .hasMessage("d.json:1:7: $.i: expected an integer from 0 to 10, but was 1e400");
        assertThatThrownBy(() -> object("{\"u\": \"ftp://x\"}").url("u"))
                .hasMessage("d.json:1:7: $.u: expected an absolute http(s) URL, but was \"ftp://x\"");
        assertThatThrownBy(() -> object("{\"e\": \"X\"}").enumValue("e", SourceType.class))
                .hasMessage("d.json:1:7: $.e: expected one of STATUTE, EXECUTIVE_ORDER, NOTICE, DERIVED_RULE, PAGE,"
                        + " but was \"X\"");
        assertThatThrownBy(() -> object("{\"s\": \" \"}").string("s"))
                .hasMessage("d.json:1:7: $.s: expected a non-blank string, but was \" \"");
    }

    @Test
    void aMissingValueIsReportedAtItsObject() {
        assertThatThrownBy(() -> object("{\n  \"a\": {}}").object("a").string("name"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("d.json:2:8: $.a.name: expected a non-blank string, but was missing")
                .satisfies(e -> assertThat(((DataFileException) e).value()).hasValue("missing"));
        assertThatThrownBy(() -> object("{\"a\": null}").date("a"))
                .hasMessage("d.json:1:1: $.a: expected a date (yyyy-MM-dd), but was missing");
    }

    @Test
    void anUnknownFieldNamesTheFieldsOfTheFormat() {
        assertThatThrownBy(() -> object("{\"a\": 1, \"b\": 2}", "a", "c"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("d.json:1:15: $.b: unknown field (the fields are: a, c)");
        assertThatThrownBy(() -> object("{\"$comment\": 3}", "a"))
                .hasMessage("d.json:1:14: $.$comment: expected a string (a note), but was 3");
    }

    @Test
    void sourcesAreCitationsWithOptionalUrls() throws IOException {
        JsonObject o = object("{\"sources\": [{\"type\": \"NOTICE\", \"citation\": \"n\", \"url\": \"Https://gov.cn/x\"},"
                + " {\"type\": \"STATUTE\", \"citation\": \"s\"}]}");
        assertThat(o.sources("sources")).containsExactly(Source.of(SourceType.NOTICE, "n", URI.create("Https://gov.cn/x")),
                Source.of(SourceType.STATUTE, "s"));
        assertThatThrownBy(() -> object("{\"sources\": []}").sources("sources"))
                .hasMessage("d.json:1:13: $.sources: expected at least one source, but was []");
    }

    @Test
    void aMemberNameThatBreaksARuleIsQuotedAtItsValue() throws IOException {
        JsonObject o = object("{\"ids\": {\"ok\": 1,\n  \"Not OK\": 2}}");
        DataFileException e = DATA.failName(o.value().get("ids"), "Not OK", "an id of lower-case letters");
        assertThat(e).hasMessage("d.json:2:13: $.ids[\"Not OK\"]: expected an id of lower-case letters, but was \"Not OK\"");
        assertThat(e.value()).hasValue("\"Not OK\"");
        assertThatThrownBy(() -> DATA.failName(o.value().get("ids"), "absent", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.ids has no member absent");
    }

    @Test
    void aNonEmptyArrayNamesItsElements() throws IOException {
        assertThat(object("{\"blocks\": [1, 2]}").nonEmptyArray("blocks", "block")).hasSize(2);
        assertThatThrownBy(() -> object("{\"blocks\": []}").nonEmptyArray("blocks", "block"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("d.json:1:12: $.blocks: expected at least one block, but was []");
        assertThatThrownBy(() -> object("{}").nonEmptyArray("blocks", "block"))
                .hasMessage("d.json:1:1: $.blocks: expected an array of at least one block, but was missing");
        assertThatThrownBy(() -> object("{\"blocks\": {}}").nonEmptyArray("blocks", "block"))
                .hasMessage("d.json:1:12: $.blocks: expected an array, but was {}");
    }

    @Test
        void readObjectWithALimitRejectsALargerDocumentAndKeepsTheStreamOpen() throws IOException {
        byte[] text = "{\"s\": \"0123456789\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(DATA.readObject(new ByteArrayInputStream(text), text.length, "s").string("s")).isEqualTo("0123456789");
        assertThatThrownBy(() -> DATA.readObject(new ByteArrayInputStream(text), text.length - 1, "s"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("d.json: $: expected a document of at most 18 bytes, but was larger");
        java.io.StringReader reader = new java.io.StringReader("{\"s\": \"x\"}");
        assertThat(DATA.readObject(reader, 100, "s").string("s")).isEqualTo("x");
        assertThatThrownBy(() -> DATA.readObject(new java.io.StringReader("{\"s\": \"x\"}"), 5, "s"))
                .hasMessage("d.json: $: expected a document of at most 5 characters, but was larger");
        reader.reset();
        assertThat(reader.read()).isEqualTo('{');
    }

    @Test
    void theReaderNamesItsSource() {
        assertThat(DATA.source()).isEqualTo("d.json");
    }

    @Test
    void anIntegerMayBeEitherBoundButNotBeyond() throws IOException {
        JsonObject o = object("{\"lo\": 3, \"hi\": 7, \"below\": 2, \"above\": 8}");
        assertThat(o.integer("lo", 3, 7)).isEqualTo(3);
        assertThat(o.integer("hi", 3, 7)).isEqualTo(7);
        assertThatThrownBy(() -> o.integer("below", 3, 7)).isInstanceOf(DataFileException.class)
                .hasMessage("d.json:1:29: $.below: expected an integer from 3 to 7, but was 2");
        assertThatThrownBy(() -> o.integer("above", 3, 7))
                .hasMessage("d.json:1:41: $.above: expected an integer from 3 to 7, but was 8");
    }

    @Test
    void aHugeExponentIsNotAnIntegerAndIsRejectedAtOnce() {
        assertThatThrownBy(() -> object("{\"i\": 1e999999999}").integer("i", 0, 10))
                .isInstanceOf(DataFileException.class)
                .hasMessage("d.json:1:7: $.i: expected an integer from 0 to 10, but was 1e999999999");
    }

    @Test
    void presentOptionalMembersAreRead() throws IOException {
        JsonObject o = object("{\"s\": \"x\", \"d\": \"2026-02-17\", \"f\": false, \"n\": null}");
        assertThat(o.optionalString("s")).hasValue("x");
        assertThat(o.optionalDate("d")).hasValue(LocalDate.of(2026, 2, 17));
        assertThat(o.optionalDate("absent")).isEmpty();
        assertThat(o.optionalDate("n")).isEmpty();
        assertThat(o.bool("f")).isFalse();
        assertThat(o.bool("f", true)).isFalse();
    }

    @Test
    void hasTellsWhetherAMemberIsPresentAndNotNull() throws IOException {
        JsonObject o = object("{\"a\": 0, \"n\": null}");
        assertThat(o.has("a")).isTrue();
        assertThat(o.has("n")).isFalse();
        assertThat(o.has("absent")).isFalse();
    }

    @Test
    void aMissingEnumNamesItsConstants() {
        assertThatThrownBy(() -> object("{}").enumValue("e", SourceType.class))
                .isInstanceOf(DataFileException.class)
                .hasMessage("d.json:1:1: $.e: expected one of STATUTE, EXECUTIVE_ORDER, NOTICE, DERIVED_RULE, PAGE,"
                        + " but was missing");
    }

    @Test
    void aMemberThatMustBeAbsentIsAnErrorWhenPresent() throws IOException {
        JsonObject o = object("{\"old\": [1, 2]}");
        DATA.absent(o, "other", "not in this version of the format");
        assertThatThrownBy(() -> DATA.absent(o, "old", "not in this version of the format"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("d.json:1:9: $.old: not in this version of the format, but was [1,2]");
        JsonObject nulled = object("{\"old\": null}");
        assertThatThrownBy(() -> DATA.absent(nulled, "old", "not allowed"))
                .hasMessage("d.json:1:9: $.old: not allowed, but was null");
    }

    @Test
    void aLongMemberNameIsQuotedAsAnExcerpt() throws IOException {
        String name = "N".repeat(40_000); // the parser takes names of up to 50,000 characters
        JsonObject o = object("{\"ids\": {\"" + name + "\": 1}}");
        DataFileException e = DATA.failName(o.value().get("ids"), name, "an id of lower-case letters");
        String excerpt = "\"" + "N".repeat(DataFileException.MAX_EXCERPT - 2) + "…";
        assertThat(e.value()).hasValue(excerpt);
        assertThat(e.getMessage()).hasSizeLessThan(500)
                .endsWith(": expected an id of lower-case letters, but was " + excerpt);
    }
}
