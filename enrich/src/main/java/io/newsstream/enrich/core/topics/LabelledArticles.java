package io.newsstream.enrich.core.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads labelled articles from JSON Lines: either one file whose lines carry {@code body},
 * optional {@code title} and {@code id}, and {@code topics} (QCodes), or an article file plus a gold
 * file joined on {@code id} (the layout of the evaluation sets). Stateless.
 */
public final class LabelledArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledArticles() {}

    /** Lines {@code {"id"?, "title"?, "body", "topics": [...]}}. */
    public static List<LabelledArticle> read(Path file) {
        List<LabelledArticle> out = new ArrayList<>();
        lines(file, (n, node) -> out.add(new LabelledArticle(text(node, "id"), text(node, "title"),
                required(node, "body", file, n), topics(node, file, n))));
        return out;
    }

    /** Article lines joined with gold lines {@code {"id", "topics": [...]}} on id, in article order. */
    public static List<LabelledArticle> read(Path articles, Path gold) {
        Map<String, Set<String>> topics = new HashMap<>();
        lines(gold, (n, node) -> topics.put(required(node, "id", gold, n), topics(node, gold, n)));
        List<LabelledArticle> out = new ArrayList<>();
        lines(articles, (n, node) -> {
            String id = required(node, "id", articles, n);
            Set<String> t = topics.get(id);
            if (t == null) {
                throw new IllegalArgumentException(articles + ":" + n + ": no gold line for id " + id);
            }
            out.add(new LabelledArticle(id, text(node, "title"), required(node, "body", articles, n), t));
        });
        return out;
    }

    /**
     * One article per concept of an IPTC Media Topics JSONL export ({@code qcode, label, definition,
     * level, parent}): title = label, body = definition, topic = the concept's top-level ancestor.
     */
    public static List<LabelledArticle> fromMediaTopics(Path vocabulary) {
        Map<String, JsonNode> concepts = new java.util.LinkedHashMap<>();
        lines(vocabulary, (n, node) -> concepts.put(required(node, "qcode", vocabulary, n), node));
        List<LabelledArticle> out = new ArrayList<>();
        for (JsonNode c : concepts.values()) {
            JsonNode top = c;
            for (int depth = 0; top != null && top.path("level").asInt() > 1 && depth < 10; depth++) {
                top = concepts.get(text(top, "parent"));
            }
            String definition = text(c, "definition");
            if (top != null && top.path("level").asInt() == 1 && definition != null) {
                out.add(new LabelledArticle(text(c, "qcode"), text(c, "label"), definition,
                        Set.of(text(top, "qcode"))));
            }
        }
        return out;
    }

    private interface LineHandler {
        void accept(long lineNumber, JsonNode node);
    }

    private static void lines(Path file, LineHandler handler) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    handler.accept(n, JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String required(JsonNode node, String field, Path file, long n) {
        String v = text(node, field);
        if (v == null) {
            throw new IllegalArgumentException(file + ":" + n + ": missing \"" + field + "\"");
        }
        return v;
    }

    private static Set<String> topics(JsonNode node, Path file, long n) {
        JsonNode t = node.get("topics");
        if (t == null || !t.isArray() || t.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + n + ": \"topics\" must be a non-empty array of QCodes");
        }
        Set<String> out = new LinkedHashSet<>();
        t.forEach(x -> out.add(x.asText()));
        return out;
    }
}
