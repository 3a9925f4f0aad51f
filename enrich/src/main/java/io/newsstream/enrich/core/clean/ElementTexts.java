package io.newsstream.enrich.core.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What the {@link MainContent} scoring asks of an element's text ({@link Element#text()}): its
 * length, commas and last character, and its link density, each computed once per element. Only
 * these figures are kept, never the text, so nested paragraph-like elements (a chain of
 * blockquotes, tables in tables) cost memory linear in the page, not in its depth times its text.
 * Link texts, which are read into lines, are not cached. The page must not change while one is in use.
 */
final class ElementTexts {
    /** The figures of one element's text. */
    record Stats(int length, int commas, boolean endsWithPeriod) {}

    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final Map<Element, Double> linkDensities = new IdentityHashMap<>();
    private final Map<Element, Integer> linkChars = new IdentityHashMap<>();

    Stats stats(Element e) {
        Stats s = stats.get(e);
        if (s == null) {
            String t = e.text();
            s = new Stats(t.length(), commas(t), t.endsWith("."));
            stats.put(e, s);
        }
        return s;
    }

    int length(Element e) {
        return stats(e).length();
    }

    /** The text of a link element (not cached: links are read once, into their line). */
    String linkText(Element a) {
        return a.text();
    }

    /** The text length of every {@code a} element in the subtree (the element included), summed bottom-up once. */
    private int linkChars(Element e) {
        Integer known = linkChars.get(e);
        if (known != null) {
            return known;
        }
        int chars = e.normalName().equals("a") ? length(e) : 0;
        for (int i = 0; i < e.childrenSize(); i++) {
            chars += linkChars(e.child(i));
        }
        linkChars.put(e, chars);
        return chars;
    }

    /** Characters of link text per character of text (0 for an element without text), at most 1. */
    double linkDensity(Element e) {
        Double cached = linkDensities.get(e);
        if (cached != null) {
            return cached;
        }
        int links = linkChars(e);
        int total = links == 0 ? 0 : length(e);
        double density = total > 0 ? Math.min(1, (double) links / total) : 0;
        linkDensities.put(e, density);
        return density;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }
}
