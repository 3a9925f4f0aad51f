package io.newsstream.enrich.core.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisations shared by the cleaner, the fingerprints and the taggers. Stateless. */
public final class Texts {
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Per ASCII character: its lower-case form when it is a letter or digit, else 0. */
    private static final byte[] ASCII_FOLD = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_FOLD[c] = (byte) c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_FOLD[c] = (byte) c;
            ASCII_FOLD[c - 32] = (byte) c;
        }
    }

    private Texts() {}

    /** NFC, line ends as {@code \n}, invisible characters removed, runs of spaces of every kind as one ASCII space. */
    public static String normalizeWhitespace(String text) {
        if (text == null) {
            return "";
        }
        int from = firstWhitespaceChange(text);
        if (from < 0) {
            return text;
        }
        String t = text;
        if (from == FULL_PASS) {
            t = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
            from = 0;
        }
        StringBuilder sb = new StringBuilder(t.length());
        sb.append(t, 0, from);
        boolean space = from > 0 && t.charAt(from - 1) == ' ';
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\r') {
                if (i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                c = '\n';
            }
            if (c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF') {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f'
                    || c >= 0x80 && Character.getType(c) == Character.SPACE_SEPARATOR) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
                continue;
            }
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }

    private static final int FULL_PASS = Integer.MAX_VALUE;

    /**
     * Where {@link #normalizeWhitespace} first changes the text: -1 when it leaves it as it is,
     * {@link #FULL_PASS} when the text has characters from U+0300 on (combining marks and beyond,
     * where NFC may apply), else the index of the first character to drop or replace. Below U+0300
     * every text is NFC already.
     */
    private static int firstWhitespaceChange(String t) {
        int first = -1;
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c > ' ' && c < 0x80) {
                space = false;
                continue;
            }
            if (c >= 0x300) {
                return FULL_PASS;
            }
            if (first < 0 && (c == '\r' || c == '\t' || c == '\u000B' || c == '\f' || c == ' ' && space
                    || c == '\u0085' || c == '\u00A0' || c == '\u00AD')) {
                first = i;
            }
            space = c == ' ';
        }
        return first;
    }

    /** One line: whitespace normalised, trimmed, inner runs collapsed; null for null or blank. */
    public static String cleanLine(String text) {
        if (text == null) {
            return null;
        }
        String t = SPACE_RUN.matcher(normalizeWhitespace(text).replace('\n', ' ')).replaceAll(" ").trim();
        return t.isEmpty() ? null : t;
    }

    /**
     * The comparison form of a text: NFKC (ligatures, no-break and full-width forms), curly quotes
     * and dashes folded to ASCII, case folded, every run of punctuation, symbols and whitespace one space.
     */
    public static String comparisonForm(String text) {
        if (text == null) {
            return "";
        }
        String ascii = asciiComparisonForm(text);
        if (ascii != null) {
            return ascii;
        }
        String t = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        t = foldTypography(t).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(t.length());
        boolean gap = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                gap = false;
                if (cp == 'ß') {
                    sb.append("ss");
                } else {
                    sb.appendCodePoint(cp);
                }
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    /** The comparison form of an all-ASCII text in one pass (same result as the general path), else null. */
    private static String asciiComparisonForm(String text) {
        int n = text.length();
        byte[] out = new byte[n];
        int len = 0;
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            byte folded = ASCII_FOLD[c];
            if (folded == 0) {
                gap = true;
                continue;
            }
            if (gap && len > 0) {
                out[len++] = ' ';
            }
            gap = false;
            out[len++] = folded;
        }
        return new String(out, 0, len, StandardCharsets.ISO_8859_1);
    }

    /**
     * Whether the {@link #comparisonForm} of the text has at least {@code min} characters, usually
     * decided from the first letters and digits without building the form: every ASCII letter or
     * digit before the first non-ASCII character stays one character of the form.
     */
    public static boolean comparisonFormAtLeast(String text, int min) {
        if (text == null) {
            return min <= 0;
        }
        int kept = 0;
        for (int i = 0; i < text.length() && kept < min; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return comparisonForm(text).length() >= min;
            }
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                kept++;
            }
        }
        return kept >= min || comparisonForm(text).length() >= min;
    }

    /** {@code line.replaceAll("\\s+", " ")} without a regex: runs of ASCII whitespace as one space. */
    public static String collapseAsciiWhitespace(String line) {
        StringBuilder sb = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean ws = isRegexSpace(c);
            if (sb == null) {
                if (ws && (c != ' ' || i + 1 < line.length() && isRegexSpace(line.charAt(i + 1)))) {
                    sb = new StringBuilder(line.length()).append(line, 0, i).append(' ');
                    while (i + 1 < line.length() && isRegexSpace(line.charAt(i + 1))) {
                        i++;
                    }
                }
            } else if (ws) {
                sb.append(' ');
                while (i + 1 < line.length() && isRegexSpace(line.charAt(i + 1))) {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb == null ? line : sb.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Lower case without accents ("Côte" → "cote"), the key form of gazetteer and lexicon tokens. */
    public static String foldToken(String token) {
        String fast = foldByTable(token);
        if (fast != null) {
            return fast;
        }
        return foldGeneral(token);
    }

    /** Lower case, decomposed (NFD), combining marks dropped: the definition {@link #foldToken} follows. */
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
            char f = c <= TABLE_END ? FOLD_CHAR[c] : NOT_ONE_CHAR;
            if (f == NOT_ONE_CHAR) {
                return foldByTableSlow(token);
            }
            out[i] = f;
        }
        return new String(out);
    }

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

    static String foldTypography(String t) {
        StringBuilder sb = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char r = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u0060' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                case '\u00A0', '\u2007', '\u202F' -> ' ';
                default -> c;
            };
            if (r != c) {
                if (sb == null) {
                    sb = new StringBuilder(t);
                }
                sb.setCharAt(i, r);
            }
        }
        return sb == null ? t : sb.toString();
    }
}
