package org.consularkit.examples.cli;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.directory.Post;

/**
 * The server's home page, {@code GET /}: every holiday feed with its subscribe links ({@code
 * webcal://} and {@code https://}, English and Chinese) and a download link, then the endpoints of
 * the API with an example of each.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class HomePage {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:62em;margin:2em auto;"
            + "padding:0 1em;line-height:1.45}table{border-collapse:collapse;margin:1em 0}"
            + "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}"
            + "code{font-size:90%}";

    /** The endpoints of the API: method and path, what it answers, an example. */
    private static final List<String[]> ENDPOINTS = List.of(
            new String[] {"GET /calendars", "The calendars: ids, names, years, the status of each year (JSON).",
                "/calendars"},
            new String[] {"GET /calendars/{id}.ics?lang=en|zh-CN&from=YYYY&to=YYYY",
                "The iCalendar feed, the bytes of <code>consularkit ics</code>; ETag, Last-Modified, "
                        + "conditional GET, Cache-Control of the feed's refresh interval.",
                "/calendars/cn.ics?lang=zh-CN&from=2026&to=2026"},
            new String[] {"GET /calendars/{id}/days?from=DATE&to=DATE&lang=&format=json|csv",
                "One row per date: day type, holiday names, status (<code>consularkit days</code>).",
                "/calendars/cn/days?from=2026-02-13&to=2026-02-28"},
            new String[] {"GET /posts/{id}/hours?at=MOMENT&lang=",
                "Whether the post's office is open, why, and the next change (<code>consularkit hours</code>).",
                "/posts/shanghai/hours?at=2026-02-17T10:00%2B08:00"},
            new String[] {"GET /posts/{id}/slots?service=CODE&from=MOMENT&count=N",
                "The next appointment slots (<code>consularkit slots</code>).",
                "/posts/chengdu/slots?service=PASSPORT&from=2026-02-13T09:00%2B08:00&count=3"},
            new String[] {"GET /posts/{id}/call?at=MOMENT&from=CN|US&situation=S&lang=",
                "Whom to call, most urgent first, dialled from CN or US (<code>consularkit call</code>).",
                "/posts/shanghai/call?at=2026-02-17T22:00%2B08:00&from=US&situation=arrest"},
            new String[] {"POST /posts/{id}/validate?now=MOMENT&lang=",
                "A booking (<code>application/json</code>) in, the validation report out "
                        + "(<code>consularkit validate</code>).", ""});

    private HomePage() {
    }

    /**
     * Returns the page, UTF-8.
     *
     * @param cli the command line whose calendars and posts are listed
     * @param host the host (and port) of the absolute links, already checked to be a host name or
     *     address with an optional port
     */
    static byte[] html(ConsularKitCli cli, String host) {
        StringBuilder sb = new StringBuilder(16_384);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>ConsularKit: holiday feeds and API</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>ConsularKit</h1>\n")
                .append("<p>Holiday calendars, opening hours, booking rules and emergency contacts of the US Mission in "
                        + "China, from the ConsularKit library ").append(esc(ConsularKitCli.version()))
                .append(". Every answer is the output of the <code>consularkit</code> command line for the same "
                        + "arguments.</p>\n");

        sb.append("<h2>Subscribe to a holiday feed</h2>\n")
                .append("<p><b>Google Calendar</b>: Other calendars, <i>From URL</i>, paste the https link (Google "
                        + "accepts https only, not webcal). <b>Apple Calendar</b>: click the webcal link, or <i>File, "
                        + "New Calendar Subscription</i> with it. <b>Outlook</b>: <i>Add calendar, Subscribe from "
                        + "web</i>, paste the https link. The webcal and https links assume that this server is "
                        + "published behind a TLS reverse proxy at <code>").append(esc(host))
                .append("</code>; the download link works without one.</p>\n")
                .append("<p>Without <code>from</code> and <code>to</code> a feed covers last year to two years ahead, "
                        + "and moves on every 1 January; add <code>&amp;from=2007&amp;to=2030</code> for fixed years. "
                        + "Calendar applications fetch a feed again about once a day.</p>\n")
                .append("<table>\n<tr><th>Calendar</th><th>Years</th><th>English</th><th>中文</th></tr>\n");
        for (String id : cli.calendars().ids()) {
            HolidayCalendar c = cli.calendars().get(id);
            sb.append("<tr><td>").append(esc(c.displayName().english())).append("<br>")
                    .append(esc(c.displayName().chinese())).append("<br><code>").append(esc(id)).append("</code></td><td>")
                    .append(c.firstYear()).append("–").append(c.lastYear()).append("</td>");
            for (String lang : List.of("en", "zh-CN")) {
                String path = "/calendars/" + encode(id) + ".ics?lang=" + lang;
                sb.append("<td><a href=\"").append(esc("webcal://" + host + path)).append("\">webcal</a> · ")
                        .append("<a href=\"").append(esc("https://" + host + path)).append("\">https</a> · ")
                        .append("<a href=\"").append(esc(path)).append("\">download</a></td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");

        sb.append("<h2>API</h2>\n<p>Query values are percent-encoded UTF-8; a <code>+</code> is a plus sign (an "
                        + "offset such as <code>+08:00</code> may be written as it is). Without <code>at</code> "
                        + "(<code>from</code> of slots, <code>now</code> of validate) the moment is now; slots "
                        + "without <code>count</code> gives 10. Errors are <code>application/problem+json</code> "
                        + "(RFC 9457) with the command line's message.</p>\n")
                .append("<table>\n<tr><th>Endpoint</th><th>Answer</th><th>Example</th></tr>\n");
        for (String[] e : ENDPOINTS) {
            sb.append("<tr><td><code>").append(esc(e[0])).append("</code></td><td>").append(e[1]).append("</td><td>");
            if (!e[2].isEmpty()) {
                sb.append("<a href=\"").append(esc(e[2])).append("\">").append(esc(e[2].replace("%2B", "+")))
                        .append("</a>");
            } else {
                sb.append("<code>curl -H 'Content-Type: application/json' --data-binary @booking.json "
                        + "'http://").append(esc(host)).append("/posts/chengdu/validate?now=2026-02-20T10:00%2B08:00'</code>");
            }
            sb.append("</td></tr>\n");
        }
        sb.append("</table>\n<p>Posts: ")
                .append(cli.directory().posts().stream().map(Post::id).map(HomePage::esc)
                        .map(p -> "<code>" + p + "</code>").collect(Collectors.joining(", ")))
                .append(". Calendar ids: ")
                .append(cli.calendars().ids().stream().map(HomePage::esc).map(i -> "<code>" + i + "</code>")
                        .collect(Collectors.joining(", ")))
                .append(". The reference is <code>docs/serve.md</code> in the ConsularKit repository.</p>\n")
                .append("</body>\n</html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Returns a calendar id as a path segment: {@code post:beijing} is {@code post%3Abeijing}. */
    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Returns the authority {@code host:port} of a socket address, an IPv6 address in brackets. */
    static String authority(InetSocketAddress address) {
        String host = address.getAddress() == null ? address.getHostString() : address.getAddress().getHostAddress();
        if (address.getAddress() instanceof Inet6Address) {
            int zone = host.indexOf('%');
            host = "[" + (zone < 0 ? host : host.substring(0, zone)) + "]";
        }
        return host + ":" + address.getPort();
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
