package io.newsstream.enrich.core;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article metadata of a page: JSON-LD ({@code NewsArticle} and the other {@code *Article} /
 * {@code BlogPosting} types, also inside {@code @graph}), Open Graph / {@code article:*} tags, the
 * common {@code meta name} tags, {@code itemprop} microdata and {@code <time datetime>}. Every
 * field may be null. JSON that does not parse is ignored.
 */
record PageMetadata(String title, String author, String publishedAt, String section, String canonicalUrl,
                    String language, String tags, String articleBody) {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    static PageMetadata of(Document doc) {
        JsonNode ld = jsonLdArticle(doc);
        String title = first(meta(doc, "meta[property=og:title]"), text(ld, "headline"), text(ld, "name"),
                meta(doc, "meta[name=twitter:title]"), textOf(doc.selectFirst("h1")), stripSiteSuffix(doc.title()));
        String author = first(ldAuthor(ld), meta(doc, "meta[name=author]"), nameOnly(meta(doc, "meta[property=article:author]")),
                bylineMeta(meta(doc, "meta[name=byl]")), meta(doc, "meta[name=parsely-author]"),
                textOf(doc.selectFirst("[itemprop=author] [itemprop=name]")), textOf(doc.selectFirst("a[rel=author]")));
        String published = first(text(ld, "datePublished"), meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"), meta(doc, "meta[name=pubdate]"),
                meta(doc, "meta[name=publish-date]"), meta(doc, "meta[name=date]"), meta(doc, "meta[name=dc.date]"),
                meta(doc, "meta[name=DC.date.issued]"), meta(doc, "meta[name=parsely-pub-date]"),
                attr(doc.selectFirst("time[itemprop=datePublished][datetime]"), "datetime"),
                attr(doc.selectFirst("article time[datetime], time[pubdate][datetime]"), "datetime"));
        String section = first(meta(doc, "meta[property=article:section]"), firstText(ld, "articleSection"),
                meta(doc, "meta[name=parsely-section]"));
        String canonical = first(attr(doc.selectFirst("link[rel=canonical][href]"), "abs:href"),
                meta(doc, "meta[property=og:url]"), text(ld, "url"), ldId(ld));
        String language = first(text(ld, "inLanguage"), attr(doc.selectFirst("html[lang]"), "lang"),
                meta(doc, "meta[property=og:locale]"), meta(doc, "meta[http-equiv=content-language]"));
        List<String> tags = new ArrayList<>();
        for (Element e : doc.select("meta[property=article:tag]")) {
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
        return new PageMetadata(title, author, published, section, canonical, languageCode(language),
                tags.isEmpty() ? null : String.join(", ", tags), text(ld, "articleBody"));
    }

    /** The primary language subtag, lower case ("en-GB", "en_US" → "en"), or null when none is usable. */
    static String languageCode(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.trim().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()), 0);
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // unparseable JSON-LD is ignored
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        if (type != null && (type.isArray() ? anyArticleType(type) : isArticleType(type.asText()))) {
            return node;
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static boolean anyArticleType(JsonNode types) {
        for (JsonNode t : types) {
            if (isArticleType(t.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArticleType(String type) {
        String t = type.substring(type.lastIndexOf('/') + 1);
        return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting") || t.equals("Report");
    }

    private static String ldAuthor(JsonNode ld) {
        JsonNode a = ld == null ? null : ld.get("author");
        if (a == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode n : a.isArray() ? a : List.of(a)) {
            String name = n.isTextual() ? n.asText() : n.path("name").asText(null);
            name = blankToNull(name);
            if (name != null && !names.contains(name) && !name.startsWith("http")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String ldId(JsonNode ld) {
        JsonNode m = ld == null ? null : ld.get("mainEntityOfPage");
        if (m == null) {
            return null;
        }
        return blankToNull(m.isTextual() ? m.asText() : m.path("@id").asText(null));
    }

    private static String text(JsonNode ld, String field) {
        JsonNode v = ld == null ? null : ld.get(field);
        return v == null || !v.isValueNode() ? null : blankToNull(v.asText());
    }

    private static String firstText(JsonNode ld, String field) {
        JsonNode v = ld == null ? null : ld.get(field);
        if (v != null && v.isArray() && !v.isEmpty()) {
            return blankToNull(v.get(0).asText());
        }
        return text(ld, field);
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

    private static String meta(Document doc, String css) {
        return attr(doc.selectFirst(css), "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String textOf(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String blankToNull(String s) {
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
