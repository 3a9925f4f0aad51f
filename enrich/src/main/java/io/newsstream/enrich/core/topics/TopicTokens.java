package io.newsstream.enrich.core.topics;

import io.newsstream.enrich.core.text.Texts;
import io.newsstream.enrich.core.text.Tokens;
import java.util.Arrays;

/**
 * A text cut into the same tokens as {@link Tokens}, for the topic classifier's hot path: each token's
 * folded key is kept as its {@link String#hashCode()} and read char by char from the text (ASCII
 * tokens are lower-cased on the fly), so no string is made per token; only tokens with non-ASCII
 * characters keep their {@link Texts#foldToken folded} string. Immutable.
 */
final class TopicTokens {
    static final TopicTokens EMPTY = of(null);

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] hashes;
    private final String[] folded;
    private final int size;
    private final PrefixFilter filter;
    private final long[] prefixMasks;

    private TopicTokens(String text, int size, int[] starts, int[] ends, int[] hashes, String[] folded,
                        PrefixFilter filter, long[] prefixMasks) {
        this.text = text;
        this.size = size;
        this.filter = filter;
        this.prefixMasks = prefixMasks;
        this.starts = starts;
        this.ends = ends;
        this.hashes = hashes;
        this.folded = folded;
    }

    static TopicTokens of(String text) {
        return of(text, null);
    }

    /** The tokens of a text, marking with {@code filter} (if not null) each token's candidate prefix lengths. */
    static TopicTokens of(String text, PrefixFilter filter) {
        String t = text == null ? "" : text;
        int minPrefix = filter == null ? Integer.MAX_VALUE : filter.minLength();
        int maxPrefix = filter == null ? 0 : filter.maxLength();
        int len = t.length();
        int cap = Math.max(8, len / 5);
        int[] s = new int[cap];
        int[] e = new int[cap];
        int[] h = new int[cap];
        long[] p = filter == null ? null : new long[cap];
        String[] f = null;
        int n = 0;
        int i = 0;
        while (i < len) {
            int gap = Tokens.gapAt(t, i);
            if (gap > 0) {
                i += gap;
                continue;
            }
            int j = Tokens.tokenEnd(t, i);
            boolean ascii = true;
            int hash = 0;
            long mask = 0;
            for (int c = i; c < j && ascii; c++) {
                char ch = t.charAt(c);
                if (ch >= 0x80) {
                    ascii = false;
                    break;
                }
                hash = 31 * hash + (ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
                int length = c + 1 - i;
                if (length >= minPrefix && length <= maxPrefix && filter.mightContain(hash)) {
                    mask |= 1L << length;
                }
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
                h = Arrays.copyOf(h, n * 2);
                p = p == null ? null : Arrays.copyOf(p, n * 2);
                f = f == null ? null : Arrays.copyOf(f, n * 2);
            }
            s[n] = i;
            e[n] = j;
            if (ascii) {
                h[n] = hash;
                if (p != null) {
                    p[n] = mask;
                }
            } else {
                if (f == null) {
                    f = new String[s.length];
                }
                f[n] = Texts.foldToken(t.substring(i, j));
                h[n] = f[n].hashCode();
            }
            n++;
            i = j;
        }
        TopicTokens tokens = new TopicTokens(t, n, s, e, h, f, filter, p);
        if (f != null && p != null) {
            for (int k = 0; k < n; k++) {
                if (f[k] != null) {
                    p[k] = filter.mask(tokens, k);
                }
            }
        }
        return tokens;
    }

    int size() {
        return size;
    }

    /** The {@link String#hashCode()} of token {@code i}'s folded key. */
    int hash(int i) {
        return hashes[i];
    }

    /**
     * Bit n set for every prefix length n of token {@code i}'s key that {@code filter} may contain, as
     * {@link PrefixFilter#mask} computes it; from the tokenizer's own pass (possibly with more bits set)
     * if it used that filter or a union covering it.
     */
    long prefixMask(int i, PrefixFilter filter) {
        long[] own = prefixMasks(filter);
        return own != null ? own[i] : filter.mask(this, i);
    }

    /** The tokenizer's masks by token if it used {@code filter} or a union covering it, else null. */
    long[] prefixMasks(PrefixFilter filter) {
        return this.filter != null && this.filter.covers(filter) ? prefixMasks : null;
    }

    /** Length of token {@code i}'s folded key. */
    int length(int i) {
        String f = foldedAt(i);
        return f != null ? f.length() : ends[i] - starts[i];
    }

    /** Character {@code k} of token {@code i}'s folded key. */
    char charAt(int i, int k) {
        String f = foldedAt(i);
        if (f != null) {
            return f.charAt(k);
        }
        char c = text.charAt(starts[i] + k);
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Whether token {@code i}'s folded key starts with a digit. */
    boolean isNumber(int i) {
        return Character.isDigit(charAt(i, 0));
    }

    /** Whether token {@code i} of {@code a} and token {@code j} of {@code b} have the same folded key. */
    static boolean sameKey(TopicTokens a, int i, TopicTokens b, int j) {
        int length = a.length(i);
        if (a.hash(i) != b.hash(j) || b.length(j) != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (a.charAt(i, k) != b.charAt(j, k)) {
                return false;
            }
        }
        return true;
    }

    /** Token {@code i}'s folded key as a string (allocates; for explanations and rare paths). */
    String key(int i) {
        String f = foldedAt(i);
        return f != null ? f : text.substring(starts[i], ends[i]).toLowerCase(java.util.Locale.ROOT);
    }

    private String foldedAt(int i) {
        return folded == null ? null : folded[i];
    }
}
