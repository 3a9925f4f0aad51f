package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.schemas.ArticleIds;
import io.newsstream.schemas.avro.RawArticle;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpIngestServerTest {
    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";

    private final HttpClient http = HttpClient.newHttpClient();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MockProducers mocks = new MockProducers();
    private HttpIngestServer server;
    private URI base;

    @BeforeEach
    void start() {
        IngestConfig config = IngestConfig.load(Map.of(), Map.of(
                IngestConfig.HTTP_HOST, "127.0.0.1",
                IngestConfig.HTTP_PORT, "0",
                IngestConfig.HTTP_MAX_BODY_BYTES, "4096",
                IngestConfig.HTTP_MAX_BATCH, "5"));
        server = new HttpIngestServer(config, mocks.publisher, registry);
        base = URI.create("http://127.0.0.1:" + server.start());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String article(String url) {
        return "{\"url\":\"" + url + "\",\"title\":\"Tide tables revised\",\"body\":\"The port authority revised its tables.\"}";
    }

    private HttpResponse<String> post(String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/v1/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static List<String> errorFields(HttpResponse<String> response) throws IOException {
        List<String> fields = new ArrayList<>();
        json(response).path("errors").forEach(e -> fields.add(e.path("field").asText(null)));
        return fields;
    }

    @Test
    void singleJsonObjectIsAcceptedWithADerivedId() throws Exception {
        String url = "https://tidewater-times.example/port/tables";
        HttpResponse<String> response = post(JSON, article(url));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).path("count").asInt()).isEqualTo(1);
        assertThat(json(response).path("ids").get(0).asText()).isEqualTo(ArticleIds.fromUrl(url));
        assertThat(mocks.articles.history()).hasSize(1);
    }

    @Test
    void jsonArrayIsAcceptedWhole() throws Exception {
        HttpResponse<String> response = post(JSON + "; charset=utf-8",
                "[" + article("https://a.example/1") + "," + article("https://a.example/2") + "]");
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).path("count").asInt()).isEqualTo(2);
    }

    @Test
    void ndjsonBatchIsPublishedKeyedById() throws Exception {
        String body = article("https://a.example/1") + "\n" + article("https://a.example/2") + "\n\n"
                + article("https://a.example/3") + "\n";
        HttpResponse<String> response = post(NDJSON, body);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode answer = json(response);
        assertThat(answer.path("count").asInt()).isEqualTo(3);
        List<ProducerRecord<String, RawArticle>> sent = mocks.articles.history();
        assertThat(sent).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(sent.get(i).value().getId()).isEqualTo(answer.path("ids").get(i).asText());
            assertThat(sent.get(i).key()).isEqualTo("a.example");
        }
        assertThat(sent).extracting(ProducerRecord::topic).containsOnly("articles.raw");
    }

    @Test
    void missingUrlIsRefusedNamingTheFieldAndNothingIsPublished() throws Exception {
        String body = article("https://a.example/1") + "\n{\"title\":\"No address\",\"body\":\"Text.\"}\n";
        HttpResponse<String> response = post(NDJSON, body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response).path("errors").get(0);
        assertThat(error.path("index").asInt()).isEqualTo(1);
        assertThat(error.path("field").asText()).isEqualTo("url");
        assertThat(error.path("message").asText()).isNotBlank();
        assertThat(mocks.articles.history()).isEmpty();
    }

    @Test
    void neitherBodyNorHtmlIsRefusedNamingBody() throws Exception {
        HttpResponse<String> response = post(JSON, "{\"url\":\"https://a.example/1\",\"title\":\"Only a title\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorFields(response)).containsExactly("body");
    }

    @Test
    void unknownFieldIsRefusedNamingIt() throws Exception {
        HttpResponse<String> response = post(JSON,
                "{\"url\":\"https://a.example/1\",\"body\":\"Text.\",\"headline\":\"Not a contract field\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorFields(response)).containsExactly("headline");
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        HttpResponse<String> response = post(JSON, "{\"url\": \"https://a.example/1\", ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").get(0).path("message").asText()).contains("malformed JSON");
        assertThat(mocks.articles.history()).isEmpty();
    }

    @Test
    void everyBadRecordIsReported() throws Exception {
        String body = "{\"body\":\"x\"}\n" + article("https://a.example/ok") + "\n{\"url\":\"https://a.example/2\"}";
        HttpResponse<String> response = post(NDJSON, body);
        assertThat(response.statusCode()).isEqualTo(400);
        List<Integer> indexes = new ArrayList<>();
        json(response).path("errors").forEach(e -> indexes.add(e.path("index").asInt()));
        assertThat(indexes).containsExactly(0, 2);
    }

    @Test
    void oversizeBodyIs413() throws Exception {
        String big = "{\"url\":\"https://a.example/1\",\"body\":\"" + "a".repeat(5000) + "\"}";
        HttpResponse<String> response = post(JSON, big);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("error").asText()).contains("4096");
    }

    @Test
    void oversizeChunkedBodyWithoutLengthIs413() throws Exception {
        byte[] big = ("{\"url\":\"https://a.example/1\",\"body\":\"" + "a".repeat(6000) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/articles"))
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(mocks.articles.history()).isEmpty();
    }

    @Test
    void tooManyRecordsIs413() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            body.append("{\"url\":\"https://a.example/").append(i).append("\",\"body\":\"b\"}\n");
        }
        HttpResponse<String> response = post(NDJSON, body.toString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(mocks.articles.history()).isEmpty();
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
        assertThat(post("text/plain", article("https://a.example/1")).statusCode()).isEqualTo(415);
        assertThat(post(null, article("https://a.example/1")).statusCode()).isEqualTo(415);
    }

    @Test
    void anArticleTheBrokerCanNeverTakeIs413NotRetryLater() throws Exception {
        mocks.articles.sendException = new org.apache.kafka.common.errors.RecordTooLargeException("too large");
        HttpResponse<String> response = post(JSON, article("https://a.example/1"));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("do not retry");
    }

    @Test
    void brokerFailureIs503() throws Exception {
        mocks.articles.sendException = new KafkaException("no leader");
        HttpResponse<String> response = post(JSON, article("https://a.example/1"));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).path("error").asText()).isNotBlank();
    }

    @Test
    void healthAndMetricsAreServed() throws Exception {
        post(NDJSON, article("https://a.example/1") + "\n" + article("https://a.example/2"));
        post(JSON, "{\"title\":\"x\"}");

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).path("status").asText()).isEqualTo("UP");

        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(base.resolve("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("newsstream_ingest_articles_accepted_total{channel=\"http\"} 2.0")
                .contains("newsstream_ingest_articles_rejected_total{channel=\"http\"} 1.0")
                .contains("newsstream_ingest_request_latency_seconds_count{channel=\"http\",status=\"202\"} 1");
    }
}
