package org.consularkit.examples.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.consularkit.examples.cli.ConsularKitServer;
import org.jspecify.annotations.Nullable;

/**
 * A bounded load run of {@code consularkit serve}, on the loopback interface only: a fixed number
 * of requests, half of them feeds ({@code GET /calendars/{id}.ics}, four different feeds) and half
 * booking validations ({@code POST /posts/chengdu/validate}), from a fixed number of concurrent
 * clients, each sending its share one request after the other. It prints the errors (a status
 * other than 200, a body that differs from the first answer to the same request, or an exception),
 * the throughput and the latencies, and stops by itself.
 *
 * <pre>
 * java -cp examples/target/consularkit.jar org.consularkit.examples.serve.LoadRun [--requests 20000]
 *     [--clients 16] [--url http://127.0.0.1:8080/]
 * </pre>
 *
 * Without {@code --url} it starts a server of its own on {@code 127.0.0.1} and a free port, in
 * the same JVM (server and clients then share the machine's processors, as they do on one
 * machine anyway). A warm-up of a tenth of the requests (at most 2,000) runs first and is not
 * counted. It is a benchmark, not a test: its figures depend on the machine and its load.
 *
 * <p>Exit status 0 when no request failed, 1 otherwise, 2 for bad arguments (a non-loopback URL).
 */
public final class LoadRun {

    /** A booking with an error (a laptop), the README's example. */
    static final String BOOKING = "{\"services\": [\"NOTARIAL\"], \"appointmentType\": \"NOTARIAL\", "
            + "\"start\": \"2026-03-03T14:00+08:00\", \"walkIn\": false, \"applicants\": 1, \"items\": [\"LAPTOP\"], "
            + "\"bookedAt\": \"2026-02-20T10:00+08:00\"}";

    /** The feeds asked for, in turn. */
    static final List<String> FEEDS = List.of(
            "calendars/cn.ics?lang=zh-CN&from=2025&to=2028",
            "calendars/cn.ics?lang=en&from=2025&to=2028",
            "calendars/us-federal.ics?lang=en&from=2025&to=2028",
            "calendars/post%3Abeijing.ics?lang=en&from=2025&to=2028");

    /** The validation asked for. */
    static final String VALIDATE = "posts/chengdu/validate?now=2026-02-20T10:00%2B08:00";

    private LoadRun() {
    }

    /**
     * Runs the load and exits with its status.
     *
     * @param args {@code [--requests N] [--clients C] [--url URL]}
     * @throws Exception if the server cannot start or a client thread is interrupted
     */
    public static void main(String[] args) throws Exception {
        // As in the command line's main: ical4j logs through SLF4J, which would warn that it has no provider.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        int requests = 20_000;
        int clients = 16;
        @Nullable String url = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--requests" -> requests = Integer.parseInt(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--url" -> url = args[i + 1];
                default -> {
                    System.err.println("LoadRun: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (args.length % 2 != 0 || requests < 1 || clients < 1) {
            System.err.println("LoadRun: usage: [--requests N] [--clients C] [--url http://127.0.0.1:PORT/]");
            System.exit(2);
        }
        System.exit(run(requests, clients, url, System.out));
    }

    /**
     * Runs the load against a server at {@code url}, or against a server of its own when null, and
     * prints the report.
     *
     * @return 0 when no request failed, 1 otherwise, 2 when the URL is not on the loopback interface
     */
    static int run(int requests, int clients, @Nullable String url, PrintStream out) throws Exception {
        ConsularKitServer own = null;
        URI base;
        if (url == null) {
            List<String> log = new ArrayList<>();
            own = ConsularKitServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Clock.systemUTC(),
                    line -> {
                        synchronized (log) {
                            log.add(line);
                        }
                    });
            base = own.uri();
        } else {
            base = URI.create(url.endsWith("/") ? url : url + "/");
            if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
                out.println("LoadRun: " + url + " is not on the loopback interface; this load runs on loopback only");
                return 2;
            }
        }
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            List<HttpRequest> kinds = new ArrayList<>();
            for (String feed : FEEDS) {
                kinds.add(HttpRequest.newBuilder(base.resolve(feed)).timeout(Duration.ofSeconds(60)).GET().build());
            }
            kinds.add(HttpRequest.newBuilder(base.resolve(VALIDATE)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(BOOKING, StandardCharsets.UTF_8)).build());
            byte[][] expected = new byte[kinds.size()][];
            for (int k = 0; k < kinds.size(); k++) {
                HttpResponse<byte[]> r = client.send(kinds.get(k), HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    out.println("LoadRun: " + kinds.get(k).uri() + " answered " + r.statusCode() + ": "
                            + new String(r.body(), StandardCharsets.UTF_8));
                    return 1;
                }
                expected[k] = r.body();
            }
            int warmUp = Math.min(2_000, requests / 10);
            if (warmUp > 0) {
                load(client, kinds, expected, warmUp, clients);
            }
            Result result = load(client, kinds, expected, requests, clients);
            report(out, base, requests, clients, warmUp, result);
            return result.errors.get() == 0 ? 0 : 1;
        } finally {
            if (own != null) {
                own.stop(Duration.ofSeconds(5));
            }
        }
    }

    /** The outcome of a load: sorted latencies in nanoseconds by kind (feed, validate), errors, wall time. */
    private static final class Result {
        final long[] feed;
        final long[] validate;
        final AtomicInteger errors;
        final ConcurrentLinkedQueue<String> failures;
        final long wallNanos;

        Result(long[] feed, long[] validate, AtomicInteger errors, ConcurrentLinkedQueue<String> failures,
                long wallNanos) {
            this.feed = feed;
            this.validate = validate;
            this.errors = errors;
            this.failures = failures;
            this.wallNanos = wallNanos;
        }
    }

    /** Sends {@code requests} requests from {@code clients} threads; request i is of kind i modulo 2. */
    private static Result load(HttpClient client, List<HttpRequest> kinds, byte[][] expected, int requests, int clients)
            throws InterruptedException {
        int validate = kinds.size() - 1;
        long[] latency = new long[requests];
        boolean[] isFeed = new boolean[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    int kind = i % 2 == 0 ? (i / 2) % validate : validate;
                    isFeed[i] = kind != validate;
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(kinds.get(kind), HttpResponse.BodyHandlers.ofByteArray());
                        latency[i] = System.nanoTime() - t0;
                        if (r.statusCode() != 200 || !Arrays.equals(r.body(), expected[kind])) {
                            fail(errors, failures, kinds.get(kind).uri() + ": status " + r.statusCode()
                                    + (r.statusCode() == 200 ? ", a different body" : ""));
                        }
                    } catch (IOException e) {
                        latency[i] = System.nanoTime() - t0;
                        fail(errors, failures, kinds.get(kind).uri() + ": " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        fail(errors, failures, "interrupted");
                        return;
                    }
                }
            }, "load-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long wall = System.nanoTime() - start;
        int feeds = 0;
        for (boolean f : isFeed) {
            feeds += f ? 1 : 0;
        }
        long[] feed = new long[feeds];
        long[] val = new long[requests - feeds];
        int a = 0;
        int b = 0;
        for (int i = 0; i < requests; i++) {
            if (isFeed[i]) {
                feed[a++] = latency[i];
            } else {
                val[b++] = latency[i];
            }
        }
        Arrays.sort(feed);
        Arrays.sort(val);
        return new Result(feed, val, errors, failures, wall);
    }

    private static void fail(AtomicInteger errors, ConcurrentLinkedQueue<String> failures, String what) {
        if (errors.incrementAndGet() <= 10) {
            failures.add(what);
        }
    }

    private static void report(PrintStream out, URI base, int requests, int clients, int warmUp, Result r) {
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "machine: %d processors, %s %s, %s %s, max heap %d MiB%n", rt.availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"), rt.maxMemory() / (1024 * 1024));
        out.printf(Locale.ROOT, "server: %s; %d requests (%d feeds, %d validations) from %d clients, after %d warm-up "
                + "requests%n", base, requests, r.feed.length, r.validate.length, clients, warmUp);
        double seconds = r.wallNanos / 1e9;
        out.printf(Locale.ROOT, "errors: %d%n", r.errors.get());
        r.failures.forEach(f -> out.println("  " + f));
        out.printf(Locale.ROOT, "wall time: %.2f s, throughput: %.0f requests/s%n", seconds, requests / seconds);
        long[] all = new long[requests];
        System.arraycopy(r.feed, 0, all, 0, r.feed.length);
        System.arraycopy(r.validate, 0, all, r.feed.length, r.validate.length);
        Arrays.sort(all);
        line(out, "all", all);
        line(out, "feed", r.feed);
        line(out, "validate", r.validate);
    }

    private static void line(PrintStream out, String name, long[] sorted) {
        if (sorted.length == 0) {
            return;
        }
        out.printf(Locale.ROOT, "latency %-8s p50 %7.2f ms, p90 %7.2f ms, p99 %7.2f ms, max %7.2f ms%n", name,
                ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    /** Returns a percentile (nearest rank) of sorted nanoseconds, in milliseconds. */
    private static double ms(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
