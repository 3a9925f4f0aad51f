package io.newsstream.enrich.core.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Pairwise dedup quality after the transitive closure of the predicted duplicate links. */
public record DedupScores(long predictedPairs, long goldPairs, long truePairs, int hardNegatives,
        int hardNegativesMerged, Map<String, int[]> recallByKind) {

    public double precision() {
        return predictedPairs == 0 ? 0 : truePairs / (double) predictedPairs;
    }

    public double recall() {
        return goldPairs == 0 ? 0 : truePairs / (double) goldPairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A figure by name, for floors: precision, recall, f1, hard-negatives-merged. */
    public double get(String figure) {
        return switch (figure) {
            case "precision" -> precision();
            case "recall" -> recall();
            case "f1" -> f1();
            case "hard-negatives-merged" -> hardNegativesMerged;
            default -> throw new IllegalArgumentException("unknown figure " + figure);
        };
    }

    public String format(String name) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: pairwise precision %.3f recall %.3f F1 %.3f (pairs predicted %d, gold %d, "
                + "true %d); hard negatives merged %d of %d%n", name, precision(), recall(), f1(), predictedPairs,
                goldPairs, truePairs, hardNegativesMerged, hardNegatives));
        new TreeMap<>(recallByKind).forEach((kind, hit) -> out.append(String.format(Locale.ROOT,
                "  %-28s copies found %4d of %4d%n", kind, hit[0], hit[1])));
        return out.toString();
    }
}
