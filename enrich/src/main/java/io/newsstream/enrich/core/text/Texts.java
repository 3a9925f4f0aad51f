package io.newsstream.enrich.core.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisations shared by the cleaner, the fingerprints and the taggers. Stateless. */
public final class Texts {
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
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
        return TokenFold.fold(token);
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
