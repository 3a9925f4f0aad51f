package io.newsstream.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.sink.SinkRecord.RejectKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the enriched-article and duplicate topics and writes them as JSON Lines files with
 * exactly-once effect: {@code DIR/articles.enriched/P/} and {@code DIR/articles.duplicates/P/} per
 * partition P hold part files of one {@code EnrichedArticle} or {@code DuplicateEvent} JSON object per
 * line (the contract's field names), in offset order, and a {@code rejects.jsonl} of records that do
 * not decode (position, reason, key and value in base64). Each poll batch is written, flushed to disk
 * and then committed by the partition's checkpoint, which also positions the consumer on assignment
 * (see {@link PartitionFiles}); Kafka's committed offsets are written for lag monitoring only.
 * A partition whose directory another sink still holds is paused until its lock is free.
 */
public final class FileSink extends ConsumerSink {
    private static final Logger LOG = LoggerFactory.getLogger(FileSink.class);

    private final SinkConfig config;
    private final Path root;
    private final RecordDecoder decoder;
    private final Map<TopicPartition, PartitionFiles> open = new HashMap<>();
    private final Set<TopicPartition> waiting = new HashSet<>();

    public FileSink(SinkConfig config, Properties consumerProperties, Topics topics, ArticleSerdes serdes,
            MeterRegistry registry) {
        super(config.filesGroupId(), config.maxPollRecords(), consumerProperties,
                List.of(topics.enriched(), topics.duplicates()), SinkMetrics.forFiles(registry, Clock.systemUTC()));
        this.config = config;
        this.root = config.filesDir().orElseThrow(() -> new IllegalArgumentException(
                SinkConfig.FILES_DIR + " must name the directory the file sink writes to"));
        this.decoder = new RecordDecoder(topics, serdes);
        config.logEffective(LOG);
    }

    /** The directory of one partition's files. */
    public static Path partitionDir(Path root, String topic, int partition) {
        return root.resolve(topic).resolve(Integer.toString(partition));
    }

    @Override
    protected ConsumerRebalanceListener rebalanceListener() {
        return new CheckpointRebalance();
    }

    @Override
    protected void loop() throws IOException, InterruptedException {
        while (!isClosing()) {
            if (!waiting.isEmpty()) {
                openWaiting();
            }
            ConsumerRecords<byte[], byte[]> records = consumer.poll(config.pollTimeout());
            recordLag();
            if (!records.isEmpty()) {
                write(records);
            }
        }
    }

    private void write(ConsumerRecords<byte[], byte[]> records) throws IOException {
        Timer.Sample sample = Timer.start();
        int articles = 0;
        int duplicates = 0;
        List<SinkRecord.Reject> rejects = new ArrayList<>();
        long newestTimestamp = -1;
        Map<TopicPartition, OffsetAndMetadata> committed = new LinkedHashMap<>();
        for (TopicPartition partition : records.partitions()) {
            PartitionFiles files = open.get(partition);
            List<ConsumerRecord<byte[], byte[]>> batch = records.records(partition);
            if (files == null || batch.isEmpty()) {
                continue;
            }
            List<String> lines = new ArrayList<>(batch.size());
            List<String> rejectLines = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> record : batch) {
                newestTimestamp = Math.max(newestTimestamp, record.timestamp());
                Optional<SpecificRecordBase> value = decode(record, rejects, rejectLines);
                if (value.isPresent()) {
                    lines.add(ArticleJson.write(value.get()));
                    if (value.get() instanceof EnrichedArticle) {
                        articles++;
                    } else {
                        duplicates++;
                    }
                }
            }
            long next = batch.get(batch.size() - 1).offset() + 1;
            files.append(lines, rejectLines, batch.get(0).offset(), next);
            committed.put(partition, new OffsetAndMetadata(next));
        }
        sample.stop(metrics.commitLatency());
        counted(new BatchResult(articles, duplicates, rejects), newestTimestamp);
        if (config.kafkaCommitEnabled() && !committed.isEmpty()) {
            consumer.commitAsync(committed, (offsets, error) -> {
                if (error != null) {
                    LOG.debug("monitoring commit to Kafka failed: {}", error.toString());
                }
            });
        }
    }

    private Optional<SpecificRecordBase> decode(ConsumerRecord<byte[], byte[]> record, List<SinkRecord.Reject> rejects,
            List<String> rejectLines) {
        try {
            return Optional.of(decoder.value(record));
        } catch (RuntimeException e) {
            SinkRecord.Reject reject = decoder.reject(record, RejectKind.DESERIALIZATION, e);
            rejects.add(reject);
            rejectLines.add(rejectLine(reject, record.key()));
            return Optional.empty();
        }
    }

    static String rejectLine(SinkRecord.Reject reject, byte[] key) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("topic", reject.position().topic());
        line.put("partition", reject.position().partition());
        line.put("offset", reject.position().offset());
        line.put("timestamp", reject.position().timestamp());
        line.put("kind", reject.kind().name());
        line.put("reason", reject.reason());
        line.put("key", key == null ? null : Base64.getEncoder().encodeToString(key));
        byte[] value = reject.raw().value();
        line.put("value", value == null ? null : Base64.getEncoder().encodeToString(value));
        try {
            return ArticleJson.mapper().writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a reject line", e);
        }
    }

    private void openWaiting() throws IOException {
        List<TopicPartition> opened = new ArrayList<>();
        for (TopicPartition partition : waiting) {
            if (tryOpen(partition)) {
                opened.add(partition);
            }
        }
        opened.forEach(waiting::remove);
        consumer.resume(opened);
    }

    /** Opens, restores and positions one partition; false while another sink holds its directory. */
    private boolean tryOpen(TopicPartition partition) throws IOException {
        Optional<PartitionFiles> files =
                PartitionFiles.open(partitionDir(root, partition.topic(), partition.partition()), config.filesRollBytes());
        if (files.isEmpty()) {
            return false;
        }
        open.put(partition, files.get());
        if (files.get().next().isPresent()) {
            consumer.seek(partition, files.get().next().getAsLong());
        } else {
            consumer.seekToBeginning(List.of(partition));
        }
        LOG.info("file sink owns {} from {}", partition,
                files.get().next().isPresent() ? "offset " + files.get().next().getAsLong() : "the beginning");
        return true;
    }

    private void release(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            waiting.remove(partition);
            PartitionFiles files = open.remove(partition);
            if (files != null) {
                try {
                    files.close();
                } catch (IOException e) {
                    LOG.warn("closing the files of {} failed: {}", partition, e.toString());
                }
            }
        }
        metrics.forget(partitions);
    }

    @Override
    protected void onStop() {
        release(List.copyOf(open.keySet()));
    }

    private final class CheckpointRebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            List<TopicPartition> busy = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                try {
                    if (!tryOpen(partition)) {
                        busy.add(partition);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot open the files of " + partition, e);
                }
            }
            if (!busy.isEmpty()) {
                LOG.info("directories of {} are held by another sink; paused until free", busy);
                consumer.pause(busy);
                waiting.addAll(busy);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            release(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            release(partitions);
        }
    }
}
