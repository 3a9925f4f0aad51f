package io.newsstream.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;

/**
 * A sink's meters: rows written per table (files per kind for the file sink), batch size, commit
 * latency, rejected records, failed batches, lag per partition in records, and lag in seconds (now
 * minus the timestamp of the newest record written; 0 while the consumer is caught up on every
 * partition). The PostgreSQL sink's names start {@code newsstream.sink.}, the file sink's
 * {@code newsstream.sink.files.}.
 */
final class SinkMetrics {
    static final String ROWS_WRITTEN = "newsstream.sink.rows.written";
    static final String BATCH_RECORDS = "newsstream.sink.batch.records";
    static final String COMMIT_LATENCY = "newsstream.sink.commit.latency";
    static final String DESERIALIZATION_FAILURES = "newsstream.sink.deserialization.failures";
    static final String REJECTS = "newsstream.sink.rejects";
    static final String BATCH_FAILURES = "newsstream.sink.batch.failures";
    static final String LAG_RECORDS = "newsstream.sink.lag.records";
    static final String LAG_SECONDS = "newsstream.sink.lag.seconds";

    static final String FILES_PREFIX = "newsstream.sink.files.";
    private static final String DATABASE_PREFIX = "newsstream.sink.";

    private final MeterRegistry registry;
    private final Clock clock;
    private final String prefix;
    private final Counter articleRows;
    private final Counter duplicateRows;
    private final Counter rejectRows;
    private final DistributionSummary batchRecords;
    private final Timer commitLatency;
    private final Map<TopicPartition, PartitionLag> lags = new ConcurrentHashMap<>();
    private volatile long newestWrittenTimestamp = -1;

    private record PartitionLag(AtomicLong records, Gauge gauge) {}

    static SinkMetrics forDatabase(MeterRegistry registry, Clock clock) {
        return new SinkMetrics(registry, clock, DATABASE_PREFIX, "sink_rejects");
    }

    static SinkMetrics forFiles(MeterRegistry registry, Clock clock) {
        return new SinkMetrics(registry, clock, FILES_PREFIX, "rejects");
    }

    private SinkMetrics(MeterRegistry registry, Clock clock, String prefix, String rejectTable) {
        this.registry = registry;
        this.clock = clock;
        this.prefix = prefix;
        this.articleRows = Counter.builder(name(ROWS_WRITTEN)).tag("table", "articles")
                .description("Rows (lines) written by the sink").register(registry);
        this.duplicateRows = Counter.builder(name(ROWS_WRITTEN)).tag("table", "duplicates")
                .description("Rows (lines) written by the sink").register(registry);
        this.rejectRows = Counter.builder(name(ROWS_WRITTEN)).tag("table", rejectTable)
                .description("Rows (lines) written by the sink").register(registry);
        this.batchRecords = DistributionSummary.builder(name(BATCH_RECORDS))
                .description("Records per committed batch").register(registry);
        this.commitLatency = Timer.builder(name(COMMIT_LATENCY))
                .description("Time to write and commit one batch").register(registry);
        Gauge.builder(name(LAG_SECONDS), this, SinkMetrics::lagSeconds)
                .description("Seconds between now and the timestamp of the newest record written; 0 when caught up")
                .baseUnit("seconds").register(registry);
    }

    Timer commitLatency() {
        return commitLatency;
    }

    void committed(BatchResult result, long newestTimestamp) {
        articleRows.increment(result.articles());
        duplicateRows.increment(result.duplicates());
        rejectRows.increment(result.rejects().size());
        batchRecords.record(result.records());
        for (SinkRecord.Reject reject : result.rejects()) {
            String topic = reject.position().topic();
            if (reject.kind() == SinkRecord.RejectKind.DESERIALIZATION) {
                registry.counter(name(DESERIALIZATION_FAILURES), "topic", topic).increment();
            }
            registry.counter(name(REJECTS), "topic", topic, "kind", reject.kind().name()).increment();
        }
        if (newestTimestamp > newestWrittenTimestamp) {
            newestWrittenTimestamp = newestTimestamp;
        }
    }

    void batchFailed(String kind) {
        registry.counter(name(BATCH_FAILURES), "kind", kind).increment();
    }

    void lag(TopicPartition partition, long records) {
        lags.computeIfAbsent(partition, this::registerLag).records().set(records);
    }

    void forget(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            PartitionLag lag = lags.remove(partition);
            if (lag != null) {
                registry.remove(lag.gauge());
            }
        }
    }

    double lagSeconds() {
        long newest = newestWrittenTimestamp;
        if (newest < 0) {
            return Double.NaN;
        }
        boolean caughtUp = !lags.isEmpty() && lags.values().stream().allMatch(l -> l.records().get() == 0);
        return caughtUp ? 0.0 : Math.max(0, clock.millis() - newest) / 1000.0;
    }

    /** The meter's name for this sink: the database sink's names as they are, the file sink's under its prefix. */
    private String name(String databaseName) {
        return prefix + databaseName.substring(DATABASE_PREFIX.length());
    }

    private PartitionLag registerLag(TopicPartition partition) {
        AtomicLong records = new AtomicLong();
        Gauge gauge = Gauge.builder(name(LAG_RECORDS), records, AtomicLong::get)
                .tags(Tags.of("topic", partition.topic(), "partition", Integer.toString(partition.partition())))
                .description("Records between the sink's position and the end of the partition")
                .register(registry);
        return new PartitionLag(records, gauge);
    }
}
