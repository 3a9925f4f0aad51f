package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API keys on the ingest API: Bearer keys stored hashed, checked per request, rotated without a restart. */
class HttpIngestAuthTest {
    private static final String ARTICLE = "{\"url\":\"https://tide.example/a\",\"body\":\"The port authority revised its tables.\"}";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final MockProducers mocks = new MockProducers();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private HttpIngestServer server;
    private URI base;
    private Path keysFile;
    private String scraperKey;

    @BeforeEach
    void start() throws Exception {
        String[] scraper = ApiKeys.newKey("scraper-1");
        scraperKey = scraper[0];
        keysFile = dir.resolve("api-keys");
        Files.write(keysFile, List.of("# name:sha256", scraper[1]));
        IngestConfig config = IngestConfig.load(Map.of(), Map.of(IngestConfig.HTTP_HOST, "127.0.0.1",
                IngestConfig.HTTP_PORT, "0", IngestConfig.HTTP_API_KEYS_FILE, keysFile.toString(),
                IngestConfig.HTTP_METRICS_NEED_KEY, "true"));
        server = new HttpIngestServer(config, mocks.publisher, registry);
        base = URI.create("http://127.0.0.1:" + server.start());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/v1/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ARTICLE));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void onlyAKnownBearerKeyMayPublish() throws Exception {
        HttpResponse<String> none = post(null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(post("Bearer nsk_wrong").statusCode()).isEqualTo(401);
        assertThat(post("Basic " + scraperKey).statusCode()).isEqualTo(401);
        assertThat(mocks.articles.history()).as("nothing published without a key").isEmpty();
        assertThat(post("Bearer " + scraperKey).statusCode()).isEqualTo(202);
        assertThat(mocks.articles.history()).hasSize(1);
        assertThat(none.body()).doesNotContain("scraper-1");
        assertThat(Files.readString(keysFile)).doesNotContain(scraperKey);
    }

    @Test
    void theJavaClientSendsItsKey() throws Exception {
        var article = io.newsstream.schemas.avro.RawArticle.newBuilder().setUrl("https://tide.example/b")
                .setBody("The harbour master published new tide tables.").build();
        assertThat(new IngestClient(base, http, Duration.ofSeconds(10), scraperKey).post(List.of(article))).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IngestClient(base, http, Duration.ofSeconds(10))
                .post(List.of(article))).isInstanceOfSatisfying(IngestRejectedException.class,
                        e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void metricsNeedAKeyWhenConfiguredAndHealthNever() throws Exception {
        assertThat(get("/metrics", null)).isEqualTo(401);
        assertThat(get("/metrics", "Bearer " + scraperKey)).isEqualTo(200);
        assertThat(get("/health", null)).isEqualTo(200);
        assertThat(registry.scrape()).contains("newsstream_ingest_requests_unauthorized_total");
    }

    @Test
    void keysRotateWithoutARestart() throws Exception {
        String[] next = ApiKeys.newKey("scraper-2");
        Files.write(keysFile, List.of(next[1]));
        Files.setLastModifiedTime(keysFile, FileTime.from(Instant.now().plusSeconds(5)));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (post("Bearer " + next[0]).statusCode() != 202 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(post("Bearer " + next[0]).statusCode()).isEqualTo(202);
        assertThat(post("Bearer " + scraperKey).statusCode()).as("the revoked key").isEqualTo(401);
    }
}
