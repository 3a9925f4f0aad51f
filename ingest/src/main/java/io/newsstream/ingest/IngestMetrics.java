package io.newsstream.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The ingest meters for one channel ({@code http} or {@code cli}): articles accepted and rejected,
 * and, for HTTP, request latency by status. In Prometheus text they read
 * {@code newsstream_ingest_articles_accepted_total{channel="http"}} and so on.
 */
public final class IngestMetrics {
    public static final String ACCEPTED = "newsstream.ingest.articles.accepted";
    public static final String REJECTED = "newsstream.ingest.articles.rejected";
    public static final String LATENCY = "newsstream.ingest.request.latency";
    public static final String UNAUTHORIZED = "newsstream.ingest.requests.unauthorized";
    public static final String RATE_LIMITED = "newsstream.ingest.requests.rate.limited";
    public static final String REPLAYED = "newsstream.ingest.requests.replayed";
    public static final String CHANNEL_HTTP = "http";
    public static final String CHANNEL_CLI = "cli";

    private final MeterRegistry registry;
    private final String channel;
    private final Counter accepted;
    private final Counter rejected;

    public IngestMetrics(MeterRegistry registry, String channel) {
        this.registry = registry;
        this.channel = channel;
        this.accepted = Counter.builder(ACCEPTED).description("Articles published to the raw topic")
                .tag("channel", channel).register(registry);
        this.rejected = Counter.builder(REJECTED).description("Articles refused as invalid")
                .tag("channel", channel).register(registry);
    }

    public void accepted(int count) {
        accepted.increment(count);
    }

    public void rejected(int count) {
        rejected.increment(count);
    }

    /** A request refused for a missing or unknown API key. */
    public void unauthorized() {
        Counter.builder(UNAUTHORIZED).description("Requests refused for a missing or unknown API key")
                .tag("channel", channel).register(registry).increment();
    }

    /** A request refused with 429 for exceeding its client's rate. */
    public void rateLimited() {
        Counter.builder(RATE_LIMITED).description("Requests refused for exceeding the client's rate limit")
                .tag("channel", channel).register(registry).increment();
    }

    /** A request answered from the Idempotency-Key store, publishing nothing. */
    public void replayed() {
        Counter.builder(REPLAYED).description("Requests answered again from their Idempotency-Key, publishing nothing")
                .tag("channel", channel).register(registry).increment();
    }

    public Timer latency(int status) {
        return Timer.builder(LATENCY).description("Time to answer an ingest request")
                .tag("channel", channel).tag("status", Integer.toString(status))
                .publishPercentileHistogram(false)
                .register(registry);
    }
}
