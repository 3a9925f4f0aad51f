package io.newsstream.enrich.core.topics;

import java.util.Arrays;

/**
 * The feature vector of an article for a model trained on short items: half the article seen whole,
 * half seen as the snippets the model learned from. The body is cut into windows of the model's
 * {@link TopicModel#window()} tokens (a last piece shorter than half a window joins the one before);
 * the first window carries the title, so it is the headline and lead, and weighs {@value #LEAD_WEIGHT}.
 * Each window becomes its own sublinear TF × IDF, L2-normalised vector; the article's vector is the
 * mean of the whole-article vector and the weighted mean of the window vectors, so its SVM margins are
 * the mean of the whole-article margins and the window margins. A body of at most 1.5 windows (or any
 * body, for a model with window 0) is scored whole, exactly as {@link TopicModel#vector(TopicTokens,
 * TopicTokens)}. One pass over the feature occurrences; thread-safe (scratch space per thread).
 */
final class TopicWindows {
    static final double LEAD_WEIGHT = 2;

    private TopicWindows() {}

    static TopicModel.Vector vector(TopicModel model, TopicTokens title, TopicTokens body) {
        int size = model.window();
        int n = body.size();
        if (size <= 0 || 2 * n <= 3 * size) {
            return model.vector(title, body);
        }
        int[] ids = model.features().ids(title, body);
        Rows rows = Rows.of(model, ids);
        int titleIds = ids.length - (2 * n - 1);
        double windows = 0;
        for (int from = 0; from < n; ) {
            int to = 2 * (n - from) < 3 * size ? n : from + size;
            if (from == 0) {
                rows.countWindow(0, titleIds + 2 * to - 1);
            } else {
                rows.countWindow(titleIds + 2 * from - 1, titleIds + 2 * from);
                rows.countWindow(titleIds + 2 * from + 1, titleIds + 2 * to - 1);
            }
            double weight = from == 0 ? LEAD_WEIGHT : 1;
            rows.flushWindow(weight);
            windows += weight;
            from = to;
        }
        return rows.mean(windows);
    }

    /**
     * The article's distinct features (open addressing by feature id, so the model is asked once per
     * distinct feature) with their model rows and counts, and per feature occurrence its slot; windows
     * count occurrences by slot (the word pair straddling two windows is in neither). One per thread,
     * reused: a slot belongs to the current article only if its stamp is the article's, so nothing is
     * cleared or allocated between articles but the result; an unusually long article gets tables of its own, so
     * that no thread keeps them.
     */
    private static final class Rows {
        private static final ThreadLocal<Rows> PER_THREAD = ThreadLocal.withInitial(Rows::new);

        private int[] stamp = new int[0];
        private int[] key;
        private int[] row;
        private int[] count;
        private int[] windowCount;
        private float[] windowSum;
        private float[] idf;
        private float[] value = new float[0];
        private int[] order;
        private int[] slotOf;
        private int[] touched;
        private int generation;
        private int m;
        private int t;

        /** Scratch tables of an article this long or longer (in feature occurrences) are not kept for the thread. */
        static final int MAX_RETAINED = 1 << 15;

        static Rows of(TopicModel model, int[] ids) {
            return (ids.length < MAX_RETAINED ? PER_THREAD.get() : new Rows()).reset(model, ids);
        }

        private Rows reset(TopicModel model, int[] ids) {
            int size = Integer.highestOneBit(Math.max(ids.length, 4)) << 1;
            if (stamp.length < size) {
                stamp = new int[size];
                key = new int[size];
                row = new int[size];
                count = new int[size];
                windowCount = new int[size];
                windowSum = new float[size];
                idf = new float[size];
                generation = 0;
            }
            if (value.length < ids.length) {
                int n = Math.max(ids.length, 2 * value.length);
                value = new float[n];
                order = new int[n];
                touched = new int[n];
                slotOf = new int[n];
            }
            if (++generation == 0) {
                Arrays.fill(stamp, 0);
                generation = 1;
            }
            m = 0;
            t = 0;
            int gen = generation;
            int mask = size - 1;
            for (int i = 0; i < ids.length; i++) {
                int id = ids[i];
                int s = (id * 0x9E3779B1) >>> 7 & mask;
                while (stamp[s] == gen && key[s] != id) {
                    s = (s + 1) & mask;
                }
                if (stamp[s] != gen) {
                    stamp[s] = gen;
                    key[s] = id;
                    count[s] = 0;
                    windowCount[s] = 0;
                    windowSum[s] = 0;
                    int r = model.rowOf(id);
                    row[s] = r;
                    if (r >= 0) {
                        idf[s] = model.idf[r];
                        order[m++] = s;
                    }
                }
                if (row[s] < 0) {
                    slotOf[i] = -1;
                } else {
                    count[s]++;
                    slotOf[i] = s;
                }
            }
            return this;
        }

        void countWindow(int start, int end) {
            for (int i = start; i < end; i++) {
                int s = slotOf[i];
                if (s >= 0 && windowCount[s]++ == 0) {
                    touched[t++] = s;
                }
            }
        }

        /** Adds the counted window's normalised vector times {@code weight} to the window sums, then forgets it. */
        void flushWindow(double weight) {
            double norm = weigh(touched, t, windowCount);
            float scale = norm > 0 ? (float) (weight / Math.sqrt(norm)) : 0f;
            for (int i = 0; i < t; i++) {
                int s = touched[i];
                windowSum[s] += value[i] * scale;
                windowCount[s] = 0;
            }
            t = 0;
        }

        /** Puts sublinear TF × IDF of slots {@code slots[0..n)} (counts from {@code counts}) into {@code value}; returns the squared norm. */
        private double weigh(int[] slots, int n, int[] counts) {
            double norm = 0;
            for (int i = 0; i < n; i++) {
                int s = slots[i];
                float v = (float) TopicModel.sublinear(counts[s]) * idf[s];
                value[i] = v;
                norm += v * v;
            }
            return norm;
        }

        /** Half the article's own normalised vector plus half the weighted mean of its windows. */
        TopicModel.Vector mean(double windows) {
            double norm = weigh(order, m, count);
            double whole = norm > 0 ? 0.5 / Math.sqrt(norm) : 0;
            double parts = 0.5 / windows;
            int[] rows = new int[m];
            float[] x = new float[m];
            for (int i = 0; i < m; i++) {
                int s = order[i];
                rows[i] = row[s];
                x[i] = (float) (value[i] * whole + windowSum[s] * parts);
            }
            return new TopicModel.Vector(rows, x);
        }
    }
}
