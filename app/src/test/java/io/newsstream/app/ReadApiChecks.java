package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks of the read API and of the OpenAPI document against a running pipeline that holds the Ukraine power-grid
 * story ({@code originalId}) and its portal copy ({@code copyId}).
 */
final class ReadApiChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    ReadApiChecks(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> ids(String query) throws Exception {
        HttpResponse<String> answer = get("/v1/articles?" + query);
        assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(answer.body()).get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    void findsTheStoryByFiltersAndSearchAndShowsItsSightings(String originalId, String copyId) throws Exception {
        assertThat(ids("country=UA")).containsExactly(originalId);
        assertThat(ids("country=CA")).isEmpty();
        JsonNode one = JSON.readTree(get("/v1/articles/" + originalId).body());
        String subdivision = null;
        for (JsonNode region : one.get("article").get("regions")) {
            if (region.get("type").asText().equals("subdivision")) {
                subdivision = region.get("code").asText();
            }
        }
        assertThat(subdivision).as("a subdivision among the regions").isNotNull();
        assertThat(ids("region=" + subdivision)).containsExactly(originalId);
        assertThat(ids("q=" + enc("power stations blackouts"))).containsExactly(originalId);
        assertThat(ids("q=" + enc("lighthouse budget"))).isEmpty();
        assertThat(ids("q=" + enc("'; DROP TABLE articles; --"))).as("SQL text is only a search").isEmpty();
        assertThat(ids("since=2000-01-01T00:00:00Z&limit=1")).containsExactly(originalId);
        JsonNode item = JSON.readTree(get("/v1/articles?country=UA").body()).get("items").get(0);
        assertThat(item.has("body")).isFalse();
        assertThat(item.get("snippet").asText()).isNotBlank().hasSizeLessThanOrEqualTo(300);

        assertThat(one.get("article").get("focusCountry").asText()).isEqualTo("UA");
        assertThat(one.get("article").get("body").asText()).contains("Kyiv");
        assertThat(one.get("sightings")).singleElement().satisfies(s -> {
            assertThat(s.get("id").asText()).isEqualTo(copyId);
            assertThat(s.get("reason").asText()).isEqualTo("CONTENT");
        });
        assertThat(get("/v1/articles/no-such-id").statusCode()).isEqualTo(404);
        HttpResponse<String> bad = get("/v1/articles?limit=1000&country=ukraine&since=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("errors").findValuesAsText("parameter")).containsExactlyInAnyOrder("limit", "country", "since");
    }

    /** Every path and method of /openapi.json answers, with a status the document lists for it. */
    void theOpenApiDocumentDescribesWhatTheServerAnswers(String existingId) throws Exception {
        HttpResponse<String> doc = get("/openapi.json");
        assertThat(doc.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(doc.body()).get("paths");
        assertThat(JSON.readTree(doc.body()).get("openapi").asText()).startsWith("3.");
        List<String> checked = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String uri = path.getKey().replace("{id}", existingId);
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(uri));
                request = method.getKey().equals("post")
                        ? request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                        : request.GET();
                int status = http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
                assertThat(method.getValue().get("responses").has(Integer.toString(status)))
                        .as("%s %s answered %d, which the document does not list", method.getKey(), uri, status).isTrue();
                checked.add(method.getKey() + " " + path.getKey());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }));
        assertThat(checked).contains("post /v1/articles", "get /v1/articles", "get /v1/articles/{id}", "get /health");
    }
}
