package org.consularkit.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.ical.HolidayFeed;
import org.jspecify.annotations.Nullable;

/**
 * The one handler of the server: routes a request to an endpoint, turns its query parameters into
 * the options of the command that answers it, runs that command in-process on the command line's
 * calendars and directory, and sends its standard output as the body. Errors are RFC 9457 problem
 * details whose {@code detail} is the command's own message, with each option named as its query
 * parameter ({@code Invalid value for parameter 'from': ...}).
 *
 * <p>Values reach the command only in the attached form {@code --option=value}, so that no value
 * from a request is ever read as an option or an {@code @file} argument.
 *
 * <h2>Implementation Requirements</h2>
 * This class is thread-safe: the command line is immutable, each run builds its own picocli
 * command line, and the feed cache is synchronized.
 */
final class HttpApi implements HttpHandler {

    /** The endpoints that run a command: the command and its query parameters, each with its option. */
    enum Endpoint {
        /** {@code GET /calendars/{id}.ics}. */
        FEED("ics", "/calendars/{id}.ics", "lang", "--locale", "from", "--from-year", "to", "--to-year"),
        /** {@code GET /calendars/{id}/days}. */
        DAYS("days", "/calendars/{id}/days", "from", "--from", "to", "--to", "lang", "--locale", "format", "--format"),
        /** {@code GET /posts/{id}/hours}. */
        HOURS("hours", "/posts/{id}/hours", "at", "--at", "lang", "--locale"),
        /** {@code GET /posts/{id}/slots}. */
        SLOTS("slots", "/posts/{id}/slots", "service", "--service", "from", "--from", "count", "--count",
                "lang", "--locale"),
        /** {@code GET /posts/{id}/call}. */
        CALL("call", "/posts/{id}/call", "at", "--at", "from", "--from", "situation", "--situation", "lang", "--locale"),
        /** {@code POST /posts/{id}/validate}. */
        VALIDATE("validate", "/posts/{id}/validate", "now", "--now", "lang", "--locale"),
        /** {@code GET /calendars}. */
        CALENDARS("", "/calendars"),
        /** {@code GET /}. */
        HOME("", "/");

        final String command;
        final String path;
        /** The query parameters in documentation order, each with the option it gives a value; unmodifiable. */
        @SuppressWarnings("ImmutableEnumChecker")
        final Map<String, String> options;

        Endpoint(String command, String path, String... parameterOptionPairs) {
            this.command = command;
            this.path = path;
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < parameterOptionPairs.length; i += 2) {
                map.put(parameterOptionPairs[i], parameterOptionPairs[i + 1]);
            }
            this.options = Collections.unmodifiableMap(map);
        }

        /** Returns the query parameter of an option, if the endpoint has one. */
        Optional<String> parameter(String option) {
            return options.entrySet().stream().filter(e -> e.getValue().equals(option)).map(Map.Entry::getKey)
                    .findFirst();
        }
    }

    /** The slots of {@code /posts/{id}/slots} without {@code count}. */
    static final int DEFAULT_SLOTS = 10;

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String CALENDAR = "text/calendar; charset=utf-8";
    static final String CSV = "text/csv; charset=utf-8; header=present";
    static final String HTML = "text/html; charset=utf-8";

    /** HTTP dates (IMF-fixdate, RFC 9110 section 5.6.7): {@code Fri, 18 Dec 2025 00:00:00 GMT}. */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter ETAG_VERSION = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String GET_HEAD = "GET, HEAD";
    /** An option in a message of the command: quoted with its parameter label, or bare. */
    private static final Pattern OPTION = Pattern.compile("'(--[a-z][a-z-]*)(?:=[^']*)?'|(?<![\\w'-])(--[a-z][a-z-]*)");
    /** A {@code Host} header to echo in the links of the home page. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");
    /** The most of a refused request body that is read and dropped before the answer (see drain). */
    private static final int MAX_DRAIN_BYTES = 1024 * 1024;

    private final ConsularKitCli cli;
    private final Clock clock;
    private final Consumer<String> log;
    private final FeedCache feeds = new FeedCache();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean stopping;
    private volatile byte @Nullable [] calendarList;

    HttpApi(ConsularKitCli cli, Clock clock, Consumer<String> log) {
        this.cli = cli;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) {
        inFlight.incrementAndGet();
        try {
            if (stopping) {
                exchange.getResponseHeaders().set("Connection", "close");
                Response response = problem(503, "The server is stopping", pathOf(exchange.getRequestURI()), null);
                drain(exchange);
                send(exchange, response);
            } else {
                Response response = respond(exchange);
                drain(exchange);
                send(exchange, response);
            }
        } catch (IOException e) {
            // The client went away while the response was sent: nothing to answer.
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
        }
    }

    /**
     * Reads and drops what is left of the request body (a body refused unread, e.g. a 413 or a 415),
     * at most {@value #MAX_DRAIN_BYTES} bytes: a connection closed with unread bytes is reset, and the
     * client would get the reset instead of the answer. A longer body is left unread.
     */
    private static void drain(HttpExchange exchange) {
        byte[] buffer = new byte[8192];
        long left = MAX_DRAIN_BYTES;
        try {
            InputStream in = exchange.getRequestBody();
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            // the client went away or the stream is closed: nothing left to drain
        }
    }

    /** From now on, answers every request with a 503: the server is stopping. */
    void stopping() {
        stopping = true;
    }

    /** Returns the number of exchanges being answered. */
    int inFlight() {
        return inFlight.get();
    }

    private static String pathOf(URI uri) {
        return uri.getRawPath() == null ? "" : uri.getRawPath();
    }

    /** Returns the response to a request; throws only when the request cannot be read. */
    private Response respond(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String path = pathOf(uri);
        try {
            String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            if (target.length() > ConsularKitServer.MAX_TARGET_CHARS) {
                throw new ApiError(414, "The request target is " + target.length() + " characters long; the most is "
                        + ConsularKitServer.MAX_TARGET_CHARS);
            }
            return route(exchange, path, uri.getRawQuery());
        } catch (ApiError e) {
            if (e.status == 500) {
                return internalError(exchange, path, e.detail);
            }
            return problem(e.status, e.detail, path, e.allow);
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            return internalError(exchange, path, ConsularKitCli.internalError("consularkit serve", t).strip());
        }
    }

    //-----------------------------------------------------------------------
    private Response route(HttpExchange exchange, String rawPath, @Nullable String rawQuery) throws IOException {
        String method = exchange.getRequestMethod();
        List<String> segments = segments(rawPath);
        int n = segments.size();
        if (n == 1 && segments.get(0).isEmpty()) {
            allow(method, GET_HEAD);
            parameters(rawQuery, Endpoint.HOME);
            return new Response(200, HTML, HomePage.html(cli, host(exchange)));
        }
        String first = segments.get(0);
        if (first.equals("calendars") && n == 1) {
            allow(method, GET_HEAD);
            parameters(rawQuery, Endpoint.CALENDARS);
            return new Response(200, JSON, calendarList());
        }
        if (first.equals("calendars") && n == 2 && segments.get(1).endsWith(".ics") && segments.get(1).length() > 4) {
            allow(method, GET_HEAD);
            String id = segments.get(1).substring(0, segments.get(1).length() - 4);
            return feed(exchange, id, parameters(rawQuery, Endpoint.FEED));
        }
        if (first.equals("calendars") && n == 3 && segments.get(2).equals("days")) {
            allow(method, GET_HEAD);
            return days(segments.get(1), parameters(rawQuery, Endpoint.DAYS));
        }
        if (first.equals("posts") && n == 3) {
            String id = segments.get(1);
            Endpoint endpoint = switch (segments.get(2)) {
                case "hours" -> Endpoint.HOURS;
                case "slots" -> Endpoint.SLOTS;
                case "call" -> Endpoint.CALL;
                case "validate" -> Endpoint.VALIDATE;
                default -> null;
            };
            if (endpoint == Endpoint.VALIDATE) {
                allow(method, "POST");
                return validate(exchange, id, parameters(rawQuery, endpoint));
            }
            if (endpoint != null) {
                allow(method, GET_HEAD);
                return postAnswer(endpoint, id, parameters(rawQuery, endpoint));
            }
        }
        throw new ApiError(404, "There is no resource at " + Messages.excerpt(rawPath) + "; GET / lists the endpoints");
    }

    /** Returns the decoded segments of a path after its leading slash; {@code /} gives one empty segment. */
    private static List<String> segments(String rawPath) {
        if (!rawPath.startsWith("/")) {
            throw new ApiError(404, "There is no resource at '" + Messages.excerpt(rawPath) + "'; GET / lists the endpoints");
        }
        List<String> segments = new ArrayList<>();
        int start = 1;
        while (true) {
            int slash = rawPath.indexOf('/', start);
            segments.add(decode(slash < 0 ? rawPath.substring(start) : rawPath.substring(start, slash), "path"));
            if (slash < 0) {
                return segments;
            }
            start = slash + 1;
        }
    }

    /** Percent-decodes a part of the request target as UTF-8; {@code +} stays a plus sign (this is not a form). */
    private static String decode(String raw, String where) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "The " + where + " is not percent-encoded UTF-8: '" + Messages.excerpt(raw) + "'");
        }
    }

    /** Throws a 405 unless the method is one of {@code allowed} (HEAD is allowed with GET). */
    private static void allow(String method, String allowed) {
        boolean ok = allowed.equals(GET_HEAD) ? method.equals("GET") || method.equals("HEAD") : method.equals(allowed);
        if (!ok) {
            throw new ApiError(405, "Method " + Messages.excerpt(method) + " is not allowed here; use "
                    + allowed.replace(", ", " or "), allowed);
        }
    }

    /**
     * Returns the query parameters of a request, checked against those of the endpoint: an unknown
     * parameter, a parameter given twice or a malformed query is a 400.
     */
    private static Map<String, String> parameters(@Nullable String rawQuery, Endpoint endpoint) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        int start = 0;
        while (start <= rawQuery.length()) {
            int amp = rawQuery.indexOf('&', start);
            String pair = amp < 0 ? rawQuery.substring(start) : rawQuery.substring(start, amp);
            start = amp < 0 ? rawQuery.length() + 1 : amp + 1;
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), "query");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "query");
            if (!endpoint.options.containsKey(name)) {
                throw new ApiError(400, "Unknown parameter '" + Messages.excerpt(name) + "'; " + (endpoint.options.isEmpty()
                        ? endpoint.path + " takes no parameters"
                        : "the parameters of " + endpoint.path + " are: " + String.join(", ", endpoint.options.keySet())));
            }
            if (parameters.put(name, value) != null) {
                throw new ApiError(400, "Parameter '" + name + "' is given more than once");
            }
        }
        return parameters;
    }

    //-----------------------------------------------------------------------
    /** {@code GET /calendars/{id}.ics}: the feed of {@code ics}, with validators and conditional GET. */
    private Response feed(HttpExchange exchange, String id, Map<String, String> q) {
        HolidayCalendar calendar = calendar(id, Endpoint.FEED);
        int year = LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear();
        boolean rolling = !q.containsKey("from") || !q.containsKey("to");
        String from = q.getOrDefault("from", Integer.toString(clamp(year - 1, calendar)));
        String to = q.getOrDefault("to", Integer.toString(clamp(year + 2, calendar)));
        String lang = q.getOrDefault("lang", "en");
        if (INTEGER.matcher(from).matches() && INTEGER.matcher(to).matches()) {
            long years = Long.parseLong(to) - Long.parseLong(from) + 1;
            if (years > ConsularKitServer.MAX_YEARS) {
                throw new ApiError(400, "The years " + from + " to " + to + " are " + years
                        + " years; one request may ask for at most " + ConsularKitServer.MAX_YEARS);
            }
        }
        FeedCache.Key key = new FeedCache.Key(id, lang, from, to);
        // The version of the calendar's data (the feed's DTSTAMP): moves exactly when its data does.
        Instant version = calendar.dataVersion().map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())
                .orElse(HolidayFeed.DEFAULT_DATA_VERSION);
        FeedCache.Feed feed = feeds.get(key).orElse(null);
        if (feed == null) {
            byte[] bytes = run(Endpoint.FEED, null, "--calendar=" + id, "--from-year=" + from, "--to-year=" + to,
                    "--locale=" + lang);
            feed = new FeedCache.Feed(bytes, etag(key, version, bytes));
            feeds.put(key, feed);
        }
        // The years of a feed without both from and to move on 1 January: so does its Last-Modified.
        Instant lastModified = rolling ? max(version, Instant.parse(year + "-01-01T00:00:00Z")) : version;
        Response r = new Response(200, CALENDAR, feed.bytes());
        r.header("ETag", feed.etag());
        r.header("Last-Modified", HTTP_DATE.format(lastModified));
        r.header("Cache-Control", "public, max-age=" + HolidayFeed.REFRESH_INTERVAL.toSeconds());
        return notModified(exchange.getRequestHeaders(), feed.etag(), lastModified) ? r.notModified() : r;
    }

    private static int clamp(int year, HolidayCalendar calendar) {
        return Math.max(calendar.firstYear(), Math.min(calendar.lastYear(), year));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Returns the strong entity tag of a feed: its arguments, the data version and a digest of its
     * bytes, e.g. {@code "cn.2025-2028.en.20251218T000000Z.4f1c0a9b2d3e5f60"}.
     */
    static String etag(FeedCache.Key key, Instant version, byte[] bytes) {
        String arguments = key.calendar() + "." + key.fromYear() + "-" + key.toYear() + "." + key.lang();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + arguments.replaceAll("[^A-Za-z0-9:+_.-]", "_") + "."
                    + ETAG_VERSION.format(version) + "."
                    + HexFormat.of().formatHex(digest, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * Tells whether a conditional GET is answered 304 (RFC 9110 section 13.2.2): {@code
     * If-None-Match} when present (weak comparison, {@code *} matches), otherwise {@code
     * If-Modified-Since} (a date that cannot be parsed is ignored).
     */
    static boolean notModified(Headers request, String etag, Instant lastModified) {
        List<String> noneMatch = request.get("If-None-Match");
        if (noneMatch != null) {
            for (String value : noneMatch) {
                if (matches(value, etag)) {
                    return true;
                }
            }
            return false;
        }
        String since = request.getFirst("If-Modified-Since");
        if (since == null) {
            return false;
        }
        try {
            Instant date = ZonedDateTime.parse(since.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(date);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Tells whether an {@code If-None-Match} value lists an entity tag (weak comparison) or is {@code *}. */
    private static boolean matches(String value, String etag) {
        String v = value.strip();
        if (v.equals("*")) {
            return true;
        }
        int i = 0;
        while (i < v.length()) {
            char c = v.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
            } else if (v.startsWith("W/\"", i) || c == '"') {
                int open = v.indexOf('"', i);
                int close = v.indexOf('"', open + 1);
                if (close < 0) {
                    return false;
                }
                if (v.substring(open, close + 1).equals(etag)) {
                    return true;
                }
                i = close + 1;
            } else {
                return false;
            }
        }
        return false;
    }

    //-----------------------------------------------------------------------
    /** {@code GET /calendars/{id}/days}: {@code days --format json|csv}. */
    private Response days(String id, Map<String, String> q) {
        calendar(id, Endpoint.DAYS);
        String format = q.getOrDefault("format", "json");
        if (!format.equalsIgnoreCase("json") && !format.equalsIgnoreCase("csv")) {
            throw new ApiError(400, "Invalid value for parameter 'format': '" + Messages.excerpt(format)
                    + "' is not a format; use json or csv");
        }
        String from = q.get("from");
        String to = q.get("to");
        if (from != null && to != null) {
            try {
                LocalDate f = LocalDate.parse(from, DateTimeFormatter.ISO_LOCAL_DATE);
                LocalDate t = LocalDate.parse(to, DateTimeFormatter.ISO_LOCAL_DATE);
                if (t.isAfter(f.plusYears(ConsularKitServer.MAX_YEARS))) {
                    throw new ApiError(400, "The dates " + from + " to " + to + " span more than "
                            + ConsularKitServer.MAX_YEARS + " years; one request may ask for at most "
                            + ConsularKitServer.MAX_YEARS);
                }
            } catch (DateTimeException e) {
                // The command names the bad date.
            }
        }
        Map<String, String> options = new LinkedHashMap<>(q);
        options.put("format", format);
        byte[] body = run(Endpoint.DAYS, null, arguments(Endpoint.DAYS, "--calendar=" + id, options));
        return new Response(200, format.equalsIgnoreCase("csv") ? CSV : JSON, body);
    }

    /** {@code GET /posts/{id}/hours|slots|call}: the command's JSON. */
    private Response postAnswer(Endpoint endpoint, String id, Map<String, String> q) {
        post(id, endpoint);
        Map<String, String> options = new LinkedHashMap<>(q);
        String now = now();
        if (endpoint == Endpoint.HOURS || endpoint == Endpoint.CALL) {
            options.putIfAbsent("at", now);
        }
        if (endpoint == Endpoint.SLOTS) {
            options.putIfAbsent("from", now);
            String count = options.computeIfAbsent("count", c -> Integer.toString(DEFAULT_SLOTS));
            if (INTEGER.matcher(count).matches() && Long.parseLong(count) > ConsularKitServer.MAX_SLOTS) {
                throw new ApiError(400, "Invalid value for parameter 'count': one request may ask for at most "
                        + ConsularKitServer.MAX_SLOTS + " slots, but was " + count);
            }
        }
        byte[] body = run(endpoint, null, arguments(endpoint, "--post=" + id, options, "--format=json"));
        return new Response(200, JSON, body);
    }

    /** {@code POST /posts/{id}/validate}: {@code validate --booking - --format json} on the request body. */
    private Response validate(HttpExchange exchange, String id, Map<String, String> q) throws IOException {
        post(id, Endpoint.VALIDATE);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (!isJson(type)) {
            throw new ApiError(415, "The booking must be sent as application/json (UTF-8), but "
                    + (type == null ? "the request has no Content-Type" : "was '" + Messages.excerpt(type) + "'"));
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && INTEGER.matcher(length.strip()).matches()
                && Long.parseLong(length.strip()) > ConsularKitServer.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(ConsularKitServer.MAX_BODY_BYTES + 1);
        }
        if (body.length > ConsularKitServer.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        Map<String, String> options = new LinkedHashMap<>(q);
        options.putIfAbsent("now", now());
        byte[] report = run(Endpoint.VALIDATE, new ByteArrayInputStream(body),
                arguments(Endpoint.VALIDATE, "--post=" + id, options, "--booking=-", "--format=json"));
        return new Response(200, JSON, report);
    }

    /** Returns the current moment of the clock, in UTC, whole seconds: the default of at, from and now. */
    private String now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "The request body is larger than " + ConsularKitServer.MAX_BODY_BYTES
                + " bytes, the most a booking may have");
    }

    /** Tells whether a media type is {@code application/json}, with no charset or UTF-8. */
    static boolean isJson(@Nullable String type) {
        if (type == null) {
            return false;
        }
        String[] parts = type.split(";", -1);
        if (!parts[0].strip().equalsIgnoreCase(JSON)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String charset = p.substring(eq + 1).strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8")) {
                    return false;
                }
            }
        }
        return true;
    }

    //-----------------------------------------------------------------------
    /** Returns a calendar known to the command line, or throws a 404 with the command's message. */
    private HolidayCalendar calendar(String id, Endpoint endpoint) {
        if (!cli.calendars().ids().contains(id)) {
            try {
                cli.calendars().get(id);
            } catch (BadInputException e) {
                throw new ApiError(404, commandMessage(endpoint, e.getMessage()));
            }
        }
        return cli.calendars().get(id);
    }

    /** Checks that a post is in the directory, or throws a 404 with the command's message. */
    private void post(String id, Endpoint endpoint) {
        try {
            CliCommand.post(cli.directory(), id);
        } catch (BadInputException e) {
            throw new ApiError(404, commandMessage(endpoint, e.getMessage()));
        }
    }

    /** Returns a message as the command prints it (one bounded line), without the command's name. */
    private static String commandMessage(Endpoint endpoint, @Nullable String message) {
        String prefix = "consularkit " + endpoint.command + ": ";
        return Messages.line(prefix, message, "").substring(prefix.length());
    }

    /** Returns the arguments of a command: the fixed ones and one {@code --option=value} per parameter. */
    private static String[] arguments(Endpoint endpoint, String first, Map<String, String> parameters, String... more) {
        List<String> args = new ArrayList<>();
        args.add(first);
        parameters.forEach((name, value) -> args.add(endpoint.options.get(name) + "=" + value));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    /**
     * Runs a command in-process and returns its standard output; its exit status 2 is a 400 with its
     * message, any other failure a 500.
     */
    private byte[] run(Endpoint endpoint, @Nullable InputStream in, String... arguments) {
        ConsularKitCli c = in == null ? cli : new ConsularKitCli(cli.calendars(), cli::directory, in);
        String[] args = new String[arguments.length + 1];
        args[0] = endpoint.command;
        System.arraycopy(arguments, 0, args, 1, arguments.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ConsularKitCli.execute(c, out, err, args);
        if (status == ConsularKitCli.OK || (status == ConsularKitCli.NO && endpoint == Endpoint.VALIDATE)) {
            return out.toByteArray();
        }
        String line = lastLine(err.toString(StandardCharsets.UTF_8));
        if (status == ConsularKitCli.BAD_INPUT) {
            throw new ApiError(400, parameterMessage(endpoint, line));
        }
        throw new ApiError(500, line.isEmpty() ? "consularkit " + endpoint.command + ": exit status " + status : line);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n", -1);
        return lines[lines.length - 1].strip();
    }

    /**
     * Returns the message of a line the command printed for bad input, without its name and its
     * hint to {@code --help}, each option named as its query parameter.
     */
    static String parameterMessage(Endpoint endpoint, String line) {
        String prefix = "consularkit " + endpoint.command + ": ";
        String hint = " (see 'consularkit " + endpoint.command + " --help')";
        String s = line.startsWith(prefix) ? line.substring(prefix.length()) : line;
        s = s.endsWith(hint) ? s.substring(0, s.length() - hint.length()) : s;
        s = s.replace("Invalid value for option '", "Invalid value for parameter '")
                .replace("Missing required options: ", "Missing required parameters: ")
                .replace("Missing required option: ", "Missing required parameter: ");
        Matcher m = OPTION.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String option = m.group(1) != null ? m.group(1) : m.group(2);
            String replacement = endpoint.parameter(option).map(p -> "'" + p + "'").orElse(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    //-----------------------------------------------------------------------
    /** {@code GET /calendars}: every calendar's id, names, years and the status of its years, in runs. */
    private byte[] calendarList() {
        byte[] list = calendarList;
        if (list == null) {
            StringWriter text = new StringWriter();
            try (JsonGenerator g = Table.generator(new PrintWriter(text))) {
                g.writeStartArray();
                for (String id : cli.calendars().ids()) {
                    HolidayCalendar c = cli.calendars().get(id);
                    g.writeStartObject();
                    g.writeStringField("id", id);
                    g.writeObjectFieldStart("name");
                    g.writeStringField("en", c.displayName().english());
                    g.writeStringField("zh-CN", c.displayName().chinese());
                    g.writeEndObject();
                    g.writeNumberField("fromYear", c.firstYear());
                    g.writeNumberField("toYear", c.lastYear());
                    g.writeArrayFieldStart("status");
                    int start = c.firstYear();
                    for (int y = c.firstYear(); y <= c.lastYear(); y++) {
                        if (y == c.lastYear() || c.yearStatus(y + 1) != c.yearStatus(y)) {
                            g.writeStartObject();
                            g.writeNumberField("fromYear", start);
                            g.writeNumberField("toYear", y);
                            g.writeStringField("status", c.yearStatus(y).name());
                            g.writeEndObject();
                            start = y + 1;
                        }
                    }
                    g.writeEndArray();
                    g.writeStringField("feed", "/calendars/" + HomePage.encode(id) + ".ics");
                    g.writeStringField("days", "/calendars/" + HomePage.encode(id) + "/days");
                    g.writeEndObject();
                }
                g.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            list = (text + "\n").getBytes(StandardCharsets.UTF_8);
            calendarList = list;
        }
        return list;
    }

    /** The host of the links of the home page: the request's {@code Host} when well-formed, else the local address. */
    private static String host(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host != null && HOST.matcher(host.strip()).matches()) {
            return host.strip();
        }
        return HomePage.authority(exchange.getLocalAddress());
    }

    //-----------------------------------------------------------------------
    /** Returns a problem details response (RFC 9457) with the standard title of its status. */
    static Response problem(int status, String detail, String instance, @Nullable String allow) {
        return problem(status, detail, instance, allow, null);
    }

    private static Response problem(int status, String detail, String instance, @Nullable String allow,
            @Nullable String errorId) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = Table.generator(new PrintWriter(text))) {
            g.writeStartObject();
            g.writeStringField("type", "about:blank");
            g.writeStringField("title", title(status));
            g.writeNumberField("status", status);
            g.writeStringField("detail", detail);
            g.writeStringField("instance", Messages.excerpt(instance));
            if (errorId != null) {
                g.writeStringField("errorId", errorId);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Response r = new Response(status, PROBLEM_JSON, (text + "\n").getBytes(StandardCharsets.UTF_8));
        if (allow != null) {
            r.header("Allow", allow);
        }
        return r;
    }

    /** A 500 whose id the log line also carries; the client learns nothing else about the failure. */
    private Response internalError(HttpExchange exchange, String path, @Nullable String cause) {
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try {
            log.accept("consularkit serve: internal error " + id + ": " + Messages.excerpt(exchange.getRequestMethod())
                    + " " + Messages.excerpt(path) + ": " + Messages.oneLine(cause));
        } catch (RuntimeException e) {
            // A failing log sink must not turn a 500 into a dropped connection.
        }
        return problem(500, "An internal error occurred; the server's log has its details under the id " + id,
                path, null, id);
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "HTTP " + status;
        };
    }

    //-----------------------------------------------------------------------
    /** Sends a response; for HEAD the same headers (with the Content-Length of the GET) and no body. */
    private static void send(HttpExchange exchange, Response r) throws IOException {
        Headers h = exchange.getResponseHeaders();
        r.headers.forEach(h::set);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (r.status == 304) {
            exchange.sendResponseHeaders(304, -1);
        } else if (head) {
            h.set("Content-Length", Integer.toString(r.body.length));
            exchange.sendResponseHeaders(r.status, -1);
        } else if (r.body.length == 0) {
            exchange.sendResponseHeaders(r.status, -1);
        } else {
            exchange.sendResponseHeaders(r.status, r.body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(r.body);
            }
        }
    }

    /** A response: status, headers in order, body. */
    static final class Response {
        final int status;
        final Map<String, String> headers = new LinkedHashMap<>();
        final byte[] body;

        Response(int status, String contentType, byte[] body) {
            this.status = status;
            this.body = body;
            headers.put("Content-Type", contentType);
        }

        void header(String name, String value) {
            headers.put(name, value);
        }

        /** Returns the 304 of this response: its validators and caching headers, no body and no Content-Type. */
        Response notModified() {
            Response r = new Response(304, "", new byte[0]);
            r.headers.clear();
            for (String name : List.of("ETag", "Last-Modified", "Cache-Control")) {
                String v = headers.get(name);
                if (v != null) {
                    r.headers.put(name, v);
                }
            }
            return r;
        }
    }

    /** A request that is answered with a problem; no stack trace (it never leaves the server). */
    private static final class ApiError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final int status;
        final String detail;
        final @Nullable String allow;

        ApiError(int status, String message) {
            this(status, message, null);
        }

        ApiError(int status, String message, @Nullable String allow) {
            super(message, null, false, false);
            this.status = status;
            this.detail = message;
            this.allow = allow;
        }
    }
}
