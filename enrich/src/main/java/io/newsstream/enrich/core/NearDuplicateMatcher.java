package io.newsstream.enrich.core;

import io.newsstream.schemas.avro.DuplicateReason;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Near-duplicate detection with MinHash and locality-sensitive hashing: an article's band keys
 * find earlier articles that share a band; the most similar one that passes the
 * {@link NearDuplicateRule} is its original. A new article is filed under its band keys.
 */
public final class NearDuplicateMatcher {
    private final NearDuplicateIndex index;
    private final NearDuplicateRule rule;

    public NearDuplicateMatcher(NearDuplicateIndex index, NearDuplicateRule rule) {
        this.index = index;
        this.rule = rule;
    }

    /** Finds the original of this article, or files the article when it has none. */
    public Optional<DuplicateMatch> checkAndFile(String articleId, MinHashSketch sketch) {
        long[] keys = sketch.bandKeys(rule.bands());
        Optional<DuplicateMatch> match = find(articleId, sketch, keys);
        if (match.isEmpty()) {
            index.putSketch(articleId, sketch);
            for (long key : keys) {
                index.addToBucket(key, articleId);
            }
        }
        return match;
    }

    private Optional<DuplicateMatch> find(String articleId, MinHashSketch sketch, long[] keys) {
        Set<String> seen = new HashSet<>();
        String best = null;
        double bestSimilarity = -1;
        for (long key : keys) {
            for (String candidate : index.bucket(key)) {
                if (candidate.equals(articleId) || !seen.add(candidate)) {
                    continue;
                }
                MinHashSketch other = index.sketch(candidate);
                double similarity = other == null ? -1 : rule.similarity(sketch, other);
                if (similarity > bestSimilarity) {
                    bestSimilarity = similarity;
                    best = candidate;
                }
            }
        }
        return best == null || bestSimilarity < 0 ? Optional.empty()
                : Optional.of(new DuplicateMatch(best, DuplicateReason.NEAR, bestSimilarity));
    }
}
