package io.newsstream.enrich.core;

import io.newsstream.schemas.avro.EnrichedArticle;

/** Hears of each line a {@link BatchEnricher} handles, e.g. for the CLI's progress display. */
public interface BatchListener {
    BatchListener NONE = new BatchListener() {};

    /** A valid line was enriched and written ({@code duplicateOf} set for a duplicate). */
    default void enriched(long lineNumber, EnrichedArticle article) {}

    /** A line was rejected and not written. */
    default void rejected(Rejection rejection) {}
}
