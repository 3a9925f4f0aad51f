package io.newsstream.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java client for scraper operators: posts a batch of articles as NDJSON to the ingest API and
 * returns their ids, or throws {@link IngestRejectedException} carrying the API's error list.
 */
public final class IngestClient {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final URI articlesUri;
    private final HttpClient http;
    private final Duration timeout;
    private final String apiKey;

    /**
     * @param baseUri the API's root, e.g. {@code http://localhost:8080}
     * @param apiKey the API key sent as {@code Authorization: Bearer}, or null for an API without keys
     */
    public IngestClient(URI baseUri, HttpClient http, Duration timeout, String apiKey) {
        this.articlesUri = baseUri.resolve(HttpIngestServer.ARTICLES_PATH);
        this.http = http;
        this.timeout = timeout;
        this.apiKey = apiKey;
    }

    public IngestClient(URI baseUri, HttpClient http, Duration timeout) {
        this(baseUri, http, timeout, null);
    }

    public IngestClient(URI baseUri) {
        this(baseUri, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), Duration.ofSeconds(60));
    }

    /** Publishes the articles all together; returns their ids (given or derived) in order. */
    public List<String> post(List<RawArticle> articles) throws IOException, InterruptedException {
        return post(articles, null);
    }

    /**
     * As {@link #post(List)}, with an {@code Idempotency-Key}: retrying the same batch with the same key after a
     * timeout or a lost answer publishes it once and returns the first answer (null: no key).
     */
    public List<String> post(List<RawArticle> articles, String idempotencyKey) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (RawArticle article : articles) {
            body.append(ArticleJson.write(article)).append('\n');
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(articlesUri)
                .timeout(timeout)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        if (idempotencyKey != null) {
            builder.header(IdempotencyKeys.HEADER, idempotencyKey);
        }
        HttpRequest request = builder.build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode answer = parse(response.body());
        if (response.statusCode() == 202) {
            List<String> ids = new ArrayList<>();
            answer.path("ids").forEach(id -> ids.add(id.asText()));
            return ids;
        }
        List<RecordError> errors = new ArrayList<>();
        answer.path("errors").forEach(e -> errors.add(new RecordError(
                e.hasNonNull("index") ? e.get("index").asInt() : null,
                e.hasNonNull("field") ? e.get("field").asText() : null,
                e.path("message").asText())));
        String message = answer.hasNonNull("error") ? answer.get("error").asText()
                : errors.isEmpty() ? "no details" : errors.size() + " error(s), first: " + errors.get(0);
        throw new IngestRejectedException(response.statusCode(), message, errors);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
