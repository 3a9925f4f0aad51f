package io.newsstream.enrich.core.topics;

import java.util.Random;

/**
 * Binary linear SVM with squared hinge loss and L2 regularisation, trained by dual coordinate
 * descent (Hsieh et al., ICML 2008; the liblinear default solver) over sparse rows, with a
 * regularised bias as an extra constant feature. Stateless.
 */
final class LinearSvm {
    private LinearSvm() {}

    /**
     * @param rows    per example its feature rows (ascending) and values
     * @param labels  per example whether it is positive
     * @param dim     number of feature rows
     * @param costPositive C of the positive examples (class weighting), {@code costNegative} of the others
     * @return weights of length {@code dim + 1}; the last is the bias
     */
    static double[] train(int[][] rows, float[][] values, boolean[] labels, int[] subset, int dim, double costPositive,
                          double costNegative, int maxEpochs, double eps, long seed) {
        int n = subset.length;
        double[] w = new double[dim + 1];
        double[] alpha = new double[n];
        double[] diag = new double[n];
        double[] qd = new double[n];
        for (int s = 0; s < n; s++) {
            double sq = 1;
            for (float v : values[subset[s]]) {
                sq += v * v;
            }
            diag[s] = 0.5 / (labels[subset[s]] ? costPositive : costNegative);
            qd[s] = sq + diag[s];
        }
        int[] order = new int[n];
        for (int s = 0; s < n; s++) {
            order[s] = s;
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < maxEpochs; epoch++) {
            for (int s = n - 1; s > 0; s--) {
                int j = random.nextInt(s + 1);
                int t = order[s];
                order[s] = order[j];
                order[j] = t;
            }
            double pgMax = Double.NEGATIVE_INFINITY;
            double pgMin = Double.POSITIVE_INFINITY;
            for (int o = 0; o < n; o++) {
                int s = order[o];
                int i = subset[s];
                double y = labels[i] ? 1 : -1;
                int[] r = rows[i];
                float[] x = values[i];
                double dot = w[dim];
                for (int f = 0; f < r.length; f++) {
                    dot += w[r[f]] * x[f];
                }
                double g = y * dot - 1 + diag[s] * alpha[s];
                double pg = alpha[s] == 0 ? Math.min(g, 0) : g;
                pgMax = Math.max(pgMax, pg);
                pgMin = Math.min(pgMin, pg);
                if (Math.abs(pg) > 1e-12) {
                    double old = alpha[s];
                    alpha[s] = Math.max(old - g / qd[s], 0);
                    double d = (alpha[s] - old) * y;
                    for (int f = 0; f < r.length; f++) {
                        w[r[f]] += d * x[f];
                    }
                    w[dim] += d;
                }
            }
            if (pgMax - pgMin <= eps) {
                break;
            }
        }
        return w;
    }
}
