package io.newsstream.app.pipelinebench;

import io.newsstream.ingest.ArticlePublisher;
import io.newsstream.schemas.avro.RawArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends generated articles through the ingest publisher (idempotent producer, acks=all), either as
 * fast as the producer takes them or at a fixed offered rate. Articles are generated before the
 * clock starts ({@link #generate}), so the generator's CPU is not part of what is measured. The
 * producer stamps each record with its send time, from which latencies are measured downstream.
 */
public final class LoadDriver {
    private final ArticlePublisher publisher;
    private final SyntheticArticles articles;
    private final AtomicLong failures = new AtomicLong();

    public LoadDriver(ArticlePublisher publisher, SyntheticArticles articles) {
        this.publisher = publisher;
        this.articles = articles;
    }

    /** Articles {@code [from, from + count)} of the generator, made now. */
    public List<RawArticle> generate(long from, long count) {
        List<RawArticle> out = new ArrayList<>((int) count);
        for (long i = from; i < from + count; i++) {
            out.add(articles.article(i));
        }
        return out;
    }

    /** Sends the articles back to back. */
    public void burst(List<RawArticle> batch) {
        for (RawArticle article : batch) {
            send(article);
        }
        publisher.flush();
    }

    /** Sends the articles at {@code perSecond}, on a fixed schedule (no catch-up skipping). */
    public void paced(List<RawArticle> batch, int perSecond) {
        long start = System.nanoTime();
        long intervalNanos = 1_000_000_000L / perSecond;
        for (int n = 0; n < batch.size(); n++) {
            long due = start + n * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            send(batch.get(n));
        }
        publisher.flush();
    }

    private void send(RawArticle article) {
        publisher.publish(article).ack().whenComplete((metadata, error) -> {
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
