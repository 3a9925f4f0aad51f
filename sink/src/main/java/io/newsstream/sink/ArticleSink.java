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
public final class ArticleSink implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleSink.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final long FIRST_BACKOFF_MS = 100;

    private final SinkConfig config;
    private final DataSource dataSource;
    private final Topics topics;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final RecordDecoder decoder;
    private final OffsetStore offsetStore;
    private final BatchWriter writer;
    private final SinkMetrics metrics;
    private final Map<TopicPartition, Long> expectedOffsets = new HashMap<>();

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean consumerClosed = new AtomicBoolean();
    private final CountDownLatch closeRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rejects = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private volatile Throwable failure;
    private boolean rewindNeeded;

    /**
     * @param consumerProperties connection settings (bootstrap servers, security, client id); group,
     *     commit mode, isolation level, deserializers and poll size are set by the sink
     */
    public ArticleSink(SinkConfig config, DataSource dataSource, Properties consumerProperties, Topics topics,
            ArticleSerdes serdes, MeterRegistry registry) {
        this.config = config;
        this.dataSource = dataSource;
        this.topics = topics;
        this.decoder = new RecordDecoder(topics, serdes);
        this.offsetStore = new OffsetStore(config.groupId());
        this.writer = new BatchWriter(config.groupId(), offsetStore);
        this.metrics = new SinkMetrics(registry, Clock.systemUTC());
        config.logEffective(LOG);
        if (config.migrateOnStart()) {
            SinkDatabase.migrate(dataSource);
        }
        this.consumer = new KafkaConsumer<>(consumerProperties(config, consumerProperties),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    static Properties consumerProperties(SinkConfig config, Properties base) {
        Properties props = new Properties();
        props.putAll(base);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(config.maxPollRecords()));
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        props.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        return props;
    }

    @Override
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("the sink runs only once");
        }
        try {
            if (!closed.get()) {
                consumer.subscribe(List.of(topics.enriched(), topics.duplicates()), new StoredOffsetsRebalance());
                LOG.info("sink group {} consuming {} and {}", config.groupId(), topics.enriched(), topics.duplicates());
                loop();
            }
        } catch (WakeupException e) {
            if (!closed.get()) {
                failure = e;
                LOG.error("sink woken up without being closed", e);
            }
        } catch (Throwable e) {
            failure = e;
            LOG.error("sink stopped by an unexpected error", e);
        } finally {
            closeConsumer();
            stopped.countDown();
            LOG.info("sink group {} stopped: {}", config.groupId(), stats());
        }
    }

    private void loop() throws InterruptedException {
        int failures = 0;
        while (!closed.get()) {
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
        articles.addAndGet(result.articles());
        duplicates.addAndGet(result.duplicates());
        rejects.addAndGet(result.rejects().size());
        batches.incrementAndGet();
        metrics.committed(result, newestTimestamp);
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

    private void recordLag() {
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(partition);
            if (lag.isPresent()) {
                metrics.lag(partition, lag.getAsLong());
            }
        }
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

    /** Totals committed by this instance so far. */
    public SinkStats stats() {
        return new SinkStats(articles.get(), duplicates.get(), rejects.get(), batches.get());
    }

    /** Records committed by this instance so far (articles, duplicates and rejects). */
    public long writtenCount() {
        return stats().records();
    }

    /** The error that stopped the sink, if it stopped by one. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    public boolean isRunning() {
        return started.get() && stopped.getCount() > 0;
    }

    /** Waits until {@link #run()} has returned; true if it has. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the sink and waits for it; idempotent and callable from any thread. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeRequested.countDown();
        if (!started.get()) {
            closeConsumer();
            return;
        }
        consumer.wakeup();
        try {
            if (!stopped.await(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("sink did not stop within {}", CLOSE_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeConsumer() {
        if (consumerClosed.compareAndSet(false, true)) {
            try {
                consumer.close();
            } catch (RuntimeException e) {
                LOG.warn("consumer did not close cleanly: {}", e.toString());
            }
        }
    }
}
