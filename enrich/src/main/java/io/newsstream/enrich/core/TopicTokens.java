package io.newsstream.enrich.core;

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

    private TopicTokens(String text, int size, int[] starts, int[] ends, int[] hashes, String[] folded) {
        this.text = text;
        this.size = size;
        this.starts = starts;
        this.ends = ends;
        this.hashes = hashes;
        this.folded = folded;
    }

    static TopicTokens of(String text) {
        String t = text == null ? "" : text;
        int len = t.length();
        int cap = Math.max(8, len / 5);
        int[] s = new int[cap];
        int[] e = new int[cap];
        int[] h = new int[cap];
        String[] f = null;
        int n = 0;
        int i = 0;
        while (i < len) {
            char ch = t.charAt(i);
            if (ch < 0x80 ? !isAsciiLetterOrDigit(ch) : !Character.isLetterOrDigit(t.codePointAt(i))) {
                i += ch < 0x80 ? 1 : Character.charCount(t.codePointAt(i));
                continue;
            }
            boolean ascii = true;
            int hash = 0;
            int j = i;
            while (j < len) {
                char c = t.charAt(j);
                if (c < 0x80) {
                    if (!isAsciiLetterOrDigit(c)) {
                        break;
                    }
                    hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + 32 : c);
                    j++;
                } else {
                    int cp = t.codePointAt(j);
                    if (!Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
                        break;
                    }
                    ascii = false;
                    j += Character.charCount(cp);
                }
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
                h = Arrays.copyOf(h, n * 2);
                f = f == null ? null : Arrays.copyOf(f, n * 2);
            }
            s[n] = i;
            e[n] = j;
            if (ascii) {
                h[n] = hash;
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
        return new TopicTokens(t, n, s, e, h, f);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    int size() {
        return size;
    }

    /** The {@link String#hashCode()} of token {@code i}'s folded key. */
    int hash(int i) {
        return hashes[i];
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

    /** Token {@code i}'s folded key as a string (allocates; for explanations and rare paths). */
    String key(int i) {
        String f = foldedAt(i);
        return f != null ? f : text.substring(starts[i], ends[i]).toLowerCase(java.util.Locale.ROOT);
    }

    private String foldedAt(int i) {
        return folded == null ? null : folded[i];
    }
}
