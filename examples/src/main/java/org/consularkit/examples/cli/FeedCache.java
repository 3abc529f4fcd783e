package org.consularkit.examples.cli;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The feeds the server has computed, by the arguments of {@code ics}, least recently used first
 * out: at most {@value #MAX_ENTRIES} feeds and {@value #MAX_BYTES} bytes. A feed depends only on
 * its arguments and the data, so a kept feed is the feed the command would print again.
 *
 * <h2>Implementation Requirements</h2>
 * This class is thread-safe (every method holds the instance's lock). Two threads that miss the
 * same key both compute the feed; the second one's copy replaces the first one's, with the same bytes.
 */
final class FeedCache {

    /** The most feeds kept. */
    static final int MAX_ENTRIES = 64;

    /** The most bytes of feeds kept: 64 MiB (the largest feed, 101 years of a post in Chinese, is about 2 MB). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** The arguments of {@code ics}, as the request gave them. */
    record Key(String calendar, String lang, String fromYear, String toYear) {
    }

    /** A computed feed: its bytes (never modified) and its entity tag. */
    static final class Feed {
        private final byte[] bytes;
        private final String etag;

        Feed(byte[] bytes, String etag) {
            this.bytes = bytes;
            this.etag = etag;
        }

        /** Returns the bytes of the feed, shared: not to be modified. */
        byte[] bytes() {
            return bytes;
        }

        /** Returns the entity tag, with its quotes. */
        String etag() {
            return etag;
        }
    }

    private final Map<Key, Feed> feeds = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    /** Returns the feed kept for a key, if any, and marks it as used. */
    synchronized Optional<Feed> get(Key key) {
        return Optional.ofNullable(feeds.get(key));
    }

    /** Keeps a feed, dropping the least recently used ones beyond the limits; a feed larger than all of them is not kept. */
    synchronized void put(Key key, Feed feed) {
        if (feed.bytes().length > MAX_BYTES) {
            return;
        }
        Feed old = feeds.put(key, feed);
        bytes += feed.bytes().length - (old == null ? 0 : old.bytes().length);
        Iterator<Feed> eldest = feeds.values().iterator();
        while (feeds.size() > MAX_ENTRIES || bytes > MAX_BYTES) {
            bytes -= eldest.next().bytes().length;
            eldest.remove();
        }
    }

    /** Returns the number of feeds kept. */
    synchronized int size() {
        return feeds.size();
    }
}
