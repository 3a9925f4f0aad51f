package io.newsstream.enrich.core.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the main text of a page in the spirit of readability: page chrome (and the {@code h1}
 * headline, which is metadata) and elements whose class or id say navigation, sharing, comments,
 * related links, adverts and the like ({@link ClassHints}) are dropped; every paragraph scores its
 * parent, grandparent and great-grandparent (1 + commas + up to 3 for length, divided by 1, 2, 3),
 * containers add their tag and class weight, scores shrink with link density, and the best
 * container plus its content-bearing siblings (or, alone, the one child holding nearly all its
 * text) give the text: paragraphs, sub-headings, list items, quotes, {@code <br>}-separated lines
 * and text runs between blocks, minus link lists. Stateless.
 */
final class MainContent {
    private static final String CHROME = "h1, script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, input, textarea, figure, video, audio, canvas, object, embed, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
            + "[aria-hidden=true], [hidden]";
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
    static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "dd", "dt");
    private static final Evaluator CHROME_QUERY = QueryParser.parse(CHROME);
    private static final Set<String> CHROME_TAGS = Set.of("h1", "script", "style", "noscript", "template", "nav",
            "header", "footer", "aside", "form", "iframe", "svg", "button", "select", "input", "textarea", "figure",
            "video", "audio", "canvas", "object", "embed", "dialog");
    private static final Evaluator ARTICLE_QUERY = QueryParser.parse("article, main, [itemprop=articleBody]");
    static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "span", "font",
            "center", "table", "tbody", "tr", "td");
    private static final Set<String> KEEP = Set.of("html", "body", "article", "main");
    private static final int MIN_PARAGRAPH = 25;

    private MainContent() {}

    /** The main text of a page body (modified in place), paragraphs separated by a blank line. */
    static String extract(Element body) {
        if (body == null) {
            return "";
        }
        removeChrome(body);
        removeUnlikely(body);
        ElementTexts texts = new ElementTexts();
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : paragraphLike(body)) {
            ElementTexts.Stats text = texts.stats(p);
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + text.commas() + Math.min(text.length() / 100, 3);
            Element ancestor = p.parent();
            for (int level = 1; level <= 3 && ancestor != null; level++, ancestor = ancestor.parent()) {
                scores.merge(ancestor, score / level, Double::sum);
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = (e.getValue() + initialScore(e.getKey())) * (1 - texts.linkDensity(e.getKey()));
            e.setValue(s);
            if (s > best) {
                best = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            return ContentLines.of(List.of(body), texts);
        }
        List<Element> chosen = withSiblings(top, best, scores, texts);
        return ContentLines.of(chosen.size() == 1 ? List.of(descend(top, texts)) : chosen, texts);
    }

    /**
     * Removes every element matching {@link #CHROME} (the root too, from its parent), as
     * {@code root.select(CHROME).remove()} does, in one walk that asks the selector only about
     * elements of a chrome tag or with a role, aria-hidden or hidden attribute.
     */
    private static void removeChrome(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return depth > 0 && node instanceof Element e && isChrome(root, e) ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, root);
        if (isChrome(root, root) && root.parent() != null) {
            root.remove();
        }
    }

    private static boolean isChrome(Element root, Element e) {
        return (CHROME_TAGS.contains(e.normalName()) || e.hasAttr("role") || e.hasAttr("aria-hidden") || e.hasAttr("hidden"))
                && CHROME_QUERY.matches(root, e);
    }

    /** Paragraph elements, plus divs holding text directly (pages that use {@code <br>} instead of {@code <p>}). */
    private static List<Element> paragraphLike(Element root) {
        List<Element> out = new ArrayList<>();
        List<Element> divs = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                if (PARAGRAPH_TAGS.contains(e.normalName())) {
                    out.add(e);
                } else if (e.normalName().equals("div") && hasOwnText(e)) {
                    divs.add(e);
                }
            }
        }, root);
        out.addAll(divs);
        return out;
    }

    private static boolean hasOwnText(Element e) {
        int chars = 0;
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                chars += t.text().trim().length();
            }
        }
        return chars >= MIN_PARAGRAPH;
    }

    /**
     * Removes, in page order, every element whose class or id says it is no article text (strongly
     * negative, or negative and not positive) unless it holds an article or main element. One walk:
     * what lies inside a removed element is not looked at, as removing it could change nothing.
     */
    private static void removeUnlikely(Element root) {
        Map<String, Integer> flagsByHints = new HashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return depth > 0 && node instanceof Element e && isUnlikely(e, flagsByHints)
                        && e.selectFirst(ARTICLE_QUERY) == null ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, root);
    }

    private static boolean isUnlikely(Element e, Map<String, Integer> flagsByHints) {
        if (KEEP.contains(e.normalName())) {
            return false;
        }
        String hints = ClassHints.of(e);
        if (hints.isEmpty()) {
            return false;
        }
        Integer known = flagsByHints.get(hints);
        int flags = known != null ? known : ClassHints.flags(hints);
        if (known == null) {
            flagsByHints.put(hints, flags);
        }
        return (flags & ClassHints.STRONG_FLAG) != 0
                || (flags & ClassHints.NEGATIVE_FLAG) != 0 && (flags & ClassHints.POSITIVE_FLAG) == 0;
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "article", "main" -> 10;
            case "div" -> 5;
            case "pre", "td", "blockquote", "section" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.hasAttr("itemprop") && e.attr("itemprop").contains("articleBody")) {
            s += 25;
        }
        String hints = ClassHints.of(e);
        if (!hints.isEmpty()) {
            int flags = ClassHints.flags(hints);
            s += (flags & ClassHints.POSITIVE_FLAG) != 0 ? 25 : 0;
            s -= (flags & ClassHints.NEGATIVE_FLAG) != 0 ? 25 : 0;
        }
        return s;
    }

    /** The top candidate and those siblings that score near it or read like paragraphs. */
    private static List<Element> withSiblings(Element top, double best, Map<Element, Double> scores,
                                              ElementTexts texts) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, best * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            Double s = scores.get(sibling);
            if (s != null && s >= threshold) {
                out.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                ElementTexts.Stats text = texts.stats(sibling);
                double links = texts.linkDensity(sibling);
                if (text.length() > 80 && links < 0.25 || links == 0 && text.endsWithPeriod()) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    /** Into the one container child that holds nearly all of the text (leaving bylines and dates behind). */
    private static Element descend(Element top, ElementTexts texts) {
        Element e = top;
        for (int depth = 0; depth < 10; depth++) {
            int total = texts.length(e);
            Element next = null;
            for (Element child : e.children()) {
                if (CONTAINERS.contains(child.normalName()) && texts.length(child) >= 0.9 * total) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return e;
            }
            e = next;
        }
        return e;
    }
}
