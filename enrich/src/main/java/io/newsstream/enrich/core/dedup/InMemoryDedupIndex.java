package io.newsstream.enrich.core.dedup;

import java.util.concurrent.ConcurrentHashMap;

/** A {@link DedupIndex} in a hash map, for the batch mode and tests. Thread-safe; unbounded. */
public final class InMemoryDedupIndex implements DedupIndex {
    private final ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();

    @Override
    public String get(String key) {
        return map.get(key);
    }

    @Override
    public void put(String key, String articleId) {
        map.put(key, articleId);
    }

    public int size() {
        return map.size();
    }
}
