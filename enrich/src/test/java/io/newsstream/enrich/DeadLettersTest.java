package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.DlqHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

/**
 * A dead letter can always be written: a value larger than the dead-letter limit (an 11 MB record that
 * compressed onto the raw topic, say) is cut and its length kept, so the write never fails for the size that
 * made the record bad (before, the failed write killed the stream thread every 45 s).
 */
class DeadLettersTest {
    @Test
    void aHugeUndecodableRecordIsCutToTheLimitWithItsLengthAndReason() {
        DeadLetterDeserializationHandler handler = new DeadLetterDeserializationHandler();
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "articles.dlq"));
        byte[] huge = "x".repeat(11 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
        byte[] hugeKey = "k".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        Exception error = new IllegalArgumentException("e".repeat(50_000));

        var response = handler.handleError(context(), new ConsumerRecord<>("articles.raw", 0, 7L, hugeKey, huge), error);

        assertThat(response.deadLetterQueueRecords()).hasSize(1);
        ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
        assertThat(dead.topic()).isEqualTo("articles.dlq");
        assertThat(dead.value()).hasSize(DlqHeaders.MAX_VALUE_BYTES);
        assertThat(dead.key()).hasSize(DlqHeaders.MAX_KEY_BYTES);
        assertThat(header(dead.headers(), DlqHeaders.ORIGINAL_BYTES)).isEqualTo(String.valueOf(huge.length));
        assertThat(header(dead.headers(), DlqHeaders.REASON)).hasSize(DlqHeaders.MAX_REASON_CHARS + 1).startsWith("eee");
        assertThat(header(dead.headers(), DlqHeaders.SOURCE_OFFSET)).isEqualTo("7");
        assertThat(Serdes.ByteArray().serializer().serialize("t", dead.value()).length).isLessThan(1024 * 1024);
    }

    @Test
    void aSmallRecordIsKeptWhole() {
        DeadLetterDeserializationHandler handler = new DeadLetterDeserializationHandler();
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "articles.dlq"));
        byte[] value = "not avro".getBytes(StandardCharsets.UTF_8);
        var dead = handler.handleError(context(), new ConsumerRecord<>("articles.raw", 0, 7L, null, value),
                new IllegalStateException("bad")).deadLetterQueueRecords().get(0);
        assertThat(dead.value()).isEqualTo(value);
        assertThat(dead.headers().lastHeader(DlqHeaders.ORIGINAL_BYTES)).isNull();
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            public String topic() {
                return "articles.raw";
            }

            public int partition() {
                return 0;
            }

            public long offset() {
                return 7L;
            }

            public Headers headers() {
                return new RecordHeaders();
            }

            public String processorNodeId() {
                return "raw-in";
            }

            public TaskId taskId() {
                return new TaskId(0, 0);
            }

            public long timestamp() {
                return 0L;
            }

            public byte[] sourceRawKey() {
                return null;
            }

            public byte[] sourceRawValue() {
                return null;
            }
        };
    }
}
