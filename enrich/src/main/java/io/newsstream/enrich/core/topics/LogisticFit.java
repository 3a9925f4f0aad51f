package io.newsstream.enrich.core.topics;

/**
 * Small dense L2-regularised logistic regression fitted by Newton's method: the calibration layer
 * of the topic model (a handful of parameters over many examples). Stateless.
 */
final class LogisticFit {
    private LogisticFit() {}

    /**
     * @param x      examples × features (include a constant column for a bias)
     * @param y      labels
     * @param weight example weights, or null for all 1
     * @param lambda L2 penalty on every weight
     */
    static double[] fit(double[][] x, boolean[] y, double[] weight, double lambda) {
        int d = x[0].length;
        double[] w = new double[d];
        for (int iter = 0; iter < 50; iter++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int j = 0; j < d; j++) {
                grad[j] = lambda * w[j];
                hess[j][j] = lambda;
            }
            for (int i = 0; i < x.length; i++) {
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += w[j] * x[i][j];
                }
                double p = sigmoid(z);
                double wi = weight == null ? 1 : weight[i];
                double r = wi * (p - (y[i] ? 1 : 0));
                double s = wi * Math.max(p * (1 - p), 1e-9);
                for (int j = 0; j < d; j++) {
                    if (x[i][j] == 0) {
                        continue;
                    }
                    grad[j] += r * x[i][j];
                    for (int k = 0; k < d; k++) {
                        hess[j][k] += s * x[i][j] * x[i][k];
                    }
                }
            }
            double[] step = solve(hess, grad);
            double max = 0;
            for (int j = 0; j < d; j++) {
                w[j] -= step[j];
                max = Math.max(max, Math.abs(step[j]));
            }
            if (max < 1e-7) {
                break;
            }
        }
        return w;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != col && m[r][col] != 0) {
                    double f = m[r][col] / m[col][col];
                    for (int k = col; k <= n; k++) {
                        m[r][k] -= f * m[col][k];
                    }
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = m[i][n] / m[i][i];
        }
        return out;
    }
}
