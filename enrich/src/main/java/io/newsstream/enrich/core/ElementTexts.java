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
    private final Map<Element, Integer> linkChars = new IdentityHashMap<>();

    String text(Element e) {
        String t = texts.get(e);
        if (t == null) {
            t = e.text();
            texts.put(e, t);
        }
        return t;
    }

    /** The text length of every {@code a} element in the subtree (the element included), summed bottom-up once. */
    private int linkChars(Element e) {
        Integer known = linkChars.get(e);
        if (known != null) {
            return known;
        }
        int chars = e.normalName().equals("a") ? text(e).length() : 0;
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
        int total = links == 0 ? 0 : text(e).length();
        double density = total > 0 ? Math.min(1, (double) links / total) : 0;
        linkDensities.put(e, density);
        return density;
    }
}
