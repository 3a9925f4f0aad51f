package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rate limits, Idempotency-Key and slow clients on the ingest API. */
class HttpIngestGuardsTest {
    private static final String ONE = "{\"url\":\"https://tide.example/%d\",\"body\":\"The port authority revised its tide tables.\"}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final MockProducers mocks = new MockProducers();
    private HttpIngestServer server;
    private URI base;

    private void start(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(Map.of(IngestConfig.HTTP_HOST, "127.0.0.1", IngestConfig.HTTP_PORT, "0"));
        all.putAll(settings);
        server = new HttpIngestServer(IngestConfig.load(Map.of(), all), mocks.publisher,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        base = URI.create("http://127.0.0.1:" + server.start());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> post(String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(HttpIngestServer.ARTICLES_PATH))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String batch(int from, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            out.append(String.format(ONE, i)).append('\n');
        }
        return out.toString();
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterAndNothingIsPublished() throws Exception {
        start(Map.of(IngestConfig.HTTP_RATE_LIMIT, "1", IngestConfig.HTTP_MAX_BATCH, "3"));
        HttpResponse<String> first = post(batch(0, 3), null);
        HttpResponse<String> second = post(batch(3, 3), null);
        assertThat(first.statusCode()).as("a full batch fits the bucket").isEqualTo(202);
        assertThat(second.statusCode()).as("the bucket refills at 1 article/s").isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 3L));
        assertThat(second.body()).contains("rate limit");
        assertThat(mocks.articles.history()).hasSize(3);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndPublishesNothing() throws Exception {
        start(Map.of());
        HttpResponse<String> first = post(batch(0, 2), "batch-0001");
        HttpResponse<String> retry = post(batch(0, 2), "batch-0001");
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(mocks.articles.history()).hasSize(2);

        assertThat(post(batch(5, 2), "batch-0001").statusCode()).as("the key reused for another body").isEqualTo(422);
        assertThat(post(batch(5, 2), "bad key with spaces").statusCode()).isEqualTo(400);
        assertThat(post(batch(5, 2), "batch-0002").statusCode()).isEqualTo(202);
        assertThat(mocks.articles.history()).hasSize(4);
    }

    @Test
    void aRefusedRequestIsRememberedButABrokerFailureIsNot() throws Exception {
        start(Map.of());
        String invalid = "{\"url\":\"not a url\"}\n";
        HttpResponse<String> refused = post(invalid, "k-400");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(post(invalid, "k-400").headers().firstValue("Idempotent-Replayed")).contains("true");
        mocks.articles.close();
        assertThat(post(batch(0, 1), "k-503").statusCode()).isEqualTo(503);
        assertThat(post(batch(0, 1), "k-503").headers().firstValue("Idempotent-Replayed"))
                .as("a 503 may be retried: the key is free again").isEmpty();
    }

    @Test
    void fourHundredSlowClientsNeitherStarveOthersNorHoldOnForever() throws Exception {
        start(Map.of(IngestConfig.HTTP_REQUEST_TIMEOUT_MS, "3000", IngestConfig.DELIVERY_TIMEOUT_MS, "2000",
                IngestConfig.REQUEST_TIMEOUT_MS, "1000"));
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 400; i++) {
                Socket s = new Socket("127.0.0.1", base.getPort());
                OutputStream out = s.getOutputStream();
                out.write(("POST " + HttpIngestServer.ARTICLES_PATH + " HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"url\":").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(s);
            }
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(post(batch(0, 1), null).statusCode()).as("another client still publishes").isEqualTo(202);

            Socket first = slow.get(0);
            first.setSoTimeout(20_000);
            InputStream in = first.getInputStream();
            String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).as("a body that never arrives gets 408 at the deadline").isEqualTo("HTTP/1.1 408");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }
}
