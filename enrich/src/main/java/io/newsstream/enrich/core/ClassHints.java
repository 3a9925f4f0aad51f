package io.newsstream.enrich.core;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it (readability-style hints): negative (navigation,
 * sharing, comments, related links, adverts, …), strongly negative (never article text, even in a
 * container also named "article" or "content"), positive (article, body, content, entry, …). Parts
 * are matched as substrings ("sharedaddy", "jp-relatedposts") or, for short words, as whole
 * dash/underscore/space-separated tokens ("ad", "nav"). Plain {@code indexOf} checks, no regex.
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
        return containsAny(hints, NEGATIVE) || hasToken(hints, NEGATIVE_TOKENS);
    }

    static boolean strongNegative(String hints) {
        return containsAny(hints, STRONG) || hasToken(hints, STRONG_TOKENS);
    }

    static boolean positive(String hints) {
        return containsAny(hints, POSITIVE);
    }

    private static boolean containsAny(String hints, List<String> parts) {
        for (String p : parts) {
            if (hints.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasToken(String hints, Set<String> tokens) {
        int start = 0;
        for (int i = 0; i <= hints.length(); i++) {
            if (i == hints.length() || isSeparator(hints.charAt(i))) {
                if (i > start && i - start <= 9 && tokens.contains(hints.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '_';
    }
}
