package io.newsstream.ingest;

import static io.newsstream.ingest.ArticlePublisherTest.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.schemas.ArticleIds;
import io.newsstream.schemas.DlqHeaders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngestorTest {
    private static final String GOOD_1 = "{\"url\":\"https://lakeside-herald.example/ferry\",\"body\":\"The ferry runs again.\"}";
    private static final String GOOD_2 = "{\"url\":\"https://lakeside-herald.example/school\",\"html\":\"<p>New school.</p>\",\"language\":\"en\"}";
    private static final String NO_URL = "{\"title\":\"Untitled\",\"body\":\"Text without address.\"}";
    private static final String NOT_JSON = "{this is not json";
    private static final String BAD_DATE = "{\"url\":\"https://lakeside-herald.example/x\",\"body\":\"b\",\"publishedAt\":\"yesterday\"}";
    private static final String CONTENT = GOOD_1 + "\n" + NO_URL + "\n\n" + GOOD_2 + "\r\n" + NOT_JSON + "\n" + BAD_DATE;

    @TempDir
    Path dir;

    private final MockProducers mocks = new MockProducers();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void sendsGoodLinesAndDeadLettersBadOnesWithLineNumbers() throws Exception {
        Path file = Files.writeString(dir.resolve("articles.jsonl"), CONTENT);
        IngestSummary summary = new FileIngestor(mocks.publisher, registry, true).ingest(file);

        assertThat(summary.sent()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(summary.failed()).isZero();
        assertThat(summary.rejections()).extracting(IngestSummary.Rejection::line, IngestSummary.Rejection::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "url"),
                        org.assertj.core.groups.Tuple.tuple(5L, null),
                        org.assertj.core.groups.Tuple.tuple(6L, "publishedAt"));
        assertThat(summary.render()).contains("sent 2 article(s), rejected 3 line(s)").contains("line 2 [url]");

        assertThat(mocks.articles.history()).extracting(r -> ((io.newsstream.schemas.avro.RawArticle) r.value()).getId()).containsExactly(
                ArticleIds.fromUrl("https://lakeside-herald.example/ferry"),
                ArticleIds.fromUrl("https://lakeside-herald.example/school"));
        assertThat(mocks.articles.history()).extracting(ProducerRecord::key).containsOnly("lakeside-herald.example");

        assertThat(mocks.dlq.history()).hasSize(3);
        ProducerRecord<byte[], byte[]> first = mocks.dlq.history().get(0);
        assertThat(new String(first.value(), StandardCharsets.UTF_8)).isEqualTo(NO_URL);
        assertThat(header(first, DlqHeaders.FIELD)).isEqualTo("url");
        assertThat(header(first, DlqHeaders.STAGE)).isEqualTo(FileIngestor.STAGE);
        assertThat(header(first, DlqHeaders.REASON)).contains("is required");
        ProducerRecord<byte[], byte[]> second = mocks.dlq.history().get(1);
        assertThat(second.value()).isEqualTo(NOT_JSON.getBytes(StandardCharsets.UTF_8));
        assertThat(header(second, DlqHeaders.FIELD)).isNull();
        assertThat(header(second, DlqHeaders.REASON)).contains("malformed JSON");

        assertThat(registry.counter(IngestMetrics.ACCEPTED, "channel", "cli").count()).isEqualTo(2.0);
        assertThat(registry.counter(IngestMetrics.REJECTED, "channel", "cli").count()).isEqualTo(3.0);
    }

    @Test
    void readsGzippedFiles() throws Exception {
        Path file = dir.resolve("articles.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(CONTENT.getBytes(StandardCharsets.UTF_8));
        }
        IngestSummary summary = new FileIngestor(mocks.publisher, registry, false).ingest(file);
        assertThat(summary.sent()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(3);
    }

    @Test
    void keepsInvalidUtf8BytesExactlyInTheDeadLetter() throws Exception {
        byte[] broken = {'{', '"', 'u', (byte) 0xC3, (byte) 0x28, '"', '}'};
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.write(GOOD_1.getBytes(StandardCharsets.UTF_8));
        content.write('\n');
        content.write(broken);
        IngestSummary summary = new FileIngestor(mocks.publisher, registry, false)
                .ingest(new ByteArrayInputStream(content.toByteArray()), "stdin", -1);
        assertThat(summary.sent()).isEqualTo(1);
        assertThat(summary.rejections()).extracting(IngestSummary.Rejection::line).containsExactly(2L);
        assertThat(mocks.dlq.history().get(0).value()).isEqualTo(broken);
    }

    @Test
    void stopsAtTheFirstBrokerFailure() throws Exception {
        mocks.articles.sendException = new KafkaException("broker unreachable");
        Path file = Files.writeString(dir.resolve("articles.jsonl"), GOOD_1 + "\n" + GOOD_2 + "\n");
        IngestSummary summary = new FileIngestor(mocks.publisher, registry, false).ingest(file);
        assertThat(summary.sent()).isZero();
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.clean()).isFalse();
        assertThat(summary.render()).contains("broker unreachable");
    }
}
