package org.consularkit.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.consularkit.core.DataFileException;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.internal.json.DataReader.JsonObject;
import org.junit.jupiter.api.Test;

/** {@link DataHeader}: the format id, the data version and the sources every data file starts with. */
class DataHeaderTest {

    private static final DataReader DATA = DataReader.of("h.json");
    private static final String SOURCE = "{\"type\": \"STATUTE\", \"citation\": \"5 U.S.C. 6103\"}";

    private static JsonObject root(String text) throws IOException {
        return DATA.readObject(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aHeaderOfTheExpectedFormatIsRead() throws IOException {
        DataHeader h = DataHeader.read(DATA, root("{\"format\": \"f/1\", \"version\": \"2026-11-27\", \"sources\": ["
                + SOURCE + "]}"), "f/1");
        assertThat(h).isEqualTo(new DataHeader("f/1", LocalDate.of(2026, 11, 27),
                java.util.List.of(Source.of(SourceType.STATUTE, "5 U.S.C. 6103"))));
    }

    @Test
    void anotherFormatIdIsAnError() {
        assertThatThrownBy(() -> DataHeader.read(DATA, root("{\"format\": \"f/2\"}"), "f/1"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("h.json:1:12: $.format: expected the format id \"f/1\", but was \"f/2\"");
        assertThatThrownBy(() -> DataHeader.read(DATA, root("{\"format\": 1}"), "f/1"))
                .hasMessage("h.json:1:12: $.format: expected the format id \"f/1\", but was 1");
        assertThatThrownBy(() -> DataHeader.read(DATA, root("{}"), "f/1"))
                .hasMessage("h.json:1:1: $.format: expected the format id f/1, but was missing");
    }

    @Test
    void namedSourcesAreReturnedByNameInFileOrder() throws IOException {
        Map<String, Source> named = new LinkedHashMap<>();
        DataHeader h = DataHeader.readNamed(DATA, root("{\"format\": \"f/1\", \"version\": \"2026-11-27\", \"sources\": {"
                + "\"b\": " + SOURCE + ", \"$comment\": \"note\", \"a\": {\"type\": \"NOTICE\", \"citation\": \"n\"}}}"),
                "f/1", named);
        assertThat(named.keySet()).containsExactly("b", "a");
        assertThat(h.sources()).containsExactly(Source.of(SourceType.STATUTE, "5 U.S.C. 6103"),
                Source.of(SourceType.NOTICE, "n"));
        assertThatThrownBy(() -> DataHeader.readNamed(DATA, root("{\"format\": 1}"), "f/1", named))
                .hasMessage("h.json:1:12: $.format: expected the format id \"f/1\", but was 1");
        assertThatThrownBy(() -> DataHeader.readNamed(DATA, root("{\"format\": \"f/1\", \"sources\": {}}"), "f/1", named))
                .hasMessage("h.json:1:30: $.sources: expected at least one source, but was {}");
    }
}
