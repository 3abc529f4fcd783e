package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.booking.OfficeState;
import org.consularkit.core.booking.OfficeStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** User directory files: a good one loads, bad ones are rejected with file, field and value. */
public class DirectoryFileTest {

    public static final String GOOD = read("chengdu-open.json");

    /** Creates the test class; it is public for its helpers, which the routing tests share. */
    public DirectoryFileTest() {
    }

    public static String read(String resource) {
        try (InputStream in = Objects.requireNonNull(DirectoryFileTest.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Directory parse(String json) {
        return Directory.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json");
    }

    /** Replaces exactly one occurrence, so that a mutation cannot silently miss. */
    public static String replace(String json, String target, String replacement) {
        int i = json.indexOf(target);
        assertThat(i).as("'" + target + "' occurs").isNotNegative();
        assertThat(json.indexOf(target, i + 1)).as("'" + target + "' occurs once").isNegative();
        return json.substring(0, i) + replacement + json.substring(i + target.length());
    }

    static DataFileException error(String json) {
        try {
            parse(json);
        } catch (DataFileException e) {
            assertThat(e.file()).isEqualTo("bad.json");
            return e;
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void goodFileLoads() {
        Directory d = parse(GOOD);
        assertThat(d.posts()).extracting(Post::id).containsExactly("chengdu");
        Post chengdu = d.post("chengdu");
        assertThat(chengdu.isOperating()).isTrue();
        assertThat(chengdu.district()).containsExactly(Province.SC);
        assertThat(d.district("CN-SC").postId()).isEqualTo("chengdu");
        assertThat(d.verifiedOn()).hasToString("2019-06-01");
        assertThat(d.appointmentRules()).isEqualTo(AppointmentRules.NONE);
        assertThat(d.referrals()).isEmpty();
        assertThat(chengdu.status().value().note()).isEmpty();
        assertThat(chengdu.officeSchedule().map(Object::toString)).contains("Mo-Fr 08:00-17:00; PH off");
        assertThat(chengdu.appointmentSchedule()).isEmpty();
        assertThat(chengdu.office()).isEmpty();
    }

    @Test
    void aStatusWithAReason() {
        Directory d = parse(replace(GOOD, "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                "\"status\": {\"value\": \"LIMITED\", \"since\": \"2019-01-02\", \"reason\":"
                + " {\"en\": \"emergencies only\", \"zh\": \"仅限紧急情况\"}, \"sources\": [\"seed\"]}"));
        OfficeStatus s = d.post("chengdu").status().value();
        assertThat(s).isEqualTo(OfficeStatus.of(OfficeState.LIMITED, Optional.of(LocalDate.of(2019, 1, 2)),
                Optional.of(LocalizedText.of("emergencies only", "仅限紧急情况")), d.sources().values().stream()
                        .filter(x -> x.citation().contains("seed page")).toList()));
        assertThat(s).hasToString("LIMITED since 2019-01-02");
        assertThat(s.note()).contains(LocalizedText.of("emergencies only", "仅限紧急情况"));
        assertThat(d.post("chengdu").office()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void appointmentRulesAreReadAsWritten(boolean flag) {
        Directory d = parse(replace(GOOD, "\n  \"contacts\": [", "\n  \"appointmentRules\": {"
                + "\"byAppointmentOnly\": {\"value\": " + flag + ", \"sources\": [\"seed\"]},"
                + " \"separateAppointmentPerService\": {\"value\": " + flag + ", \"sources\": [\"seed\"]},"
                + " \"arriveMinutesEarly\": {\"value\": 10, \"sources\": [\"seed\"]},"
                + " \"cancelledWhenLateMinutes\": {\"value\": 20, \"sources\": [\"seed\"]},"
                + " \"printedConfirmationRequired\": {\"value\": " + flag + ", \"sources\": [\"seed\"]},"
                + " \"prohibitedItems\": {\"value\": [\"LAPTOP\", \"USB_DRIVE\"], \"sources\": [\"seed\"]},"
                + " \"bookingUrl\": {\"value\": \"https://example.org/book\", \"sources\": [\"A\"]}},"
                + "\n  \"contacts\": ["));
        Provenance seed = new Provenance(List.of(d.sources().get("seed")), LocalDate.of(2019, 6, 1), false,
                Optional.empty());
        Provenance a = new Provenance(List.of(d.sources().get("A")), LocalDate.of(2019, 6, 1), false,
                Optional.empty());
        assertThat(d.appointmentRules()).isEqualTo(new AppointmentRules(
                Optional.of(new Sourced<>(flag, seed)), Optional.of(new Sourced<>(flag, seed)),
                Optional.of(new Sourced<>(10, seed)), Optional.of(new Sourced<>(20, seed)),
                Optional.of(new Sourced<>(flag, seed)), Optional.of(new Sourced<>(List.of("LAPTOP", "USB_DRIVE"), seed)),
                Optional.of(new Sourced<>(URI.create("https://example.org/book"), a))));
    }

    @Test
    void appointmentRulesLeftOutOfAFileAreEmpty() {
        Directory d = parse(replace(GOOD, "\n  \"contacts\": [", "\n  \"appointmentRules\": {"
                + "\"arriveMinutesEarly\": {\"value\": 10, \"sources\": [\"seed\"]}},"
                + "\n  \"contacts\": ["));
        AppointmentRules r = d.appointmentRules();
        assertThat(r.arriveMinutesEarly().orElseThrow().value()).isEqualTo(10);
        assertThat(List.of(r.byAppointmentOnly(), r.separateAppointmentPerService(), r.cancelledWhenLateMinutes(),
                r.printedConfirmationRequired(), r.prohibitedItems(), r.bookingUrl())).allMatch(Optional::isEmpty);
    }

    @Test
    void divisionNobodyServesInAUserFile() {
        assertThatThrownBy(() -> parse(GOOD).district("CN-BJ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No post of directory bad.json serves CN-BJ (Beijing)");
    }

    @Test
    void loadFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, GOOD, StandardCharsets.UTF_8);
        assertThat(Directory.load(file).post("chengdu").displayName().english()).isEqualTo("U.S. Consulate General Chengdu");
        Files.writeString(file, replace(GOOD, "\"Asia/Shanghai\"", "\"Asia/Chengdu\""), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Directory.load(file))
                .isInstanceOf(DataFileException.class)
                .hasMessage(file + ":13:15: $.posts[0].zone: expected a time zone id such as \"Asia/Shanghai\", but was"
                        + " \"Asia/Chengdu\"");
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path file = dir.resolve("absent.json");
        assertThatThrownBy(() -> Directory.load(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read directory file " + file);
    }

    @Test
    void nothingOfABadFileIsKept() {
        Directory before = Directory.builtIn();
        error(replace(GOOD, "\"(028) 8558-3992\"", "\"(028) 8558-399\""));
        assertThat(Directory.builtIn()).isSameAs(before);
        assertThat(parse(GOOD).post("chengdu").contacts()).hasSize(2);
    }

    @Nested
    class Header {

        private final String current = replace(replace(GOOD, "\"consularkit-directory/1\"", "\"consularkit.directory/1\""),
                "\"verifiedOn\": \"2019-06-01\"", "\"version\": \"2019-06-01\"");

        @Test
        void theCurrentAndTheDocumentedOlderNamesAreRead() {
            assertThat(GOOD).contains("\"format\": \"consularkit-directory/1\"", "\"verifiedOn\": \"2019-06-01\"");
            assertThat(parse(current).verifiedOn()).isEqualTo(LocalDate.of(2019, 6, 1));
            assertThat(parse(GOOD).verifiedOn()).isEqualTo(LocalDate.of(2019, 6, 1));
            assertThat(parse(replace(GOOD, "\"verifiedOn\"", "\"version\"")).verifiedOn())
                    .isEqualTo(LocalDate.of(2019, 6, 1));
            assertThat(parse(replace(current, "\"version\"", "\"verifiedOn\"")).verifiedOn())
                    .isEqualTo(LocalDate.of(2019, 6, 1));
        }

        @Test
        void versionAndVerifiedOnTogetherAreRejected() {
            assertThat(error(replace(current, "\"version\": \"2019-06-01\",",
                    "\"version\": \"2019-06-01\", \"verifiedOn\": \"2019-06-01\",")).getMessage())
                    .isEqualTo("bad.json:3:42: $.verifiedOn: expected no verifiedOn next to version (verifiedOn is its"
                            + " older name), but was \"2019-06-01\"");
            assertThat(error(replace(current, "\"version\": \"2019-06-01\",", "")).getMessage())
                    .isEqualTo("bad.json:1:1: $.version: expected a date (yyyy-MM-dd), but was missing");
        }

        @ParameterizedTest
        @ValueSource(strings = {"+99999-01-01", "99999-01-01", "-2019-06-01", "2019-06-01T00:00", "20190601"})
        void anAbsurdVersionIsRejected(String version) {
            assertThat(error(replace(current, "\"2019-06-01\"", "\"" + version + "\"")).getMessage())
                    .isEqualTo("bad.json:3:14: $.version: expected a date (yyyy-MM-dd), but was \"" + version + "\"");
            assertThat(error(replace(GOOD, "\"2019-06-01\"", "\"" + version + "\"")).getMessage())
                    .isEqualTo("bad.json:3:17: $.verifiedOn: expected a date (yyyy-MM-dd), but was \"" + version + "\"");
        }

        @Test
        void aSourceNameOfOtherCharactersIsRejected() {
            assertThat(error(replace(GOOD, "\"A\": {", "\"A b\": {")).getMessage())
                    .startsWith("bad.json:6:12: $.sources[\"A b\"]: expected a source name of letters, digits and '_', '.',"
                            + " '-', but was \"A b\"");
        }
    }

    @Test
    void anUpperCaseUrlSchemeIsAcceptedInSourcesAndReferrals() {
        String upper = replace(GOOD, "\"url\": \"https://china.usembassy-china.org.cn/embassy-consulates/chengdu/",
                "\"url\": \"HTTPS://china.usembassy-china.org.cn/embassy-consulates/chengdu/");
        upper = replace(upper, "\n  ]\n}", "\n  ],\n  \"referrals\": [{\"topic\": \"CRIMINAL_RECORD\", \"authority\":"
                + " {\"en\": \"FBI\", \"zh\": \"联邦调查局\"}, \"guidance\": \"Ask the FBI.\","
                + " \"url\": \"Https://www.fbi.gov/services/cjis/identity-history-summary-checks\", \"sources\": [\"A\"]}]\n}");
        Directory d = parse(upper);
        assertThat(d.sources().get("seed").url().orElseThrow().getScheme()).isEqualTo("HTTPS");
        assertThat(d.referrals()).singleElement().satisfies(r -> assertThat(r.url().orElseThrow().getScheme())
                .isEqualTo("Https"));
    }

    @Test
    void parseDoesNotCloseTheCallersStream() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream((GOOD + "\n").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThat(Directory.parse(in, "mine.json").posts()).hasSize(1);
        assertThat(closed[0]).isFalse();
    }

    /**
     * Issue 12, defect 5: parse closed the caller's stream, so the second entry of a zip could not
     * be read.
     */
    @Test
    void twoEntriesOfOneZipCanBeRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("first.json"));
            zip.write(GOOD.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("second.json"));
            zip.write(replace(GOOD, "\"verifiedOn\": \"2019-06-01\"", "\"verifiedOn\": \"2019-06-02\"")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("first.json");
            assertThat(Directory.parse(zip, "first.json").verifiedOn()).isEqualTo(LocalDate.of(2019, 6, 1));
            assertThat(zip.getNextEntry().getName()).isEqualTo("second.json");
            assertThat(Directory.parse(zip, "second.json").verifiedOn()).isEqualTo(LocalDate.of(2019, 6, 2));
            assertThat(zip.getNextEntry()).isNull();
        }
    }

    @Test
    void aFileLargerThanTheDocumentedMaximumIsRejected() {
        String large = replace(GOOD, "{\n  \"format\"", "{" + " ".repeat(Directory.MAX_BYTES) + "\n  \"format\"");
        assertThat(error(large).getMessage())
                .isEqualTo("bad.json: $: expected a document of at most 4194304 bytes, but was larger");
    }

    /**
     * Issue 12, defect 6: a 50 MB directory file whose bad value was quoted whole made a 52 MB
     * message (out of memory under a small heap). Such a file is now over the size limit, and a bad
     * value as large as the limit allows is quoted as a short excerpt.
     */
    @Test
    void aHugeBadValueGivesAShortMessageNamingTheFileAndTheField() {
        String fifty = replace(GOOD, "\"id\": \"chengdu\"", "\"id\": \"" + "C".repeat(50_000_000) + "\"");
        assertThat(error(fifty).getMessage())
                .isEqualTo("bad.json: $: expected a document of at most 4194304 bytes, but was larger");
        String large = replace(GOOD, "\"id\": \"chengdu\"", "\"id\": \"" + "C".repeat(Directory.MAX_BYTES - 10_000) + "\"");
        DataFileException e = error(large);
        assertThat(e.getMessage()).hasSizeLessThan(300)
                .startsWith("bad.json:10:13: $.posts[0].id: expected lower-case letters and digits, words joined by '-',"
                        + " but was \"CCC").endsWith("C…");
        assertThat(e.value()).hasValueSatisfying(v -> assertThat(v).hasSizeLessThanOrEqualTo(DataFileException.MAX_EXCERPT));
    }

    @Test
    void theBuiltInPostsMustBeExactlyThoseOfTheClosureCalendars() {
        java.util.List<String> ids = org.consularkit.calendar.MissionChinaClosures.postIds();
        assertThat(Directory.builtIn().posts()).extracting(Post::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThatThrownBy(() -> DirectoryParser.parse(new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)),
                "posts.json", Optional.of(ids)))
                .isInstanceOf(DataFileException.class)
                .hasMessage("posts.json:8:12: $.posts: expected the posts beijing, chengdu, guangzhou, shanghai, shenyang,"
                        + " wuhan (the post ids of MissionChinaClosures, their one definition), but was chengdu");
    }

    @Nested
    class Errors {

        @Test
        void malformedJson() {
            DataFileException e = error("{\"format\": ");
            assertThat(e.path()).isEqualTo("$");
            assertThat(e.line()).hasValue(1);
            assertThat(e.column()).hasValue(12);
            assertThat(e.getMessage()).startsWith("bad.json:1:12: $: malformed JSON: Unexpected end-of-input");
            assertThat(e.value()).isEmpty();
        }

        @Test
        void duplicateKey() {
            DataFileException e = error(replace(GOOD, "\"id\": \"chengdu\",", "\"id\": \"chengdu\", \"id\": \"x\","));
            assertThat(e.getMessage()).isEqualTo("bad.json:10:28: $: malformed JSON: Duplicate field 'id'");
        }

        @Test
        void emptyFile() {
            assertThat(error("").getMessage()).isEqualTo("bad.json: $: expected a JSON document, but was empty");
        }

        @Test
        void wrongFormatVersion() {
            assertThat(error(replace(GOOD, "consularkit-directory/1", "consularkit-directory/2")).getMessage())
                    .isEqualTo("bad.json:2:13: $.format: expected the format id \"consularkit.directory/1\", but was"
                            + " \"consularkit-directory/2\"");
        }

        @Test
        void missingField() {
            DataFileException e = error(replace(GOOD, "\"zone\": \"Asia/Shanghai\",", ""));
            assertThat(e.getMessage()).isEqualTo("bad.json:9:5: $.posts[0].zone: expected a time zone id such as \"Asia/Shanghai\", but was"
                            + " missing");
            assertThat(e.path()).isEqualTo("$.posts[0].zone");
            assertThat(e.value()).contains("missing");
        }

        @Test
        void unknownField() {
            assertThat(error(replace(GOOD, "\"id\": \"chengdu\",", "\"id\": \"chengdu\", \"colour\": \"red\",")).getMessage())
                    .isEqualTo("bad.json:10:34: $.posts[0].colour: unknown field (the fields are: id, name, kind, zone,"
                            + " identity, status, address, contacts, acsEmail, officeHours, appointmentHours,"
                            + " passportPickupHours, quietAfternoons, walkIn, closesFor)");
        }

        @Test
        void unknownEnumValue() {
            assertThat(error(replace(GOOD, "\"CONSULATE_GENERAL\"", "\"CONSULATE\"")).getMessage())
                    .isEqualTo("bad.json:12:15: $.posts[0].kind: expected one of EMBASSY, CONSULATE_GENERAL, but was"
                            + " \"CONSULATE\"");
        }

        @Test
        void invalidPhoneNumber() {
            DataFileException e = error(replace(GOOD, "\"(028) 8558-3992\"", "\"(028) 8558-399\""));
            assertThat(e.getMessage()).isEqualTo(
                    "bad.json:17:35: $.posts[0].contacts[0].number: expected a valid phone number for region CN, but was"
                    + " \"(028) 8558-399\"");
            assertThat(e.path()).isEqualTo("$.posts[0].contacts[0].number");
            assertThat(e.value()).contains("\"(028) 8558-399\"");
        }

        @Test
        void unsupportedRegion() {
            assertThat(error(replace(GOOD, "\"1-888-407-4747\", \"region\": \"US\"", "\"1-888-407-4747\", \"region\": \"UK\""))
                    .getMessage())
                    .isEqualTo("bad.json:31:67: $.contacts[3].region: expected \"CN\" or \"US\", but was \"UK\"");
        }

        @Test
        void unknownSourceKey() {
            assertThat(error(replace(GOOD, "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                    "\"status\": {\"value\": \"OPEN\", \"sources\": [\"sed\"]}")).getMessage())
                    .isEqualTo("bad.json:15:47: $.posts[0].status.sources[0]: expected the name of one of the file's sources,"
                            + " but was \"sed\"");
        }

        @Test
        void factWithoutSource() {
            assertThat(error(replace(GOOD, "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                    "\"status\": {\"value\": \"OPEN\", \"sources\": []}")).getMessage())
                    .isEqualTo("bad.json:15:46: $.posts[0].status.sources: expected at least one source, but was []");
        }

        @Test
        void uncertainWithoutNote() {
            assertThat(error(replace(GOOD, "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                    "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"], \"uncertain\": true}")).getMessage())
                    .isEqualTo("bad.json:15:17: $.posts[0].status.note: expected a note saying why (required when uncertain is"
                            + " true), but was missing");
        }

        @Test
        void notABoolean() {
            assertThat(error(replace(GOOD, "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                    "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"], \"uncertain\": \"yes\"}")).getMessage())
                    .isEqualTo("bad.json:15:69: $.posts[0].status.uncertain: expected true or false, but was \"yes\"");
        }

        @Test
        void badDate() {
            assertThat(error(replace(GOOD, "\"2019-06-01\"", "\"2019-6-1\"")).getMessage())
                    .isEqualTo("bad.json:3:17: $.verifiedOn: expected a date (yyyy-MM-dd), but was \"2019-6-1\"");
        }

        @Test
        void sourceUrlNotHttp() {
            assertThat(error(replace(GOOD, "https://china.usembassy-china.org.cn/embassy-consulates/chengdu/u-s-citizens-services/",
                    "ftp://example.org/x")).getMessage())
                    .isEqualTo("bad.json:5:148: $.sources.seed.url: expected an absolute http(s) URL, but was"
                            + " \"ftp://example.org/x\"");
        }

        @Test
        void badOpeningHours() {
            assertThat(error(replace(GOOD, "\"Mo-Fr 08:00-17:00; PH off\"", "\"Mo-Fr 8-17\"")).getMessage())
                    .isEqualTo("bad.json:20:32: $.posts[0].officeHours.value: expected opening hours such as \"Mo-Fr"
                            + " 08:00-17:00; PH off\" (Text 'Mo-Fr 8-17' could not be parsed at index 6: expected a time"
                            + " HH:mm), but was \"Mo-Fr 8-17\"");
        }

        @Test
        void badCalendarId() {
            assertThat(error(replace(GOOD, "[\"us-federal\", \"cn\"]", "[\"US Federal\"]")).getMessage())
                    .isEqualTo("bad.json:21:31: $.posts[0].closesFor.value[0]: expected a calendar id such as \"us-federal\","
                            + " but was \"US Federal\"");
        }

        @Test
        void unknownCalendarId() {
            assertThat(error(replace(GOOD, "[\"us-federal\", \"cn\"]", "[\"us-federal\", \"uk\"]")).getMessage())
                    .isEqualTo("bad.json:21:45: $.posts[0].closesFor.value[1]: expected the id of a built-in calendar"
                            + " (us-federal, us-federal-dc, cn, post:beijing, post:chengdu, post:guangzhou, post:shanghai,"
                            + " post:shenyang, post:wuhan), but was \"uk\"");
        }

        @Test
        void statusReasonNeedsBothLanguages() {
            assertThat(error(replace(GOOD, "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                    "\"status\": {\"value\": \"OPEN\", \"reason\": {\"en\": \"open\"}, \"sources\": [\"seed\"]}"))
                    .getMessage())
                    .isEqualTo("bad.json:15:45: $.posts[0].status.reason.zh: expected a non-blank string, but was missing");
            assertThat(error(replace(GOOD, "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                    "\"status\": {\"value\": \"OPEN\", \"why\": \"x\", \"sources\": [\"seed\"]}")).getMessage())
                    .isEqualTo("bad.json:15:42: $.posts[0].status.why: unknown field (the fields are: sources, verifiedOn,"
                            + " uncertain, note, value, since, reason)");
        }

        @Test
        void pre2017ProvinceCode() {
            assertThat(error(replace(GOOD, "\"CN-SC\"", "\"CN-51\"")).getMessage())
                    .isEqualTo("bad.json:25:18: $.districts[0].province: expected the ISO 3166-2:CN code of a mainland"
                            + " division ('CN-51' is the ISO 3166-2:CN code of Sichuan before 2017-11-23; use CN-SC), but was"
                            + " \"CN-51\"");
        }

        @Test
        void hongKongInADistrict() {
            assertThat(error(replace(GOOD, "\"CN-SC\"", "\"CN-HK\"")).getMessage())
                    .startsWith("bad.json:25:18: $.districts[0].province: expected the ISO 3166-2:CN code of a mainland"
                            + " division ('CN-HK' (Hong Kong) is outside the consular districts");
        }

        @Test
        void lowerCaseProvinceInAFile() {
            assertThat(error(replace(GOOD, "\"CN-SC\"", "\"cn-sc\"")).getMessage())
                    .isEqualTo("bad.json:25:18: $.districts[0].province: expected the code in upper case, CN-SC, but was"
                            + " \"cn-sc\"");
        }

        @Test
        void districtOfAnUnknownPost() {
            assertThat(error(replace(GOOD, "\"post\": \"chengdu\"", "\"post\": \"chongqing\"")).getMessage())
                    .isEqualTo("bad.json:25:35: $.districts[0].post: expected the id of a post of this file, but was"
                            + " \"chongqing\"");
        }

        @Test
        void overlappingAssignments() {
            assertThat(error(replace(GOOD, "{\"province\": \"CN-SC\", \"post\": \"chengdu\", \"sources\": [\"seed\"]}",
                    "{\"province\": \"CN-SC\", \"post\": \"chengdu\", \"sources\": [\"seed\"]},"
                    + " {\"province\": \"CN-SC\", \"post\": \"chengdu\", \"from\": \"2020-07-27\", \"sources\": [\"seed\"]}"))
                    .getMessage())
                    .isEqualTo("bad.json:25:68: $.districts[1]: overlaps districts[0] (CN-SC to chengdu); a division is served"
                            + " by one post at a time");
        }

        @Test
        void untilNotAfterFrom() {
            assertThat(error(replace(GOOD, "\"post\": \"chengdu\",", "\"post\": \"chengdu\", \"from\": \"2020-07-27\","
                    + " \"until\": \"2020-07-27\",")).getMessage())
                    .isEqualTo("bad.json:25:77: $.districts[0].until: expected a date after from (2020-07-27), but was"
                            + " \"2020-07-27\"");
        }

        @Test
        void currentAssignmentToAClosedPost() {
            assertThat(error(replace(GOOD, "\"value\": \"OPEN\"", "\"value\": \"CLOSED\"")).getMessage())
                    .isEqualTo("bad.json:25:35: $.districts[0].post: expected an operating post for a current assignment (no"
                            + " until), not a CLOSED one, but was \"chengdu\"");
        }

        @Test
        void duplicatePostId() {
            int start = GOOD.indexOf("    {\n      \"id\": \"chengdu\"");
            int end = GOOD.indexOf("\n  ],\n  \"districts\"");
            String post = GOOD.substring(start, end);
            assertThat(error(replace(GOOD, post, post + ",\n" + post)).getMessage())
                    .isEqualTo("bad.json:24:13: $.posts[1].id: expected an id that no other post has (posts[0] has it), but"
                            + " was \"chengdu\"");
        }

        @Test
        void badPostId() {
            assertThat(error(replace(GOOD, "\"id\": \"chengdu\"", "\"id\": \"Chengdu\"")).getMessage())
                    .isEqualTo("bad.json:10:13: $.posts[0].id: expected lower-case letters and digits, words joined by '-',"
                            + " but was \"Chengdu\"");
        }

        @Test
        void blankName() {
            assertThat(error(replace(GOOD, "\"zh\": \"美国驻成都总领事馆\"", "\"zh\": \" \"")).getMessage())
                    .isEqualTo("bad.json:11:62: $.posts[0].name.zh: expected a non-blank string, but was \" \"");
        }

        @Test
        void nullValue() {
            assertThat(error(replace(GOOD, "\"kind\": \"CONSULATE_GENERAL\"", "\"kind\": null")).getMessage())
                    .isEqualTo("bad.json:9:5: $.posts[0].kind: expected one of EMBASSY, CONSULATE_GENERAL, but was missing");
        }

        @Test
        void noPosts() {
            int start = GOOD.indexOf("\"posts\": [");
            int end = GOOD.indexOf("\n  \"districts\"");
            String bad = GOOD.substring(0, start) + "\"posts\": []," + GOOD.substring(end);
            bad = replace(bad, "{\"province\": \"CN-SC\", \"post\": \"chengdu\", \"sources\": [\"seed\"]}", "");
            assertThat(error(bad).getMessage()).isEqualTo("bad.json:8:12: $.posts: expected at least one post, but was []");
        }
    }
}
