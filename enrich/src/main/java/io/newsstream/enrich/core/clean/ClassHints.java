package io.newsstream.enrich.core.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it (readability-style hints): negative (navigation,
 * sharing, comments, related links, adverts, …), strongly negative (never article text, even in a
 * container also named "article" or "content"), positive (article, body, content, entry, …). Parts
 * are matched as substrings ("sharedaddy", "jp-relatedposts") or, for short words, as whole
 * dash/underscore/space-separated tokens ("ad", "nav"). One pass over the hints, no regex.
 */
final class ClassHints {
    private static final List<String> NEGATIVE = List.of("comment", "share", "sharing", "social", "related",
            "recirc", "sidebar", "widget", "footer", "navigation", "breadcrumb", "advert", "promo", "newsletter",
            "subscribe", "signup", "cookie", "consent", "popup", "modal", "masthead", "author-bio", "taxonomy",
            "pagination", "pager", "popular", "trending", "outbrain", "taboola", "disqus", "sponsor", "toolbar",
            "caption");
    private static final Set<String> NEGATIVE_TOKENS = Set.of("nav", "menu", "ad", "ads", "banner", "byline", "tag",
            "tags", "skip", "print", "rss", "credit", "credits", "meta", "overline", "kicker", "dateline", "date",
            "timestamp");
    private static final List<String> STRONG = List.of("share", "sharing", "social", "comment", "related", "recirc",
            "newsletter", "promo", "advert", "outbrain", "taboola", "disqus", "cookie", "consent", "popular",
            "trending");
    private static final Set<String> STRONG_TOKENS = Set.of("ad", "ads");
    private static final List<String> POSITIVE = List.of("article", "body", "content", "entry", "main", "post",
            "story", "text", "prose", "blog", "hentry", "field-item", "field--item");

    static final int NEGATIVE_FLAG = 1;
    static final int STRONG_FLAG = 2;
    static final int POSITIVE_FLAG = 4;
    /** Every part of the three lists, by its first letter, with the flags of the lists it is in. */
    private static final String[][] PARTS_BY_LETTER = new String[128][];
    private static final int[][] FLAGS_BY_LETTER = new int[128][];
    private static final String[] NEGATIVE_TOKEN_ARRAY = NEGATIVE_TOKENS.toArray(String[]::new);
    private static final String[] STRONG_TOKEN_ARRAY = STRONG_TOKENS.toArray(String[]::new);

    static {
        Map<String, Integer> flags = new LinkedHashMap<>();
        NEGATIVE.forEach(p -> flags.merge(p, NEGATIVE_FLAG, (a, b) -> a | b));
        STRONG.forEach(p -> flags.merge(p, STRONG_FLAG, (a, b) -> a | b));
        POSITIVE.forEach(p -> flags.merge(p, POSITIVE_FLAG, (a, b) -> a | b));
        for (char c = 0; c < 128; c++) {
            List<String> parts = new ArrayList<>();
            List<Integer> partFlags = new ArrayList<>();
            for (Map.Entry<String, Integer> e : flags.entrySet()) {
                if (e.getKey().charAt(0) == c) {
                    parts.add(e.getKey());
                    partFlags.add(e.getValue());
                }
            }
            PARTS_BY_LETTER[c] = parts.toArray(String[]::new);
            FLAGS_BY_LETTER[c] = partFlags.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private ClassHints() {}

    /** The element's class and id, lower case; empty when it has neither. */
    static String of(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    static boolean negative(String hints) {
        return (flags(hints) & NEGATIVE_FLAG) != 0;
    }

    static boolean strongNegative(String hints) {
        return (flags(hints) & STRONG_FLAG) != 0;
    }

    static boolean positive(String hints) {
        return (flags(hints) & POSITIVE_FLAG) != 0;
    }

    /**
     * {@link #NEGATIVE_FLAG}, {@link #STRONG_FLAG} and {@link #POSITIVE_FLAG} of the hints, found in
     * one pass: at each position only the parts starting with that letter are tried.
     */
    static int flags(String hints) {
        int flags = 0;
        for (int i = 0; i < hints.length(); i++) {
            char c = hints.charAt(i);
            if (c >= 128) {
                continue;
            }
            String[] parts = PARTS_BY_LETTER[c];
            for (int k = 0; k < parts.length; k++) {
                if (hints.startsWith(parts[k], i)) {
                    flags |= FLAGS_BY_LETTER[c][k];
                }
            }
        }
        if ((flags & NEGATIVE_FLAG) == 0 && hasToken(hints, NEGATIVE_TOKEN_ARRAY)) {
            flags |= NEGATIVE_FLAG;
        }
        if ((flags & STRONG_FLAG) == 0 && hasToken(hints, STRONG_TOKEN_ARRAY)) {
            flags |= STRONG_FLAG;
        }
        return flags;
    }

    private static boolean hasToken(String hints, String[] tokens) {
        int start = 0;
        for (int i = 0; i <= hints.length(); i++) {
            if (i == hints.length() || isSeparator(hints.charAt(i))) {
                if (i > start && i - start <= 9 && isToken(hints, start, i - start, tokens)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean isToken(String hints, int start, int length, String[] tokens) {
        for (String t : tokens) {
            if (t.length() == length && hints.startsWith(t, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '_';
    }
}
