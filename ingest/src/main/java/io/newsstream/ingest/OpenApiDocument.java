package io.newsstream.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The OpenAPI 3 document of what one server serves: the ingest API's, with the paths of added routes merged in. */
final class OpenApiDocument {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private OpenApiDocument() {}

    static String merged(String baseResource, List<String> partResources) {
        ObjectNode base = (ObjectNode) read(baseResource);
        ObjectNode paths = (ObjectNode) base.get("paths");
        for (String part : partResources) {
            read(part).path("paths").fields().forEachRemaining(path -> {
                ObjectNode methods = paths.has(path.getKey()) ? (ObjectNode) paths.get(path.getKey()) : paths.putObject(path.getKey());
                methods.setAll((ObjectNode) path.getValue());
            });
        }
        return base.toString();
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI resource missing: " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
