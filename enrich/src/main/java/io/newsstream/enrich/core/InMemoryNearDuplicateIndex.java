package io.newsstream.enrich.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link NearDuplicateIndex} in hash maps, for the batch mode and tests. Not thread-safe; unbounded. */
public final class InMemoryNearDuplicateIndex implements NearDuplicateIndex {
    private final Map<Long, List<String>> buckets = new HashMap<>();
    private final Map<String, MinHashSketch> sketches = new HashMap<>();

    @Override
    public List<String> bucket(long bandKey) {
        return buckets.getOrDefault(bandKey, List.of());
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
