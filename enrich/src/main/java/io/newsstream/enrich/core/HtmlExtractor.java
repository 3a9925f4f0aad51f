package io.newsstream.enrich.core;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Basic main-text extraction from an article page with jsoup: page chrome (script, style, nav,
 * header, footer, aside, forms, figures) is dropped, {@code <article>} (else {@code <main>}, else
 * the body) is the root, and its paragraphs, sub-headings and list items become lines. Also reads
 * {@code <link rel=canonical>}, {@code og:title}, {@code article:section} and the author meta tag.
 * Stateless and thread-safe.
 */
public final class HtmlExtractor {
    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, figure, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

    /** The extracted page; every field but {@code text} may be null. */
    public record ExtractedPage(String title, String text, String canonicalUrl, String section, String author) {}

    public ExtractedPage extract(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        String canonical = null;
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && !link.absUrl("href").isEmpty()) {
            canonical = link.absUrl("href");
        }
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), text(doc.selectFirst("h1")), doc.title());
        String section = meta(doc, "meta[property=article:section]");
        String author = firstNonBlank(meta(doc, "meta[name=author]"), meta(doc, "meta[property=article:author]"));
        doc.select(CHROME).remove();
        Element root = firstNonNull(doc.selectFirst("article"), doc.selectFirst("[itemprop=articleBody]"),
                doc.selectFirst("main"), doc.body());
        return new ExtractedPage(title, root == null ? "" : mainText(root), canonical, section, author);
    }

    private static String mainText(Element root) {
        Elements blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) {
            return root.wholeText();
        }
        List<String> lines = new ArrayList<>();
        for (Element e : blocks) {
            if (hasBlockAncestor(e, root)) {
                continue;
            }
            String t = e.text().trim();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        return String.join("\n\n", lines);
    }

    private static boolean hasBlockAncestor(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static String meta(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
