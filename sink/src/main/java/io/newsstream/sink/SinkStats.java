package io.newsstream.sink;

/**
 * Totals committed by one sink instance since it started: rows written per table and transactions.
 * A snapshot; take another to see progress.
 */
public record SinkStats(long articles, long duplicates, long rejects, long batches) {

    /** Records consumed and committed: articles, duplicates and rejects. */
    public long records() {
        return articles + duplicates + rejects;
    }
}
