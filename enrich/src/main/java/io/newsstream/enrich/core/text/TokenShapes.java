package io.newsstream.enrich.core.text;

/**
 * Shape tests on {@link Tokens} shared by the geoparser's rules: all-capital words, sentence starts
 * and the tight spacing that joins the words of one name. Stateless.
 */
public final class TokenShapes {
    static final int MAX_GAP = 2;

    private TokenShapes() {
    }

    public static boolean upper(Tokens t, int i) {
        return Character.isUpperCase(t.text().charAt(t.start(i)));
    }

    public static boolean allCaps(Tokens t, int i) {
        String text = t.text();
        for (int x = t.start(i); x < t.end(i); x++) {
            if (Character.isLowerCase(text.charAt(x))) {
                return false;
            }
        }
        return true;
    }

    /** Token i starts a sentence, a line or a clause after a colon or dash (quotes and brackets skipped). */
    public static boolean sentenceInitial(Tokens t, int i) {
        String text = t.text();
        int x = t.start(i) - 1;
        while (x >= 0 && (text.charAt(x) == ' ' || text.charAt(x) == '"' || text.charAt(x) == '“'
                || text.charAt(x) == '\'' || text.charAt(x) == '‘' || text.charAt(x) == '(')) {
            x--;
        }
        if (x < 0) {
            return true;
        }
        char c = text.charAt(x);
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '-' || c == '—';
    }

    /** Words of one phrase follow each other closely: a space, a hyphen, an apostrophe or an abbreviation's dot. */
    public static boolean tight(Tokens t, int from, int len) {
        String text = t.text();
        for (int k = from; k < from + len - 1; k++) {
            int gapStart = t.end(k);
            int gapEnd = t.start(k + 1);
            if (gapEnd - gapStart > MAX_GAP) {
                return false;
            }
            for (int x = gapStart; x < gapEnd; x++) {
                char c = text.charAt(x);
                boolean ok = c == ' ' || c == '-' || c == '\'' || c == '’'
                        || (c == '.' && t.end(k) - t.start(k) <= 4);
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }
}
