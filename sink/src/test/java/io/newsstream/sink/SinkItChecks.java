package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.serde.ArticleSerdes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Reads and waits used by the sink's integration tests: topic end offsets, stored offsets, row counts. */
final class SinkItChecks {
    static final Duration TIMEOUT = Duration.ofSeconds(90);

    private SinkItChecks() {}

    static Map<TopicPartition, Long> endOffsets(Admin admin, Topics topics) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (String topic : List.of(topics.enriched(), topics.duplicates())) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            for (int p = 0; p < partitions; p++) {
                request.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
        }
        return admin.listOffsets(request).all().get().entrySet().stream()
                .filter(e -> e.getValue().offset() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    static Map<TopicPartition, Long> storedOffsets(DataSource db, String group) throws SQLException {
        Map<TopicPartition, Long> stored = new HashMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT topic, partition, next_offset FROM sink_offsets WHERE group_id = ?")) {
            s.setString(1, group);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    stored.put(new TopicPartition(rows.getString(1), rows.getInt(2)), rows.getLong(3));
                }
            }
        }
        return stored;
    }

    static long count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void awaitCount(DataSource db, String sql, long expected) throws Exception {
        await(sql + " = " + expected, () -> count(db, sql) == expected);
        Thread.sleep(300);
        assertThat(count(db, sql)).as(sql).isEqualTo(expected);
    }

    static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String randomText(int length) {
        Random random = new Random(42);
        StringBuilder out = new StringBuilder(length);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** An idempotent producer of raw bytes (one request at a time; transactional when an id is given). */
    static KafkaProducer<byte[], byte[]> producer(String bootstrap, String transactionalId) {
        Map<String, Object> props = new java.util.HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // one request at a time: a first batch refused while a fresh topic elects its leader (NOT_LEADER_OR_FOLLOWER)
        // is retried before the next is sent, so the broker never sees sequence 1 before sequence 0
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        if (transactionalId != null) {
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    static void sendArticle(KafkaProducer<byte[], byte[]> producer, ArticleSerdes serdes, Topics topics, EnrichedArticle article) {
        byte[] value = serdes.enriched().serializer().serialize(topics.enriched(), article);
        producer.send(new ProducerRecord<>(topics.enriched(), bytes(article.getId()), value));
    }

    static void sendDuplicate(KafkaProducer<byte[], byte[]> producer, ArticleSerdes serdes, Topics topics, int n, int original) {
        var event = SinkFixtures.duplicate(n, original);
        byte[] value = serdes.duplicate().serializer().serialize(topics.duplicates(), event);
        producer.send(new ProducerRecord<>(topics.duplicates(), bytes(event.getId()), value));
    }
}
