package io.newsstream.app.lag;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.schemas.Topics;
import io.newsstream.testkit.KafkaExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Three stages seen from outside on a real broker: one down with committed offsets behind (STOP, lag in records
 * and in seconds from the records' own timestamps), one with a member that consumes nothing (STALL), one caught
 * up (OK); and the Prometheus series the dashboards and alerts use.
 */
class LagExporterIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.embedded();

    @Test
    void stagesThatAreDownStalledOrCaughtUpAreToldApart() throws Exception {
        Topics topics = KAFKA.uniqueTopics(2);
        long twoMinutesAgo = System.currentTimeMillis() - 120_000;
        try (var producer = new KafkaProducer<>(props(), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 40; i++) {
                producer.send(new ProducerRecord<>(topics.raw(), i % 2, twoMinutesAgo + i, "k" + i, "v" + i)).get();
            }
            producer.send(new ProducerRecord<>(topics.dlq(), 0, null, "k", "dead")).get();
        }
        String down = KafkaExtension.uniqueName("down");
        String stalled = KafkaExtension.uniqueName("stalled");
        String caughtUp = KafkaExtension.uniqueName("caught-up");
        try (Admin admin = Admin.create(props())) {
            admin.alterConsumerGroupOffsets(down, Map.of(new TopicPartition(topics.raw(), 0), new OffsetAndMetadata(5),
                    new TopicPartition(topics.raw(), 1), new OffsetAndMetadata(5))).all().get();
        }
        AtomicBoolean running = new AtomicBoolean(true);
        Thread stalledMember = member(stalled, topics.raw(), false, running);
        Thread caughtUpMember = member(caughtUp, topics.raw(), true, running);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        List<Stage> stages = List.of(new Stage("enrich", down), new Stage("sink", stalled), new Stage("files", caughtUp));
        try (LagExporter exporter = new LagExporter(new LagProbe(props(), Clock.systemUTC()), stages, List.of(topics.dlq()), 3, registry)) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                exporter.measure();
                var snapshot = exporter.snapshot();
                assertThat(snapshot.get(stages.get(0)).getValue()).isEqualTo(StageHealth.Status.STOP);
                assertThat(snapshot.get(stages.get(1)).getValue()).isEqualTo(StageHealth.Status.STALL);
                assertThat(snapshot.get(stages.get(2)).getValue()).isEqualTo(StageHealth.Status.OK);
            });
            var snapshot = exporter.snapshot();
            StageLag downLag = snapshot.get(stages.get(0)).getKey();
            assertThat(downLag.records()).isEqualTo(30);
            assertThat(downLag.maxSeconds()).isBetween(100.0, 400.0);
            assertThat(snapshot.get(stages.get(1)).getKey().records()).isEqualTo(40);
            assertThat(snapshot.get(stages.get(2)).getKey().records()).isZero();
            assertThat(snapshot.get(stages.get(2)).getKey().maxSeconds()).isZero();

            String scrape = registry.scrape();
            assertThat(scrape).containsPattern("newsstream_stage_lag_records\\{partition=\"0\",stage=\"enrich\",topic=\"" + topics.raw() + "\"} 15")
                    .containsPattern("newsstream_stage_status\\{stage=\"enrich\"} 3")
                    .containsPattern("newsstream_stage_status\\{stage=\"sink\"} 2")
                    .containsPattern("newsstream_stage_lag_seconds\\{partition=\"1\",stage=\"enrich\"")
                    .containsPattern("newsstream_topic_end_offset\\{topic=\"" + topics.dlq() + "\"} 1");
        } finally {
            running.set(false);
            stalledMember.join(10_000);
            caughtUpMember.join(10_000);
        }
    }

    /** A group member on the topic that polls; it commits what it read only when {@code commits}. */
    private static Thread member(String group, String topic, boolean commits, AtomicBoolean running) {
        Thread t = new Thread(() -> {
            Properties p = props();
            p.put("group.id", group);
            p.put("enable.auto.commit", "false");
            p.put("auto.offset.reset", "earliest");
            try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(topic));
                while (running.get()) {
                    var records = consumer.poll(Duration.ofMillis(200));
                    if (commits && !records.isEmpty()) {
                        consumer.commitSync();
                    } else if (!commits) {
                        consumer.seekToBeginning(consumer.assignment());
                    }
                }
            }
        }, "member-" + group);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static Properties props() {
        Properties p = new Properties();
        p.put("bootstrap.servers", KAFKA.bootstrapServers());
        return p;
    }
}
