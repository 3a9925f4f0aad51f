package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.schemas.ArticleIds;
import io.newsstream.schemas.avro.RawArticle;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IngestClientTest {
    private final MockProducers mocks = new MockProducers();
    private HttpIngestServer server;
    private IngestClient client;

    @BeforeEach
    void start() {
        IngestConfig config = IngestConfig.load(Map.of(), Map.of(
                IngestConfig.HTTP_HOST, "127.0.0.1", IngestConfig.HTTP_PORT, "0"));
        server = new HttpIngestServer(config, mocks.publisher, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        client = new IngestClient(URI.create("http://127.0.0.1:" + server.start()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void postsArticlesAndReturnsTheirIds() throws Exception {
        RawArticle a = RawArticle.newBuilder().setUrl("https://valley-post.example/orchard").setBody("Apples.").build();
        RawArticle b = RawArticle.newBuilder().setUrl("https://valley-post.example/mill").setHtml("<p>Mill.</p>")
                .setId("vp-7").build();
        assertThat(client.post(List.of(a, b)))
                .containsExactly(ArticleIds.fromUrl("https://valley-post.example/orchard"), "vp-7");
        assertThat(mocks.articles.history()).hasSize(2);
    }

    @Test
    void refusalCarriesTheErrorList() {
        RawArticle bad = RawArticle.newBuilder().setUrl("not a url").setBody("Text.").build();
        assertThatThrownBy(() -> client.post(List.of(bad)))
                .isInstanceOfSatisfying(IngestRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.errors()).extracting(RecordError::field).containsExactly("url");
                    assertThat(e.errors().get(0).index()).isZero();
                });
        assertThat(mocks.articles.history()).isEmpty();
    }
}
