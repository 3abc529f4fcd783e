package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.LocalizedText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User directory files: a good one loads, bad ones are rejected with file, field and value. */
public class DirectoryFileTest {

    public static final String GOOD = read("chengdu-open.json");

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

    static DirectoryFileException error(String json) {
        try {
            parse(json);
        } catch (DirectoryFileException e) {
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
        assertThat(chengdu.status().value().reason()).isEmpty();
        assertThat(chengdu.officeSchedule().map(Object::toString)).contains("Mo-Fr 08:00-17:00; PH off");
        assertThat(chengdu.appointmentSchedule()).isEmpty();
        assertThat(chengdu.office()).isEmpty();
    }

    @Test
    void aStatusWithAReason() {
        Directory d = parse(replace(GOOD, "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                "\"status\": {\"value\": \"LIMITED\", \"since\": \"2019-01-02\", \"reason\":"
                + " {\"en\": \"emergencies only\", \"zh\": \"仅限紧急情况\"}, \"sources\": [\"seed\"]}"));
        OperatingStatus s = d.post("chengdu").status().value();
        assertThat(s).isEqualTo(new OperatingStatus(PostStatus.LIMITED, Optional.of(LocalDate.of(2019, 1, 2)),
                Optional.of(LocalizedText.of("emergencies only", "仅限紧急情况"))));
        assertThat(s).hasToString("LIMITED since 2019-01-02");
        assertThat(d.post("chengdu").officeStatus().note()).contains(LocalizedText.of("emergencies only", "仅限紧急情况"));
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
                .isInstanceOf(DirectoryFileException.class)
                .hasMessage(file + ": posts[0].zone: must be a time zone id such as \"Asia/Shanghai\", but was \"Asia/Chengdu\"");
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
    class Errors {

        @Test
        void malformedJson() {
            DirectoryFileException e = error("{\"format\": ");
            assertThat(e.field()).isEqualTo("line 1, column 12");
            assertThat(e.getMessage()).startsWith("bad.json: line 1, column 12: malformed JSON: Unexpected end-of-input");
            assertThat(e.value()).isEmpty();
        }

        @Test
        void duplicateKey() {
            DirectoryFileException e = error(replace(GOOD, "\"id\": \"chengdu\",", "\"id\": \"chengdu\", \"id\": \"x\","));
            assertThat(e.getMessage()).isEqualTo("bad.json: line 10, column 28: malformed JSON: Duplicate field 'id'");
        }

        @Test
        void emptyFile() {
            assertThat(error("").getMessage()).isEqualTo("bad.json: (root): the file is empty");
        }

        @Test
        void wrongFormatVersion() {
            assertThat(error(replace(GOOD, "consularkit-directory/1", "consularkit-directory/2")).getMessage())
                    .isEqualTo("bad.json: format: must be \"consularkit-directory/1\", but was \"consularkit-directory/2\"");
        }

        @Test
        void missingField() {
            DirectoryFileException e = error(replace(GOOD, "\"zone\": \"Asia/Shanghai\",", ""));
            assertThat(e.getMessage()).isEqualTo("bad.json: posts[0].zone: required field is missing");
            assertThat(e.field()).isEqualTo("posts[0].zone");
            assertThat(e.value()).isEmpty();
        }

        @Test
        void unknownField() {
            assertThat(error(replace(GOOD, "\"id\": \"chengdu\",", "\"id\": \"chengdu\", \"colour\": \"red\",")).getMessage())
                    .isEqualTo("bad.json: posts[0].colour: unknown field; allowed: id, name, kind, zone, identity, status,"
                            + " address, contacts, acsEmail, officeHours, appointmentHours, passportPickupHours, walkIn,"
                            + " closesFor, but was \"red\"");
        }

        @Test
        void unknownEnumValue() {
            assertThat(error(replace(GOOD, "\"CONSULATE_GENERAL\"", "\"CONSULATE\"")).getMessage())
                    .isEqualTo("bad.json: posts[0].kind: must be one of [EMBASSY, CONSULATE_GENERAL], but was \"CONSULATE\"");
        }

        @Test
        void invalidPhoneNumber() {
            DirectoryFileException e = error(replace(GOOD, "\"(028) 8558-3992\"", "\"(028) 8558-399\""));
            assertThat(e.getMessage()).isEqualTo(
                    "bad.json: posts[0].contacts[0].number: must be a valid phone number for region CN, but was \"(028) 8558-399\"");
            assertThat(e.field()).isEqualTo("posts[0].contacts[0].number");
            assertThat(e.value()).contains("\"(028) 8558-399\"");
        }

        @Test
        void unsupportedRegion() {
            assertThat(error(replace(GOOD, "\"1-888-407-4747\", \"region\": \"US\"", "\"1-888-407-4747\", \"region\": \"UK\""))
                    .getMessage())
                    .isEqualTo("bad.json: contacts[3].region: must be \"CN\" or \"US\", but was \"UK\"");
        }

        @Test
        void unknownSourceKey() {
            assertThat(error(replace(GOOD, "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                    "\"status\": {\"value\": \"OPEN\", \"sources\": [\"sed\"]}")).getMessage())
                    .isEqualTo("bad.json: posts[0].status.sources[0]: must be a key of the file's sources, but was \"sed\"");
        }

        @Test
        void factWithoutSource() {
            assertThat(error(replace(GOOD, "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                    "\"status\": {\"value\": \"OPEN\", \"sources\": []}")).getMessage())
                    .isEqualTo("bad.json: posts[0].status.sources: must have at least 1 element, but was []");
        }

        @Test
        void uncertainWithoutNote() {
            assertThat(error(replace(GOOD, "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                    "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"], \"uncertain\": true}")).getMessage())
                    .isEqualTo("bad.json: posts[0].status.note: is required when uncertain is true (say why)");
        }

        @Test
        void notABoolean() {
            assertThat(error(replace(GOOD, "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                    "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"], \"uncertain\": \"yes\"}")).getMessage())
                    .isEqualTo("bad.json: posts[0].status.uncertain: must be true or false, but was \"yes\"");
        }

        @Test
        void badDate() {
            assertThat(error(replace(GOOD, "\"2019-06-01\"", "\"2019-6-1\"")).getMessage())
                    .isEqualTo("bad.json: verifiedOn: must be a date yyyy-MM-dd, but was \"2019-6-1\"");
        }

        @Test
        void sourceUrlNotHttp() {
            assertThat(error(replace(GOOD, "https://china.usembassy-china.org.cn/embassy-consulates/chengdu/u-s-citizens-services/",
                    "ftp://example.org/x")).getMessage())
                    .isEqualTo("bad.json: sources.seed.url: must be an absolute http or https URL, but was \"ftp://example.org/x\"");
        }

        @Test
        void badOpeningHours() {
            assertThat(error(replace(GOOD, "\"Mo-Fr 08:00-17:00; PH off\"", "\"Mo-Fr 8-17\"")).getMessage())
                    .isEqualTo("bad.json: posts[0].officeHours.value: must be opening hours such as"
                            + " \"Mo-Fr 08:00-17:00; PH off\" (Text 'Mo-Fr 8-17' could not be parsed at index 6:"
                            + " expected a time HH:mm), but was \"Mo-Fr 8-17\"");
        }

        @Test
        void badCalendarId() {
            assertThat(error(replace(GOOD, "[\"us-federal\", \"cn\"]", "[\"US Federal\"]")).getMessage())
                    .isEqualTo("bad.json: posts[0].closesFor.value[0]: must be a calendar id such as \"us-federal\","
                            + " but was \"US Federal\"");
        }

        @Test
        void unknownCalendarId() {
            assertThat(error(replace(GOOD, "[\"us-federal\", \"cn\"]", "[\"us-federal\", \"uk\"]")).getMessage())
                    .isEqualTo("bad.json: posts[0].closesFor.value[1]: must be the id of a built-in calendar (us-federal,"
                            + " us-federal-dc, cn, post:beijing, post:chengdu, post:guangzhou, post:shanghai,"
                            + " post:shenyang, post:wuhan), but was \"uk\"");
        }

        @Test
        void statusReasonNeedsBothLanguages() {
            assertThat(error(replace(GOOD, "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                    "\"status\": {\"value\": \"OPEN\", \"reason\": {\"en\": \"open\"}, \"sources\": [\"seed\"]}"))
                    .getMessage())
                    .isEqualTo("bad.json: posts[0].status.reason.zh: required field is missing");
            assertThat(error(replace(GOOD, "\"status\": {\"value\": \"OPEN\", \"sources\": [\"seed\"]}",
                    "\"status\": {\"value\": \"OPEN\", \"why\": \"x\", \"sources\": [\"seed\"]}")).getMessage())
                    .isEqualTo("bad.json: posts[0].status.why: unknown field; allowed: sources, verifiedOn, uncertain,"
                            + " note, value, since, reason, but was \"x\"");
        }

        @Test
        void pre2017ProvinceCode() {
            assertThat(error(replace(GOOD, "\"CN-SC\"", "\"CN-51\"")).getMessage())
                    .isEqualTo("bad.json: districts[0].province: must be the ISO 3166-2:CN code of a mainland division"
                            + " ('CN-51' is the ISO 3166-2:CN code of Sichuan before 2017-11-23; use CN-SC), but was \"CN-51\"");
        }

        @Test
        void hongKongInADistrict() {
            assertThat(error(replace(GOOD, "\"CN-SC\"", "\"CN-HK\"")).getMessage())
                    .startsWith("bad.json: districts[0].province: must be the ISO 3166-2:CN code of a mainland division"
                            + " ('CN-HK' (Hong Kong) is outside the consular districts");
        }

        @Test
        void lowerCaseProvinceInAFile() {
            assertThat(error(replace(GOOD, "\"CN-SC\"", "\"cn-sc\"")).getMessage())
                    .isEqualTo("bad.json: districts[0].province: must be written in upper case, as CN-SC, but was \"cn-sc\"");
        }

        @Test
        void districtOfAnUnknownPost() {
            assertThat(error(replace(GOOD, "\"post\": \"chengdu\"", "\"post\": \"chongqing\"")).getMessage())
                    .isEqualTo("bad.json: districts[0].post: must be the id of a post of this file, but was \"chongqing\"");
        }

        @Test
        void overlappingAssignments() {
            assertThat(error(replace(GOOD, "{\"province\": \"CN-SC\", \"post\": \"chengdu\", \"sources\": [\"seed\"]}",
                    "{\"province\": \"CN-SC\", \"post\": \"chengdu\", \"sources\": [\"seed\"]},"
                    + " {\"province\": \"CN-SC\", \"post\": \"chengdu\", \"from\": \"2020-07-27\", \"sources\": [\"seed\"]}"))
                    .getMessage())
                    .isEqualTo("bad.json: districts[1]: overlaps districts[0] (CN-SC to chengdu); a division is served"
                            + " by one post at a time");
        }

        @Test
        void untilNotAfterFrom() {
            assertThat(error(replace(GOOD, "\"post\": \"chengdu\",", "\"post\": \"chengdu\", \"from\": \"2020-07-27\","
                    + " \"until\": \"2020-07-27\",")).getMessage())
                    .isEqualTo("bad.json: districts[0].until: must be after from (2020-07-27), but was \"2020-07-27\"");
        }

        @Test
        void currentAssignmentToAClosedPost() {
            assertThat(error(replace(GOOD, "\"value\": \"OPEN\"", "\"value\": \"CLOSED\"")).getMessage())
                    .isEqualTo("bad.json: districts[0].post: a current assignment (no until) must name an operating post,"
                            + " not a CLOSED one, but was \"chengdu\"");
        }

        @Test
        void duplicatePostId() {
            int start = GOOD.indexOf("    {\n      \"id\": \"chengdu\"");
            int end = GOOD.indexOf("\n  ],\n  \"districts\"");
            String post = GOOD.substring(start, end);
            assertThat(error(replace(GOOD, post, post + ",\n" + post)).getMessage())
                    .isEqualTo("bad.json: posts[1].id: duplicates the id of posts[0], but was \"chengdu\"");
        }

        @Test
        void badPostId() {
            assertThat(error(replace(GOOD, "\"id\": \"chengdu\"", "\"id\": \"Chengdu\"")).getMessage())
                    .isEqualTo("bad.json: posts[0].id: must be lower-case letters and digits, words joined by '-',"
                            + " but was \"Chengdu\"");
        }

        @Test
        void blankName() {
            assertThat(error(replace(GOOD, "\"zh\": \"美国驻成都总领事馆\"", "\"zh\": \" \"")).getMessage())
                    .isEqualTo("bad.json: posts[0].name.zh: must not be blank, but was \" \"");
        }

        @Test
        void nullValue() {
            assertThat(error(replace(GOOD, "\"kind\": \"CONSULATE_GENERAL\"", "\"kind\": null")).getMessage())
                    .isEqualTo("bad.json: posts[0].kind: must not be null");
        }

        @Test
        void noPosts() {
            int start = GOOD.indexOf("\"posts\": [");
            int end = GOOD.indexOf("\n  \"districts\"");
            String bad = GOOD.substring(0, start) + "\"posts\": []," + GOOD.substring(end);
            bad = replace(bad, "{\"province\": \"CN-SC\", \"post\": \"chengdu\", \"sources\": [\"seed\"]}", "");
            assertThat(error(bad).getMessage()).isEqualTo("bad.json: posts: must have at least 1 element, but was []");
        }
    }
}
