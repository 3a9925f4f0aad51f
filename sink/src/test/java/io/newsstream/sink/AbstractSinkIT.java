package io.newsstream.sink;

import static io.newsstream.sink.SinkItChecks.await;
import static io.newsstream.sink.SinkItChecks.awaitCount;
import static io.newsstream.sink.SinkItChecks.bytes;
import static io.newsstream.sink.SinkItChecks.count;
import static io.newsstream.sink.SinkItChecks.randomText;
import static io.newsstream.sink.SinkItChecks.storedOffsets;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.sink.CrashingDataSource.CrashPoint;
import io.newsstream.testkit.KafkaExtension;
import io.newsstream.testkit.PostgresExtension;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sink against a real broker and a real PostgreSQL; subclasses choose embedded services or
 * Testcontainers. Every test works on its own topics, database and consumer group.
 */
abstract class AbstractSinkIT {
    private final ArticleSerdes serdes = ArticleSerdes.avro();
    private final List<AutoCloseable> resources = new ArrayList<>();

    protected abstract KafkaExtension kafka();

    protected abstract PostgresExtension postgres();

    @AfterEach
    void closeResources() throws Exception {
        Collections.reverse(resources);
        for (AutoCloseable resource : resources) {
            resource.close();
        }
        resources.clear();
    }

    @Test
    void writesEveryArticleAndDuplicateWithTheEndOffsets() throws Exception {
        Topics topics = kafka().uniqueTopics();
        String group = KafkaExtension.uniqueName("sink");
        SinkConfig config = config(postgres().freshDatabase(), group, 25);
        HikariDataSource db = dataSource(config);
        int articles = 60;
        int duplicates = 9;
        try (KafkaProducer<byte[], byte[]> producer = producer(null)) {
            for (int i = 0; i < articles; i++) {
                sendArticle(producer, topics, SinkFixtures.article(i));
            }
            for (int i = 0; i < duplicates; i++) {
                sendDuplicate(producer, topics, i, i % 5);
            }
            producer.flush();
        }
        MeterRegistry registry = new SimpleMeterRegistry();
        ArticleSink sink = start(config, db, topics, registry);

        awaitCount(db, "SELECT count(*) FROM articles", articles);
        awaitCount(db, "SELECT count(*) FROM duplicates", duplicates);
        await("stats", () -> sink.stats().records() == articles + duplicates);

        assertThat(storedOffsets(db, group)).isEqualTo(endOffsets(topics));
        assertThat(count(db, "SELECT count(*) FROM articles WHERE write_count <> 1")).isZero();
        assertThat(count(db, "SELECT count(*) FROM sink_rejects")).isZero();

        EnrichedArticle expected = SinkFixtures.article(7);
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT c.article::text, published_at, enriched_at, focus_country, topics->0->>'code',
                               jsonb_array_length(regions), metadata->>'edition', kafka_topic, write_count
                        FROM articles JOIN articles_contract c USING (id) WHERE id = ?""")) {
            s.setString(1, expected.getId());
            try (ResultSet row = s.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(ArticleJson.readEnriched(row.getString(1))).isEqualTo(expected);
                assertThat(row.getObject(2, OffsetDateTime.class).toInstant()).isEqualTo(SinkFixtures.PUBLISHED.plusSeconds(7));
                assertThat(row.getObject(3, OffsetDateTime.class))
                        .isEqualTo(OffsetDateTime.of(2031, 4, 2, 8, 16, 0, 250_000_000, ZoneOffset.UTC));
                assertThat(row.getString(4)).isEqualTo("NO");
                assertThat(row.getString(5)).isEqualTo("medtop:11000000");
                assertThat(row.getInt(6)).isEqualTo(1);
                assertThat(row.getString(7)).isEqualTo("7");
                assertThat(row.getString(8)).isEqualTo(topics.enriched());
                assertThat(row.getInt(9)).isEqualTo(1);
            }
        }
        assertThat(count(db, "SELECT count(*) FROM duplicates WHERE id = 'd00003' AND duplicate_of = 'a00003' "
                + "AND reason = 'NEAR' AND seen_at = '2031-04-02T07:00:00Z'")).isEqualTo(1);
        assertThat(registry.get(SinkMetrics.ROWS_WRITTEN).tag("table", "articles").counter().count()).isEqualTo(articles);
        assertThat(registry.get(SinkMetrics.ROWS_WRITTEN).tag("table", "duplicates").counter().count()).isEqualTo(duplicates);
        assertThat(registry.get(SinkMetrics.COMMIT_LATENCY).timer().count()).isEqualTo(sink.stats().batches());
        await("lag gauges at zero", () -> registry.find(SinkMetrics.LAG_RECORDS).gauges().size() == 4
                && registry.find(SinkMetrics.LAG_RECORDS).gauges().stream().allMatch(g -> g.value() == 0.0));
        assertThat(registry.get(SinkMetrics.LAG_SECONDS).gauge().value()).isZero();

        sink.close();
        sink.close();
        assertThat(sink.isRunning()).isFalse();
        assertThat(sink.failure()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CrashPoint.class)
    void aKilledSinkIsReplacedWithoutLosingOrRepeatingABatch(CrashPoint crashPoint) throws Exception {
        Topics topics = kafka().uniqueTopics();
        String group = KafkaExtension.uniqueName("sink");
        SinkConfig config = config(postgres().freshDatabase(), group, 10);
        HikariDataSource db = dataSource(config);
        int articles = 240;
        int duplicates = 30;
        try (KafkaProducer<byte[], byte[]> producer = producer(KafkaExtension.uniqueName("tx"))) {
            producer.initTransactions();
            for (int batch = 0; batch < articles / 40; batch++) {
                producer.beginTransaction();
                for (int i = batch * 40; i < (batch + 1) * 40; i++) {
                    sendArticle(producer, topics, SinkFixtures.article(i));
                }
                for (int i = batch * 5; i < (batch + 1) * 5; i++) {
                    sendDuplicate(producer, topics, i, i);
                }
                producer.commitTransaction();
                if (batch == 2) {
                    producer.beginTransaction();
                    for (int i = 9000; i < 9010; i++) {
                        sendArticle(producer, topics, SinkFixtures.article(i));
                    }
                    producer.flush();
                    producer.abortTransaction();
                }
            }
        }

        SinkDatabase.migrate(db);
        SinkConfig unmigrated = config(config.jdbcUrl(), group, 10, Map.of(SinkConfig.MIGRATE_ON_START, "false"));
        CrashingDataSource crashing = new CrashingDataSource(db, 4, crashPoint);
        ArticleSink first = start(unmigrated, crashing, topics, new SimpleMeterRegistry());
        assertThat(first.awaitTermination(SinkItChecks.TIMEOUT)).isTrue();
        assertThat(first.failure()).containsInstanceOf(CrashingDataSource.SimulatedCrash.class);
        assertThat(first.stats().batches()).isEqualTo(3);
        long rowsAfterCrash = count(db, "SELECT count(*) FROM articles") + count(db, "SELECT count(*) FROM duplicates");
        if (crashPoint == CrashPoint.AFTER_COMMIT) {
            assertThat(rowsAfterCrash).isGreaterThan(first.stats().records());
        } else {
            assertThat(rowsAfterCrash).isEqualTo(first.stats().records());
        }
        assertThat(rowsAfterCrash).isBetween(1L, (long) articles + duplicates - 1);

        ArticleSink second = start(config, db, topics, new SimpleMeterRegistry());
        awaitCount(db, "SELECT count(*) FROM articles", articles);
        awaitCount(db, "SELECT count(*) FROM duplicates", duplicates);
        await("second sink's stats", () -> second.stats().records() >= articles + duplicates - rowsAfterCrash);

        assertThat(count(db, "SELECT count(*) FROM articles WHERE write_count <> 1")).isZero();
        assertThat(count(db, "SELECT count(*) FROM duplicates WHERE write_count <> 1")).isZero();
        assertThat(count(db, "SELECT count(DISTINCT id) FROM articles")).isEqualTo(articles);
        assertThat(count(db, "SELECT count(*) FROM articles WHERE id >= 'a09000'")).isZero();
        assertThat(second.stats().records()).isEqualTo(articles + duplicates - rowsAfterCrash);
        assertThat(second.failure()).isEmpty();
        Map<TopicPartition, Long> stored = storedOffsets(db, group);
        endOffsets(topics).forEach((partition, end) ->
                assertThat(stored.get(partition)).as("stored offset of %s", partition).isBetween(end - 1, end));
    }

    @Test
    void oneIdTwiceInABatchIsWrittenOnceWithItsLastVersionAndALateOlderRevisionChangesNothing() throws Exception {
        Topics topics = kafka().uniqueTopics(1);
        String group = KafkaExtension.uniqueName("sink");
        SinkConfig config = config(postgres().freshDatabase(), group, 500);
        HikariDataSource db = dataSource(config);
        var late = SinkFixtures.article(1);
        late.setTitle("an older revision, arriving late");
        late.setRevision(2);
        try (KafkaProducer<byte[], byte[]> producer = producer(null)) {
            sendArticle(producer, topics, SinkFixtures.article(1));
            sendArticle(producer, topics, SinkFixtures.article(2));
            var updated = SinkFixtures.article(1);
            updated.setTitle("Lighthouse budget approved, updated");
            updated.setRevision(3);
            sendArticle(producer, topics, updated);
            sendArticle(producer, topics, late);
            sendDuplicate(producer, topics, 7, 2);
            sendDuplicate(producer, topics, 7, 1);
            producer.flush();
        }
        ArticleSink sink = start(config, db, topics, new SimpleMeterRegistry());
        await("stats", () -> sink.stats().records() == 6);
        try (KafkaProducer<byte[], byte[]> producer = producer(null)) {
            sendArticle(producer, topics, late);
            producer.flush();
        }
        await("stats", () -> sink.stats().records() == 7);
        assertThat(count(db, "SELECT count(*) FROM articles WHERE revision = 3")).isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM articles")).isEqualTo(2);
        assertThat(count(db, "SELECT count(*) FROM articles WHERE title = 'Lighthouse budget approved, updated'")).isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM duplicates WHERE duplicate_of = '" + SinkFixtures.articleId(1) + "'"))
                .isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM sink_rejects")).isZero();
        assertThat(storedOffsets(db, group)).isEqualTo(endOffsets(topics));
    }

    @Test
    void undecodableRecordsAreRejectedAndTheSinkKeepsGoing() throws Exception {
        Topics topics = kafka().uniqueTopics();
        String group = KafkaExtension.uniqueName("sink");
        SinkConfig config = config(postgres().freshDatabase(), group, 500);
        HikariDataSource db = dataSource(config);
        byte[] garbage = "<html>this is not an Avro record</html>".getBytes(StandardCharsets.UTF_8);
        byte[] valid = serdes.duplicate().serializer().serialize(topics.duplicates(), SinkFixtures.duplicate(1, 0));
        byte[] truncated = java.util.Arrays.copyOf(valid, 14);
        RecordMetadata garbageAt;
        RecordMetadata truncatedAt;
        try (KafkaProducer<byte[], byte[]> producer = producer(null)) {
            for (int i = 0; i < 5; i++) {
                sendArticle(producer, topics, SinkFixtures.article(i));
            }
            garbageAt = producer.send(new ProducerRecord<>(topics.enriched(), 0, bytes("junk-1"), garbage)).get();
            truncatedAt = producer.send(new ProducerRecord<>(topics.duplicates(), 1, bytes("junk-2"), truncated)).get();
            for (int i = 5; i < 10; i++) {
                sendArticle(producer, topics, SinkFixtures.article(i));
            }
            sendDuplicate(producer, topics, 2, 1);
        }
        MeterRegistry registry = new SimpleMeterRegistry();
        ArticleSink sink = start(config, db, topics, registry);

        awaitCount(db, "SELECT count(*) FROM articles", 10);
        awaitCount(db, "SELECT count(*) FROM duplicates", 1);
        awaitCount(db, "SELECT count(*) FROM sink_rejects", 2);

        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT kind, reason, record_key, raw_value, group_id FROM sink_rejects
                        WHERE kafka_topic = ? AND kafka_partition = ? AND kafka_offset = ?""")) {
            s.setString(1, topics.enriched());
            s.setInt(2, garbageAt.partition());
            s.setLong(3, garbageAt.offset());
            try (ResultSet row = s.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("DESERIALIZATION");
                assertThat(row.getString(2)).isNotBlank();
                assertThat(row.getBytes(3)).isEqualTo(bytes("junk-1"));
                assertThat(row.getBytes(4)).isEqualTo(garbage);
                assertThat(row.getString(5)).isEqualTo(group);
            }
            s.setString(1, topics.duplicates());
            s.setInt(2, truncatedAt.partition());
            s.setLong(3, truncatedAt.offset());
            try (ResultSet row = s.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBytes(4)).isEqualTo(truncated);
            }
        }
        await("stats", () -> sink.stats().rejects() == 2);
        assertThat(registry.get(SinkMetrics.DESERIALIZATION_FAILURES).tag("topic", topics.enriched()).counter().count())
                .isEqualTo(1);
        assertThat(registry.get(SinkMetrics.DESERIALIZATION_FAILURES).tag("topic", topics.duplicates()).counter().count())
                .isEqualTo(1);
        assertThat(storedOffsets(db, group)).isEqualTo(endOffsets(topics));

        try (KafkaProducer<byte[], byte[]> producer = producer(null)) {
            sendArticle(producer, topics, SinkFixtures.article(10));
        }
        awaitCount(db, "SELECT count(*) FROM articles", 11);
        assertThat(sink.isRunning()).isTrue();
        assertThat(sink.failure()).isEmpty();
    }

    @Test
    void aRowTheDatabaseRefusesIsRejectedAndTheRestOfItsBatchIsWritten() throws Exception {
        Topics topics = kafka().uniqueTopics(1);
        String group = KafkaExtension.uniqueName("sink");
        SinkConfig config = config(postgres().freshDatabase(), group, 500);
        HikariDataSource db = dataSource(config);
        EnrichedArticle oversized = SinkFixtures.article(3);
        oversized.setCanonicalUrl("https://gazette.example/" + randomText(12_000));
        try (KafkaProducer<byte[], byte[]> producer = producer(null)) {
            for (int i = 0; i < 6; i++) {
                sendArticle(producer, topics, i == 3 ? oversized : SinkFixtures.article(i));
            }
        }
        MeterRegistry registry = new SimpleMeterRegistry();
        ArticleSink sink = start(config, db, topics, registry);

        awaitCount(db, "SELECT count(*) FROM articles", 5);
        awaitCount(db, "SELECT count(*) FROM sink_rejects WHERE kind = 'DATABASE' AND kafka_offset = 3", 1);
        assertThat(count(db, "SELECT count(*) FROM articles WHERE id = 'a00003'")).isZero();
        assertThat(storedOffsets(db, group)).containsEntry(new TopicPartition(topics.enriched(), 0), 6L);
        assertThat(registry.get(SinkMetrics.BATCH_FAILURES).tag("kind", "data").counter().count()).isEqualTo(1);
        assertThat(sink.failure()).isEmpty();
    }

    @Test
    void twoSinksInOneGroupWriteEachRecordOnce() throws Exception {
        Topics topics = kafka().uniqueTopics(4);
        String group = KafkaExtension.uniqueName("sink");
        SinkConfig config = config(postgres().freshDatabase(), group, 20);
        HikariDataSource db = dataSource(config);
        ArticleSink one = start(config, db, topics, new SimpleMeterRegistry());
        ArticleSink two = start(config, db, topics, new SimpleMeterRegistry());
        int articles = 400;
        try (KafkaProducer<byte[], byte[]> producer = producer(null)) {
            for (int i = 0; i < articles; i++) {
                sendArticle(producer, topics, SinkFixtures.article(i));
                if (i % 100 == 99) {
                    producer.flush();
                }
            }
        }

        awaitCount(db, "SELECT count(*) FROM articles", articles);
        await("stats", () -> one.stats().articles() + two.stats().articles() >= articles);
        assertThat(count(db, "SELECT count(*) FROM articles WHERE write_count <> 1")).isZero();
        assertThat(one.stats().articles() + two.stats().articles()).isEqualTo(articles);
        assertThat(storedOffsets(db, group)).isEqualTo(endOffsets(topics));
    }

    private SinkConfig config(String jdbcUrl, String group, int maxPollRecords) {
        return config(jdbcUrl, group, maxPollRecords, Map.of());
    }

    private SinkConfig config(String jdbcUrl, String group, int maxPollRecords, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of(
                SinkConfig.JDBC_URL, jdbcUrl,
                SinkConfig.JDBC_USER, postgres().user(),
                SinkConfig.JDBC_PASSWORD, postgres().password(),
                SinkConfig.GROUP_ID, group,
                SinkConfig.MAX_POLL_RECORDS, Integer.toString(maxPollRecords),
                SinkConfig.POLL_TIMEOUT_MS, "200"));
        values.putAll(extra);
        return SinkConfig.load(Map.of(), values);
    }

    private HikariDataSource dataSource(SinkConfig config) {
        HikariDataSource db = SinkDatabase.dataSource(config);
        resources.add(db);
        return db;
    }

    private ArticleSink start(SinkConfig config, DataSource db, Topics topics, MeterRegistry registry) {
        Properties consumer = new Properties();
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka().bootstrapServers());
        ArticleSink sink = new ArticleSink(config, db, consumer, topics, serdes, registry);
        resources.add(sink);
        Thread thread = new Thread(sink, "sink-" + config.groupId());
        thread.setDaemon(true);
        thread.start();
        return sink;
    }

    private KafkaProducer<byte[], byte[]> producer(String transactionalId) {
        return SinkItChecks.producer(kafka().bootstrapServers(), transactionalId);
    }

    private void sendArticle(KafkaProducer<byte[], byte[]> producer, Topics topics, EnrichedArticle article) {
        SinkItChecks.sendArticle(producer, serdes, topics, article);
    }

    private void sendDuplicate(KafkaProducer<byte[], byte[]> producer, Topics topics, int n, int original) {
        SinkItChecks.sendDuplicate(producer, serdes, topics, n, original);
    }

    private Map<TopicPartition, Long> endOffsets(Topics topics) throws Exception {
        try (Admin admin = kafka().admin()) {
            return SinkItChecks.endOffsets(admin, topics);
        }
    }
}
