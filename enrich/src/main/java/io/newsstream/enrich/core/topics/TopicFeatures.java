package io.newsstream.enrich.core.topics;

import java.util.Arrays;

/**
 * Hashed bag of word unigrams and adjacent word pairs of an article (folded tokens, numbers as one
 * token, title words counted {@value #TITLE_REPEAT} times): feature ids in {@code [0, 2^bits)} with
 * their raw counts, ids ascending. Pairs never span the title/body boundary. Stateless and thread-safe.
 */
public final class TopicFeatures {
    static final int TITLE_REPEAT = 2;
    private static final int NUMBER = "<num>".hashCode();
    private static final int UNIGRAM_SEED = 0x3C6EF372;
    private static final int PAIR_SEED = 0x7F4A7C15;

    private final int mask;

    public TopicFeatures(int bits) {
        if (bits < 10 || bits > 24) {
            throw new IllegalArgumentException("hash bits must be in [10, 24]: " + bits);
        }
        this.mask = (1 << bits) - 1;
    }

    /** Feature ids and counts of the title and body (either may be null). */
    public Counts count(String title, String body) {
        return count(TopicTokens.of(title), TopicTokens.of(body));
    }

    Counts count(TopicTokens title, TopicTokens body) {
        int[] ids = ids(title, body);
        int n = ids.length;
        Arrays.sort(ids, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                distinct++;
            }
        }
        int[] out = new int[distinct];
        float[] counts = new float[distinct];
        int j = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                out[++j] = ids[i];
            }
            counts[j]++;
        }
        return new Counts(out, counts);
    }

    /** Every feature occurrence's id, unsorted, title occurrences repeated. */
    int[] ids(TopicTokens title, TopicTokens body) {
        return ids(title, body, 0, body.size());
    }

    /** As {@link #ids(TopicTokens, TopicTokens)} for body tokens {@code [from, to)} only (pairs inside the range). */
    int[] ids(TopicTokens title, TopicTokens body, int from, int to) {
        int[] ids = new int[2 * (TITLE_REPEAT * title.size() + to - from)];
        int n = 0;
        for (int r = 0; r < TITLE_REPEAT; r++) {
            n = add(title, 0, title.size(), ids, n);
        }
        n = add(body, from, to, ids, n);
        return n == ids.length ? ids : Arrays.copyOf(ids, n);
    }

    private int add(TopicTokens t, int from, int to, int[] ids, int n) {
        int prev = 0;
        for (int i = from; i < to; i++) {
            int h = t.isNumber(i) ? NUMBER : t.hash(i);
            ids[n++] = unigram(h);
            if (i > from) {
                ids[n++] = pair(prev, h);
            }
            prev = h;
        }
        return n;
    }

    static int tokenHash(String key) {
        return Character.isDigit(key.charAt(0)) ? NUMBER : key.hashCode();
    }

    int unigram(int tokenHash) {
        return mix(tokenHash ^ UNIGRAM_SEED) & mask;
    }

    int pair(int first, int second) {
        return mix(first * 0x9E3779B1 + second ^ PAIR_SEED) & mask;
    }

    /** The feature id of a folded token or two-word phrase ("a b"), as {@link #count} computes it. */
    public int id(String phrase) {
        int space = phrase.indexOf(' ');
        return space < 0 ? unigram(tokenHash(phrase))
                : pair(tokenHash(phrase.substring(0, space)), tokenHash(phrase.substring(space + 1)));
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    /** Ascending distinct feature ids and their counts. */
    public record Counts(int[] ids, float[] counts) {
        public int size() {
            return ids.length;
        }
    }
}
