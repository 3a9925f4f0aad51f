package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schemas.ArticleIds;
import io.newsstream.schemas.DlqHeaders;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.validation.FieldError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {
    private final MockProducers mocks = new MockProducers(new Topics("test."));

    private static RawArticle article(String url) {
        return RawArticle.newBuilder().setUrl(url).setBody("The harbour council met on Tuesday.").build();
    }

    @Test
    void fillsIdAndSourceFromTheUrlAndKeysByTheCanonicalHost() {
        String url = "https://www.harbour-gazette.example/news/council-meets?utm_source=feed";
        PublishResult result = mocks.publisher.publish(article(url));

        assertThat(result.await(Duration.ofSeconds(5)).topic()).isEqualTo("test.articles.raw");
        assertThat(result.id()).isEqualTo(ArticleIds.fromUrl(url));
        ProducerRecord<String, RawArticle> sent = mocks.articles.history().get(0);
        assertThat(sent.topic()).isEqualTo("test.articles.raw");
        assertThat(sent.key()).as("the enrich stage partitions by this host").isEqualTo("harbour-gazette.example");
        assertThat(sent.value().getId()).isEqualTo(result.id());
        assertThat(sent.value().getSource()).isEqualTo("harbour-gazette.example");
    }

    @Test
    void credentialsInTheUrlAreNeverPublished() {
        PublishResult result = mocks.publisher.publish(article("https://editor:hunter2@harbour-gazette.example/news/x"));
        RawArticle sent = mocks.articles.history().get(0).value();
        assertThat(sent.getUrl()).isEqualTo("https://harbour-gazette.example/news/x");
        assertThat(result.id()).isEqualTo(ArticleIds.fromUrl("https://harbour-gazette.example/news/x"));
        assertThat(sent.toString()).doesNotContain("hunter2");
    }

    @Test
    void keepsAGivenIdAndSource() {
        RawArticle given = article("https://harbour-gazette.example/a");
        given.setId("scraper-42");
        given.setSource("Harbour Gazette");
        PublishResult result = mocks.publisher.publish(given);

        assertThat(result.id()).isEqualTo("scraper-42");
        assertThat(mocks.articles.history().get(0).value().getSource()).isEqualTo("Harbour Gazette");
    }

    @Test
    void publishAllReturnsIdsInOrderAfterTheAcks() {
        List<String> ids = mocks.publisher.publishAll(
                List.of(article("https://a.example/1"), article("https://a.example/2")), Duration.ofSeconds(5));
        assertThat(ids).containsExactly(ArticleIds.fromUrl("https://a.example/1"), ArticleIds.fromUrl("https://a.example/2"));
        assertThat(mocks.articles.history()).hasSize(2);
    }

    @Test
    void publishAllFailsWhenTheBrokerDoesNotTakeARecord() {
        mocks.articles.sendException = new KafkaException("broker down");
        assertThatThrownBy(() -> mocks.publisher.publishAll(
                        List.of(article("https://a.example/1"), article("https://a.example/2")), Duration.ofSeconds(5)))
                .isInstanceOf(PublishFailedException.class).hasMessageContaining("broker down");
        assertThat(mocks.articles.history()).isEmpty();
    }

    @Test
    void deadLettersTheOriginalBytesWithReasonFieldAndStage() {
        byte[] original = "{\"title\":\"no url\"}".getBytes(StandardCharsets.UTF_8);
        mocks.publisher.sendRejected(original, List.of(
                new FieldError("url", "is required"), new FieldError("body", "one of body or html is required")),
                "ingest-cli").join();

        ProducerRecord<byte[], byte[]> dead = mocks.dlq.history().get(0);
        assertThat(dead.topic()).isEqualTo("test.articles.dlq");
        assertThat(dead.value()).isEqualTo(original);
        assertThat(header(dead, DlqHeaders.REASON)).isEqualTo("url: is required; body: one of body or html is required");
        assertThat(header(dead, DlqHeaders.FIELD)).isEqualTo("url");
        assertThat(header(dead, DlqHeaders.STAGE)).isEqualTo("ingest-cli");
    }

    @Test
    void factoryBuildsRealProducersFromTheConfig() {
        IngestConfig config = IngestConfig.load(java.util.Map.of(), java.util.Map.of(
                IngestConfig.BOOTSTRAP_SERVERS, "127.0.0.1:1", IngestConfig.TOPIC_PREFIX, "f."));
        try (ArticlePublisher publisher = ArticlePublisher.create(config)) {
            assertThat(publisher.topics().raw()).isEqualTo("f.articles.raw");
        }
    }

    static String header(ProducerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
