package io.newsstream.enrich.core.topics;

import java.util.Collection;
import java.util.List;

/**
 * A Bloom-style filter of the {@link String#hashCode()} of a set of terms (lexicon stems and words), so that a
 * tokenizer can mark, while it hashes a token, the prefix lengths that may be one of the terms:
 * no false negatives, few false positives. Immutable and thread-safe.
 */
final class PrefixFilter {
    static final int MAX_LENGTH = 63;

    private final long[] bits = new long[1 << 12];
    private final int minLength;
    private final int maxLength;
    private final List<PrefixFilter> parts;

    PrefixFilter(Collection<String> terms, int minLength) {
        this.parts = List.of();
        this.minLength = minLength;
        this.maxLength = terms.stream().mapToInt(String::length).max().orElse(0);
        if (maxLength > MAX_LENGTH) {
            throw new IllegalArgumentException("term longer than " + MAX_LENGTH + " characters");
        }
        terms.forEach(term -> bits[slot(term.hashCode())] |= 1L << term.hashCode());
    }

    private PrefixFilter(List<PrefixFilter> parts) {
        this.parts = List.copyOf(parts);
        this.minLength = parts.stream().mapToInt(PrefixFilter::minLength).min().orElse(1);
        this.maxLength = parts.stream().mapToInt(PrefixFilter::maxLength).max().orElse(0);
        for (PrefixFilter p : parts) {
            for (int w = 0; w < bits.length; w++) {
                bits[w] |= p.bits[w];
            }
        }
    }

    /** A filter that may contain every term of each part: its masks have every bit theirs have. */
    static PrefixFilter union(PrefixFilter... parts) {
        List<PrefixFilter> leaves = new java.util.ArrayList<>();
        for (PrefixFilter p : parts) {
            if (p.parts.isEmpty()) {
                leaves.add(p);
            } else {
                leaves.addAll(p.parts);
            }
        }
        return new PrefixFilter(leaves);
    }

    /** Whether every mask of {@code other} is within this filter's masks. */
    boolean covers(PrefixFilter other) {
        return other == this || parts.contains(other);
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
        return (hash >>> 6) & ((1 << 12) - 1);
    }
}
