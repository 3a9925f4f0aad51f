package io.newsstream.enrich;

import io.newsstream.enrich.core.limits.UnprocessableArticleException;
import io.newsstream.schemas.DlqHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** Builds dead-letter records: the source record's original bytes, and why, in {@link DlqHeaders}. */
final class DeadLetters {
    private DeadLetters() {}

    static String topic(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null) {
            throw new IllegalStateException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + " is not set");
        }
        return topic.toString();
    }

    static List<ProducerRecord<byte[], byte[]>> record(String dlqTopic, ErrorHandlerContext ctx, byte[] key,
            byte[] value, String stage, Exception error) {
        RecordHeaders headers = new RecordHeaders();
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        add(headers, DlqHeaders.REASON, DlqHeaders.boundedReason(reason));
        if (error instanceof InvalidArticleException invalid) {
            add(headers, DlqHeaders.FIELD, invalid.firstField());
        } else if (error instanceof UnprocessableArticleException unprocessable && unprocessable.field() != null) {
            add(headers, DlqHeaders.FIELD, unprocessable.field());
        }
        add(headers, DlqHeaders.STAGE, stage);
        add(headers, DlqHeaders.SOURCE_TOPIC, ctx.topic());
        add(headers, DlqHeaders.SOURCE_PARTITION, String.valueOf(ctx.partition()));
        add(headers, DlqHeaders.SOURCE_OFFSET, String.valueOf(ctx.offset()));
        if (value != null && value.length > DlqHeaders.MAX_VALUE_BYTES) {
            add(headers, DlqHeaders.ORIGINAL_BYTES, String.valueOf(value.length));
        }
        return List.of(new ProducerRecord<>(dlqTopic, null, DlqHeaders.bounded(key, DlqHeaders.MAX_KEY_BYTES),
                DlqHeaders.bounded(value, DlqHeaders.MAX_VALUE_BYTES), headers));
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
    }
}
