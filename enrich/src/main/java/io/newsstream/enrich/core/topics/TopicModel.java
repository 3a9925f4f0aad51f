package io.newsstream.enrich.core.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A trained topic model: one-vs-rest linear SVMs over {@link TopicFeatures} (sublinear TF × IDF,
 * L2-normalised) for the classes seen in training, and the calibration that turns a class margin and
 * the {@link TopicLexicon}'s keyword evidence into a probability (logistic stacking fitted on
 * out-of-fold margins). Classes absent from training are scored from the keyword evidence alone
 * with the calibration fitted on the trained ones, so none is dead — unless the model was trained
 * as a closed set. Stored in the {@link TopicModelCodec} format. Immutable and thread-safe.
 *
 * <p>A model trained on short items scores a longer article as {@link TopicWindows windows} of about
 * its training items' length (its {@link #window()}), so that it sees the kind of text it learned from.
 */
public final class TopicModel {
    public static final String DEFAULT_RESOURCE = "/io/newsstream/enrich/topics/model.bin";
    private static final double[] SUBLINEAR = new double[256];

    static {
        for (int c = 1; c < SUBLINEAR.length; c++) {
            SUBLINEAR[c] = 1 + Math.log(c);
        }
    }

    final int bits;
    final List<String> codes;
    final int[] examples;
    final float[] svmBias;
    final float[] calBias;
    final float calMargin;
    final float calShare;
    final float calLogEvidence;
    final float priorShare;
    final float priorLogEvidence;
    final float priorBias;
    final float threshold;
    final boolean closedSet;
    final int window;
    final List<String> languages;
    final int[] featureIds;
    final float[] idf;
    final short[] weights;
    final float[] scale;
    private final long[] present;
    private final int[] rankBase;
    private final TopicFeatures features;

    TopicModel(int bits, List<String> codes, int[] examples, float[] svmBias, float[] calBias, float calMargin,
               float calShare, float calLogEvidence, float priorShare, float priorLogEvidence, float priorBias,
               float threshold, boolean closedSet, int window, List<String> languages, int[] featureIds,
               float[] idf, float[] weights) {
        this.bits = bits;
        this.codes = List.copyOf(codes);
        this.examples = examples;
        this.svmBias = svmBias;
        this.calBias = calBias;
        this.calMargin = calMargin;
        this.calShare = calShare;
        this.calLogEvidence = calLogEvidence;
        this.priorShare = priorShare;
        this.priorLogEvidence = priorLogEvidence;
        this.priorBias = priorBias;
        this.threshold = threshold;
        this.closedSet = closedSet;
        this.window = window;
        this.languages = List.copyOf(languages);
        this.featureIds = featureIds;
        this.idf = idf;
        int k = codes.size();
        this.scale = new float[k];
        for (int i = 0; i < weights.length; i++) {
            scale[i % k] = Math.max(scale[i % k], Math.abs(weights[i]) / Short.MAX_VALUE);
        }
        this.weights = new short[weights.length];
        for (int i = 0; i < weights.length; i++) {
            float sc = scale[i % k];
            this.weights[i] = sc == 0 ? 0 : (short) Math.round(weights[i] / sc);
        }
        this.features = new TopicFeatures(bits);
        this.present = new long[Math.max(1, (1 << bits) >>> 6)];
        for (int r = 0; r < featureIds.length; r++) {
            if (r > 0 && featureIds[r] <= featureIds[r - 1]) {
                throw new IllegalArgumentException("feature ids must ascend");
            }
            present[featureIds[r] >>> 6] |= 1L << featureIds[r];
        }
        this.rankBase = new int[present.length];
        for (int w = 1; w < present.length; w++) {
            rankBase[w] = rankBase[w - 1] + Long.bitCount(present[w - 1]);
        }
    }

    public static TopicModel loadDefault() {
        try (InputStream in = TopicModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TopicModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topic model " + file, e);
        }
    }

    /** Reads a model in the {@link TopicModelCodec file format}. */
    public static TopicModel read(InputStream raw) throws IOException {
        return TopicModelCodec.read(raw);
    }

    /** Writes the model in the {@link TopicModelCodec file format}. */
    public void write(OutputStream raw) throws IOException {
        TopicModelCodec.write(this, raw);
    }

    public void save(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write topic model " + file, e);
        }
    }

    public TopicFeatures features() {
        return features;
    }

    /** The QCodes of the classes the model was trained on, in weight order. */
    public List<String> codes() {
        return codes;
    }

    /** Training examples per class, in {@link #codes()} order. */
    public int examples(int c) {
        return examples[c];
    }

    public int featureCount() {
        return featureIds.length;
    }

    /** The languages of the texts the model was trained on (ISO 639-1). */
    public List<String> languages() {
        return languages;
    }

    /** Whether topics without training examples are never emitted. */
    public boolean closedSet() {
        return closedSet;
    }

    public double threshold() {
        return threshold;
    }

    /** Body tokens per scoring window (about the training items' length), or 0 to score whole articles. */
    public int window() {
        return window;
    }

    /** As {@link #vector(TopicFeatures.Counts)} from the tokens, counting only the model's features. */
    Vector vector(TopicTokens title, TopicTokens body) {
        return vector(features.ids(title, body));
    }

    /** The vector of feature occurrences {@code ids} (unsorted, repeated), counting only the model's features. */
    Vector vector(int[] ids) {
        int size = Integer.highestOneBit(Math.max(ids.length, 4)) << 2;
        int[] slotRow = new int[size];
        int[] slotCount = new int[size];
        int[] rows = new int[ids.length];
        int m = 0;
        for (int id : ids) {
            int r = rowOf(id);
            if (r < 0) {
                continue;
            }
            int slot = (r * 0x9E3779B1) >>> 7 & (size - 1);
            while (slotCount[slot] != 0 && slotRow[slot] != r) {
                slot = (slot + 1) & (size - 1);
            }
            if (slotCount[slot]++ == 0) {
                slotRow[slot] = r;
                rows[m++] = slot;
            }
        }
        float[] x = new float[m];
        double norm = 0;
        for (int i = 0; i < m; i++) {
            int slot = rows[i];
            int r = slotRow[slot];
            float v = (float) (sublinear(slotCount[slot]) * idf[r]);
            rows[i] = r;
            x[i] = v;
            norm += v * v;
        }
        float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
        for (int i = 0; i < m; i++) {
            x[i] *= inv;
        }
        return new Vector(Arrays.copyOf(rows, m), x);
    }

    /** The weighted, L2-normalised feature vector of the article: model rows and their values. */
    Vector vector(TopicFeatures.Counts counts) {
        int[] rows = new int[counts.size()];
        float[] x = new float[counts.size()];
        int n = 0;
        double norm = 0;
        for (int i = 0; i < counts.size(); i++) {
            int r = rowOf(counts.ids()[i]);
            if (r >= 0) {
                float v = (float) (sublinear(counts.counts()[i]) * idf[r]);
                rows[n] = r;
                x[n++] = v;
                norm += v * v;
            }
        }
        float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
        for (int i = 0; i < n; i++) {
            x[i] *= inv;
        }
        return new Vector(Arrays.copyOf(rows, n), Arrays.copyOf(x, n));
    }

    /** The model row of a feature id (its rank among the model's ascending ids), or -1 if not a model feature. */
    int rowOf(int id) {
        long word = present[id >>> 6];
        long bit = 1L << id;
        return (word & bit) == 0 ? -1 : rankBase[id >>> 6] + Long.bitCount(word & (bit - 1));
    }

    /** SVM margins of the trained classes, in {@link #codes()} order. */
    double[] margins(Vector v) {
        int k = codes.size();
        float[] sum = new float[k];
        int[] rows = v.rows();
        float[] values = v.values();
        for (int i = 0; i < rows.length; i++) {
            int base = rows[i] * k;
            float x = values[i];
            for (int c = 0; c < k; c++) {
                sum[c] += x * weights[base + c];
            }
        }
        double[] m = new double[k];
        for (int c = 0; c < k; c++) {
            m[c] = svmBias[c] + (double) sum[c] * scale[c];
        }
        return m;
    }

    /** Calibrated log-odds of trained class {@code c} given its margin and its keyword evidence. */
    double logOdds(int c, double margin, double share, double logEvidence) {
        return calMargin * margin + calShare * share + calLogEvidence * logEvidence + calBias[c];
    }

    /** Calibrated log-odds of a class the model has no examples of, from its keyword evidence alone. */
    double priorLogOdds(double share, double logEvidence) {
        return priorShare * share + priorLogEvidence * logEvidence + priorBias;
    }

    float weight(int row, int c) {
        return weights[row * codes.size() + c] * scale[c];
    }

    float calMargin() {
        return calMargin;
    }

    /** 1 + ln(count), the sublinear term frequency; small counts from a table. */
    static double sublinear(double count) {
        int c = (int) count;
        return c == count && c > 0 && c < SUBLINEAR.length ? SUBLINEAR[c] : 1 + Math.log(count);
    }

    /** Model rows of an article's features and their normalised values. */
    record Vector(int[] rows, float[] values) {}
}
