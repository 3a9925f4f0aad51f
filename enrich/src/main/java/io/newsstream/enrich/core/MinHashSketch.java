package io.newsstream.enrich.core;

import java.util.Arrays;

/**
 * A MinHash sketch of a text's word 4-gram shingles (in {@link Texts#comparisonForm comparison form}):
 * {@value #SIZE} minima under independent multiply-shift hashes, plus the number of distinct
 * shingles. Estimates Jaccard similarity and containment between two texts. Immutable.
 */
public record MinHashSketch(int[] minima, int shingles) {
    public static final int SIZE = 64;
    static final int SHINGLE_WORDS = 4;
    private static final long[] A = new long[SIZE];
    private static final long[] B = new long[SIZE];

    static {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            seed = mix(seed + 0x632BE59BD9B4E019L);
            A[i] = seed | 1L;
            seed = mix(seed + 0x632BE59BD9B4E019L);
            B[i] = seed;
        }
    }

    public static MinHashSketch of(String text) {
        return ofComparisonForm(Texts.comparisonForm(text));
    }

    /** The sketch of a text already in {@link Texts#comparisonForm comparison form} (words separated by one space). */
    public static MinHashSketch ofComparisonForm(String form) {
        long[] tokenHashes = tokenHashes(form);
        int n = Math.max(0, tokenHashes.length - SHINGLE_WORDS + 1);
        long[] shingleHashes = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0;
            for (int w = 0; w < SHINGLE_WORDS; w++) {
                h = h * 0x100000001B3L + tokenHashes[i + w];
            }
            shingleHashes[i] = mix(h);
        }
        Arrays.sort(shingleHashes);
        int[] minima = new int[SIZE];
        Arrays.fill(minima, Integer.MAX_VALUE);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            long s = shingleHashes[i];
            if (i > 0 && s == shingleHashes[i - 1]) {
                continue;
            }
            distinct++;
            for (int k = 0; k < SIZE; k++) {
                int v = (int) ((A[k] * s + B[k]) >>> 33);
                if (v < minima[k]) {
                    minima[k] = v;
                }
            }
        }
        return new MinHashSketch(minima, distinct);
    }

    /** Per word of the form: {@code mix(word.hashCode() * K + word.length())}, without splitting the form. */
    private static long[] tokenHashes(String form) {
        if (form.isEmpty()) {
            return new long[0];
        }
        int words = 1;
        for (int i = 0; i < form.length(); i++) {
            if (form.charAt(i) == ' ') {
                words++;
            }
        }
        long[] hashes = new long[words];
        int w = 0;
        int h = 0;
        int start = 0;
        for (int i = 0; i <= form.length(); i++) {
            if (i == form.length() || form.charAt(i) == ' ') {
                hashes[w++] = mix(h * 0xC2B2AE3D27D4EB4FL + (i - start));
                h = 0;
                start = i + 1;
            } else {
                h = 31 * h + form.charAt(i);
            }
        }
        return hashes;
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    public double jaccard(MinHashSketch other) {
        int equal = 0;
        for (int k = 0; k < SIZE; k++) {
            if (minima[k] == other.minima[k]) {
                equal++;
            }
        }
        return equal / (double) SIZE;
    }

    /** Estimated share of the smaller text's shingles that the larger one contains. */
    public double containment(MinHashSketch other) {
        double j = jaccard(other);
        int small = Math.min(shingles, other.shingles);
        if (small == 0) {
            return 0;
        }
        double intersection = j * (shingles + other.shingles) / (1 + j);
        return Math.min(1.0, intersection / small);
    }

    /** The LSH band keys: {@code bands} hashes of {@code SIZE / bands} consecutive minima each. */
    public long[] bandKeys(int bands) {
        int rows = SIZE / bands;
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = h * 0x100000001B3L + minima[b * rows + r];
            }
            keys[b] = mix(h);
        }
        return keys;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinHashSketch s && shingles == s.shingles && Arrays.equals(minima, s.minima);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(minima) + shingles;
    }

    @Override
    public String toString() {
        return "MinHashSketch[shingles=" + shingles + "]";
    }
}
