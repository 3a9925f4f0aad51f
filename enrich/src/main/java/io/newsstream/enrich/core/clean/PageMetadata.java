package io.newsstream.enrich.core.clean;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Article metadata of a page: JSON-LD ({@code NewsArticle} and the other {@code *Article} /
 * {@code BlogPosting} types, also inside {@code @graph}), Open Graph / {@code article:*} tags, the
 * common {@code meta name} tags, {@code itemprop} microdata and {@code <time datetime>}. Every
 * field may be null. JSON that does not parse is ignored.
 */
record PageMetadata(String title, String author, String publishedAt, String section, String canonicalUrl,
                    String language, String tags, String articleBody) {


    private static final Map<String, Evaluator> QUERIES = new ConcurrentHashMap<>();
    private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};

    private static final Evaluator LD_SCRIPT = q("script[type=application/ld+json]");
    private static final Evaluator CANONICAL_LINK = q("link[rel=canonical][href]");
    private static final Evaluator HTML_LANG = q("html[lang]");
    private static final Evaluator ARTICLE_TAG = q("meta[property=article:tag]");
    private static final Evaluator AUTHOR_LINK = q("a[rel=author]");
    private static final Evaluator PUBLISHED_TIME = q("time[itemprop=datePublished][datetime]");

    static PageMetadata of(Document doc) {
        Page page = Page.scan(doc);
        Map<String, String> meta = page.meta;
        JsonNode ld = JsonLd.article(page.ldScripts);
        String title = first(meta.get("property=og:title"), JsonLd.text(ld, "headline"), JsonLd.text(ld, "name"),
                meta.get("name=twitter:title"));
        if (title == null) {
            title = first(textOf(page.h1), stripSiteSuffix(doc.title()));
        }
        String author = first(JsonLd.author(ld), meta.get("name=author"), nameOnly(meta.get("property=article:author")),
                bylineMeta(meta.get("name=byl")), meta.get("name=parsely-author"));
        if (author == null) {
            author = first(textOf(doc.selectFirst(q("[itemprop=author] [itemprop=name]"))), textOf(page.authorLink));
        }
        String published = first(JsonLd.text(ld, "datePublished"), meta.get("property=article:published_time"),
                meta.get("itemprop=datepublished"), meta.get("name=pubdate"),
                meta.get("name=publish-date"), meta.get("name=date"), meta.get("name=dc.date"),
                meta.get("name=dc.date.issued"), meta.get("name=parsely-pub-date"), attr(page.publishedTime, "datetime"));
        if (published == null) {
            published = attr(doc.selectFirst(q("article time[datetime], time[pubdate][datetime]")), "datetime");
        }
        String section = first(meta.get("property=article:section"), JsonLd.firstText(ld, "articleSection"),
                meta.get("name=parsely-section"));
        String canonical = first(attr(page.canonicalLink, "abs:href"),
                meta.get("property=og:url"), JsonLd.text(ld, "url"), JsonLd.id(ld));
        String language = first(JsonLd.text(ld, "inLanguage"), attr(page.htmlLang, "lang"),
                meta.get("property=og:locale"), meta.get("http-equiv=content-language"));
        List<String> tags = new ArrayList<>();
        for (Element e : page.articleTags) {
            addTag(tags, e.attr("content"));
        }
        if (tags.isEmpty() && ld != null) {
            JsonNode k = ld.get("keywords");
            if (k != null && k.isArray()) {
                k.forEach(x -> addTag(tags, x.asText()));
            } else if (k != null && k.isTextual()) {
                for (String t : k.asText().split(",")) {
                    addTag(tags, t);
                }
            }
        }
        return new PageMetadata(title, author, published, section, canonical, io.newsstream.enrich.core.lang.LanguageCodes.primary(language),
                tags.isEmpty() ? null : String.join(", ", tags), JsonLd.text(ld, "articleBody"));
    }

    /**
     * What one walk over the page finds: every {@code <meta>} content by "property=og:title",
     * "name=author", … (lower-cased names; first one wins), the JSON-LD scripts and {@code article:tag}
     * metas in page order, and the first h1, canonical link, {@code html[lang]}, author link and
     * {@code time[itemprop=datePublished]} (each as {@code selectFirst} would find it).
     */
    private static final class Page {
        final Map<String, String> meta = new HashMap<>();
        final List<Element> ldScripts = new ArrayList<>();
        final List<Element> articleTags = new ArrayList<>();
        Element h1;
        Element canonicalLink;
        Element htmlLang;
        Element authorLink;
        Element publishedTime;

        static Page scan(Document doc) {
            Page p = new Page();
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Element e) {
                    p.visit(doc, e);
                }
            }, doc);
            return p;
        }

        private void visit(Document doc, Element e) {
            switch (e.normalName()) {
                case "meta" -> meta(doc, e);
                case "script" -> {
                    if (LD_SCRIPT.matches(doc, e)) {
                        ldScripts.add(e);
                    }
                }
                case "h1" -> h1 = h1 != null ? h1 : e;
                case "link" -> canonicalLink = canonicalLink != null || !CANONICAL_LINK.matches(doc, e) ? canonicalLink : e;
                case "html" -> htmlLang = htmlLang != null || !HTML_LANG.matches(doc, e) ? htmlLang : e;
                case "a" -> authorLink = authorLink != null || !AUTHOR_LINK.matches(doc, e) ? authorLink : e;
                case "time" -> publishedTime = publishedTime != null || !PUBLISHED_TIME.matches(doc, e) ? publishedTime : e;
                default -> { }
            }
        }

        private void meta(Document doc, Element m) {
            if (ARTICLE_TAG.matches(doc, m)) {
                articleTags.add(m);
            }
            String content = blankToNull(m.attr("content"));
            if (content == null) {
                return;
            }
            for (String key : META_KEYS) {
                String name = m.attr(key);
                if (!name.isEmpty()) {
                    meta.putIfAbsent(key + "=" + name.toLowerCase(Locale.ROOT), content);
                }
            }
        }
    }

    private static String nameOnly(String value) {
        return value == null || value.startsWith("http") ? null : value;
    }

    private static String bylineMeta(String value) {
        if (value == null) {
            return null;
        }
        String author = Bylines.author(value);
        return author != null ? author : value;
    }

    private static String stripSiteSuffix(String title) {
        String t = blankToNull(title);
        if (t == null) {
            return null;
        }
        int cut = Math.max(t.lastIndexOf(" | "), Math.max(t.lastIndexOf(" - "), t.lastIndexOf(" – ")));
        return cut > 10 ? t.substring(0, cut).trim() : t;
    }

    private static void addTag(List<String> tags, String tag) {
        String t = blankToNull(tag);
        if (t != null && !tags.contains(t)) {
            tags.add(t);
        }
    }

    private static Evaluator q(String css) {
        return QUERIES.computeIfAbsent(css, QueryParser::parse);
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String textOf(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
