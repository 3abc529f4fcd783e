package org.consularkit.calendar.internal.us;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.consularkit.calendar.DataFileSchemas;
import org.consularkit.core.DataFileException;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UsFederalDataTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PREFIX = UsFederalData.RESOURCE_PATH + ":";

    //-----------------------------------------------------------------------
    @Nested
    class BuiltInResource {

        private final UsFederalData data = UsFederalData.load();

        @Test
        void listsTheElevenLegalPublicHolidaysAndInaugurationDayInCalendarOrder() {
            assertThat(data.holidays()).extracting(UsFederalData.HolidayRules::key).containsExactly(
                    "new-years-day", "martin-luther-king-jr-day", "washingtons-birthday", "memorial-day",
                    "juneteenth", "independence-day", "labor-day", "columbus-day", "veterans-day",
                    "thanksgiving-day", "christmas-day", "inauguration-day");
        }

        @Test
        void onlyInaugurationDayIsLimitedToTheWashingtonArea() {
            assertThat(data.holidays()).filteredOn(h -> h.scope() == UsFederalData.Scope.DC_AREA)
                    .extracting(UsFederalData.HolidayRules::key).containsExactly("inauguration-day");
        }

        @Test
        void everyRuleCitesSection6103First() {
            for (UsFederalData.HolidayRules h : data.holidays()) {
                for (UsFederalData.Rule r : h.rules()) {
                    Source first = r.sources().get(0);
                    assertThat(first.type()).as(h.key()).isEqualTo(SourceType.STATUTE);
                    assertThat(first.citation()).as(h.key()).startsWith("5 U.S.C. 6103(");
                }
            }
        }

        @Test
        void holidaysChangedSince1971CiteTheirPublicLaw() {
            assertThat(citations("martin-luther-king-jr-day", 1986)).anyMatch(c -> c.startsWith("Pub. L. 98-144"));
            assertThat(citations("juneteenth", 2021)).anyMatch(c -> c.startsWith("Pub. L. 117-17"));
            assertThat(citations("veterans-day", 1971)).anyMatch(c -> c.startsWith("Pub. L. 90-363"));
            assertThat(citations("veterans-day", 1978)).anyMatch(c -> c.startsWith("Pub. L. 94-97"));
            assertThat(citations("washingtons-birthday", 1971)).anyMatch(c -> c.startsWith("Pub. L. 90-363"));
        }

        private List<String> citations(String key, int year) {
            return data.holidays().stream().filter(h -> h.key().equals(key)).findFirst()
                    .flatMap(h -> h.ruleFor(year)).orElseThrow()
                    .sources().stream().map(Source::citation).toList();
        }

        @Test
        void theObservanceRuleCitesTheStatuteAndExecutiveOrder11582() {
            UsFederalData.Observance federal = data.holidays().get(0).observance();
            assertThat(federal.saturday()).isEqualTo(UsFederalData.Shift.FRIDAY_BEFORE);
            assertThat(federal.sunday()).isEqualTo(UsFederalData.Shift.MONDAY_AFTER);
            assertThat(federal.sources()).extracting(Source::citation)
                    .anyMatch(c -> c.startsWith("5 U.S.C. 6103(b)(1)"))
                    .anyMatch(c -> c.startsWith("EO 11582, 36 FR 2957"));
        }

        @Test
        void hasNineteenClosingsInDateOrderOnWeekdays() {
            assertThat(data.closings()).hasSize(19);
            assertThat(data.closings()).extracting(UsFederalData.Closing::date).isSorted()
                    .allMatch(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
        }

        @Test
        void exactlyThreeClosingsAreHalfDays() {
            assertThat(data.closings()).filteredOn(UsFederalData.Closing::halfDay)
                    .extracting(UsFederalData.Closing::date)
                    .containsExactly(LocalDate.of(2002, 12, 24), LocalDate.of(2009, 12, 24), LocalDate.of(2015, 12, 24));
        }

        @Test
        void closingKeysAreUniquePerYearAndNeverAHolidayKey() {
            Set<String> holidayKeys = new HashSet<>();
            data.holidays().forEach(h -> holidayKeys.add(h.key()));
            Set<String> ids = new HashSet<>();
            for (UsFederalData.Closing c : data.closings()) {
                assertThat(holidayKeys).doesNotContain(c.key());
                assertThat(ids.add(c.key() + "/" + c.date().getYear())).as(c.toString()).isTrue();
            }
        }

        @Test
        void closingKeysSayWhatTheDayIs() {
            for (UsFederalData.Closing c : data.closings()) {
                String expected = c.date().getMonthValue() == 12 && c.date().getDayOfMonth() == 24 ? "christmas-eve-closing"
                        : c.date().getMonthValue() == 12 && c.date().getDayOfMonth() == 26 ? "day-after-christmas-closing"
                        : "national-day-of-mourning";
                assertThat(c.key()).as(c.date().toString()).isEqualTo(expected);
                assertThat(c.names().english().contains("Mourning")).isEqualTo(expected.equals("national-day-of-mourning"));
            }
        }

        @Test
        void everyClosingCitesItsOrderFirstAndTheListOfFederalRegisterDocuments() {
            for (UsFederalData.Closing c : data.closings()) {
                Source order = c.sources().get(0);
                assertThat(order.type()).isEqualTo(SourceType.EXECUTIVE_ORDER);
                assertThat(order.citation()).startsWith(c.executiveOrder());
                assertThat(order.url()).isPresent();
                assertThat(c.sources()).extracting(Source::url).contains(
                        Optional.of(URI.create("https://github.com/vacanza/holidays/blob/HEAD/holidays/countries/united_states.py")));
            }
        }

        @Test
        void closingsWithAFederalRegisterCitationInTheFactsCarryIt() {
            assertThat(closing(LocalDate.of(2024, 12, 24)).sources().get(0).citation())
                    .isEqualTo("EO 14129, 89 FR 104857 (FR Doc. 2024-31143)");
            assertThat(closing(LocalDate.of(2025, 1, 9)).sources().get(0).citation())
                    .isEqualTo("EO 14133 of 2024-12-30, 90 FR 187 (FR Doc. 2024-31766)");
        }

        private UsFederalData.Closing closing(LocalDate date) {
            return data.closings().stream().filter(c -> c.date().equals(date)).findFirst().orElseThrow();
        }

        @Test
        void everySourceUrlIsHttps() {
            Stream.concat(
                    data.holidays().stream().flatMap(h -> Stream.concat(h.observance().sources().stream(),
                            h.rules().stream().flatMap(r -> r.sources().stream()))),
                    data.closings().stream().flatMap(c -> c.sources().stream()))
                    .forEach(s -> assertThat(s.url()).as(s.citation()).hasValueSatisfying(
                            u -> assertThat(u.getScheme()).isEqualTo("https")));
        }

        @Test
        void namesTheCalendarsInEnglishAndChinese() {
            assertThat(data.calendarName("us-federal").english()).isEqualTo("US federal holidays");
            assertThat(data.calendarName("us-federal").chinese()).isEqualTo("美国联邦假日");
            assertThat(data.calendarName("us-federal-dc").english()).contains("Washington, DC area");
        }

        @Test
        void recordsWhenTheFactsWereVerified() {
            assertThat(data.version()).isEqualTo(LocalDate.of(2026, 11, 27));
        }

        @Test
        void theHeaderListsEverySourceOfTheFile() {
            assertThat(data.sources()).hasSize(36).first()
                    .isEqualTo(Source.of(SourceType.STATUTE, "5 U.S.C. 6103(a)",
                            URI.create("https://github.com/TheJoshuaEvans/united-states-code/blob/HEAD/usc/5/6103.xml")));
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class MalformedResource {

        static Stream<Arguments> mutations() {
            return Stream.of(
                    Arguments.of("wrong format",
                            change(r -> r.put("format", "v2")),
                            "$.format: expected the format id \"consularkit.us-federal/1\", but was \"v2\""),
                    Arguments.of("month out of range",
                            change(r -> date(r, 8, 0).put("month", 13)),
                            "$.holidays[8].rules[0].date.month: expected an integer from 1 to 12, but was 13"),
                    Arguments.of("month as text",
                            change(r -> date(r, 8, 0).put("month", "10")),
                            "$.holidays[8].rules[0].date.month: expected an integer from 1 to 12, but was \"10\""),
                    Arguments.of("fixed day not in every year",
                            change(r -> date(r, 0, 0).put("month", 2).put("day", 29)),
                            "$.holidays[0].rules[0].date.day: expected a day that FEBRUARY has in every year, 1 to 28, but was 29"),
                    Arguments.of("bad day of week",
                            change(r -> date(r, 1, 0).put("dayOfWeek", "MON")),
                            "$.holidays[1].rules[0].date.dayOfWeek: expected one of MONDAY, TUESDAY, WEDNESDAY, "
                                    + "THURSDAY, FRIDAY, SATURDAY, SUNDAY, but was \"MON\""),
                    Arguments.of("fifth weekday",
                            change(r -> date(r, 1, 0).put("ordinal", 5)),
                            "$.holidays[1].rules[0].date.ordinal: expected an integer from 1 to 4, but was 5"),
                    Arguments.of("unknown date type",
                            change(r -> date(r, 0, 0).put("type", "easter")),
                            "$.holidays[0].rules[0].date.type: expected \"fixed\", \"nth-weekday\" or \"last-weekday\", but was \"easter\""),
                    Arguments.of("field of another date type",
                            change(r -> date(r, 0, 0).put("ordinal", 1)),
                            "$.holidays[0].rules[0].date.ordinal: unknown field (the fields are: type, month, day)"),
                    Arguments.of("overlapping rules",
                            change(r -> rule(r, 8, 1).put("validFrom", 1977)),
                            "$.holidays[8].rules[1].validFrom: expected a year after 1977 (the end of the rule before), but was 1977"),
                    Arguments.of("rule before the range",
                            change(r -> rule(r, 0, 0).put("validFrom", 1970)),
                            "$.holidays[0].rules[0].validFrom: expected an integer from 1971 to 2100, but was 1970"),
                    Arguments.of("rule ending before it starts",
                            change(r -> rule(r, 8, 0).put("validTo", 1970)),
                            "$.holidays[8].rules[0].validTo: expected an integer from 1971 to 9998, but was 1970"),
                    Arguments.of("duplicate holiday key",
                            change(r -> holiday(r, 1).put("key", "new-years-day")),
                            "$.holidays[1].key: expected a key not used by another holiday, but was \"new-years-day\""),
                    Arguments.of("malformed key",
                            change(r -> holiday(r, 1).put("key", "MLK Day")),
                            "$.holidays[1].key: expected lower-case words joined by '-', but was \"MLK Day\""),
                    Arguments.of("unknown source id",
                            change(r -> ((ArrayNode) rule(r, 0, 0).get("sources")).set(0, "usc-9999")),
                            "$.holidays[0].rules[0].sources[0]: expected one of the source ids in $.sources, but was \"usc-9999\""),
                    Arguments.of("unknown field",
                            change(r -> holiday(r, 0).put("obsrvance", "eo-11582")),
                            "$.holidays[0].obsrvance: unknown field (the fields are: key, names, scope, observance, "
                                    + "rules)"),
                    Arguments.of("missing names",
                            change(r -> holiday(r, 0).remove("names")),
                            "$.holidays[0].names: expected an object {\"en\": ..., \"zh\": ...}, but was missing"),
                    Arguments.of("blank Chinese name",
                            change(r -> ((ObjectNode) holiday(r, 0).get("names")).put("zh", " ")),
                            "$.holidays[0].names.zh: expected a non-blank string, but was \" \""),
                    Arguments.of("unknown observance",
                            change(r -> holiday(r, 0).put("observance", "eo-99")),
                            "$.holidays[0].observance: expected one of the observances eo-11582, inauguration, but was \"eo-99\""),
                    Arguments.of("unknown scope",
                            change(r -> holiday(r, 0).put("scope", "dc")),
                            "$.holidays[0].scope: expected \"federal\" or \"dc-area\", but was \"dc\""),
                    Arguments.of("Saturday moved to a Monday",
                            change(r -> ((ObjectNode) r.get("observances").get("eo-11582")).put("saturday", "monday-after")),
                            "$.observances.eo-11582.saturday: expected \"friday-before\" or \"no-holiday\", but was \"monday-after\""),
                    Arguments.of("bad source type",
                            change(r -> source(r, "usc-6103-a").put("type", "LAW")),
                            "$.sources.usc-6103-a.type: expected one of STATUTE, EXECUTIVE_ORDER, NOTICE, DERIVED_RULE, PAGE, "
                                    + "but was \"LAW\""),
                    Arguments.of("bad source URL",
                            change(r -> source(r, "usc-6103-a").put("url", "ftp://example.org/6103")),
                            "$.sources.usc-6103-a.url: expected an absolute http(s) URL, but was \"ftp://example.org/6103\""),
                    Arguments.of("unused source",
                            change(r -> ((ObjectNode) r.get("sources")).putObject("spare")
                                    .put("type", "PAGE").put("citation", "Spare")),
                            "$.sources.spare: expected a source that is referred to by some entry, but was "
                                    + "{\"type\":\"PAGE\",\"citation\":\"Spare\"}"),
                    Arguments.of("closing on a Saturday",
                            change(r -> closing(r, 0).put("date", "2001-12-22")),
                            "$.closings[0].date: expected a Monday to Friday, not a SATURDAY, but was \"2001-12-22\""),
                    Arguments.of("closing not an ISO date",
                            change(r -> closing(r, 0).put("date", "24/12/2001")),
                            "$.closings[0].date: expected a date (yyyy-MM-dd), but was \"24/12/2001\""),
                    Arguments.of("closing outside the range",
                            change(r -> closing(r, 18).put("date", "2101-01-03")),
                            "$.closings[18].date: expected a date in the years 1971-2100, but was \"2101-01-03\""),
                    Arguments.of("closings out of order",
                            change(r -> closing(r, 1).put("date", "2001-12-21")),
                            "$.closings[1].date: expected a date after 2001-12-24 (closings in date order), but was \"2001-12-21\""),
                    Arguments.of("two closings with one key in a year",
                            change(r -> closing(r, 18).put("key", "christmas-eve-closing")),
                            "$.closings[18].key: expected a key used once in 2025, but was \"christmas-eve-closing\""),
                    Arguments.of("closing with a holiday's key",
                            change(r -> closing(r, 0).put("key", "christmas-day")),
                            "$.closings[0].key: expected a key that is not a holiday's key, but was \"christmas-day\""),
                    Arguments.of("half day not a boolean",
                            change(r -> closing(r, 1).put("halfDay", "yes")),
                            "$.closings[1].halfDay: expected true or false, but was \"yes\""),
                    Arguments.of("malformed order number",
                            change(r -> closing(r, 0).put("executiveOrder", "13238")),
                            "$.closings[0].executiveOrder: expected \"EO\" and a number, but was \"13238\""),
                    Arguments.of("closing citing a page before its order",
                            change(r -> {
                                ArrayNode s = (ArrayNode) closing(r, 0).get("sources");
                                s.removeAll();
                                s.add("closings-list").add("eo-13238");
                            }),
                            "$.closings[0].sources[0]: expected an EXECUTIVE_ORDER source citing EO 13238, but was \"closings-list\""),
                    Arguments.of("closing citing another order",
                            change(r -> closing(r, 0).put("executiveOrder", "EO 13281")),
                            "$.closings[0].sources[0]: expected an EXECUTIVE_ORDER source citing EO 13281, but was \"eo-13238\""),
                    Arguments.of("source listed twice",
                            change(r -> ((ArrayNode) closing(r, 0).get("sources")).add("eo-13238")),
                            "$.closings[0].sources[2]: expected a source id not listed twice, but was \"eo-13238\""),
                    Arguments.of("malformed source id",
                            change(r -> ((ObjectNode) r.get("sources")).set("Usc 6103", source(r, "usc-6103-a"))),
                            "$.sources[\"Usc 6103\"]: expected a source id of lower-case words joined by '-', but was \"Usc 6103\""),
                    Arguments.of("missing version",
                            change(r -> r.remove("version")),
                            "$.version: expected a date (yyyy-MM-dd), but was missing"),
                    Arguments.of("the old verified date",
                            change(r -> r.put("verified", "2026-11-27")),
                            "$.verified: unknown field (the fields are: format, version, sources, calendars, observances,"
                                    + " holidays, closings)"),
                    Arguments.of("sources as an array",
                            change(r -> r.putArray("sources")),
                            "$.sources: expected an object, but was []"),
                    Arguments.of("unknown observance id",
                            change(r -> ((ObjectNode) r.get("observances")).set("Inauguration",
                                    r.get("observances").get("inauguration"))),
                            "$.observances.Inauguration: expected an observance id of lower-case words joined by '-',"
                                    + " but was \"Inauguration\""),
                    Arguments.of("holidays not an array",
                            change(r -> r.putObject("holidays")),
                            "$.holidays: expected an array, but was {}"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mutations")
        void failsNamingTheResourceThePositionThePathAndTheValue(String what, String json, String message) {
            assertThatThrownBy(() -> parse(json))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageMatching(Pattern.quote(PREFIX) + "\\d+:\\d+: " + Pattern.quote(message))
                    .satisfies(e -> assertPointsAtTheValue(json, (DataFileException) e));
        }

        /** Rules of the format that the JSON Schema cannot state: only the reader rejects these. */
        private static final Set<String> READER_ONLY = Set.of("fixed day not in every year", "overlapping rules",
                "duplicate holiday key", "unknown source id", "unknown observance", "unused source",
                "closing on a Saturday", "closing outside the range", "closings out of order",
                "two closings with one key in a year", "closing with a holiday's key",
                "closing citing a page before its order", "closing citing another order");

        @ParameterizedTest(name = "{0}")
        @MethodSource("mutations")
        void theSchemaRejectsWhatTheReaderRejectsExceptTheRulesItCannotState(String what, String json, String message) {
            List<String> errors = DataFileSchemas.errors("us-federal", json);
            if (READER_ONLY.contains(what)) {
                assertThat(errors).as(what).isEmpty();
            } else {
                assertThat(errors).as(what).isNotEmpty();
            }
        }

        @Test
        void theSchemaAcceptsTheResourceAndComments() {
            assertThat(DataFileSchemas.errors("us-federal", change(r -> { }))).isEmpty();
            assertThat(DataFileSchemas.errors("us-federal", change(r -> holiday(r, 0).put("$comment", "a note"))))
                    .isEmpty();
            assertThat(DataFileSchemas.errors("us-federal", change(r -> holiday(r, 0).put("$comment", 1))))
                    .isNotEmpty();
        }

        /** The line and column (in characters) are where the value begins. */
        private static void assertPointsAtTheValue(String json, DataFileException e) {
            String line = json.split("\n", -1)[e.line().orElseThrow() - 1];
            String rest = line.substring(e.column().orElseThrow() - 1);
            String value = e.value().orElse("");
            String path = e.path();
            String member = path.endsWith("\"]") ? path.substring(path.lastIndexOf("[\"") + 1, path.length() - 1)
                    : "\"" + path.substring(path.lastIndexOf('.') + 1) + "\"";
            if (value.equals("missing") || value.equals(member)) {
                // a missing member is reported at the object that lacks it, a bad member name at its value
                assertThat(rest).startsWith("{");
            } else {
                assertThat(rest).startsWith(value.endsWith("…") ? value.substring(0, value.length() - 1) : value);
            }
        }

        @Test
        void syntaxErrorNamesLineAndColumn() {
            assertThatThrownBy(() -> parse("{\n  \"format\": \"consularkit.us-federal/1\",\n  \"version\": }"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith(PREFIX + "3:14: $: malformed JSON: Unexpected character ('}'");
        }

        @Test
        void duplicateFieldIsAnError() {
            assertThatThrownBy(() -> parse("{\"format\": \"a\", \"format\": \"b\"}"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(PREFIX + "1:25: $: malformed JSON: Duplicate field 'format'");
        }

        @Test
        void trailingContentIsAnError() {
            String json = change(r -> { });
            assertThatThrownBy(() -> parse(json + " {}"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageMatching(Pattern.quote(PREFIX) + "1:\\d+: \\$: expected the end of the document after its"
                            + " value, but was more content");
        }

        @Test
        void emptyDocumentIsAnError() {
            assertThatThrownBy(() -> parse(""))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage(UsFederalData.RESOURCE_PATH + ": $: expected a JSON document, but was empty");
        }

        @Test
        void closingsMayFallOnTheFirstAndLastDayOfTheCalendarsYears() {
            UsFederalData data = parse(change(r -> {
                closing(r, 0).put("date", "1971-01-01");
                closing(r, 18).put("date", "2100-12-31");
            }));
            assertThat(data.closings().get(0).date()).isEqualTo(LocalDate.of(1971, 1, 1));
            assertThat(data.closings().get(18).date()).isEqualTo(LocalDate.of(2100, 12, 31));
            assertThatThrownBy(() -> parse(change(r -> closing(r, 0).put("date", "1970-12-31"))))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageEndingWith("$.closings[0].date: expected a date in the years 1971-2100, but was \"1970-12-31\"");
        }

        @Test
        void aFixedDayMayBeTheLastDayThatTheMonthHasInEveryYear() {
            UsFederalData data = parse(change(r -> date(r, 0, 0).put("month", 2).put("day", 28)));
            assertThat(data.holidays().get(0).rules().get(0).date())
                    .isEqualTo(new UsFederalData.Fixed(java.time.Month.FEBRUARY, 28));
        }

        @Test
        void theScopeIsFederalOrTheWashingtonAreaWrittenAsAString() {
            UsFederalData data = parse(change(r -> {
                holiday(r, 0).put("scope", "federal");
                holiday(r, 1).put("scope", "dc-area");
            }));
            assertThat(data.holidays()).extracting(UsFederalData.HolidayRules::scope).startsWith(
                    UsFederalData.Scope.FEDERAL, UsFederalData.Scope.DC_AREA, UsFederalData.Scope.FEDERAL);
            assertThatThrownBy(() -> parse(change(r -> holiday(r, 0).put("scope", 1))))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageEndingWith("$.holidays[0].scope: expected \"federal\" or \"dc-area\", but was 1");
        }

        @Test
        void theUnchangedResourceParses() {
            assertThat(parse(change(r -> { })).closings()).hasSize(19);
        }

        @Test
        void commentsAreAllowedEverywhere() {
            UsFederalData data = parse(change(r -> holiday(r, 0).put("$comment", "a note")));
            assertThat(data.holidays()).hasSize(12);
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class LoadedClosings {

        private static final String HEAD = "{\"format\": \"consularkit.us-closings/1\", \"version\": \"2016-11-20\", "
                + "\"closings\": [{\"date\": \"2016-11-25\", \"key\": \"day-after-thanksgiving-closing\", "
                + "\"halfDay\": false, \"executiveOrder\": \"EO 1\", \"orderDate\": \"2016-11-20\", "
                + "\"names\": {\"en\": \"x\", \"zh\": \"y\"}";

        private UsFederalData.LoadedClosings read(String json) throws IOException {
            return UsFederalData.readClosings("c.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    UsFederalData.load());
        }

        @Test
        void aLoadedClosingMayCarryANoteOfFreeText() throws IOException {
            assertThat(read(HEAD + ", \"note\": \"made up\"}]}").closings())
                    .extracting(UsFederalData.Closing::date).containsExactly(LocalDate.of(2016, 11, 25));
            assertThatThrownBy(() -> read(HEAD + ", \"note\": 1}]}"))
                    .isInstanceOf(DataFileException.class)
                    .hasMessage("c.json:1:255: $.closings[0].note: expected a string (free text), but was 1");
        }

        @Test
        void loadedClosingsJoinTheDataInDateOrder() throws IOException {
            UsFederalData base = UsFederalData.load();
            UsFederalData.Closing loaded = read(HEAD + "}]}").closings().get(0);
            List<UsFederalData.Closing> all = base.withClosings(List.of(loaded)).closings();
            assertThat(all).hasSize(base.closings().size() + 1).contains(loaded)
                    .isSortedAccordingTo(java.util.Comparator.comparing(UsFederalData.Closing::date));
            assertThat(base.closings().get(base.closings().size() - 1).date()).isAfter(loaded.date());
        }
    }

    //-----------------------------------------------------------------------
    private static UsFederalData parse(String json) {
        return UsFederalData.parse(UsFederalData.RESOURCE_PATH,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String change(Consumer<ObjectNode> mutation) {
        try (InputStream in = UsFederalData.class.getResourceAsStream(UsFederalData.RESOURCE)) {
            ObjectNode root = (ObjectNode) MAPPER.readTree(in);
            mutation.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode holiday(ObjectNode root, int i) {
        return (ObjectNode) root.get("holidays").get(i);
    }

    private static ObjectNode rule(ObjectNode root, int holiday, int rule) {
        return (ObjectNode) holiday(root, holiday).get("rules").get(rule);
    }

    private static ObjectNode date(ObjectNode root, int holiday, int rule) {
        return (ObjectNode) rule(root, holiday, rule).get("date");
    }

    private static ObjectNode closing(ObjectNode root, int i) {
        return (ObjectNode) root.get("closings").get(i);
    }

    private static ObjectNode source(ObjectNode root, String id) {
        JsonNode s = root.get("sources").get(id);
        return (ObjectNode) s;
    }
}
