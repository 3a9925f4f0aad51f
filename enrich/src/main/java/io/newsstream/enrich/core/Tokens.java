package io.newsstream.enrich.core;

import java.util.Arrays;

/**
 * A text cut into word tokens (maximal runs of letters and digits; everything else separates):
 * offsets into the text and the folded key ({@link Texts#foldToken}) of each token, computed on first
 * use. Not thread-safe: one instance per call.
 */
public final class Tokens {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] keys;

    private Tokens(String text, int[] starts, int[] ends, String[] keys) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.keys = keys;
    }

    public static Tokens of(String text) {
        String t = text == null ? "" : text;
        int cap = Math.max(8, t.length() / 5);
        int[] s = new int[cap];
        int[] e = new int[cap];
        int n = 0;
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int j = i + Character.charCount(cp);
                while (j < t.length()) {
                    int c = t.codePointAt(j);
                    if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                        break;
                    }
                    j += Character.charCount(c);
                }
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                    e = Arrays.copyOf(e, n * 2);
                }
                s[n] = i;
                e[n] = j;
                n++;
                i = j;
            } else {
                i += Character.charCount(cp);
            }
        }
        return new Tokens(t, Arrays.copyOf(s, n), Arrays.copyOf(e, n), new String[n]);
    }

    public int size() {
        return keys.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The folded key of token i, computed on first use. */
    public String key(int i) {
        String k = keys[i];
        if (k == null) {
            k = Texts.foldToken(text.substring(starts[i], ends[i]));
            keys[i] = k;
        }
        return k;
    }

    public String surface(int i) {
        return text.substring(starts[i], ends[i]);
    }

    public String text() {
        return text;
    }

    /** The keys of tokens [from, from + length) joined by single spaces. */
    public String phraseKey(int from, int length) {
        if (length == 1) {
            return key(from);
        }
        StringBuilder sb = new StringBuilder(key(from));
        for (int i = from + 1; i < from + length; i++) {
            sb.append(' ').append(key(i));
        }
        return sb.toString();
    }
}
