package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.Topics;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.sink.SinkRecord.RejectKind;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RecordDecoderTest {
    private final Topics topics = new Topics("t.");
    private final ArticleSerdes serdes = ArticleSerdes.avro();
    private final RecordDecoder decoder = new RecordDecoder(topics, serdes);

    @Test
    void enrichedRecordsBecomeArticleRows() {
        byte[] value = serdes.enriched().serializer().serialize(topics.enriched(), SinkFixtures.article(4));
        SinkRecord decoded = decoder.decode(record(topics.enriched(), 3, 17, "a00004", value));

        assertThat(decoded).isInstanceOf(SinkRecord.Article.class);
        assertThat(((SinkRecord.Article) decoded).row().id()).isEqualTo("a00004");
        assertThat(decoded.position()).isEqualTo(new RecordPosition(topics.enriched(), 3, 17, 1000L));
    }

    @Test
    void duplicateRecordsBecomeDuplicateRows() {
        byte[] value = serdes.duplicate().serializer().serialize(topics.duplicates(), SinkFixtures.duplicate(2, 1));
        SinkRecord decoded = decoder.decode(record(topics.duplicates(), 0, 0, "d00002", value));

        assertThat(decoded).isInstanceOf(SinkRecord.Duplicate.class);
        assertThat(((SinkRecord.Duplicate) decoded).row().duplicateOf()).isEqualTo("a00001");
    }

    @Test
    void garbageBecomesADeserializationRejectKeepingTheBytes() {
        byte[] garbage = "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8);
        SinkRecord decoded = decoder.decode(record(topics.enriched(), 1, 9, "k", garbage));

        assertThat(decoded).isInstanceOf(SinkRecord.Reject.class);
        SinkRecord.Reject reject = (SinkRecord.Reject) decoded;
        assertThat(reject.kind()).isEqualTo(RejectKind.DESERIALIZATION);
        assertThat(reject.reason()).isNotBlank();
        assertThat(reject.raw().value()).isEqualTo(garbage);
        assertThat(reject.raw().key()).isEqualTo("k".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anArticleOnTheDuplicatesTopicIsRejected() {
        byte[] value = serdes.enriched().serializer().serialize(topics.enriched(), SinkFixtures.article(4));
        SinkRecord decoded = decoder.decode(record(topics.duplicates(), 0, 0, "a00004", value));

        assertThat(decoded).isInstanceOf(SinkRecord.Reject.class);
    }

    @Test
    void recordsWithoutValueAreRejected() {
        SinkRecord decoded = decoder.decode(record(topics.enriched(), 0, 3, "a1", null));

        assertThat(decoded).isInstanceOfSatisfying(SinkRecord.Reject.class,
                r -> assertThat(r.reason()).isEqualTo("record has no value"));
    }

    private static ConsumerRecord<byte[], byte[]> record(String topic, int partition, long offset, String key, byte[] value) {
        return new ConsumerRecord<>(topic, partition, offset, 1000L, org.apache.kafka.common.record.TimestampType.CREATE_TIME,
                0, value == null ? 0 : value.length, key.getBytes(StandardCharsets.UTF_8), value,
                new org.apache.kafka.common.header.internals.RecordHeaders(), java.util.Optional.empty());
    }
}
