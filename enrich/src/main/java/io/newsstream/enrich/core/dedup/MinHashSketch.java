package io.newsstream.enrich.core.dedup;

import io.newsstream.enrich.core.text.Texts;
import java.util.Arrays;

/**
 * A MinHash sketch of a text's word 4-gram shingles (in {@link Texts#comparisonForm comparison form}):
 * {@value #SIZE} minima by one-permutation hashing — each shingle is hashed once, the hash's top
 * bits pick one of {@value #SIZE} bins and the bin keeps its smallest value — with empty bins filled
 * by optimal densification (Shrivastava, ICML 2017), plus the number of distinct shingles. Estimates
 * Jaccard similarity and containment between two texts, and its minima serve LSH banding, as
 * {@value #SIZE} independent hash functions would, at one hash per shingle instead of {@value #SIZE}.
 * Immutable.
 */
public record MinHashSketch(int[] minima, int shingles) {
    public static final int SIZE = 64;
    static final int SHINGLE_WORDS = 4;
    private static final int BIN_SHIFT = 64 - Integer.numberOfTrailingZeros(SIZE);
    private static final int EMPTY = Integer.MAX_VALUE;

    public static MinHashSketch of(String text) {
        return ofComparisonForm(Texts.comparisonForm(text));
    }

    /** The sketch of a text already in {@link Texts#comparisonForm comparison form} (words separated by one space). */
    public static MinHashSketch ofComparisonForm(String form) {
        long[] tokenHashes = tokenHashes(form);
        int n = Math.max(0, tokenHashes.length - SHINGLE_WORDS + 1);
        int[] minima = new int[SIZE];
        Arrays.fill(minima, EMPTY);
        DistinctCounter distinct = new DistinctCounter(n);
        for (int i = 0; i < n; i++) {
            long h = 0;
            for (int w = 0; w < SHINGLE_WORDS; w++) {
                h = h * 0x100000001B3L + tokenHashes[i + w];
            }
            long s = mix(h);
            distinct.add(s);
            int bin = (int) (s >>> BIN_SHIFT);
            int v = (int) (s & 0x7FFFFFFEL);
            if (v < minima[bin]) {
                minima[bin] = v;
            }
        }
        if (n > 0) {
            densify(minima);
        }
        return new MinHashSketch(minima, distinct.count());
    }

    /**
     * Fills each empty bin from the first non-empty bin of its own fixed pseudo-random probe
     * sequence; the sequence depends only on the bin, so two texts fill alike and stay comparable.
     */
    private static void densify(int[] minima) {
        int[] filled = minima.clone();
        for (int bin = 0; bin < SIZE; bin++) {
            if (filled[bin] != EMPTY) {
                continue;
            }
            for (long attempt = 1; ; attempt++) {
                int donor = (int) (mix(bin * 0x9E3779B97F4A7C15L + attempt) >>> BIN_SHIFT);
                if (filled[donor] != EMPTY) {
                    minima[bin] = filled[donor];
                    break;
                }
            }
        }
    }

    /** Counts distinct 64-bit hashes with open addressing (no boxing, no sort). */
    private static final class DistinctCounter {
        private final long[] table;
        private final int mask;
        private boolean zeroSeen;
        private int count;

        DistinctCounter(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            table = new long[capacity];
            mask = capacity - 1;
        }

        void add(long hash) {
            if (hash == 0) {
                if (!zeroSeen) {
                    zeroSeen = true;
                    count++;
                }
                return;
            }
            int slot = (int) (hash ^ (hash >>> 32)) & mask;
            while (table[slot] != 0) {
                if (table[slot] == hash) {
                    return;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = hash;
            count++;
        }

        int count() {
            return count;
        }
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
