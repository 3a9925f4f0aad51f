package io.newsstream.enrich.core;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The texts ({@link Element#text()}) and link densities of a page's elements, each computed once
 * for the {@link MainContent} scoring, which asks for the same containers and links again and again.
 * The page must not change while one is in use.
 */
final class ElementTexts {
    private final Map<Element, String> texts = new IdentityHashMap<>();
    private final Map<Element, Double> linkDensities = new IdentityHashMap<>();

    String text(Element e) {
        String t = texts.get(e);
        if (t == null) {
            t = e.text();
            texts.put(e, t);
        }
        return t;
    }

    /** Characters of link text per character of text (0 for an element without text), at most 1. */
    double linkDensity(Element e) {
        Double cached = linkDensities.get(e);
        if (cached != null) {
            return cached;
        }
        int total = text(e).length();
        double density = 0;
        if (total > 0) {
            int links = 0;
            for (Element a : e.getElementsByTag("a")) {
                links += text(a).length();
            }
            density = Math.min(1, (double) links / total);
        }
        linkDensities.put(e, density);
        return density;
    }
}
