package io.newsstream.enrich.core.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * How well stated probabilities match outcomes: each prediction (its probability, whether it was right)
 * falls into one of {@value #BINS} equal-width bins; a bin's accuracy should equal its mean probability.
 * The expected calibration error is the article-weighted mean of |accuracy − mean probability| over the bins.
 * Not thread-safe.
 */
public final class Calibration {
    public static final int BINS = 10;
    private final long[] count = new long[BINS];
    private final long[] right = new long[BINS];
    private final double[] probability = new double[BINS];

    /** One prediction with probability {@code p} (clamped to [0, 1]) that was right or not. */
    public void add(double p, boolean wasRight) {
        double q = Math.max(0, Math.min(1, p));
        int b = Math.min(BINS - 1, (int) (q * BINS));
        count[b]++;
        right[b] += wasRight ? 1 : 0;
        probability[b] += q;
    }

    /** One row of the reliability table. */
    public record Bin(double from, double to, long predictions, double meanProbability, double accuracy) {}

    /** The non-empty bins, lowest probability first. */
    public List<Bin> bins() {
        List<Bin> out = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                out.add(new Bin((double) b / BINS, (double) (b + 1) / BINS, count[b], probability[b] / count[b],
                        (double) right[b] / count[b]));
            }
        }
        return out;
    }

    public long predictions() {
        long n = 0;
        for (long c : count) {
            n += c;
        }
        return n;
    }

    /** Expected calibration error; 0 without predictions. */
    public double expectedError() {
        long n = predictions();
        double sum = 0;
        for (Bin b : bins()) {
            sum += (double) b.predictions() / n * Math.abs(b.accuracy() - b.meanProbability());
        }
        return n == 0 ? 0 : sum;
    }
}
