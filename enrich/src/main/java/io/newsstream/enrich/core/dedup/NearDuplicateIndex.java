package io.newsstream.enrich.core.dedup;

import java.util.List;

/**
 * Storage of the near-duplicate matcher: article sketches and the LSH buckets that point to them.
 * The batch mode keeps it in memory; a stream stage keeps it in a state store.
 */
public interface NearDuplicateIndex {
    /** Ids of articles filed under this band key, newest first, at most {@code limit} of them. */
    List<String> bucket(long bandKey, int limit);

    void addToBucket(long bandKey, String articleId);

    MinHashSketch sketch(String articleId);

    void putSketch(String articleId, MinHashSketch sketch);
}
