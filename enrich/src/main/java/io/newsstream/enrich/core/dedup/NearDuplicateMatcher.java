package io.newsstream.enrich.core.dedup;

import io.newsstream.schemas.avro.DuplicateReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Near-duplicate detection with MinHash and locality-sensitive hashing: an article's band keys
 * find earlier articles that share a band; the most similar one that passes the
 * {@link NearDuplicateRule} is its original. A new article is filed under its band keys.
 */
public final class NearDuplicateMatcher {
    /** Newest ids read from one bucket. */
    static final int BUCKET_READ_LIMIT = 64;
    /** Candidates whose sketches are compared, best-ranked first. */
    static final int VERIFIED_CANDIDATES = 8;
    private final NearDuplicateIndex index;
    private final NearDuplicateRule rule;

    public NearDuplicateMatcher(NearDuplicateIndex index, NearDuplicateRule rule) {
        this.index = index;
        this.rule = rule;
    }

    /** Finds the original of this article, or files the article when it has none. */
    public Optional<DuplicateMatch> checkAndFile(String articleId, MinHashSketch sketch) {
        return checkAndFile(articleId, sketch, sketch.bandKeys(rule.bands()));
    }

    /**
     * As {@link #checkAndFile(String, MinHashSketch)} over some of the article's band keys only (a stream
     * shard holds the buckets of its share of the keys).
     */
    public Optional<DuplicateMatch> checkAndFile(String articleId, MinHashSketch sketch, long[] keys) {
        return checkAndFile(articleId, sketch, keys, (a, b) -> true);
    }

    /**
     * As {@link #checkAndFile(String, MinHashSketch, long[])}, comparing the article only with the candidates
     * {@code judged} accepts (given the candidate's id and sketch): a stream shard judges just the pairs it
     * is the arbiter of.
     */
    public Optional<DuplicateMatch> checkAndFile(String articleId, MinHashSketch sketch, long[] keys,
                                                 java.util.function.BiPredicate<String, MinHashSketch> judged) {
        Optional<DuplicateMatch> match = find(articleId, sketch, keys, judged);
        if (match.isEmpty()) {
            index.putSketch(articleId, sketch);
            for (long key : keys) {
                index.addToBucket(key, articleId);
            }
        }
        return match;
    }

    /**
     * Candidates are ranked by how many bands they share with the article (a near duplicate shares
     * many, an unrelated text on the same subject one or two); only the best-ranked few are verified,
     * and only the newest ids of a bucket are read, so the work per article stays bounded however
     * crowded the buckets get.
     */
    private Optional<DuplicateMatch> find(String articleId, MinHashSketch sketch, long[] keys,
                                          java.util.function.BiPredicate<String, MinHashSketch> judged) {
        Map<String, Integer> sharedBands = new HashMap<>();
        for (long key : keys) {
            for (String candidate : index.bucket(key, BUCKET_READ_LIMIT)) {
                if (!candidate.equals(articleId)) {
                    sharedBands.merge(candidate, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(sharedBands.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        String best = null;
        double bestSimilarity = -1;
        for (Map.Entry<String, Integer> candidate : ranked.subList(0, Math.min(VERIFIED_CANDIDATES, ranked.size()))) {
            MinHashSketch other = index.sketch(candidate.getKey());
            double similarity = other == null || !judged.test(candidate.getKey(), other) ? -1 : rule.similarity(sketch, other);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = candidate.getKey();
            }
        }
        return best == null || bestSimilarity < 0 ? Optional.empty()
                : Optional.of(new DuplicateMatch(best, DuplicateReason.NEAR, bestSimilarity));
    }
}
