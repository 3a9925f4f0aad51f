package io.newsstream.enrich.core;

import java.util.Collection;

/**
 * A Bloom-style filter of the {@link String#hashCode()} of a set of terms (lexicon stems), so that a
 * tokenizer can mark, while it hashes a token, the prefix lengths that may be one of the terms:
 * no false negatives, few false positives. Immutable and thread-safe.
 */
final class PrefixFilter {
    static final int MAX_LENGTH = 63;

    private final long[] bits = new long[1 << 10];
    private final int minLength;
    private final int maxLength;

    PrefixFilter(Collection<String> terms, int minLength) {
        this.minLength = minLength;
        this.maxLength = terms.stream().mapToInt(String::length).max().orElse(0);
        if (maxLength > MAX_LENGTH) {
            throw new IllegalArgumentException("term longer than " + MAX_LENGTH + " characters");
        }
        terms.forEach(term -> bits[slot(term.hashCode())] |= 1L << term.hashCode());
    }

    int minLength() {
        return minLength;
    }

    int maxLength() {
        return maxLength;
    }

    /** Whether a prefix of this hash may be a term (length not checked). */
    boolean mightContain(int hash) {
        return (bits[slot(hash)] & (1L << hash)) != 0;
    }

    /** Bit {@code n} set for every prefix length n of token {@code i}'s folded key that may be a term. */
    long mask(TopicTokens t, int i) {
        long mask = 0;
        int h = 0;
        int limit = Math.min(maxLength, t.length(i));
        for (int len = 1; len <= limit; len++) {
            h = 31 * h + t.charAt(i, len - 1);
            if (len >= minLength && mightContain(h)) {
                mask |= 1L << len;
            }
        }
        return mask;
    }

    private static int slot(int hash) {
        return (hash >>> 6) & 1023;
    }
}
