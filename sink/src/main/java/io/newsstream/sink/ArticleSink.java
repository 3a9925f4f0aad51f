package io.newsstream.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.serde.ArticleSerdes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the enriched-article and duplicate topics and writes them to PostgreSQL with exactly-once
 * effect. Each poll batch is one database transaction holding the rows and the partitions' next
 * offsets (table {@code sink_offsets}); on assignment every partition is sought to its stored offset,
 * so Kafka's committed offsets (written only for lag monitoring) never position the sink. Offsets are
 * advanced only from the value this instance last saw, which fences a stale instance after a
 * rebalance. Undecodable records and rows the database refuses go to {@code sink_rejects} in the same
 * transaction. Run it on its own thread; {@link #close()} stops it from any thread.
 */
public final class ArticleSink extends ConsumerSink {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleSink.class);
    private static final long FIRST_BACKOFF_MS = 100;

    private final SinkConfig config;
    private final DataSource dataSource;
    private final RecordDecoder decoder;
    private final OffsetStore offsetStore;
    private final BatchWriter writer;
    private final Map<TopicPartition, Long> expectedOffsets = new HashMap<>();
    private boolean rewindNeeded;

    /**
     * @param consumerProperties connection settings (bootstrap servers, security, client id); group,
     *     commit mode, isolation level, deserializers and poll size are set by the sink
     */
    public ArticleSink(SinkConfig config, DataSource dataSource, Properties consumerProperties, Topics topics,
            ArticleSerdes serdes, MeterRegistry registry) {
        super(config.groupId(), config.maxPollRecords(), consumerProperties,
                List.of(topics.enriched(), topics.duplicates()), SinkMetrics.forDatabase(registry, Clock.systemUTC()));
        this.config = config;
        this.dataSource = dataSource;
        this.decoder = new RecordDecoder(topics, serdes);
        this.offsetStore = new OffsetStore(config.groupId());
        this.writer = new BatchWriter(config.groupId(), offsetStore);
        config.logEffective(LOG);
        if (config.migrateOnStart()) {
            SinkDatabase.migrate(dataSource);
        }
    }

    static Properties consumerProperties(SinkConfig config, Properties base) {
        return consumerProperties(config.groupId(), config.maxPollRecords(), base);
    }

    @Override
    protected ConsumerRebalanceListener rebalanceListener() {
        return new StoredOffsetsRebalance();
    }

    @Override
    protected void loop() throws InterruptedException {
        int failures = 0;
        while (!isClosing()) {
            try {
                if (rewindNeeded) {
                    rewindToStoredOffsets();
                }
                ConsumerRecords<byte[], byte[]> records = consumer.poll(config.pollTimeout());
                recordLag();
                if (!records.isEmpty()) {
                    write(records);
                }
                failures = 0;
            } catch (OffsetConflictException e) {
                metrics.batchFailed("offset-conflict");
                LOG.warn("batch not written: {}; re-reading stored offsets", e.getMessage());
                rewindNeeded = true;
            } catch (SQLException e) {
                metrics.batchFailed("database");
                failures++;
                long backoff = backoffMillis(failures);
                LOG.warn("database error (SQLState {}, attempt {}); resuming from stored offsets in {} ms",
                        SqlErrors.state(e), failures, backoff, e);
                rewindNeeded = true;
                closeRequested.await(backoff, TimeUnit.MILLISECONDS);
            }
        }
    }

    long backoffMillis(int failures) {
        long max = config.retryBackoffMax().toMillis();
        int shift = Math.min(failures - 1, 20);
        return Math.min(max, FIRST_BACKOFF_MS << shift);
    }

    private void write(ConsumerRecords<byte[], byte[]> records) throws SQLException, OffsetConflictException {
        List<SinkRecord> decoded = new ArrayList<>(records.count());
        long newestTimestamp = -1;
        for (ConsumerRecord<byte[], byte[]> record : records) {
            decoded.add(decoder.decode(record));
            newestTimestamp = Math.max(newestTimestamp, record.timestamp());
        }
        List<OffsetUpdate> updates = new ArrayList<>();
        for (TopicPartition partition : records.partitions()) {
            long expected = expectedOffsets.getOrDefault(partition, OffsetUpdate.NONE);
            updates.add(new OffsetUpdate(partition, expected, consumer.position(partition)));
        }
        Timer.Sample sample = Timer.start();
        BatchResult result = inTransaction(decoded, updates);
        sample.stop(metrics.commitLatency());

        Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
        for (OffsetUpdate update : updates) {
            expectedOffsets.put(update.partition(), update.next());
            committed.put(update.partition(), new OffsetAndMetadata(update.next()));
        }
        counted(result, newestTimestamp);
        if (config.kafkaCommitEnabled()) {
            consumer.commitAsync(committed, (offsets, error) -> {
                if (error != null) {
                    LOG.debug("monitoring commit to Kafka failed: {}", error.toString());
                }
            });
        }
    }

    private BatchResult inTransaction(List<SinkRecord> records, List<OffsetUpdate> updates)
            throws SQLException, OffsetConflictException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                BatchResult result = writer.writeBatched(connection, records, updates);
                connection.commit();
                return result;
            } catch (SQLException e) {
                rollbackQuietly(connection);
                if (!SqlErrors.isDataError(e)) {
                    throw e;
                }
                metrics.batchFailed("data");
                LOG.warn("batch of {} records hit a data error (SQLState {}); writing record by record",
                        records.size(), SqlErrors.state(e));
            } catch (OffsetConflictException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
            try {
                BatchResult result = writer.writeIsolated(connection, records, updates);
                connection.commit();
                return result;
            } catch (SQLException | OffsetConflictException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("rollback failed", e);
        }
    }

    private void rewindToStoredOffsets() throws SQLException {
        Set<TopicPartition> assigned = consumer.assignment();
        if (!assigned.isEmpty()) {
            seekToStoredOffsets(assigned);
            consumer.resume(assigned);
        }
        rewindNeeded = false;
    }

    private void seekToStoredOffsets(Collection<TopicPartition> partitions) throws SQLException {
        Map<TopicPartition, Long> stored;
        try (Connection connection = dataSource.getConnection()) {
            stored = offsetStore.load(connection, partitions);
        }
        List<TopicPartition> unstored = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long next = stored.get(partition);
            if (next == null) {
                unstored.add(partition);
                expectedOffsets.put(partition, OffsetUpdate.NONE);
            } else {
                consumer.seek(partition, next);
                expectedOffsets.put(partition, next);
            }
        }
        if (!unstored.isEmpty()) {
            consumer.seekToBeginning(unstored);
        }
        LOG.info("positions from sink_offsets: {}; from the beginning: {}", stored, unstored);
    }

    private final class StoredOffsetsRebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            try {
                seekToStoredOffsets(partitions);
            } catch (SQLException e) {
                LOG.warn("cannot read stored offsets (SQLState {}); pausing {} until the database answers",
                        SqlErrors.state(e), partitions, e);
                consumer.pause(partitions);
                rewindNeeded = true;
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            forget(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            forget(partitions);
        }

        private void forget(Collection<TopicPartition> partitions) {
            partitions.forEach(expectedOffsets::remove);
            metrics.forget(partitions);
        }
    }
}
