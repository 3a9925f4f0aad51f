package io.newsstream.enrich.core.dedup;

/** Remembers which article first carried a dedup key (a URL or content key); backed by memory or a state store. */
public interface DedupIndex {
    /** The id of the article that first carried the key, or null. */
    String get(String key);

    void put(String key, String articleId);
}
