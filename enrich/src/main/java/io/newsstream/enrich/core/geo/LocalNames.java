package io.newsstream.enrich.core.geo;

import java.util.Map;

/**
 * The place names that are names only in articles in one language ("Andalusien", "Херсонской области", "mer Noire"),
 * keyed by their folded phrase key, and the longest such name per first token. Immutable.
 */
final class LocalNames {
    private final Map<String, int[]> phrases;
    private final Map<String, Integer> maxLength;

    LocalNames(Map<String, int[]> phrases) {
        this.phrases = Map.copyOf(phrases);
        this.maxLength = Map.copyOf(GazetteerWeights.maxLengthByFirstToken(phrases.keySet()));
    }

    /** Candidate references of a folded phrase key, or null. */
    int[] candidates(String key) {
        return phrases.get(key);
    }

    /** The longest name (in tokens) starting with this token key, 0 when none does. */
    int maxLength(String firstTokenKey) {
        return maxLength.getOrDefault(firstTokenKey, 0);
    }
}
