package org.consularkit.examples.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.consularkit.directory.Directory;

/**
 * The HTTP/1.1 server of {@code consularkit serve}: subscribable iCalendar feeds and the command
 * line's JSON answers (days, opening hours, slots, whom to call, booking validation) over HTTP, on
 * the JDK's own {@code com.sun.net.httpserver}. The endpoints are documented in {@code
 * docs/serve.md}; every body is the output of the command line for the same arguments, byte for
 * byte, because the server runs the same commands in-process.
 *
 * <pre>{@code
 * try (ConsularKitServer server = ConsularKitServer.start(
 *         new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Clock.systemUTC(), System.err::println)) {
 *     URI feed = server.uri().resolve("/calendars/cn.ics?lang=zh-CN");
 *     ...
 * }
 * }</pre>
 *
 * <h2>Limits</h2>
 * A fixed pool of {@value #THREADS} threads answers the requests, with a queue of at most
 * {@value #QUEUE} waiting exchanges (beyond that the thread that accepts connections answers the
 * request itself, which slows down accepting: back pressure, not unbounded memory). A request
 * body may have at most {@value #MAX_BODY_BYTES} bytes (413), a request target at most
 * {@value #MAX_TARGET_CHARS} characters (414), a range at most {@value #MAX_YEARS} years (400),
 * a slot search at most {@value #MAX_SLOTS} slots (400). Computed feeds are kept in memory, at
 * most {@value FeedCache#MAX_ENTRIES} of them and {@value FeedCache#MAX_BYTES} bytes.
 *
 * <h2>Log</h2>
 * One line per event, given to the log sink: the start, the stop, and every internal error (a
 * bug), with the id that the 500 response also carries. No stack trace reaches a client.
 *
 * <h2>Implementation Requirements</h2>
 * This class is thread-safe. It changes nothing in the process: no system property, no shutdown
 * hook, no default locale, time zone or clock (the {@code serve} command adds the shutdown hook).
 */
public final class ConsularKitServer implements AutoCloseable {

    /** The default port of {@code serve}. */
    public static final int DEFAULT_PORT = 8080;

    /** The default bind address of {@code serve}: the IPv4 loopback address. */
    public static final String DEFAULT_BIND = "127.0.0.1";

    /** The number of threads that answer requests. */
    public static final int THREADS = 8;

    /** The most exchanges that wait for a thread. */
    public static final int QUEUE = 256;

    /** The largest request body, in bytes: 64 KiB. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /** The longest request target (path and query), in characters. */
    public static final int MAX_TARGET_CHARS = 8 * 1024;

    /** The longest range of a feed or of {@code days}, in years. */
    public static final int MAX_YEARS = 200;

    /** The most slots one request may ask for. */
    public static final int MAX_SLOTS = 1000;

    /** The longest time {@link #close()} waits for the exchanges in progress. */
    public static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private static final String LOG = "consularkit serve: ";

    private final HttpServer server;
    private final HttpApi api;
    private final ThreadPoolExecutor executor;
    private final Consumer<String> log;
    private final InetSocketAddress address;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ConsularKitServer(HttpServer server, HttpApi api, ThreadPoolExecutor executor, Consumer<String> log) {
        this.server = server;
        this.api = api;
        this.executor = executor;
        this.log = log;
        this.address = server.getAddress();
    }

    /**
     * Starts a server on the library's calendars and directory.
     *
     * @param address the address and port to listen on (port 0: any free port), not null
     * @param clock the clock of the defaults that depend on the date ("now", the years of a feed),
     *     not null
     * @param log the sink of the log lines (without line end; called from several threads), not null
     * @return the running server, not null
     * @throws IOException if the server cannot listen on the address (e.g. the port is in use)
     */
    public static ConsularKitServer start(InetSocketAddress address, Clock clock, Consumer<String> log)
            throws IOException {
        return start(address, clock, log, new ConsularKitCli(CalendarRegistry.standard(), Directory::builtIn,
                InputStream.nullInputStream()));
    }

    /** Starts a server answering from a command line's calendars and directory. */
    static ConsularKitServer start(InetSocketAddress address, Clock clock, Consumer<String> log, ConsularKitCli cli)
            throws IOException {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(log, "log");
        HttpServer server = HttpServer.create(address, 0);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE), new Threads(), new ThreadPoolExecutor.CallerRunsPolicy());
        HttpApi api = new HttpApi(cli, clock, log);
        server.createContext("/", api);
        server.setExecutor(executor);
        server.start();
        ConsularKitServer s = new ConsularKitServer(server, api, executor, log);
        log.accept(LOG + "listening on " + s.uri() + " (" + THREADS + " threads)");
        return s;
    }

    /**
     * Returns the address the server listens on, with the port it was given (not 0).
     *
     * @return the address, not null
     */
    public InetSocketAddress address() {
        return address;
    }

    /**
     * Returns the base URI of the server, {@code http://HOST:PORT/}, with the literal address it
     * listens on.
     *
     * @return the URI, not null
     */
    public URI uri() {
        return URI.create("http://" + HomePage.authority(address) + "/");
    }

    /**
     * Stops the server: it answers new requests with 503 at once, lets the exchanges in progress
     * finish for at most {@code grace}, then stops listening, closes every connection and ends its
     * threads. Calling it again does nothing.
     *
     * @param grace the longest wait for the exchanges in progress, not negative, not null
     */
    public void stop(Duration grace) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative, but was " + grace);
        }
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        try {
            // HttpServer.stop(delay) of JDK 17 always waits the whole delay: wait for the exchanges in
            // progress here (new ones are answered 503), then stop at once.
            api.stopping();
            long deadline = System.nanoTime() + grace.toNanos();
            try {
                while (api.inFlight() > 0 && System.nanoTime() - deadline < 0) {
                    Thread.sleep(10);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int unfinished = api.inFlight();
            server.stop(0);
            executor.shutdownNow();
            try {
                executor.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            log.accept(LOG + "stopped" + (unfinished > 0 ? " (" + unfinished + " exchanges cut short)" : ""));
        } finally {
            stopped.countDown();
        }
    }

    /**
     * Tells whether {@link #stop(Duration)} has completed.
     *
     * @return true once the server is stopped
     */
    public boolean isStopped() {
        return stopped.getCount() == 0;
    }

    /**
     * Waits until the server is stopped (by {@link #stop(Duration)} from another thread).
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops the server, waiting at most {@link #CLOSE_GRACE} for the exchanges in progress. */
    @Override
    public void close() {
        stop(CLOSE_GRACE);
    }

    @Override
    public String toString() {
        return "ConsularKitServer[" + uri() + (isStopped() ? ", stopped" : "") + "]";
    }

    /** Names the request threads {@code consularkit-http-N}; daemons, so a forgotten server never blocks exit. */
    private static final class Threads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "consularkit-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
