package io.newsstream.app.bench;

import io.newsstream.ingest.ArticlePublisher;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends generated articles through the ingest publisher (idempotent producer, acks=all), either as
 * fast as the producer takes them or at a fixed offered rate. The producer stamps each record
 * with its send time, from which latencies are measured downstream.
 */
public final class LoadDriver {
    private final ArticlePublisher publisher;
    private final SyntheticArticles articles;
    private final AtomicLong failures = new AtomicLong();

    public LoadDriver(ArticlePublisher publisher, SyntheticArticles articles) {
        this.publisher = publisher;
        this.articles = articles;
    }

    /** Sends articles {@code [from, from + count)} back to back. */
    public void burst(long from, long count) {
        for (long i = from; i < from + count; i++) {
            send(i);
        }
        publisher.flush();
    }

    /** Sends articles {@code [from, from + count)} at {@code perSecond}, on a fixed schedule (no catch-up skipping). */
    public void paced(long from, long count, int perSecond) {
        long start = System.nanoTime();
        long intervalNanos = 1_000_000_000L / perSecond;
        for (long n = 0; n < count; n++) {
            long due = start + n * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            send(from + n);
        }
        publisher.flush();
    }

    private void send(long index) {
        publisher.publish(articles.article(index)).ack().whenComplete((metadata, error) -> {
            if (error != null) {
                failures.incrementAndGet();
            }
        });
    }

    /** Sends the broker refused. */
    public long failures() {
        return failures.get();
    }
}
