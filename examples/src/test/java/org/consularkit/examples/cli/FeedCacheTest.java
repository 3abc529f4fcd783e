package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedCacheTest {

    private static FeedCache.Key key(int i) {
        return new FeedCache.Key("cn", "en", Integer.toString(2000 + i), Integer.toString(2000 + i));
    }

    private static FeedCache.Feed feed(int bytes) {
        return new FeedCache.Feed(new byte[bytes], "\"x\"");
    }

    @Test
    void keepsAtMostMaxEntriesDroppingTheLeastRecentlyUsed() {
        FeedCache cache = new FeedCache();
        for (int i = 0; i < FeedCache.MAX_ENTRIES; i++) {
            cache.put(key(i), feed(10));
        }
        assertThat(cache.get(key(0))).isPresent();   // now the most recently used
        cache.put(key(FeedCache.MAX_ENTRIES), feed(10));
        assertThat(cache.size()).isEqualTo(FeedCache.MAX_ENTRIES);
        assertThat(cache.get(key(0))).isPresent();
        assertThat(cache.get(key(1))).isEmpty();
        assertThat(cache.get(key(FeedCache.MAX_ENTRIES))).isPresent();
    }

    @Test
    void keepsAtMostMaxBytes() {
        FeedCache cache = new FeedCache();
        int third = (int) (FeedCache.MAX_BYTES / 3);
        cache.put(key(0), feed(third));
        cache.put(key(1), feed(third));
        cache.put(key(2), feed(third));
        assertThat(cache.size()).isEqualTo(3);
        cache.put(key(3), feed(third));
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get(key(0))).isEmpty();
        // Replacing a feed counts its new size only.
        cache.put(key(3), feed(third));
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void feedLargerThanTheLimitIsNotKept() {
        FeedCache cache = new FeedCache();
        cache.put(key(0), feed(10));
        cache.put(key(1), feed((int) FeedCache.MAX_BYTES + 1));
        assertThat(cache.get(key(1))).isEmpty();
        assertThat(cache.get(key(0))).isPresent();
    }
}
