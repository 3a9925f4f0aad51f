package io.newsstream.app;

import io.newsstream.schemas.DlqHeaders;
import io.newsstream.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts what the pipeline emits from now on (committed records only) on the enriched, duplicates
 * and dead-letter topics, so a run can tell when every ingested article has come out somewhere.
 */
final class OutputTally implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Topics topics;
    private final AtomicLong enriched = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong redeliveries = new AtomicLong();
    private final org.apache.kafka.common.serialization.Deserializer<io.newsstream.schemas.avro.DuplicateEvent> duplicateDecoder;
    private final AtomicLong deadLetteredInStream = new AtomicLong();
    private final AtomicLong deadLetteredAtIngest = new AtomicLong();
    private final Thread thread;

    OutputTally(String bootstrapServers, Topics topics) {
        this(bootstrapServers, topics, io.newsstream.schemas.serde.ArticleSerdes.configured());
    }

    /** @param serdes the encoding the pipeline writes (to tell re-deliveries among the duplicates) */
    OutputTally(String bootstrapServers, Topics topics, io.newsstream.schemas.serde.ArticleSerdes serdes) {
        this.topics = topics;
        this.duplicateDecoder = serdes.duplicate().deserializer();
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(topics.enriched(), topics.duplicates(), topics.dlq())) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        ends.forEach(consumer::seek);
        this.thread = new Thread(this::loop, "output-tally");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    count(r);
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void count(ConsumerRecord<byte[], byte[]> r) {
        if (r.topic().equals(topics.enriched())) {
            enriched.incrementAndGet();
        } else if (r.topic().equals(topics.duplicates())) {
            duplicates.incrementAndGet();
            if (isRedelivery(r)) {
                redeliveries.incrementAndGet();
            }
        } else {
            Header stage = r.headers().lastHeader(DlqHeaders.STAGE);
            String s = stage == null ? "" : new String(stage.value(), StandardCharsets.UTF_8);
            (s.startsWith("ingest") ? deadLetteredAtIngest : deadLetteredInStream).incrementAndGet();
        }
    }

    long enriched() {
        return enriched.get();
    }

    /** Duplicates that name themselves: the same article (id, title, body) sent again. */
    long redeliveries() {
        return redeliveries.get();
    }

    private boolean isRedelivery(ConsumerRecord<byte[], byte[]> r) {
        try {
            var event = duplicateDecoder.deserialize(r.topic(), r.value());
            return event.getId().equals(event.getDuplicateOf());
        } catch (RuntimeException e) {
            return false;
        }
    }

    long duplicates() {
        return duplicates.get();
    }

    long deadLetteredInStream() {
        return deadLetteredInStream.get();
    }

    /** Everything that came out of the stream stage for the articles that went in. */
    long streamOutputs() {
        return enriched() + duplicates() + deadLetteredInStream();
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
