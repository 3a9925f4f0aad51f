package io.newsstream.enrich.core.clean;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * The article object of a page's JSON-LD scripts ({@code NewsArticle} and the other {@code *Article} /
 * {@code BlogPosting} types, also inside {@code @graph}) and its fields. JSON that does not parse is ignored,
 * read leniently (trailing commas, comments, single quotes). Part of {@link PageMetadata}.
 */
final class JsonLd {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private JsonLd() {}

    static JsonNode article(List<Element> scripts) {
        for (Element script : scripts) {
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

    static String author(JsonNode ld) {
        JsonNode a = ld == null ? null : ld.get("author");
        if (a == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode n : a.isArray() ? a : List.of(a)) {
            String name = n.isTextual() ? n.asText() : n.path("name").asText(null);
            name = PageMetadata.blankToNull(name);
            if (name != null && !names.contains(name) && !name.startsWith("http")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    static String id(JsonNode ld) {
        JsonNode m = ld == null ? null : ld.get("mainEntityOfPage");
        if (m == null) {
            return null;
        }
        return PageMetadata.blankToNull(m.isTextual() ? m.asText() : m.path("@id").asText(null));
    }

    static String text(JsonNode ld, String field) {
        JsonNode v = ld == null ? null : ld.get(field);
        return v == null || !v.isValueNode() ? null : PageMetadata.blankToNull(v.asText());
    }

    static String firstText(JsonNode ld, String field) {
        JsonNode v = ld == null ? null : ld.get(field);
        if (v != null && v.isArray() && !v.isEmpty()) {
            return PageMetadata.blankToNull(v.get(0).asText());
        }
        return text(ld, field);
    }
}
