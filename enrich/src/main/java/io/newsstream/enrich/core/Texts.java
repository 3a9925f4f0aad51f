package io.newsstream.enrich.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisations shared by the cleaner, the fingerprints and the taggers. Stateless. */
public final class Texts {
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Texts() {}

    /** NFC, line ends as {@code \n}, invisible characters removed, runs of spaces of every kind as one ASCII space. */
    public static String normalizeWhitespace(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
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
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return null;
            }
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                gap = false;
                sb.append(upper ? (char) (c + 32) : c);
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    /** Lower case without accents ("Côte" → "cote"), the key form of gazetteer and lexicon tokens. */
    public static String foldToken(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 0x7F) {
                return MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return t;
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
