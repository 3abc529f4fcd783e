package org.consularkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve [--port 8080] [--bind 127.0.0.1]}: the answers of the command line over HTTP, from
 * a {@link ConsularKitServer}, until the process receives SIGINT or SIGTERM.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli creates one instance per run and sets its option fields. A run changes
 * the process: it adds a shutdown hook, and sets the JDK HTTP server's limits (system properties
 * {@code sun.net.httpserver.*}, only those not set already) before it starts the server.
 */
@Command(name = "serve",
        description = "An HTTP/1.1 server of subscribable iCalendar feeds and of the JSON answers of days, hours, "
                + "slots, call and validate, until SIGINT (Ctrl-C) or SIGTERM.",
        footerHeading = "%nEndpoints (see docs/serve.md):%n",
        footer = {
            "  GET  /                                    the feeds with subscribe links, and the endpoints",
            "  GET  /calendars                           the calendars (JSON)",
            "  GET  /calendars/{id}.ics?lang=&from=&to=  the feed of ics (ETag, conditional GET)",
            "  GET  /calendars/{id}/days?from=&to=&lang=&format=json|csv",
            "  GET  /posts/{id}/hours?at=&lang=",
            "  GET  /posts/{id}/slots?service=&from=&count=",
            "  GET  /posts/{id}/call?at=&from=CN|US&situation=&lang=",
            "  POST /posts/{id}/validate?now=&lang=      a booking (application/json) in, the report out",
            "Bodies are the command line's output for the same arguments; errors are",
            "application/problem+json with its message. Plain HTTP: put a TLS reverse proxy in front",
            "before exposing it beyond the loopback interface. The log (start, stop, internal",
            "errors with their id) goes to stderr."},
        exitCodeList = {"0:stopped by SIGINT or SIGTERM",
            "2:bad usage, or the server cannot listen on the address (message on stderr)"})
final class ServeCommand extends CliCommand {

    /** The longest wait for the exchanges in progress when the process is asked to stop. */
    static final Duration GRACE = Duration.ofSeconds(5);

    /**
     * The limits of the JDK's HTTP server, set when the process has not set them: request headers
     * at most 16 KiB and 100 lines, a request must arrive within 30 seconds and a response be sent
     * within 120, at most 1,000 connections.
     */
    static final Map<String, String> HTTP_SERVER_LIMITS = Map.of(
            "sun.net.httpserver.maxReqHeaderSize", "16384",
            "sun.net.httpserver.maxReqHeaders", "100",
            "sun.net.httpserver.maxReqTime", "30",
            "sun.net.httpserver.maxRspTime", "120",
            "jdk.httpserver.maxConnections", "1000");

    @Option(names = "--port", paramLabel = "PORT",
            description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port = ConsularKitServer.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, the loopback interface only; "
                    + "0.0.0.0 for every interface).")
    private String bind = ConsularKitServer.DEFAULT_BIND;

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            throw usage("--port must be from 0 to 65535, but was " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new BadInputException("Cannot listen on '" + Messages.excerpt(bind) + "': unknown host");
        }
        HTTP_SERVER_LIMITS.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
        PrintWriter err = err();
        ConsularKitCli cli = new ConsularKitCli(calendars(), this::directory, InputStream.nullInputStream());
        ConsularKitServer server;
        try {
            server = ConsularKitServer.start(new InetSocketAddress(address, port), Clock.systemUTC(), line -> {
                synchronized (err) {
                    err.write(line + "\n");
                    err.flush();
                }
            }, cli);
        } catch (IOException e) {
            throw new BadInputException("Cannot listen on " + HomePage.authority(new InetSocketAddress(address, port))
                    + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        }
        if (!address.isLoopbackAddress()) {
            synchronized (err) {
                err.write("consularkit serve: note: listening beyond the loopback interface over plain HTTP; put a TLS "
                        + "reverse proxy in front (docs/serve.md)\n");
                err.flush();
            }
        }
        Thread hook = new Thread(() -> server.stop(GRACE), "consularkit-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            server.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop(GRACE);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The process is shutting down: the hook is running or has run.
        }
        return ConsularKitCli.OK;
    }
}
