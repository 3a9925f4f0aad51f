package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.Topics;
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
import org.apache.kafka.common.TopicPartition;

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
}
