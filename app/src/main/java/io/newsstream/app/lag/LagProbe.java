package io.newsstream.app.lag;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Measures stages from outside: committed offsets and group members (Admin API), end offsets, and the
 * timestamp of the first record after each committed offset (a consumer of its own, no group), whose age is
 * the partition's lag in seconds. The partitions are those the group committed or its members are assigned;
 * one never committed counts from the log start.
 */
public final class LagProbe implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> reader;
    private final Clock clock;
    private final Object bootstrap;

    public LagProbe(Properties client, Clock clock) {
        this.bootstrap = client.get("bootstrap.servers");
        this.admin = Admin.create(client);
        Properties p = new Properties();
        p.putAll(client);
        p.put("enable.auto.commit", "false");
        p.put("max.poll.records", "500");
        p.put("fetch.max.bytes", String.valueOf(4 * 1024 * 1024));
        this.reader = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.clock = clock;
    }

    public StageLag measure(Stage stage) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed;
        try {
            committed = admin.listConsumerGroupOffsets(stage.groupId())
                    .partitionsToOffsetAndMetadata().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + TIMEOUT.toSeconds() + " s (bootstrap servers "
                    + bootstrap + ")");
        }
        int members = 0;
        String state = "UNKNOWN";
        committed = new HashMap<>(committed);
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(stage.groupId()))
                    .describedGroups().get(stage.groupId()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            members = group.members().size();
            state = String.valueOf(group.groupState());
            for (var member : group.members()) {
                for (TopicPartition tp : member.assignment().topicPartitions()) {
                    committed.putIfAbsent(tp, null);
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
            state = "DEAD";
        }
        long now = clock.millis();
        if (committed.isEmpty()) {
            return new StageLag(stage, List.of(), members, state, now);
        }
        Map<TopicPartition, Long> ends = offsets(committed.keySet(), OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(committed.keySet(), OffsetSpec.earliest());
        Map<TopicPartition, Long> from = new HashMap<>();
        committed.forEach((tp, o) -> from.put(tp, Math.max(o == null ? -1 : o.offset(), starts.get(tp))));
        Map<TopicPartition, Long> oldest = oldestUnconsumed(from, ends);
        List<PartitionLag> out = new ArrayList<>();
        for (TopicPartition tp : committed.keySet()) {
            OffsetAndMetadata o = committed.get(tp);
            long records = Math.max(0, ends.get(tp) - from.get(tp));
            Long ts = oldest.get(tp);
            double seconds = records == 0 || ts == null ? 0 : Math.max(0, (now - ts) / 1000.0);
            out.add(new PartitionLag(tp.topic(), tp.partition(), o == null ? -1 : o.offset(), ends.get(tp), records, seconds));
        }
        out.sort(java.util.Comparator.comparing(PartitionLag::topic).thenComparingInt(PartitionLag::partition));
        return new StageLag(stage, out, members, state, now);
    }

    /** End offsets of topics, for figures such as dead letters written. */
    public Map<TopicPartition, Long> endOffsets(List<String> topics) throws Exception {
        List<TopicPartition> parts = new ArrayList<>();
        for (var d : admin.describeTopics(topics).allTopicNames().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).values()) {
            d.partitions().forEach(p -> parts.add(new TopicPartition(d.name(), p.partition())));
        }
        return offsets(parts, OffsetSpec.latest());
    }

    private Map<TopicPartition, Long> offsets(java.util.Collection<TopicPartition> parts, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        parts.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result =
                admin.listOffsets(request, new org.apache.kafka.clients.admin.ListOffsetsOptions(
                        org.apache.kafka.common.IsolationLevel.READ_COMMITTED)).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        Map<TopicPartition, Long> out = new HashMap<>();
        result.forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    /** The timestamp of the first record at or after {@code from}, for partitions with records left to consume. */
    private Map<TopicPartition, Long> oldestUnconsumed(Map<TopicPartition, Long> from, Map<TopicPartition, Long> ends) {
        List<TopicPartition> behind = from.keySet().stream().filter(tp -> from.get(tp) < ends.get(tp)).toList();
        Map<TopicPartition, Long> out = new HashMap<>();
        if (behind.isEmpty()) {
            return out;
        }
        reader.assign(behind);
        behind.forEach(tp -> reader.seek(tp, from.get(tp)));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (out.size() < behind.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(200))) {
                TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                out.putIfAbsent(tp, r.timestamp());
                reader.pause(List.of(tp));
            }
        }
        reader.unsubscribe();
        return out;
    }

    @Override
    public void close() {
        reader.close(Duration.ofSeconds(2));
        admin.close(Duration.ofSeconds(2));
    }
}
