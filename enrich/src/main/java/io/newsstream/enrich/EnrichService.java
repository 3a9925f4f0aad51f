package io.newsstream.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.enrich.stream.EnrichTopology;
import io.newsstream.schemas.serde.ArticleSerdes;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lifecycle of the enrich stage: builds the topology, starts Kafka Streams, waits for RUNNING, closes. */
public final class EnrichService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final KafkaStreams streams;
    private static final Duration METRICS_REFRESH = Duration.ofSeconds(10);
    private final KafkaStreamsMetrics metrics;
    private final ScheduledExecutorService metricsRefresh;
    private final CountDownLatch running = new CountDownLatch(1);

    /** @param streamsProperties usually {@link EnrichConfig#streamsProperties}, plus any client settings */
    public EnrichService(EnrichConfig config, Properties streamsProperties, ArticleSerdes serdes, EnrichmentCore core,
            MeterRegistry registry) {
        Topology topology = EnrichTopology.build(config, serdes, core);
        LOG.debug("Enrich topology:\n{}", topology.describe());
        this.streams = new KafkaStreams(topology, streamsProperties);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream thread died; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> {
            LOG.info("Enrich stage {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        this.metricsRefresh = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "enrich-metrics-refresh");
            t.setDaemon(true);
            return t;
        });
        this.metrics = new KafkaStreamsMetrics(streams, List.of(), metricsRefresh, METRICS_REFRESH);
        metrics.bindTo(registry);
    }

    /**
     * For a registry before anything is bound to it: Kafka tags a store's metrics by the store's kind (RocksDB,
     * RocksDB window, in-memory), Prometheus wants one set of tag keys per metric name, so all three become
     * {@code state.id} (else the stores of every kind after the first are dropped from the scrape).
     */
    public static final List<MeterFilter> STORE_METRIC_TAGS = List.of("rocksdb.state.id", "rocksdb.window.state.id",
            "in.memory.state.id").stream().map(tag -> MeterFilter.renameTag("kafka.stream.state", tag, "state.id")).toList();

    /** Starts the stage and blocks until it is RUNNING or the timeout passes. */
    public EnrichService start(Duration timeout) throws InterruptedException {
        streams.start();
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("enrich stage not RUNNING after " + timeout + " (state " + streams.state() + ")");
        }
        return this;
    }

    /** The ids of the tasks this instance runs now (e.g. {@code 0_1}: sub-topology 0, partition 1). */
    public java.util.Set<String> activeTasks() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        streams.metadataForLocalThreads().forEach(t -> t.activeTasks().forEach(task -> ids.add(task.taskId().toString())));
        return ids;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Closes and leaves the consumer group, so a restart or the remaining instances take over at once. */
    public void close(Duration timeout) {
        metrics.close();
        metricsRefresh.shutdownNow();
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(timeout));
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
