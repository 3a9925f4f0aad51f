package io.newsstream.enrich.core.dedup;

/**
 * When two sketches are the same story: most shingles shared (an edited or re-filed copy), or the
 * smaller text almost wholly inside the larger (a truncated copy). Texts too short to judge never match.
 */
public record NearDuplicateRule(double minJaccard, double minContainment, int minShingles, int bands) {
    public static final NearDuplicateRule DEFAULT = new NearDuplicateRule(0.6, 0.85, 25, 32);

    public NearDuplicateRule {
        if (MinHashSketch.SIZE % bands != 0) {
            throw new IllegalArgumentException("bands must divide " + MinHashSketch.SIZE);
        }
    }

    /** When the two match, the larger of their Jaccard similarity and containment; -1 when they do not. */
    public double similarity(MinHashSketch a, MinHashSketch b) {
        if (a.shingles() < minShingles || b.shingles() < minShingles) {
            return -1;
        }
        double jaccard = a.jaccard(b);
        double containment = a.containment(b);
        return jaccard >= minJaccard || containment >= minContainment ? Math.max(jaccard, containment) : -1;
    }
}
