package io.newsstream.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.newsstream.schemas.json.ArticleJson;
import java.util.Iterator;
import java.util.Map;

/**
 * Text and JSON values as PostgreSQL accepts them: neither {@code text} nor {@code jsonb} can hold the
 * NUL character, so it is dropped from strings, JSON values and JSON keys. Uses the contract's mapper,
 * so JSON names are the Avro field names.
 */
final class JsonColumns {
    private static final ObjectMapper MAPPER = ArticleJson.mapper();
    private static final String NUL = "\u0000";

    private JsonColumns() {}

    static String text(String value) {
        return value == null || !value.contains(NUL) ? value : value.replace(NUL, "");
    }

    /** JSON of a value (records, lists, maps), or null for null; written once, reparsed only to drop a NUL. */
    static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return cleanDocument(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A JSON document made safe for {@code jsonb}; reparsed only when it holds an escaped NUL. */
    /** The fields stored in their own columns, so left out of {@code payload} (each value once). */
    static final java.util.List<String> OWN_COLUMNS = java.util.List.of("body", "topics", "regions", "mentions");

    /** The article's JSON without the fields that have their own columns, cleaned as {@link #cleanDocument}. */
    static String withoutColumns(String articleJson) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(articleJson);
            tree.remove(OWN_COLUMNS);
            return cleanDocument(MAPPER.writeValueAsString(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON document", e);
        }
    }

    static String cleanDocument(String json) {
        if (!json.contains("\\u0000")) {
            return json;
        }
        try {
            return write(clean(MAPPER.readTree(json)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON document", e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static JsonNode clean(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().contains(NUL) ? TextNode.valueOf(text(node.textValue())) : node;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode(node.size());
            node.forEach(child -> out.add(clean(child)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.set(text(field.getKey()), clean(field.getValue()));
            }
            return out;
        }
        return node;
    }
}
