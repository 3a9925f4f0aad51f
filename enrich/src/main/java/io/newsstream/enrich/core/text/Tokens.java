package io.newsstream.enrich.core.text;

import java.util.Arrays;

/**
 * A text cut into word tokens (maximal runs of letters and digits; everything else separates):
 * offsets into the text and the folded key ({@link Texts#foldToken}) of each token. Immutable.
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
        String[] k = new String[cap];
        int n = 0;
        int i = 0;
        int len = t.length();
        while (i < len) {
            int gap = Tokens.gapAt(t, i);
            if (gap > 0) {
                i += gap;
                continue;
            }
            int j = tokenEnd(t, i);
            boolean plain = true;
            for (int c = i; c < j && plain; c++) {
                char ch = t.charAt(c);
                plain = ch < 0x80 && (ch < 'A' || ch > 'Z');
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
                k = Arrays.copyOf(k, n * 2);
            }
            s[n] = i;
            e[n] = j;
            String surface = t.substring(i, j);
            k[n] = plain ? surface : Texts.foldToken(surface);
            n++;
            i = j;
        }
        return new Tokens(t, Arrays.copyOf(s, n), Arrays.copyOf(e, n), Arrays.copyOf(k, n));
    }

    /**
     * The end (exclusive) of the token that starts at {@code i}: the run of ASCII letters and digits and of
     * non-ASCII letters, digits and combining marks. The one token rule of the project ({@link Tokens#of} and the
     * topic tokens both cut with it).
     */
    public static int tokenEnd(String t, int i) {
        int len = t.length();
        int j = i;
        while (j < len) {
            char c = t.charAt(j);
            if (c < 0x80) {
                if (!isAsciiLetterOrDigit(c)) {
                    break;
                }
                j++;
            } else {
                int width = nonAsciiTokenCharsAt(t, j);
                if (width == 0) {
                    break;
                }
                j += width;
            }
        }
        return j;
    }

    /** Chars to step over at {@code i} when no token starts there, or 0 when one does. */
    public static int gapAt(String t, int i) {
        char ch = t.charAt(i);
        if (ch < 0x80) {
            return isAsciiLetterOrDigit(ch) ? 0 : 1;
        }
        int cp = t.codePointAt(i);
        return Character.isLetterOrDigit(cp) ? 0 : Character.charCount(cp);
    }

    /** Chars of the non-ASCII letter, digit or combining mark at {@code j}, or 0 when it ends a token. */
    private static int nonAsciiTokenCharsAt(String t, int j) {
        int cp = t.codePointAt(j);
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                ? Character.charCount(cp) : 0;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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

    public String key(int i) {
        return keys[i];
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
            return keys[from];
        }
        StringBuilder sb = new StringBuilder(keys[from]);
        for (int i = from + 1; i < from + length; i++) {
            sb.append(' ').append(keys[i]);
        }
        return sb.toString();
    }
}
