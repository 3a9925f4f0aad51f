package io.newsstream.enrich.core.clean;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link BoilerplateCounts} in a map, with the window as two half-window buckets (a count covers
 * between one half and one whole window); keys not touched for a whole window are pruned when the
 * map grows. Not thread-safe: one per batch run.
 */
public final class InMemoryBoilerplateCounts implements BoilerplateCounts {
    private static final int PRUNE_ABOVE = 200_000;

    private final long bucketMs;
    private final Map<String, long[]> buckets = new HashMap<>();
    private int pruneAt = PRUNE_ABOVE;

    /** @param windowMs the learning window */
    public InMemoryBoilerplateCounts(long windowMs) {
        this.bucketMs = Math.max(1, windowMs / 2);
    }

    @Override
    public long increment(String key, long timestampMs) {
        long bucket = Math.floorDiv(timestampMs, bucketMs);
        long[] b = roll(buckets.computeIfAbsent(key, k -> new long[] {bucket, 0, 0}), bucket);
        b[1]++;
        if (buckets.size() > pruneAt) {
            prune(bucket);
        }
        return b[1] + b[2];
    }

    @Override
    public long count(String key, long timestampMs) {
        long[] b = buckets.get(key);
        if (b == null) {
            return 0;
        }
        long bucket = Math.floorDiv(timestampMs, bucketMs);
        return bucket == b[0] ? b[1] + b[2] : bucket == b[0] + 1 ? b[1] : 0;
    }

    /** [bucket, current count, previous bucket's count], moved forward to the given bucket. */
    private static long[] roll(long[] b, long bucket) {
        if (bucket > b[0]) {
            b[2] = bucket == b[0] + 1 ? b[1] : 0;
            b[1] = 0;
            b[0] = bucket;
        }
        return b;
    }

    private void prune(long bucket) {
        buckets.values().removeIf(b -> b[0] < bucket - 1);
        pruneAt = Math.max(PRUNE_ABOVE, buckets.size() * 2);
    }
}
