package io.newsstream.app;

import io.newsstream.schemas.DlqHeaders;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.serde.ArticleSerdes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What came out of a fault test: the committed records on the enriched, duplicates and DLQ topics and the
 * rows in PostgreSQL. {@link #line} prints one "expected vs found" line per figure, so a fault test's log
 * says what it checked.
 */
record Census(List<String> enriched, Map<String, String> duplicateOf, List<String> duplicateIds,
        List<String> deadLetterReasons, long articleRows, long duplicateRows, long rowsWrittenTwice) {

    static Census take(String bootstrap, Topics topics, String jdbcUrl, String user, String password) throws SQLException {
        List<String> enriched = new ArrayList<>();
        read(bootstrap, topics.enriched(), r -> enriched.add(r.key()));
        Map<String, String> duplicateOf = new LinkedHashMap<>();
        List<String> duplicateIds = new ArrayList<>();
        var decoder = ArticleSerdes.avro().duplicate().deserializer();
        read(bootstrap, topics.duplicates(), r -> {
            DuplicateEvent event = decoder.deserialize(r.topic(), r.value());
            duplicateIds.add(event.getId());
            duplicateOf.put(event.getId(), event.getDuplicateOf());
        });
        List<String> reasons = new ArrayList<>();
        read(bootstrap, topics.dlq(), r -> {
            Header reason = r.headers().lastHeader(DlqHeaders.REASON);
            Header stage = r.headers().lastHeader(DlqHeaders.STAGE);
            reasons.add((stage == null ? "?" : new String(stage.value(), StandardCharsets.UTF_8)) + ": "
                    + (reason == null ? "" : new String(reason.value(), StandardCharsets.UTF_8)));
        });
        return new Census(enriched, duplicateOf, duplicateIds, reasons,
                count(jdbcUrl, user, password, "SELECT count(*) FROM articles"),
                count(jdbcUrl, user, password, "SELECT count(*) FROM duplicates"),
                count(jdbcUrl, user, password, "SELECT count(*) FROM articles WHERE write_count <> 1"));
    }

    /** Prints {@code FAULT <scenario> | <what> | expected <e> | found <f>} and says whether they agree. */
    static boolean line(String scenario, String what, Object expected, Object found) {
        boolean ok = expected.equals(found);
        System.out.printf("FAULT %s | %s | expected %s | found %s%s%n", scenario, what, expected, found, ok ? "" : "  <-- MISMATCH");
        return ok;
    }

    long distinctEnriched() {
        return enriched.stream().distinct().count();
    }

    static long count(String jdbcUrl, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0;
            }
            throw e;
        }
    }

    /** The keys of the committed records of a topic, in partition order. */
    static List<String> keys(String bootstrap, String topic) {
        List<String> keys = new ArrayList<>();
        read(bootstrap, topic, r -> keys.add(r.key()));
        return keys;
    }

    private static void read(String bootstrap, String topic, Consumer<ConsumerRecord<String, byte[]>> each) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("isolation.level", "read_committed");
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long deadline = System.currentTimeMillis() + 30_000;
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(each);
            }
        }
    }
}
