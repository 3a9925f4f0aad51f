package io.newsstream.enrich.core;

import java.util.List;

/**
 * The outcome of a batch run: non-blank lines read, articles enriched and written (duplicates
 * included), how many of them were duplicates, lines rejected, and the rejections in input order.
 */
public record BatchSummary(long read, long enriched, long duplicates, long rejected, List<Rejection> rejections) {
    public BatchSummary {
        rejections = List.copyOf(rejections);
    }
}
