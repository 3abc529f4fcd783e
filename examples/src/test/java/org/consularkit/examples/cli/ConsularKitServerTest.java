package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.consularkit.calendar.Calendars;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.DateRange;
import org.consularkit.core.calendar.ForwardingHolidayCalendar;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.directory.Directory;
import org.consularkit.ical.HolidayFeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code consularkit serve} through a real HTTP client ({@code java.net.http.HttpClient}) against
 * a server on the loopback interface and an ephemeral port. Every body is compared with the
 * command line's output for the same arguments, run in-process.
 */
class ConsularKitServerTest {

    /** The server's clock: 2026-12-07, so a feed without years covers 2025-2028. */
    static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    static final String BOOKING_FILE = "booking-example.json";

    static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());
    static ConsularKitServer server;
    static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        server = ConsularKitServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Clock.fixed(NOW, ZoneOffset.UTC), LOG::add);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    //-----------------------------------------------------------------------
    static HttpResponse<byte[]> send(ConsularKitServer s, String method, String target, Map<String, String> headers,
            HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.uri() + target.substring(1)))
                .timeout(Duration.ofSeconds(60)).method(method, body);
        headers.forEach(b::header);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> get(String target, String... headers) throws IOException, InterruptedException {
        return send(server, "GET", target, map(headers), HttpRequest.BodyPublishers.noBody());
    }

    static HttpResponse<byte[]> head(String target) throws IOException, InterruptedException {
        return send(server, "HEAD", target, Map.of(), HttpRequest.BodyPublishers.noBody());
    }

    static HttpResponse<byte[]> post(String target, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return send(server, "POST", target, contentType.isEmpty() ? Map.of() : Map.of("Content-Type", contentType),
                HttpRequest.BodyPublishers.ofByteArray(body));
    }

    static Map<String, String> map(String... headers) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            m.put(headers[i], headers[i + 1]);
        }
        return m;
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<byte[]> r, String name) {
        return r.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " in " + r.headers()));
    }

    /** The command line's standard output, run in-process on the library's calendars, as bytes. */
    static byte[] cli(String... args) {
        CliRun run = CliRun.library(args);
        assertThat(run.status()).as("status of %s; stderr %s", Arrays.toString(args), run.err()).isIn(0, 1);
        return run.out().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] booking() throws IOException {
        return Files.readAllBytes(Path.of(BOOKING_FILE));
    }

    /** Asserts a problem details response (RFC 9457) and returns its detail. */
    static String problem(HttpResponse<byte[]> r, int status, String title) throws IOException {
        assertThat(r.statusCode()).as("status; body %s", text(r)).isEqualTo(status);
        assertThat(header(r, "Content-Type")).isEqualTo("application/problem+json");
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertThat(json.get("type").asText()).isEqualTo("about:blank");
        assertThat(json.get("title").asText()).isEqualTo(title);
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(text(r)).doesNotContain("\tat ", "Exception", "org.consularkit");
        return json.get("detail").asText();
    }

    //-----------------------------------------------------------------------
    @Nested
    class Home {

        @Test
        void listsEveryFeedWithWebcalAndHttpsLinksInBothLanguages() throws Exception {
            HttpResponse<byte[]> r = get("/");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(header(r, "Content-Type")).isEqualTo("text/html; charset=utf-8");
            String host = server.address().getAddress().getHostAddress() + ":" + server.address().getPort();
            String html = text(r);
            for (String id : Calendars.ids()) {
                String path = "/calendars/" + id.replace(":", "%3A") + ".ics";
                for (String lang : List.of("en", "zh-CN")) {
                    assertThat(html).contains("<a href=\"webcal://" + host + path + "?lang=" + lang + "\">webcal</a>",
                            "<a href=\"https://" + host + path + "?lang=" + lang + "\">https</a>",
                            "<a href=\"" + path + "?lang=" + lang + "\">download</a>");
                }
                assertThat(html).contains("<code>" + id + "</code>");
            }
            assertThat(html).startsWith("<!DOCTYPE html>\n").contains("<th>English</th><th>中文</th>",
                    "GET /calendars</code>", "GET /calendars/{id}.ics?lang=en|zh-CN&amp;from=YYYY&amp;to=YYYY</code>",
                    "GET /calendars/{id}/days?", "GET /posts/{id}/hours?", "GET /posts/{id}/slots?",
                    "GET /posts/{id}/call?", "POST /posts/{id}/validate?", "Google Calendar", "Apple Calendar",
                    "Outlook", "<code>beijing</code>, <code>chengdu</code>");
        }

        @Test
        void everyLinkOfThePageAnswers() throws Exception {
            Matcher m = Pattern.compile("href=\"(/[^\"]*)\"").matcher(text(get("/")));
            List<String> links = new ArrayList<>();
            while (m.find()) {
                links.add(m.group(1).replace("&amp;", "&"));
            }
            assertThat(links).hasSize(2 * Calendars.ids().size() + 6);
            for (String link : links) {
                assertThat(get(link).statusCode()).as(link).isEqualTo(200);
            }
        }

        @Test
        void headHasTheHeadersOfGetAndNoBody() throws Exception {
            HttpResponse<byte[]> g = get("/");
            HttpResponse<byte[]> h = head("/");
            assertThat(h.statusCode()).isEqualTo(200);
            assertThat(h.body()).isEmpty();
            assertThat(header(h, "Content-Length")).isEqualTo(Integer.toString(g.body().length));
            assertThat(header(h, "Content-Type")).isEqualTo(header(g, "Content-Type"));
        }
    }

    @Nested
    class CalendarList {

        @Test
        void everyCalendarWithNamesYearsAndTheStatusOfEveryYear() throws Exception {
            HttpResponse<byte[]> r = get("/calendars");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(header(r, "Content-Type")).isEqualTo("application/json");
            JsonNode list = new ObjectMapper().readTree(r.body());
            List<String> ids = new ArrayList<>();
            for (JsonNode c : list) {
                String id = c.get("id").asText();
                ids.add(id);
                HolidayCalendar calendar = Calendars.byId(id);
                assertThat(c.get("name").get("en").asText()).isEqualTo(calendar.displayName().english());
                assertThat(c.get("name").get("zh-CN").asText()).isEqualTo(calendar.displayName().chinese());
                assertThat(c.get("fromYear").asInt()).isEqualTo(calendar.firstYear());
                assertThat(c.get("toYear").asInt()).isEqualTo(calendar.lastYear());
                assertThat(c.get("feed").asText()).isEqualTo("/calendars/" + id.replace(":", "%3A") + ".ics");
                // The runs of years cover every year once, in order, each with the calendar's status.
                int next = calendar.firstYear();
                for (JsonNode run : c.get("status")) {
                    assertThat(run.get("fromYear").asInt()).isEqualTo(next);
                    for (int y = next; y <= run.get("toYear").asInt(); y++) {
                        assertThat(run.get("status").asText()).as("%s %s", id, y)
                                .isEqualTo(calendar.yearStatus(y).name());
                    }
                    next = run.get("toYear").asInt() + 1;
                }
                assertThat(next).isEqualTo(calendar.lastYear() + 1);
            }
            assertThat(ids).isEqualTo(Calendars.ids());
            JsonNode cn = list.get(ids.indexOf("cn"));
            assertThat(cn.get("status").toString()).isEqualTo("[{\"fromYear\":2000,\"toYear\":2006,\"status\":\"PROVISIONAL\"},"
                    + "{\"fromYear\":2007,\"toYear\":2026,\"status\":\"OFFICIAL\"},"
                    + "{\"fromYear\":2027,\"toYear\":2100,\"status\":\"PROVISIONAL\"}]");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Feed {

        @ParameterizedTest
        @CsvSource({"us-federal,en", "us-federal-dc,en", "cn,en", "cn,zh-CN", "post:beijing,en", "post:chengdu,zh-CN",
            "post:guangzhou,en", "post:shanghai,zh-CN", "post:shenyang,en", "post:wuhan,en"})
        void isTheBytesOfTheIcsCommand(String id, String lang) throws Exception {
            HttpResponse<byte[]> r = get("/calendars/" + id.replace(":", "%3A") + ".ics?lang=" + lang
                    + "&from=2024&to=2027");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(cli("ics", "--calendar", id, "--from-year", "2024", "--to-year", "2027",
                    "--locale", lang));
            assertThat(header(r, "Content-Type")).isEqualTo("text/calendar; charset=utf-8");
            assertThat(header(r, "Content-Length")).isEqualTo(Integer.toString(r.body().length));
        }

        @Test
        void hasAStrongEtagLastModifiedOfTheDataVersionAndTheFeedsRefreshInterval() throws Exception {
            HttpResponse<byte[]> r = get("/calendars/cn.ics?lang=zh-CN&from=2026&to=2026");
            assertThat(header(r, "ETag")).matches("\"cn\\.2026-2026\\.zh-CN\\.20251218T000000Z\\.[0-9a-f]{16}\"");
            assertThat(header(r, "Last-Modified")).isEqualTo("Thu, 18 Dec 2025 00:00:00 GMT");
            assertThat(HolidayFeed.DEFAULT_DATA_VERSION).isEqualTo(Instant.parse("2025-12-18T00:00:00Z"));
            assertThat(header(r, "Cache-Control")).isEqualTo("public, max-age=86400");
            assertThat(text(r)).contains("REFRESH-INTERVAL;VALUE=DURATION:P1D\r\n", "X-PUBLISHED-TTL:P1D\r\n");
            // Another language, other years: another tag.
            assertThat(header(get("/calendars/cn.ics?lang=en&from=2026&to=2026"), "ETag"))
                    .isNotEqualTo(header(r, "ETag"));
            assertThat(header(get("/calendars/cn.ics?lang=zh-CN&from=2026&to=2026"), "ETag"))
                    .isEqualTo(header(r, "ETag"));
        }

        @Test
        void withoutYearsCoversLastYearToTwoYearsAheadAndIsModifiedOnTheFirstOfJanuary() throws Exception {
            HttpResponse<byte[]> r = get("/calendars/us-federal.ics");
            assertThat(r.body()).isEqualTo(cli("ics", "--calendar", "us-federal", "--from-year", "2025", "--to-year",
                    "2028"));
            assertThat(header(r, "Last-Modified")).isEqualTo("Thu, 01 Jan 2026 00:00:00 GMT");
            assertThat(header(r, "ETag")).startsWith("\"us-federal.2025-2028.en.");
            assertThat(get("/calendars/us-federal.ics?from=2026").body()).isEqualTo(cli("ics", "--calendar",
                    "us-federal", "--from-year", "2026", "--to-year", "2028"));
        }

        @Test
        void conditionalGetWithIfNoneMatch() throws Exception {
            String target = "/calendars/post%3Ashanghai.ics?lang=en&from=2026&to=2027";
            HttpResponse<byte[]> first = get(target);
            assertThat(first.statusCode()).isEqualTo(200);
            String etag = header(first, "ETag");
            HttpResponse<byte[]> again = get(target, "If-None-Match", etag);
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(header(again, "ETag")).isEqualTo(etag);
            assertThat(header(again, "Last-Modified")).isEqualTo(header(first, "Last-Modified"));
            assertThat(header(again, "Cache-Control")).isEqualTo("public, max-age=86400");
            assertThat(get(target, "If-None-Match", "\"other\", W/" + etag).statusCode()).isEqualTo(304);
            assertThat(get(target, "If-None-Match", "*").statusCode()).isEqualTo(304);
            assertThat(get(target, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
            // If-None-Match wins over If-Modified-Since (RFC 9110 section 13.2.2).
            assertThat(get(target, "If-None-Match", "\"other\"", "If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT")
                    .statusCode()).isEqualTo(200);
            assertThat(send(server, "HEAD", target, Map.of("If-None-Match", etag), HttpRequest.BodyPublishers.noBody())
                    .statusCode()).isEqualTo(304);
        }

        @Test
        void conditionalGetWithIfModifiedSince() throws Exception {
            String target = "/calendars/cn.ics?lang=en&from=2026&to=2027";
            HttpResponse<byte[]> first = get(target);
            assertThat(first.statusCode()).isEqualTo(200);
            String lastModified = header(first, "Last-Modified");
            HttpResponse<byte[]> again = get(target, "If-Modified-Since", lastModified);
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(header(again, "ETag")).isEqualTo(header(first, "ETag"));
            assertThat(get(target, "If-Modified-Since", "Sat, 01 Jan 2028 00:00:00 GMT").statusCode()).isEqualTo(304);
            assertThat(get(target, "If-Modified-Since", "Wed, 17 Dec 2025 23:59:59 GMT").statusCode()).isEqualTo(200);
            assertThat(get(target, "If-Modified-Since", "yesterday").statusCode()).isEqualTo(200);
            // The feed without years moves on 1 January: a copy from before then is stale.
            assertThat(get("/calendars/cn.ics", "If-Modified-Since", "Wed, 31 Dec 2025 12:00:00 GMT").statusCode())
                    .isEqualTo(200);
            assertThat(get("/calendars/cn.ics", "If-Modified-Since", "Thu, 01 Jan 2026 00:00:00 GMT").statusCode())
                    .isEqualTo(304);
        }

        @Test
        void headHasTheHeadersOfGetAndNoBody() throws Exception {
            String target = "/calendars/cn.ics?lang=zh-CN&from=2025&to=2026";
            HttpResponse<byte[]> g = get(target);
            HttpResponse<byte[]> h = head(target);
            assertThat(h.statusCode()).isEqualTo(200);
            assertThat(h.body()).isEmpty();
            for (String name : List.of("Content-Type", "ETag", "Last-Modified", "Cache-Control")) {
                assertThat(header(h, name)).as(name).isEqualTo(header(g, name));
            }
            assertThat(header(h, "Content-Length")).isEqualTo(Integer.toString(g.body().length));
        }

        @Test
        void parsesBackWithIcal4j() throws Exception {
            HttpResponse<byte[]> r = get("/calendars/cn.ics?lang=zh-CN&from=2026&to=2026");
            Calendar calendar = new CalendarBuilder().build(new StringReader(text(r)));
            List<VEvent> events = new ArrayList<>(calendar.getComponents(Component.VEVENT));
            assertThat(events).hasSizeGreaterThan(7);
            assertThat(events).allSatisfy(e -> assertThat(e.getProperty(Property.UID).orElseThrow().getValue())
                    .endsWith(".zh@consularkit.org"));
            assertThat(events).extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                    .contains("元旦", "春节", "调休上班（春节）", "国庆节");
            assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("中国法定节假日");
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Answers {

        @Test
        void daysAsJsonAndCsv() throws Exception {
            HttpResponse<byte[]> json = get("/calendars/cn/days?from=2026-02-13&to=2026-02-28");
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(header(json, "Content-Type")).isEqualTo("application/json");
            assertThat(json.body()).isEqualTo(cli("days", "--calendar", "cn", "--from", "2026-02-13", "--to",
                    "2026-02-28", "--format", "json"));
            HttpResponse<byte[]> csv = get("/calendars/post%3Ashanghai/days?from=2026-02-13&to=2026-02-28&format=csv"
                    + "&lang=zh-CN");
            assertThat(header(csv, "Content-Type")).isEqualTo("text/csv; charset=utf-8; header=present");
            assertThat(csv.body()).isEqualTo(cli("days", "--calendar", "post:shanghai", "--from", "2026-02-13", "--to",
                    "2026-02-28", "--format", "csv", "--locale", "zh-CN"));
        }

        @Test
        void hoursSlotsAndCallAreTheCommandsJson() throws Exception {
            assertThat(get("/posts/chengdu/hours?at=2026-02-17T10:00+08:00").body())
                    .isEqualTo(cli("hours", "--post", "chengdu", "--at", "2026-02-17T10:00+08:00", "--format", "json"));
            assertThat(get("/posts/shanghai/hours?at=2026-02-17T10:00%2B08:00&lang=zh-CN").body())
                    .isEqualTo(cli("hours", "--post", "shanghai", "--at", "2026-02-17T10:00+08:00", "--format", "json",
                            "--locale", "zh-CN"));
            HttpResponse<byte[]> slots = get("/posts/chengdu/slots?service=PASSPORT&from=2026-02-13T09:00+08:00&count=3");
            assertThat(header(slots, "Content-Type")).isEqualTo("application/json");
            assertThat(slots.body()).isEqualTo(cli("slots", "--post", "chengdu", "--service", "PASSPORT", "--from",
                    "2026-02-13T09:00+08:00", "--count", "3", "--format", "json"));
            assertThat(get("/posts/shanghai/call?at=2026-03-03T10:00+08:00&from=US&situation=arrest").body())
                    .isEqualTo(cli("call", "--post", "shanghai", "--at", "2026-03-03T10:00+08:00", "--from", "US",
                            "--situation", "arrest", "--format", "json"));
        }

        @Test
        void withoutAMomentTheAnswerIsForNow() throws Exception {
            assertThat(get("/posts/beijing/hours").body())
                    .isEqualTo(cli("hours", "--post", "beijing", "--at", "2026-12-07T03:00Z", "--format", "json"));
            assertThat(get("/posts/guangzhou/call?from=CN&situation=crime").body())
                    .isEqualTo(cli("call", "--post", "guangzhou", "--at", "2026-12-07T03:00Z", "--from", "CN",
                            "--situation", "crime", "--format", "json"));
            HttpResponse<byte[]> slots = get("/posts/chengdu/slots?service=passport");
            assertThat(slots.body()).isEqualTo(cli("slots", "--post", "chengdu", "--service", "passport", "--from",
                    "2026-12-07T03:00Z", "--count", "10", "--format", "json"));
            assertThat(new ObjectMapper().readTree(slots.body())).hasSize(10);
        }

        @Test
        void validateIsTheCommandsJsonReportEvenWhenTheBookingIsNotValid() throws Exception {
            HttpResponse<byte[]> r = post("/posts/chengdu/validate?now=2026-02-20T10:00%2B08:00", "application/json",
                    booking());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(header(r, "Content-Type")).isEqualTo("application/json");
            assertThat(r.body()).isEqualTo(cli("validate", "--post", "chengdu", "--booking", BOOKING_FILE, "--now",
                    "2026-02-20T10:00+08:00", "--format", "json"));
            assertThat(text(r)).startsWith("{\"valid\": false, ");
            HttpResponse<byte[]> zh = post("/posts/chengdu/validate?now=2026-02-20T10:00%2B08:00&lang=zh-CN",
                    "application/json; charset=UTF-8", booking());
            assertThat(zh.body()).isEqualTo(cli("validate", "--post", "chengdu", "--booking", BOOKING_FILE, "--now",
                    "2026-02-20T10:00+08:00", "--format", "json", "--locale", "zh-CN"));
        }

        @Test
        void validateWithoutNowValidatesAtTheServersNow() throws Exception {
            String valid = new String(booking(), StandardCharsets.UTF_8).replace("\"LAPTOP\"", "");
            HttpResponse<byte[]> r = post("/posts/chengdu/validate", "application/json",
                    valid.getBytes(StandardCharsets.UTF_8));
            assertThat(r.body()).isEqualTo(CliRun.withInput(valid, "validate", "--post", "chengdu", "--booking", "-",
                    "--now", "2026-12-07T03:00Z", "--format", "json").out().getBytes(StandardCharsets.UTF_8));
            assertThat(text(r)).contains("IN_THE_PAST");
        }

        @Test
        void concurrentRequestsGetIdenticalBodies() throws Exception {
            List<String> targets = List.of("/calendars/post%3Aguangzhou.ics?lang=zh-CN&from=2030&to=2032",
                    "/calendars/cn/days?from=2026-01-01&to=2026-12-31&format=csv",
                    "/posts/chengdu/slots?service=NOTARIAL&from=2026-02-13T09:00Z&count=20");
            int threads = 16;
            int rounds = 4;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<List<byte[]>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int offset = t;
                    Callable<List<byte[]>> task = () -> {
                        go.await();
                        List<byte[]> bodies = new ArrayList<>();
                        for (int i = 0; i < rounds * targets.size(); i++) {
                            String target = targets.get((i + offset) % targets.size());
                            HttpResponse<byte[]> r = get(target);
                            assertThat(r.statusCode()).isEqualTo(200);
                            bodies.add(r.body());
                        }
                        bodies.add(post("/posts/chengdu/validate?now=2026-02-20T10:00Z", "application/json", booking())
                                .body());
                        return bodies;
                    };
                    results.add(pool.submit(task));
                }
                go.countDown();
                Map<String, byte[]> expected = new LinkedHashMap<>();
                for (String target : targets) {
                    expected.put(target, get(target).body());
                }
                byte[] report = post("/posts/chengdu/validate?now=2026-02-20T10:00Z", "application/json", booking())
                        .body();
                for (int t = 0; t < threads; t++) {
                    List<byte[]> bodies = results.get(t).get();
                    for (int i = 0; i < rounds * targets.size(); i++) {
                        String target = targets.get((i + t) % targets.size());
                        assertThat(bodies.get(i)).as("thread %s, %s", t, target).isEqualTo(expected.get(target));
                    }
                    assertThat(bodies.get(bodies.size() - 1)).isEqualTo(report);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Errors {

        @Test
        void badParameterIsA400WithTheCommandsMessageNamingTheParameter() throws Exception {
            CliRun run = CliRun.library("days", "--calendar", "cn", "--from", "2026-02-30", "--to", "2026-03-01");
            assertThat(run.err()).isEqualTo("consularkit days: Invalid value for option '--from': '2026-02-30' is not a "
                    + "date yyyy-MM-dd (Invalid date 'FEBRUARY 30') (see 'consularkit days --help')\n");
            assertThat(problem(get("/calendars/cn/days?from=2026-02-30&to=2026-03-01"), 400, "Bad Request"))
                    .isEqualTo("Invalid value for parameter 'from': '2026-02-30' is not a date yyyy-MM-dd "
                            + "(Invalid date 'FEBRUARY 30')");
            assertThat(problem(get("/calendars/cn.ics?from=abc&to=2027"), 400, "Bad Request"))
                    .isEqualTo("Invalid value for parameter 'from': 'abc' is not an int");
            assertThat(problem(get("/calendars/cn/days?from=2026-01-01"), 400, "Bad Request"))
                    .isEqualTo("Missing required parameter: 'to'");
            assertThat(problem(get("/calendars/cn/days"), 400, "Bad Request"))
                    .isEqualTo("Missing required parameters: 'from', 'to'");
            assertThat(problem(get("/posts/chengdu/slots?service=PASSPORT&count=0"), 400, "Bad Request"))
                    .isEqualTo("'count' must be at least 1, but was 0");
            assertThat(problem(get("/posts/chengdu/call?from=FR&situation=crime"), 400, "Bad Request"))
                    .startsWith("Invalid value for parameter 'from': ");
            assertThat(problem(get("/calendars/cn/days?from=2026-01-01&to=2026-01-02&lang=fr"), 400, "Bad Request"))
                    .isEqualTo("Invalid value for parameter 'lang': 'fr' is not a supported locale; use en or zh-CN");
        }

        @Test
        void valueOutsideTheCalendarIsA400WithTheCommandsMessage() throws Exception {
            CliRun run = CliRun.library("ics", "--calendar", "cn", "--from-year", "1990", "--to-year", "2000");
            assertThat(run.err()).isEqualTo("consularkit ics: Calendar cn covers the years 2000-2100; feed years "
                    + "1990-2000 are outside its range\n");
            assertThat(problem(get("/calendars/cn.ics?from=1990&to=2000"), 400, "Bad Request"))
                    .isEqualTo("Calendar cn covers the years 2000-2100; feed years 1990-2000 are outside its range");
        }

        @Test
        void unknownOrRepeatedParameterIsA400() throws Exception {
            assertThat(problem(get("/calendars/cn.ics?year=2026"), 400, "Bad Request"))
                    .isEqualTo("Unknown parameter 'year'; the parameters of /calendars/{id}.ics are: lang, from, to");
            assertThat(problem(get("/calendars?lang=en"), 400, "Bad Request"))
                    .isEqualTo("Unknown parameter 'lang'; /calendars takes no parameters");
            assertThat(problem(get("/calendars/cn.ics?from=2026&from=2027"), 400, "Bad Request"))
                    .isEqualTo("Parameter 'from' is given more than once");
            assertThat(problem(get("/calendars/cn/days?from=2026-01-01&to=2026-01-02&format=text"), 400,
                    "Bad Request")).isEqualTo("Invalid value for parameter 'format': 'text' is not a format; use json "
                            + "or csv");
        }

        @Test
        void rangeOfMoreThan200YearsIsA400() throws Exception {
            assertThat(problem(get("/calendars/cn.ics?from=1000&to=3000"), 400, "Bad Request"))
                    .isEqualTo("The years 1000 to 3000 are 2001 years; one request may ask for at most 200");
            assertThat(problem(get("/calendars/cn/days?from=1000-01-01&to=3000-01-01"), 400, "Bad Request"))
                    .isEqualTo("The dates 1000-01-01 to 3000-01-01 span more than 200 years; one request may ask for "
                            + "at most 200");
            assertThat(problem(get("/posts/chengdu/slots?service=PASSPORT&count=1001"), 400, "Bad Request"))
                    .isEqualTo("Invalid value for parameter 'count': one request may ask for at most 1000 slots, but "
                            + "was 1001");
            assertThat(get("/calendars/us-federal.ics?from=1971&to=2100").statusCode()).isEqualTo(200);
        }

        @Test
        void malformedBookingIsA400WithTheCommandsMessage() throws Exception {
            assertThat(problem(post("/posts/chengdu/validate", "application/json",
                    "{\"x\":1}".getBytes(StandardCharsets.UTF_8)), 400, "Bad Request"))
                    .isEqualTo(CliRun.withInput("{\"x\":1}", "validate", "--post", "chengdu", "--booking", "-").err()
                            .replace("consularkit validate: ", "").strip())
                    .isEqualTo("<stdin>:1:6: $.x: unknown field (the fields are: services, appointmentType, start, "
                            + "walkIn, applicants, items, bookedAt)");
            assertThat(problem(post("/posts/chengdu/validate", "application/json", new byte[0]), 400, "Bad Request"))
                    .isEqualTo("<stdin>: $: expected a JSON document, but was empty");
        }

        @Test
        void unknownCalendarPostOrPathIsA404() throws Exception {
            String calendars = "Unknown calendar 'nope'; known calendars: us-federal, us-federal-dc, cn, post:beijing, "
                    + "post:chengdu, post:guangzhou, post:shanghai, post:shenyang, post:wuhan";
            assertThat(CliRun.library("ics", "--calendar", "nope", "--from-year", "2026", "--to-year", "2026").err())
                    .isEqualTo("consularkit ics: " + calendars + "\n");
            assertThat(problem(get("/calendars/nope.ics"), 404, "Not Found")).isEqualTo(calendars);
            assertThat(problem(get("/calendars/nope/days?from=2026-01-01&to=2026-01-01"), 404, "Not Found"))
                    .isEqualTo(calendars);
            String posts = "Unknown post 'paris'; known posts: beijing, chengdu, guangzhou, shanghai, shenyang, wuhan";
            assertThat(problem(get("/posts/paris/hours"), 404, "Not Found")).isEqualTo(posts);
            assertThat(problem(post("/posts/paris/validate", "application/json", booking()), 404, "Not Found"))
                    .isEqualTo(posts);
            for (String path : List.of("/nope", "/calendars/cn", "/calendars/", "/posts/beijing/nope", "/posts",
                    "/calendars/cn/days/x")) {
                assertThat(problem(get(path), 404, "Not Found")).as(path)
                        .isEqualTo("There is no resource at " + path + "; GET / lists the endpoints");
            }
        }

        @Test
        void wrongMethodIsA405WithAllow() throws Exception {
            HttpResponse<byte[]> r = post("/calendars/cn.ics", "application/json", new byte[] {'{', '}'});
            assertThat(problem(r, 405, "Method Not Allowed")).isEqualTo("Method POST is not allowed here; use GET or HEAD");
            assertThat(header(r, "Allow")).isEqualTo("GET, HEAD");
            HttpResponse<byte[]> v = get("/posts/chengdu/validate");
            assertThat(problem(v, 405, "Method Not Allowed")).isEqualTo("Method GET is not allowed here; use POST");
            assertThat(header(v, "Allow")).isEqualTo("POST");
            assertThat(send(server, "DELETE", "/", Map.of(), HttpRequest.BodyPublishers.noBody()).statusCode())
                    .isEqualTo(405);
        }

        @Test
        void bodyOfMoreThan64KibIsA413() throws Exception {
            byte[] big = new byte[64 * 1024 + 1];
            Arrays.fill(big, (byte) ' ');
            assertThat(problem(post("/posts/chengdu/validate", "application/json", big), 413, "Content Too Large"))
                    .isEqualTo("The request body is larger than 65536 bytes, the most a booking may have");
            // Without a Content-Length (chunked), the body is read up to the limit.
            Supplier<InputStream> stream = () -> new ByteArrayInputStream(big);
            assertThat(problem(send(server, "POST", "/posts/chengdu/validate", Map.of("Content-Type", "application/json"),
                    HttpRequest.BodyPublishers.ofInputStream(stream)), 413, "Content Too Large"))
                    .startsWith("The request body is larger than 65536 bytes");
            // A body well past the limit still gets its 413, not a connection reset: the server reads
            // and drops up to 1 MiB of a refused body before it answers.
            byte[] huge = new byte[512 * 1024];
            Arrays.fill(huge, (byte) ' ');
            for (int i = 0; i < 5; i++) {
                assertThat(post("/posts/chengdu/validate", "application/json", huge).statusCode()).isEqualTo(413);
                assertThat(post("/posts/chengdu/validate", "text/plain", huge).statusCode()).isEqualTo(415);
            }
            // 64 KiB exactly is read (and is not a booking).
            assertThat(post("/posts/chengdu/validate", "application/json", Arrays.copyOf(big, 64 * 1024)).statusCode())
                    .isEqualTo(400);
        }

        @Test
        void tooLongATargetIsA414() throws Exception {
            String target = "/calendars/cn.ics?lang=" + "e".repeat(8 * 1024);
            assertThat(problem(get(target), 414, "URI Too Long")).startsWith("The request target is 8215 characters "
                    + "long; the most is 8192");
        }

        @Test
        void bookingThatIsNotJsonIsA415() throws Exception {
            assertThat(problem(post("/posts/chengdu/validate", "text/plain", booking()), 415, "Unsupported Media Type"))
                    .isEqualTo("The booking must be sent as application/json (UTF-8), but was 'text/plain'");
            assertThat(problem(post("/posts/chengdu/validate", "", booking()), 415, "Unsupported Media Type"))
                    .isEqualTo("The booking must be sent as application/json (UTF-8), but the request has no "
                            + "Content-Type");
            assertThat(problem(post("/posts/chengdu/validate", "application/json; charset=ISO-8859-1", booking()), 415,
                    "Unsupported Media Type")).endsWith("but was 'application/json; charset=ISO-8859-1'");
        }

        @Test
        void internalErrorIsA500WithAnIdThatTheLogAlsoCarries() throws Exception {
            HolidayCalendar broken = new ForwardingHolidayCalendar() {
                @Override
                protected HolidayCalendar delegate() {
                    return Calendars.byId("cn");
                }

                @Override
                public List<CalendarDay> days(DateRange range) {
                    throw new IllegalStateException("boom: a secret the client must not see");
                }
            };
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            ConsularKitCli cli = new ConsularKitCli(CalendarRegistry.of(Map.of("broken", () -> broken)),
                    Directory::builtIn, InputStream.nullInputStream());
            try (ConsularKitServer s = ConsularKitServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    Clock.fixed(NOW, ZoneOffset.UTC), log::add, cli)) {
                HttpResponse<byte[]> r = send(s, "GET", "/calendars/broken/days?from=2026-01-01&to=2026-01-02",
                        Map.of(), HttpRequest.BodyPublishers.noBody());
                String detail = problem(r, 500, "Internal Server Error");
                JsonNode json = new ObjectMapper().readTree(r.body());
                String id = json.get("errorId").asText();
                assertThat(id).matches("[0-9a-f]{16}");
                assertThat(detail).isEqualTo("An internal error occurred; the server's log has its details under the id "
                        + id);
                assertThat(text(r)).doesNotContain("boom", "secret", "IllegalStateException");
                assertThat(log).contains("consularkit serve: internal error " + id + ": GET /calendars/broken/days: "
                        + "consularkit days: internal error: IllegalStateException: boom: a secret the client must not "
                        + "see");
            }
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Stop {

        @Test
        void stopEndsTheServerCleanly() throws Exception {
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            ConsularKitServer s = ConsularKitServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    Clock.fixed(NOW, ZoneOffset.UTC), log::add);
            assertThat(s.address().getPort()).isPositive();
            assertThat(s.uri().toString()).isEqualTo("http://127.0.0.1:" + s.address().getPort() + "/");
            assertThat(send(s, "GET", "/calendars", Map.of(), HttpRequest.BodyPublishers.noBody()).statusCode())
                    .isEqualTo(200);
            assertThat(s.isStopped()).isFalse();
            long start = System.nanoTime();
            s.stop(Duration.ofSeconds(5));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
            assertThat(s.isStopped()).isTrue();
            s.awaitStop();
            s.stop(Duration.ofSeconds(5));
            assertThat(log).containsExactly("consularkit serve: listening on " + s.uri() + " (8 threads)",
                    "consularkit serve: stopped");
            HttpClient fresh = HttpClient.newHttpClient();
            assertThatThrownBy(() -> fresh.send(HttpRequest.newBuilder(s.uri()).build(),
                    HttpResponse.BodyHandlers.discarding())).isInstanceOf(IOException.class);
        }
    }

    @Nested
    class Command {

        @Test
        void badPortIsBadUsage() {
            CliRun r = CliRun.library("serve", "--port", "70000");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("consularkit serve: --port must be from 0 to 65535, but was 70000 (see "
                    + "'consularkit serve --help')\n");
        }

        @Test
        void portInUseIsBadInput() throws Exception {
            try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                CliRun r = CliRun.library("serve", "--port", Integer.toString(taken.getLocalPort()));
                assertThat(r.status()).isEqualTo(2);
                assertThat(r.err()).isEqualTo("consularkit serve: Cannot listen on 127.0.0.1:" + taken.getLocalPort()
                        + ": Address already in use\n");
            }
        }

        @Test
        void helpListsTheEndpoints() {
            CliRun r = CliRun.library("serve", "--help");
            assertThat(r.status()).isZero();
            assertThat(r.out()).startsWith("Usage: consularkit serve [-hV] [--bind=ADDRESS] [--port=PORT]\n")
                    .contains("GET  /calendars/{id}.ics?lang=&from=&to=", "POST /posts/{id}/validate?now=&lang=",
                            "default: 8080", "default: 127.0.0.1");
        }
    }
}
