package io.newsstream.enrich.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a token for matching: lower case, decomposed (NFD), combining marks dropped. Latin and Cyrillic words are
 * folded from a per-char table (the general path normalises and runs a regular expression on every non-ASCII word).
 */
final class TokenFold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TokenFold() {
    }

    static String fold(String token) {
        String fast = foldByTable(token);
        if (fast != null) {
            return fast;
        }
        return foldGeneral(token);
    }

    /** Lower case, decomposed (NFD), combining marks dropped: the definition {@link Texts#foldToken} follows. */
    static String foldGeneral(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 0x7F) {
                String d = Normalizer.isNormalized(t, Normalizer.Form.NFD) ? t : Normalizer.normalize(t, Normalizer.Form.NFD);
                return hasMark(d) ? MARKS.matcher(d).replaceAll("") : d;
            }
        }
        return t;
    }

    /** The fold of each char of Latin (U+0080–U+036F) and Cyrillic (U+0400–U+052F), where no case rule needs context. */
    private static final String[] FOLD_TABLE = foldTable();
    /** The same where it is one char; {@link #NOT_ONE_CHAR} where it is none, several, or outside the table. */
    private static final char[] FOLD_CHAR = foldChars(FOLD_TABLE);
    private static final char TABLE_END = 0x052F;
    private static final char NOT_ONE_CHAR = '\uFFFF';

    private static String[] foldTable() {
        String[] table = new String[TABLE_END + 1];
        for (char c = 0; c <= TABLE_END; c++) {
            if (c <= 0x036F || c >= 0x0400) {
                table[c] = foldGeneral(String.valueOf(c));
            }
        }
        return table;
    }

    private static char[] foldChars(String[] table) {
        char[] chars = new char[table.length];
        for (int c = 0; c < table.length; c++) {
            chars[c] = table[c] != null && table[c].length() == 1 ? table[c].charAt(0) : NOT_ONE_CHAR;
        }
        return chars;
    }

    /** {@link #foldGeneral} char by char from the table, or null when a char is outside it (Greek, CJK, surrogates). */
    static String foldByTable(String token) {
        int n = token.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            if (c > TABLE_END || FOLD_TABLE[c] == null) {
                return null;
            }
            char f = FOLD_CHAR[c];
            if (f == NOT_ONE_CHAR) {
                return foldByTableSlow(token);
            }
            out[i] = f;
        }
        return new String(out);
    }

    /** The same for a token with a char that folds to none or several chars (a combining mark, "ǆ"). */
    private static String foldByTableSlow(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            String f = c <= TABLE_END ? FOLD_TABLE[c] : null;
            if (f == null) {
                return null;
            }
            out.append(f);
        }
        return out.toString();
    }

    /** Whether a combining mark (\p{M}) occurs: most non-Latin words ("москва") have none once decomposed. */
    private static boolean hasMark(String s) {
        return s.codePoints().anyMatch(c -> {
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
        });
    }
}
