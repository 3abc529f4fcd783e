package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.consularkit.calendar.internal.cn.ChinaScheduleParser;
import org.consularkit.core.DataFileException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas shipped in the jar: every built-in data file and every fixture of the user
 * formats matches its schema, every built-in file starts with the common header, and the schema
 * and the reader agree on the documents below (the reader accepts a document if and only if the
 * schema does). The rules that only the reader checks (dates that exist, dates within the
 * schedule's years, references between members) are listed in {@link BeyondTheSchema}.
 */
class DataFileSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ROOT = "/org/consularkit/calendar/";

    static Stream<Arguments> builtInFiles() {
        return Stream.of(
                Arguments.of("us-federal.json", "us-federal"),
                Arguments.of("mission-china-closures.json", "mission-china-closures"),
                Arguments.of("cn/schedules.json", "cn-schedules"));
    }

    static Stream<Arguments> fixtures() {
        Stream<Arguments> holidayCn = IntStream.rangeClosed(2007, 2026)
                .mapToObj(y -> Arguments.of("cn/holiday-cn/" + y + ".json", "holiday-cn"));
        return Stream.concat(Stream.of(
                Arguments.of("cn/schedule-2026.json", "cn-schedule"),
                Arguments.of("cn/fixture-2027.json", "cn-schedule"),
                Arguments.of("cn/fixture-2027-holiday-cn.json", "holiday-cn"),
                Arguments.of("us/fixture-2026-closings.json", "us-closings")), holidayCn);
    }

    //-----------------------------------------------------------------------
    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInFiles")
    void everyBuiltInDataFileMatchesItsSchema(String file, String schema) {
        assertThat(DataFileSchemas.errors(schema, DataFileSchemas.text(ROOT + file))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureOfTheUserFormatsMatchesItsSchema(String file, String schema) {
        assertThat(DataFileSchemas.errors(schema, DataFileSchemas.text(ROOT + file))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInFiles")
    void everyBuiltInDataFileStartsWithTheHeader(String file, String schema) throws IOException {
        JsonNode root = MAPPER.readTree(DataFileSchemas.text(ROOT + file));
        List<String> first = new ArrayList<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext() && first.size() < 3;) {
            first.add(it.next());
        }
        assertThat(first).containsExactly("format", "version", "sources");
        assertThat(root.get("format").asText()).isEqualTo("consularkit." + schema + "/1");
        assertThat(LocalDate.parse(root.get("version").asText())).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(root.get("sources").size()).isPositive();
    }

    @Test
    void thePlaceholderOf2027IsRejectedByTheSchemaAsByTheReader() {
        String json = DataFileSchemas.text(ROOT + "cn/holiday-cn/2027.json");
        assertThat(DataFileSchemas.errors("holiday-cn", json)).containsExactly("/days: Array has less than 1 items");
        assertThat(readerAccepts("holiday-cn", json)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.consularkit.calendar.DataFileSchemas#names")
    void everySchemaIsAValidDraft202012Schema(String schema) {
        assertThat(DataFileSchemas.metaSchemaErrors(schema)).isEmpty();
        assertThat(DataFileSchemas.text(DataFileSchemas.FOLDER + schema + ".schema.json"))
                .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }

    @Test
    void theMetaSchemaCheckFindsABrokenSchema() {
        assertThat(DataFileSchemas.metaSchemaErrorsOf("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "minProperties": -1}"""))
                .isNotEmpty();
    }

    //-----------------------------------------------------------------------
    /** The reader accepts a document if and only if the schema does. */
    @Nested
    class SchemaAndReaderAgree {

        private static final String OWN = """
                {"format": "consularkit.cn-schedule/1", "year": 2027,
                 "sources": [{"citation": "n", "url": "https://www.gov.cn/x.htm"}],
                 "blocks": [{"festivals": ["national-day"], "daysOff": ["2027-10-01/2027-10-07"], "makeupWorkdays": ["2027-09-26"]}]}""";

        private static final String HOLIDAY_CN = """
                {"year": 2027, "papers": ["https://www.gov.cn/x.htm"],
                 "days": [{"name": "国庆节", "date": "2027-10-01", "isOffDay": true}]}""";

        @ParameterizedTest(name = "{0}: {1} -> {2}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                as is                | `"year": 2027`                        | `"year": 2027`                         | true
                comments             | `"year": 2027`                        | `"$comment": "c", "year": 2027`        | true
                comment not a string | `"year": 2027`                        | `"$comment": 1, "year": 2027`          | false
                description and note | `"year": 2027`                        | `"description": "d", "note": "n", "year": 2027` | true
                note not a string    | `"year": 2027`                        | `"note": 1, "year": 2027`              | false
                unknown member       | `"year": 2027`                        | `"yaer": 1, "year": 2027`              | false
                no format            | `"format": "consularkit.cn-schedule/1", ` | ``                                 | false
                other format         | `consularkit.cn-schedule/1`           | `consularkit.cn-schedules/1`           | false
                year as text         | `"year": 2027`                        | `"year": "2027"`                       | false
                year with fraction   | `"year": 2027`                        | `"year": 2027.5`                       | false
                year written 2027.0  | `"year": 2027`                        | `"year": 2027.0`                       | true
                year too early       | `"year": 2027`                        | `"year": 1999`                         | false
                no sources           | `[{"citation": "n", "url": "https://www.gov.cn/x.htm"}]` | `[]`        | false
                blank citation       | `"citation": "n"`                     | `"citation": " "`                      | false
                source type          | `"citation": "n"`                     | `"citation": "n", "type": "PAGE"`      | true
                unknown source type  | `"citation": "n"`                     | `"citation": "n", "type": "BLOG"`      | false
                source note          | `"citation": "n"`                     | `"citation": "n", "note": "x"`         | true
                source member        | `"citation": "n"`                     | `"citation": "n", "page": 1`           | false
                ftp URL              | `https://www.gov.cn`                  | `ftp://www.gov.cn`                     | false
                URL without host     | `https://www.gov.cn/x.htm`            | `https:///x.htm`                       | false
                upper-case scheme    | `https://www.gov.cn`                  | `HTTPS://www.gov.cn`                   | true
                no blocks            | `"blocks": [{"festivals": ["national-day"], "daysOff": ["2027-10-01/2027-10-07"], "makeupWorkdays": ["2027-09-26"]}]` | `"blocks": []` | false
                no festival          | `["national-day"]`                    | `[]`                                   | false
                two festivals        | `["national-day"]`                    | `["national-day", "mid-autumn-festival"]` | true
                a festival twice     | `["national-day"]`                    | `["national-day", "national-day"]`     | false
                unknown festival     | `["national-day"]`                    | `["xmas"]`                             | false
                festival not a key   | `["national-day"]`                    | `[1]`                                  | false
                no day off           | `["2027-10-01/2027-10-07"]`           | `[]`                                   | false
                single dates         | `["2027-10-01/2027-10-07"]`           | `["2027-10-01", "2027-10-02"]`         | true
                short date           | `["2027-10-01/2027-10-07"]`           | `["2027-10-1"]`                        | false
                date as number       | `["2027-10-01/2027-10-07"]`           | `[20271001]`                           | false
                range of three parts | `["2027-10-01/2027-10-07"]`           | `["2027-10-01/2027-10-03/2027-10-05"]` | false
                no make-up days      | `, "makeupWorkdays": ["2027-09-26"]`  | ``                                     | true
                block note           | `, "makeupWorkdays": ["2027-09-26"]`  | `, "note": "n"`                        | true
                block member         | `, "makeupWorkdays": ["2027-09-26"]`  | `, "workdays": []`                     | false
                """)
        void ownFormat(String what, String from, String to, boolean valid) {
            String json = OWN.replace(from, to == null ? "" : to);
            if (!what.equals("as is")) {
                assertThat(json).as(what).isNotEqualTo(OWN);
            }
            assertAgree("cn-schedule", json, valid);
        }

        @ParameterizedTest(name = "{0}: {1} -> {2}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                as is                 | `"year": 2027`                | `"year": 2027`                           | true
                the data set's header | `{"year"`                     | `{"$schema": "https://x.org/schema.json", "$id": "https://x.org/2027.json", "year"` | true
                comment               | `{"year"`                     | `{"$comment": "c", "year"`               | true
                unknown member        | `{"year"`                     | `{"_comment": "c", "year"`               | false
                huge unknown member   | `{"year"`                     | `{"huge": [[[[[[1]]]]]], "year"`         | false
                blank $id             | `{"year"`                     | `{"$id": " ", "year"`                    | false
                no papers             | `["https://www.gov.cn/x.htm"]` | `[]`                                    | true
                paper not a URL       | `https://www.gov.cn/x.htm`    | `www.gov.cn/x.htm`                       | false
                upper-case scheme     | `https://www.gov.cn/x.htm`    | `HTTPS://WWW.GOV.CN/x.htm`               | true
                no year               | `"year": 2027, `              | ``                                       | false
                year as text          | `"year": 2027`                | `"year": "2027"`                         | false
                no days               | `[{"name": "国庆节", "date": "2027-10-01", "isOffDay": true}]` | `[]` | false
                day member            | `"isOffDay": true`            | `"isOffDay": true, "note": "x"`          | false
                no name               | `"name": "国庆节", `           | ``                                       | false
                combined name         | `"国庆节"`                     | `"国庆节、中秋节"`                          | true
                old name              | `"国庆节"`                     | `"“十一”"`                                | true
                unknown name          | `"国庆节"`                     | `"圣诞节"`                                | false
                name of separators    | `"国庆节"`                     | `"、"`                                    | false
                name ending with 、    | `"国庆节"`                     | `"国庆节、"`                               | false
                name as number        | `"国庆节"`                     | `1`                                      | false
                date not ISO          | `"2027-10-01"`                | `"10/01/2027"`                           | false
                isOffDay as text      | `"isOffDay": true`            | `"isOffDay": "true"`                     | false
                """)
        void holidayCnFormat(String what, String from, String to, boolean valid) {
            String json = HOLIDAY_CN.replace(from, to == null ? "" : to);
            if (!what.equals("as is")) {
                assertThat(json).as(what).isNotEqualTo(HOLIDAY_CN);
            }
            assertAgree("holiday-cn", json, valid);
        }

        static Stream<Arguments> builtInMutations() {
            return Stream.of(
                    Arguments.of("cn-schedules", "as is", change("cn/schedules.json", r -> { }), true),
                    Arguments.of("cn-schedules", "no version", change("cn/schedules.json", r -> r.remove("version")), false),
                    Arguments.of("cn-schedules", "version not a date",
                            change("cn/schedules.json", r -> r.put("version", "27.11.2026")), false),
                    Arguments.of("cn-schedules", "the old derivedFrom",
                            change("cn/schedules.json", r -> r.put("derivedFrom", "x")), false),
                    Arguments.of("cn-schedules", "a header source without type",
                            change("cn/schedules.json", r -> ((ObjectNode) r.get("sources").get(0)).remove("type")), false),
                    Arguments.of("cn-schedules", "no header source",
                            change("cn/schedules.json", r -> ((ArrayNode) r.get("sources")).removeAll()), false),
                    Arguments.of("cn-schedules", "a format in a schedule",
                            change("cn/schedules.json", r -> ((ObjectNode) r.get("schedules").get(0))
                                    .put("format", "consularkit.cn-schedule/1")), false),
                    Arguments.of("mission-china-closures", "as is", change("mission-china-closures.json", r -> { }), true),
                    Arguments.of("mission-china-closures", "the old verified",
                            change("mission-china-closures.json", r -> r.put("verified", "2026-11-27")), false),
                    Arguments.of("mission-china-closures", "a post fewer (the file defines the post ids)",
                            change("mission-china-closures.json", r -> ((ObjectNode) r.get("posts")).remove("wuhan")), true),
                    Arguments.of("mission-china-closures", "a post more",
                            change("mission-china-closures.json", r -> ((ObjectNode) r.get("posts")).set("xian",
                                    r.get("posts").get("wuhan"))), true),
                    Arguments.of("mission-china-closures", "a post id that is not lower-case words",
                            change("mission-china-closures.json", r -> ((ObjectNode) r.get("posts")).set("Xi An",
                                    r.get("posts").get("wuhan"))), false),
                    Arguments.of("mission-china-closures", "no rule source",
                            change("mission-china-closures.json", r -> ((ArrayNode) r.get("ruleSources")).removeAll()), false),
                    Arguments.of("mission-china-closures", "a source with a bad URL",
                            change("mission-china-closures.json", r -> ((ObjectNode) r.get("sources").get("post-names"))
                                    .put("url", "ftp://x.org/")), false),
                    Arguments.of("mission-china-closures", "sources as an array",
                            change("mission-china-closures.json", r -> r.putArray("sources")), false));
        }

        @ParameterizedTest(name = "{0}: {1}")
        @MethodSource("builtInMutations")
        void builtInFormats(String schema, String what, String json, boolean valid) {
            assertAgree(schema, json, valid);
        }

        private void assertAgree(String schema, String json, boolean valid) {
            List<String> errors = DataFileSchemas.errors(schema, json);
            assertThat(errors.isEmpty()).as("schema %s on %s: %s", schema, json, errors).isEqualTo(valid);
            assertThat(readerAccepts(schema, json)).as("reader on %s", json).isEqualTo(valid);
        }
    }

    /** Rules only the reader checks: the schema accepts these documents, the reader does not. */
    @Nested
    class BeyondTheSchema {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                a date that does not exist   | `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "n"}], "blocks": [{"festivals": ["labour-day"], "daysOff": ["2027-02-30"]}]}`
                a date beyond the next year  | `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "n"}], "blocks": [{"festivals": ["labour-day"], "daysOff": ["2029-05-01"]}]}`
                a weekend beyond the years   | `{"format": "consularkit.cn-schedule/1", "year": 2025, "sources": [{"citation": "n"}], "blocks": [{"festivals": ["new-years-day"], "daysOff": ["2024-01-01"]}]}`
                a date listed twice          | `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "n"}], "blocks": [{"festivals": ["labour-day"], "daysOff": ["2027-05-01", "2027-05-01"]}]}`
                a make-up day on a Monday    | `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "n"}], "blocks": [{"festivals": ["labour-day"], "daysOff": ["2027-05-01"], "makeupWorkdays": ["2027-05-03"]}]}`
                a festival in two blocks     | `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "n"}], "blocks": [{"festivals": ["labour-day"], "daysOff": ["2027-05-01"]}, {"festivals": ["labour-day"], "daysOff": ["2027-05-02"]}]}`
                Victory Day outside 2015     | `{"format": "consularkit.cn-schedule/1", "year": 2027, "sources": [{"citation": "n"}], "blocks": [{"festivals": ["victory-day-2015"], "daysOff": ["2027-09-03"]}]}`
                """)
        void ownFormat(String what, String json) {
            assertThat(DataFileSchemas.errors("cn-schedule", json)).as(what).isEmpty();
            assertThat(readerAccepts("cn-schedule", json)).as(what).isFalse();
        }
    }

    //-----------------------------------------------------------------------
    private static boolean readerAccepts(String schema, String json) {
        InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        try {
            switch (schema) {
                case "cn-schedule" -> ChinaScheduleLoader.read(in, "test.json");
                case "holiday-cn" -> ChinaScheduleLoader.readHolidayCn(in, "test.json");
                case "cn-schedules" -> ChinaScheduleParser.readMulti(in, "test.json");
                case "mission-china-closures" -> MissionChinaClosures.Data.parse("test.json", in);
                default -> throw new IllegalArgumentException(schema);
            }
            return true;
        } catch (DataFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String change(String file, Consumer<ObjectNode> mutation) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(DataFileSchemas.text(ROOT + file));
            mutation.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
