package io.newsstream.enrich.core.topics;

import java.util.List;

/**
 * A fixed set of folded terms numbered 0..n-1, found by a {@link TopicTokens} token (or a prefix of
 * one) through its hash without making a string: open addressing on {@link String#hashCode()}.
 * Immutable and thread-safe.
 */
final class TermIndex {
    private final String[] terms;
    private final int[] slotTerm;
    private final int[] slotHash;
    private final int mask;

    TermIndex(List<String> terms) {
        this.terms = terms.toArray(new String[0]);
        int size = Integer.highestOneBit(Math.max(4, this.terms.length) * 2) << 2;
        this.mask = size - 1;
        this.slotTerm = new int[size];
        this.slotHash = new int[size];
        java.util.Arrays.fill(slotTerm, -1);
        for (int id = 0; id < this.terms.length; id++) {
            int slot = slot(this.terms[id].hashCode());
            while (slotTerm[slot] >= 0) {
                if (this.terms[slotTerm[slot]].equals(this.terms[id])) {
                    throw new IllegalArgumentException("duplicate term " + this.terms[id]);
                }
                slot = (slot + 1) & mask;
            }
            slotTerm[slot] = id;
            slotHash[slot] = this.terms[id].hashCode();
        }
    }

    int size() {
        return terms.length;
    }

    String term(int id) {
        return terms[id];
    }

    /** The id of token {@code i}'s folded key, or -1. */
    int find(TopicTokens t, int i) {
        int hash = t.hash(i);
        for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
            int id = slotTerm[slot];
            if (id < 0) {
                return -1;
            }
            if (slotHash[slot] == hash && terms[id].length() == t.length(i) && matches(terms[id], t, i)) {
                return id;
            }
        }
    }

    /** The id of the first {@code length} characters of token {@code i}'s folded key (their hash given), or -1. */
    int find(TopicTokens t, int i, int length, int hash) {
        for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
            int id = slotTerm[slot];
            if (id < 0) {
                return -1;
            }
            if (slotHash[slot] == hash && terms[id].length() == length && matches(terms[id], t, i)) {
                return id;
            }
        }
    }

    /** The id of {@code term}, or -1. */
    int find(String term) {
        for (int slot = slot(term.hashCode()); ; slot = (slot + 1) & mask) {
            int id = slotTerm[slot];
            if (id < 0 || terms[id].equals(term)) {
                return id;
            }
        }
    }

    private static boolean matches(String term, TopicTokens t, int i) {
        for (int k = 0; k < term.length(); k++) {
            if (term.charAt(k) != t.charAt(i, k)) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B1 >>> 8) & mask;
    }
}
