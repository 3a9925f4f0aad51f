package io.newsstream.sink;

import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.sink.SinkRecord.RejectKind;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns raw consumer records into {@link SinkRecord}s with the pipeline's serdes. A record that does
 * not decode or map becomes a {@link SinkRecord.Reject}; nothing here throws for bad input, and
 * logs name only the position, the key and the error, never article text.
 */
final class RecordDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(RecordDecoder.class);
    private static final int MAX_REASON = 1000;

    private final Topics topics;
    private final Deserializer<String> keys;
    private final Deserializer<EnrichedArticle> articles;
    private final Deserializer<DuplicateEvent> duplicates;

    RecordDecoder(Topics topics, ArticleSerdes serdes) {
        this.topics = topics;
        this.keys = serdes.key().deserializer();
        this.articles = serdes.enriched().deserializer();
        this.duplicates = serdes.duplicate().deserializer();
    }

    SinkRecord decode(ConsumerRecord<byte[], byte[]> record) {
        RecordPosition position = RecordPosition.of(record);
        String key = decodeKey(record);
        if (record.value() == null) {
            return reject(record, position, key, RejectKind.DESERIALIZATION, "record has no value", null);
        }
        SpecificRecordBase value;
        try {
            value = value(record);
        } catch (RuntimeException e) {
            return reject(record, position, key, RejectKind.DESERIALIZATION, describe(e), e);
        }
        try {
            SinkRecord.Raw raw = new SinkRecord.Raw(record.key(), record.value());
            if (value instanceof EnrichedArticle article) {
                return new SinkRecord.Article(position, raw, ArticleRow.from(article));
            }
            return new SinkRecord.Duplicate(position, raw, DuplicateRow.from((DuplicateEvent) value));
        } catch (RuntimeException e) {
            return reject(record, position, key, RejectKind.MAPPING, describe(e), e);
        }
    }

    /**
     * The record's value as an {@link EnrichedArticle} or a {@link DuplicateEvent}, by its topic.
     *
     * @throws RuntimeException when the record has no value, comes from another topic or does not decode
     */
    SpecificRecordBase value(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            throw new IllegalArgumentException("record has no value");
        }
        if (record.topic().equals(topics.enriched())) {
            return articles.deserialize(record.topic(), record.headers(), record.value());
        }
        if (record.topic().equals(topics.duplicates())) {
            return duplicates.deserialize(record.topic(), record.headers(), record.value());
        }
        throw new IllegalArgumentException("unexpected topic");
    }

    /** Logs and builds the reject of a record the sink cannot write. */
    SinkRecord.Reject reject(ConsumerRecord<byte[], byte[]> record, RejectKind kind, RuntimeException cause) {
        return reject(record, RecordPosition.of(record), decodeKey(record), kind, describe(cause), cause);
    }

    private String decodeKey(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            return null;
        }
        try {
            return keys.deserialize(record.topic(), record.headers(), record.key());
        } catch (RuntimeException e) {
            return "<undecodable key>";
        }
    }

    private static SinkRecord.Reject reject(ConsumerRecord<byte[], byte[]> record, RecordPosition position,
            String key, RejectKind kind, String reason, Exception cause) {
        LOG.warn("rejecting record {} (key {}): {} {}", position, key, kind, reason);
        if (cause != null) {
            LOG.debug("rejection cause at {}", position, cause);
        }
        return new SinkRecord.Reject(position, new SinkRecord.Raw(record.key(), record.value()), kind, reason);
    }

    static String describe(Throwable e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
    }
}
