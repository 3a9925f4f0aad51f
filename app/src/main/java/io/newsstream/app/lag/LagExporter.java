package io.newsstream.app.lag;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures every stage at a fixed interval and exports the results: {@code newsstream_stage_lag_records} and
 * {@code newsstream_stage_lag_seconds} per stage, topic and partition, {@code newsstream_stage_status} per stage
 * (0 OK, 1 WARN, 2 STALL, 3 STOP; none for a stage never deployed), {@code newsstream_stage_members}, and {@code newsstream_topic_end_offset}
 * of the watched topics (the dead-letter topic: an alert on its growth is an alert on dead letters).
 */
public final class LagExporter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LagExporter.class);
    private final LagProbe probe;
    private final List<Stage> stages;
    private final List<String> watchedTopics;
    private final Map<String, StageHealth> health = new LinkedHashMap<>();
    private final Map<String, StageLag> latest = new LinkedHashMap<>();
    private final MultiGauge records;
    private final MultiGauge seconds;
    private final MultiGauge status;
    private final MultiGauge members;
    private final MultiGauge topicEnds;
    private final Counter failures;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lag-exporter");
        t.setDaemon(true);
        return t;
    });

    public LagExporter(LagProbe probe, List<Stage> stages, List<String> watchedTopics, int window, MeterRegistry registry) {
        this.probe = probe;
        this.stages = List.copyOf(stages);
        this.watchedTopics = List.copyOf(watchedTopics);
        stages.forEach(s -> health.put(s.name(), new StageHealth(window)));
        this.records = MultiGauge.builder("newsstream.stage.lag.records")
                .description("Records a stage has not consumed yet, per partition (measured from outside)").register(registry);
        this.seconds = MultiGauge.builder("newsstream.stage.lag.seconds")
                .description("Age of the oldest record a stage has not consumed, per partition; 0 when caught up").register(registry);
        this.status = MultiGauge.builder("newsstream.stage.status")
                .description("Stage status: 0 OK, 1 WARN (lag growing), 2 STALL (no progress with lag), 3 STOP (no members)").register(registry);
        this.members = MultiGauge.builder("newsstream.stage.members").description("Members of the stage's consumer group").register(registry);
        this.topicEnds = MultiGauge.builder("newsstream.topic.end.offset")
                .description("Sum of the end offsets of a watched topic's partitions").register(registry);
        this.failures = Counter.builder("newsstream.lag.probe.failures").description("Measurements that failed").register(registry);
    }

    /** Measures now and then every {@code intervalSeconds}. */
    public LagExporter start(long intervalSeconds) {
        timer.scheduleWithFixedDelay(this::measureSafely, 0, intervalSeconds, TimeUnit.SECONDS);
        return this;
    }

    private void measureSafely() {
        try {
            measure();
        } catch (Exception e) {
            failures.increment();
            LOG.warn("lag measurement failed: {}", e.toString());
        }
    }

    /** One round: every stage measured, judged and exported. */
    public synchronized void measure() throws Exception {
        List<MultiGauge.Row<?>> recordRows = new ArrayList<>();
        List<MultiGauge.Row<?>> secondRows = new ArrayList<>();
        List<MultiGauge.Row<?>> statusRows = new ArrayList<>();
        List<MultiGauge.Row<?>> memberRows = new ArrayList<>();
        for (Stage stage : stages) {
            StageLag lag = probe.measure(stage);
            StageHealth.Status judged = health.get(stage.name()).add(lag);
            latest.put(stage.name(), lag);
            for (PartitionLag p : lag.partitions()) {
                Tags tags = Tags.of("stage", stage.name(), "topic", p.topic(), "partition", Integer.toString(p.partition()));
                recordRows.add(MultiGauge.Row.of(tags, p.records()));
                secondRows.add(MultiGauge.Row.of(tags, p.seconds()));
            }
            if (judged != StageHealth.Status.ABSENT) {
                statusRows.add(MultiGauge.Row.of(Tags.of("stage", stage.name()), judged.ordinal()));
            }
            memberRows.add(MultiGauge.Row.of(Tags.of("stage", stage.name()), lag.members()));
        }
        List<MultiGauge.Row<?>> endRows = new ArrayList<>();
        Map<String, Long> ends = new LinkedHashMap<>();
        probe.endOffsets(watchedTopics).forEach((tp, end) -> ends.merge(tp.topic(), end, Long::sum));
        ends.forEach((topic, end) -> endRows.add(MultiGauge.Row.of(Tags.of("topic", topic), end)));
        records.register(recordRows, true);
        seconds.register(secondRows, true);
        status.register(statusRows, true);
        members.register(memberRows, true);
        topicEnds.register(endRows, true);
    }

    /** The latest measurement and status of each stage, in stage order. */
    public synchronized Map<Stage, Map.Entry<StageLag, StageHealth.Status>> snapshot() {
        Map<Stage, Map.Entry<StageLag, StageHealth.Status>> out = new LinkedHashMap<>();
        for (Stage stage : stages) {
            StageLag lag = latest.get(stage.name());
            if (lag != null) {
                out.put(stage, Map.entry(lag, health.get(stage.name()).status()));
            }
        }
        return out;
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            probe.close();
        }
    }
}
