package io.newsstream.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The three registry calls the serdes need, cached: register a subject's schema (its id), set a subject's
 * compatibility once per process, fetch a schema by id. No maintained client for this REST API is on Maven
 * Central (Confluent's is on its own repository), so these few calls are made with the JDK's HTTP client.
 * Thread-safe.
 */
public final class SchemaRegistryClient {
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String compatibility;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemas = new ConcurrentHashMap<>();
    private final Set<String> configured = ConcurrentHashMap.newKeySet();

    /** @param compatibility set on each subject before the first registration (e.g. BACKWARD); null: leave as is */
    public SchemaRegistryClient(String url, String compatibility) {
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.compatibility = compatibility;
    }

    public String url() {
        return base;
    }

    /**
     * The id of the schema under the subject, registering it when the registry does not hold it yet (callers keep
     * the id: the cache key here is the schema's text, built on every call).
     */
    public int register(String subject, Schema schema) {
        return ids.computeIfAbsent(subject + '\u0000' + schema.toString(), k -> {
            if (compatibility != null && configured.add(subject)) {
                call("PUT", "/config/" + encode(subject), Map.of("compatibility", compatibility));
            }
            JsonNode answer = call("POST", "/subjects/" + encode(subject) + "/versions", Map.of("schema", schema.toString()));
            int id = answer.path("id").asInt(-1);
            if (id < 0) {
                throw new SerializationException("schema registry gave no id for subject " + subject + ": " + answer);
            }
            schemas.putIfAbsent(id, schema);
            return id;
        });
    }

    /** The schema with this id. */
    public Schema byId(int id) {
        return schemas.computeIfAbsent(id, k -> new Schema.Parser().parse(call("GET", "/schemas/ids/" + id, null).path("schema").asText()));
    }

    private JsonNode call(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", CONTENT_TYPE + ", application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", CONTENT_TYPE)
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new SerializationException("schema registry " + method + " " + path + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new SerializationException("schema registry at " + base + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SerializationException("interrupted while calling the schema registry", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
