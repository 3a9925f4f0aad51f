package io.newsstream.ingest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Articles per second per client (an API key's name, or the client address without keys): a token
 * bucket per client (Bucket4j) refilled at the rate, holding two seconds' worth or one full batch,
 * whichever is more. Buckets of clients idle for ten minutes are forgotten.
 */
final class RateLimits {
    private final int perSecond;
    private final long capacity;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    /** @param perSecond articles per second; 0 for no limit */
    RateLimits(int perSecond, int maxBatch) {
        this.perSecond = perSecond;
        this.capacity = Math.max(2L * perSecond, maxBatch);
    }

    /** Takes {@code articles} tokens from the client's bucket: empty when allowed, else seconds to wait before retrying. */
    OptionalLong take(String client, int articles) {
        if (perSecond == 0) {
            return OptionalLong.empty();
        }
        Bucket bucket = buckets.get(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(Math.max(1, articles));
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }
}
