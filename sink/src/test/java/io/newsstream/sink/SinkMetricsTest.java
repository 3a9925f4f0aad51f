package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.sink.SinkRecord.RejectKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class SinkMetricsTest {
    private static final Instant NOW = Instant.parse("2031-04-02T12:00:00Z");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SinkMetrics metrics = SinkMetrics.forDatabase(registry, Clock.fixed(NOW, ZoneOffset.UTC));
    private final TopicPartition partition = new TopicPartition("enriched", 0);

    @Test
    void lagInSecondsIsUnknownBeforeTheFirstWriteThenMeasuredFromTheNewestRecord() {
        assertThat(gauge(SinkMetrics.LAG_SECONDS)).isNaN();

        metrics.lag(partition, 12);
        metrics.committed(new BatchResult(3, 0, List.of()), NOW.minusSeconds(90).toEpochMilli());
        assertThat(gauge(SinkMetrics.LAG_SECONDS)).isEqualTo(90.0);
        assertThat(registry.get(SinkMetrics.LAG_RECORDS).tag("partition", "0").gauge().value()).isEqualTo(12.0);

        metrics.lag(partition, 0);
        assertThat(gauge(SinkMetrics.LAG_SECONDS)).isZero();
    }

    @Test
    void rowsAndRejectsAreCountedPerTableAndKind() {
        RecordPosition at = new RecordPosition("enriched", 0, 1, 0);
        SinkRecord.Raw raw = new SinkRecord.Raw(null, new byte[] {1});
        metrics.committed(new BatchResult(4, 2, List.of(
                new SinkRecord.Reject(at, raw, RejectKind.DESERIALIZATION, "bad"),
                new SinkRecord.Reject(at, raw, RejectKind.DATABASE, "refused"))), 0);

        assertThat(registry.get(SinkMetrics.ROWS_WRITTEN).tag("table", "articles").counter().count()).isEqualTo(4);
        assertThat(registry.get(SinkMetrics.ROWS_WRITTEN).tag("table", "duplicates").counter().count()).isEqualTo(2);
        assertThat(registry.get(SinkMetrics.ROWS_WRITTEN).tag("table", "sink_rejects").counter().count()).isEqualTo(2);
        assertThat(registry.get(SinkMetrics.DESERIALIZATION_FAILURES).tag("topic", "enriched").counter().count())
                .isEqualTo(1);
        assertThat(registry.get(SinkMetrics.BATCH_RECORDS).summary().totalAmount()).isEqualTo(8);
    }

    @Test
    void forgottenPartitionsLoseTheirLagGauge() {
        metrics.lag(partition, 5);
        metrics.forget(List.of(partition));
        assertThat(registry.find(SinkMetrics.LAG_RECORDS).gauges()).isEmpty();
    }

    @Test
    void theFileSinksMetersStandBesideTheDatabaseSinksInOneRegistry() {
        SinkMetrics files = SinkMetrics.forFiles(registry, Clock.fixed(NOW, ZoneOffset.UTC));
        files.committed(new BatchResult(5, 1, List.of()), NOW.toEpochMilli());
        metrics.committed(new BatchResult(2, 0, List.of()), NOW.toEpochMilli());

        assertThat(registry.get("newsstream.sink.files.rows.written").tag("table", "articles").counter().count())
                .isEqualTo(5);
        assertThat(registry.get(SinkMetrics.ROWS_WRITTEN).tag("table", "articles").counter().count()).isEqualTo(2);
        assertThat(registry.get("newsstream.sink.files.lag.seconds").gauge()).isNotNull();
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
