package io.newsstream.enrich.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link NearDuplicateIndex} in hash maps, for the batch mode and tests. Not thread-safe; unbounded. */
public final class InMemoryNearDuplicateIndex implements NearDuplicateIndex {
    private final Map<Long, List<String>> buckets = new HashMap<>();
    private final Map<String, MinHashSketch> sketches = new HashMap<>();

    @Override
    public List<String> bucket(long bandKey, int limit) {
        List<String> ids = buckets.getOrDefault(bandKey, List.of());
        List<String> newest = new ArrayList<>(Math.min(limit, ids.size()));
        for (int i = ids.size() - 1; i >= 0 && newest.size() < limit; i--) {
            newest.add(ids.get(i));
        }
        return newest;
    }

    @Override
    public void addToBucket(long bandKey, String articleId) {
        buckets.computeIfAbsent(bandKey, k -> new ArrayList<>(2)).add(articleId);
    }

    @Override
    public MinHashSketch sketch(String articleId) {
        return sketches.get(articleId);
    }

    @Override
    public void putSketch(String articleId, MinHashSketch sketch) {
        sketches.put(articleId, sketch);
    }
}
