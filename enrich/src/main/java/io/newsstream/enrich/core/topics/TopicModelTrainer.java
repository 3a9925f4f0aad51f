package io.newsstream.enrich.core.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link TopicModel} from labelled articles: hashed unigram and word-pair features with
 * sublinear TF × IDF (L2-normalised, so long and short texts weigh alike), one linear SVM per topic
 * present in the data, and a logistic calibration of (SVM margin, keyword evidence) fitted on
 * out-of-fold margins, so that scores are probabilities and the lexicon prior is weighed by data.
 * Deterministic for given options. Stateless; one instance may train several models.
 */
public final class TopicModelTrainer {
    private static final int MAX_EPOCHS = 200;
    private static final double EPS = 0.1;
    private static final double CALIBRATION_L2 = 1e-3;

    private final TopicLexicon lexicon;
    private final TopicTrainingOptions options;

    public TopicModelTrainer(TopicLexicon lexicon, TopicTrainingOptions options) {
        this.lexicon = lexicon;
        this.options = options;
    }

    /** A trained model and its cross-validated accuracy (best out-of-fold margin in the gold set, real articles only). */
    public record Result(TopicModel model, double crossValidatedAccuracy) {}

    public Result train(List<LabelledArticle> articles, TrainingProgress progress) {
        List<String> classes = classes(articles);
        int[] fold = new int[articles.size()];
        for (int i = 0; i < fold.length; i++) {
            fold[i] = i % options.folds();
        }
        shuffle(fold, new Random(options.seed()));
        List<LabelledArticle> docs = new ArrayList<>(articles);
        List<Integer> docFold = new ArrayList<>();
        for (int f : fold) {
            docFold.add(f);
        }
        if (options.concat() > 1) {
            addConcatenations(articles, fold, docs, docFold);
        }
        int n = docs.size();
        int k = classes.size();
        TopicFeatures features = new TopicFeatures(options.hashBits());
        progress.stage("features", n);
        TopicFeatures.Counts[] counts = new TopicFeatures.Counts[n];
        double[][] evidence = new double[n][];
        Map<Integer, Integer> df = new HashMap<>();
        for (int i = 0; i < n; i++) {
            LabelledArticle a = docs.get(i);
            counts[i] = features.count(a.title(), a.body());
            evidence[i] = lexicon.evidence(a.title(), a.body(), null);
            if (i < articles.size()) {
                for (int id : counts[i].ids()) {
                    df.merge(id, 1, Integer::sum);
                }
            }
            progress.step();
        }
        int[] ids = df.entrySet().stream().filter(e -> e.getValue() >= options.minDf()).mapToInt(Map.Entry::getKey)
                .sorted().toArray();
        float[] idf = new float[ids.length];
        Map<Integer, Integer> rowOf = new HashMap<>(ids.length * 2);
        for (int r = 0; r < ids.length; r++) {
            idf[r] = (float) (Math.log((1.0 + articles.size()) / (1.0 + df.get(ids[r]))) + 1);
            rowOf.put(ids[r], r);
        }
        int[][] rows = new int[n][];
        float[][] values = new float[n][];
        for (int i = 0; i < n; i++) {
            vectorise(counts[i], rowOf, idf, i, rows, values);
        }
        boolean[][] positive = new boolean[k][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                positive[c][i] = docs.get(i).topics().contains(classes.get(c));
            }
        }
        double[] classWeight = new double[k];
        for (int c = 0; c < k; c++) {
            int pos = 0;
            for (int i = 0; i < n; i++) {
                pos += positive[c][i] ? 1 : 0;
            }
            classWeight[c] = Math.pow((double) n / (k * Math.max(pos, 1)), options.balance());
        }
        double[][] oof = new double[n][k];
        progress.stage("cross-validation", options.folds() * k);
        for (int f = 0; f < options.folds(); f++) {
            int[] train = indices(docFold, f, false);
            int[] held = indices(docFold, f, true);
            for (int c = 0; c < k; c++) {
                double[] w = LinearSvm.train(rows, values, positive[c], train, ids.length,
                        options.cost() * classWeight[c], options.cost(), MAX_EPOCHS, EPS, options.seed() + c);
                for (int i : held) {
                    oof[i][c] = dot(w, rows[i], values[i]);
                }
                progress.step();
            }
        }
        int correct = 0;
        for (int i = 0; i < articles.size(); i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                best = oof[i][c] > oof[i][best] ? c : best;
            }
            correct += positive[best][i] ? 1 : 0;
        }
        double cvAccuracy = (double) correct / articles.size();
        progress.stage("calibration", 2);
        double[] stack = fitStacking(oof, evidence, positive, classes, classWeight);
        progress.step();
        double[] prior = fitPrior(evidence, positive, classes, classWeight);
        progress.step();
        progress.stage("final model", k);
        float[] weights = new float[ids.length * k];
        float[] svmBias = new float[k];
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int c = 0; c < k; c++) {
            double[] w = LinearSvm.train(rows, values, positive[c], all, ids.length, options.cost() * classWeight[c],
                    options.cost(), MAX_EPOCHS, EPS, options.seed() + c);
            for (int r = 0; r < ids.length; r++) {
                weights[r * k + c] = (float) w[r];
            }
            svmBias[c] = (float) w[ids.length];
            progress.step();
        }
        int[] examples = new int[k];
        float[] calBias = new float[k];
        for (int c = 0; c < k; c++) {
            for (LabelledArticle a : articles) {
                examples[c] += a.topics().contains(classes.get(c)) ? 1 : 0;
            }
            calBias[c] = (float) stack[3 + c];
        }
        return new Result(new TopicModel(options.hashBits(), classes, examples, svmBias, calBias, (float) stack[0],
                (float) stack[1], (float) stack[2], (float) prior[0], (float) prior[1], (float) prior[2],
                (float) options.threshold(), options.closedSet(), window(articles), options.languages(),
                ids, idf, weights), cvAccuracy);
    }

    /** The scoring window: as the options say, or max(1, concat) × the median body length in tokens. */
    private int window(List<LabelledArticle> articles) {
        if (options.window() != TopicTrainingOptions.AUTO_WINDOW) {
            return options.window();
        }
        int[] lengths = articles.stream().mapToInt(a -> TopicTokens.of(a.body()).size()).sorted().toArray();
        return Math.max(1, options.concat()) * Math.max(1, lengths[lengths.length / 2]);
    }

    private List<String> classes(List<LabelledArticle> articles) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (LabelledArticle a : articles) {
            for (String t : a.topics()) {
                if (!lexicon.labels().containsKey(t)) {
                    throw new IllegalArgumentException("topic " + t + " of article " + a.id()
                            + " is not a top-level IPTC Media Topic QCode (medtop:NN000000)");
                }
                seen.merge(t, 1, Integer::sum);
            }
        }
        if (seen.isEmpty()) {
            throw new IllegalArgumentException("no labelled articles to train on");
        }
        return lexicon.codes().stream().filter(seen::containsKey).toList();
    }

    /** Synthetic long articles: same-topic items of one fold concatenated, so folds stay disjoint. */
    private void addConcatenations(List<LabelledArticle> articles, int[] fold, List<LabelledArticle> docs,
                                   List<Integer> docFold) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            String key = fold[i] + "|" + String.join(",", articles.get(i).topics().stream().sorted().toList());
            groups.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
        }
        Random random = new Random(options.seed() + 1);
        for (List<Integer> group : groups.values()) {
            List<Integer> g = new ArrayList<>(group);
            java.util.Collections.shuffle(g, random);
            for (int start = 0; start + options.concat() <= g.size(); start += options.concat()) {
                StringBuilder body = new StringBuilder();
                for (int j = start; j < start + options.concat(); j++) {
                    LabelledArticle a = articles.get(g.get(j));
                    if (a.title() != null) {
                        body.append(a.title()).append(".\n");
                    }
                    body.append(a.body()).append("\n\n");
                }
                LabelledArticle first = articles.get(g.get(start));
                docs.add(new LabelledArticle(null, null, body.toString(), first.topics()));
                docFold.add(fold[g.get(start)]);
            }
        }
    }

    private static void vectorise(TopicFeatures.Counts c, Map<Integer, Integer> rowOf, float[] idf, int i,
                                  int[][] rows, float[][] values) {
        int[] r = new int[c.size()];
        float[] v = new float[c.size()];
        int m = 0;
        double norm = 0;
        for (int j = 0; j < c.size(); j++) {
            Integer row = rowOf.get(c.ids()[j]);
            if (row != null) {
                r[m] = row;
                v[m] = (float) ((1 + Math.log(c.counts()[j])) * idf[row]);
                norm += v[m] * v[m];
                m++;
            }
        }
        float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
        for (int j = 0; j < m; j++) {
            v[j] *= inv;
        }
        rows[i] = Arrays.copyOf(r, m);
        values[i] = Arrays.copyOf(v, m);
    }

    /** Weights: margin, evidence share, log evidence, then one bias per class. */
    private double[] fitStacking(double[][] oof, double[][] evidence, boolean[][] positive, List<String> classes,
                                 double[] classWeight) {
        int n = oof.length;
        int k = classes.size();
        double[][] x = new double[n * k][];
        boolean[] y = new boolean[n * k];
        double[] weight = new double[n * k];
        int[] classIndex = classes.stream().mapToInt(lexicon.codes()::indexOf).toArray();
        for (int i = 0; i < n; i++) {
            double total = Arrays.stream(evidence[i]).sum();
            for (int c = 0; c < k; c++) {
                double[] row = new double[3 + k];
                double e = evidence[i][classIndex[c]];
                row[0] = oof[i][c];
                row[1] = total > 0 ? e / total : 0;
                row[2] = Math.log1p(e);
                row[3 + c] = 1;
                x[i * k + c] = row;
                y[i * k + c] = positive[c][i];
                weight[i * k + c] = positive[c][i] ? classWeight[c] : 1;
            }
        }
        return LogisticFit.fit(x, y, weight, CALIBRATION_L2);
    }

    /** Weights: evidence share, log evidence, bias — for classes without training examples. */
    private double[] fitPrior(double[][] evidence, boolean[][] positive, List<String> classes, double[] classWeight) {
        int n = evidence.length;
        int k = classes.size();
        double[][] x = new double[n * k][];
        boolean[] y = new boolean[n * k];
        double[] weight = new double[n * k];
        for (int i = 0; i < n; i++) {
            double total = Arrays.stream(evidence[i]).sum();
            for (int c = 0; c < k; c++) {
                double e = evidence[i][lexicon.codes().indexOf(classes.get(c))];
                x[i * k + c] = new double[] {total > 0 ? e / total : 0, Math.log1p(e), 1};
                y[i * k + c] = positive[c][i];
                weight[i * k + c] = positive[c][i] ? classWeight[c] : 1;
            }
        }
        return LogisticFit.fit(x, y, weight, CALIBRATION_L2);
    }

    private static int[] indices(List<Integer> fold, int f, boolean in) {
        return java.util.stream.IntStream.range(0, fold.size()).filter(i -> (fold.get(i) == f) == in).toArray();
    }

    private static double dot(double[] w, int[] rows, float[] values) {
        double d = w[w.length - 1];
        for (int j = 0; j < rows.length; j++) {
            d += w[rows[j]] * values[j];
        }
        return d;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
