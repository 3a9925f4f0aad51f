package io.newsstream.enrich.stream;

import io.newsstream.enrich.core.clean.BoilerplateCounts;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * {@link BoilerplateCounts} over a window store of counts per key and bucket (a bucket is a tenth
 * of the window); a key's count over the window is the sum of its buckets there. Old buckets leave
 * with the store's retention, so the store stays bounded by the traffic of one window.
 */
final class WindowStoreCounts implements BoilerplateCounts {
    static final int BUCKETS_PER_WINDOW = 10;

    private final WindowStore<String, Long> store;
    private final long windowMs;
    private final long bucketMs;

    WindowStoreCounts(WindowStore<String, Long> store, long windowMs) {
        this.store = store;
        this.windowMs = windowMs;
        this.bucketMs = bucketMs(windowMs);
    }

    static long bucketMs(long windowMs) {
        return Math.max(1, windowMs / BUCKETS_PER_WINDOW);
    }

    @Override
    public long increment(String key, long timestampMs) {
        long bucketStart = timestampMs - Math.floorMod(timestampMs, bucketMs);
        Long current = store.fetch(key, bucketStart);
        store.put(key, current == null ? 1L : current + 1, bucketStart);
        return count(key, timestampMs);
    }

    @Override
    public long count(String key, long timestampMs) {
        long from = Math.max(0, timestampMs - windowMs + 1);
        long sum = 0;
        try (WindowStoreIterator<Long> it = store.fetch(key, from - Math.floorMod(from, bucketMs), timestampMs)) {
            while (it.hasNext()) {
                sum += it.next().value;
            }
        }
        return sum;
    }
}
