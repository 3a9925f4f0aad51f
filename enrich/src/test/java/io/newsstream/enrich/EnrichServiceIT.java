package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.schemas.DlqHeaders;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.testkit.Fixtures;
import io.newsstream.testkit.KafkaExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The enrich stage on a real broker with exactly-once: good, invalid and undecodable records. */
class EnrichServiceIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.embedded();

    @TempDir
    Path stateDir;

    private final ArticleSerdes serdes = ArticleSerdes.avro();

    @Test
    void enrichesGoodRecordsAndDeadLettersTheRestWithoutStopping() throws Exception {
        Topics topics = KAFKA.uniqueTopics(2);
        EnrichConfig config = new EnrichConfig(Map.of(EnrichConfig.TOPIC_PREFIX, topics.prefix(),
                EnrichConfig.APPLICATION_ID, KafkaExtension.uniqueName("enrich"), EnrichConfig.STATE_DIR, stateDir.toString()));
        byte[] garbage = "not an avro record".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = serdes.raw().serializer().serialize(topics.raw(),
                RawArticle.newBuilder().setUrl("https://news.example/no-body").build());
        byte[] good = serdes.raw().serializer().serialize(topics.raw(), Fixtures.article(Fixtures.WAR_STORY_PORTAL_A));
        byte[] copy = serdes.raw().serializer().serialize(topics.raw(), Fixtures.article(Fixtures.WAR_STORY_PORTAL_B));
        produce(topics.raw(), List.of(garbage, good, invalid, copy));

        try (EnrichService service = new EnrichService(config, config.streamsProperties(KAFKA.bootstrapServers()),
                serdes, EnrichmentCore.load(), new SimpleMeterRegistry())) {
            service.start(Duration.ofSeconds(60));
            List<ConsumerRecord<byte[], byte[]>> dead = consume(topics.dlq(), 2);
            List<ConsumerRecord<byte[], byte[]>> enriched = consume(topics.enriched(), 1);
            List<ConsumerRecord<byte[], byte[]>> duplicates = consume(topics.duplicates(), 1);

            assertThat(dead).extracting(ConsumerRecord::value).containsExactlyInAnyOrder(garbage, invalid);
            ConsumerRecord<byte[], byte[]> undecodable = dead.stream().filter(r -> java.util.Arrays.equals(r.value(), garbage)).findFirst().orElseThrow();
            assertThat(header(undecodable, DlqHeaders.STAGE)).isEqualTo("deserialize");
            ConsumerRecord<byte[], byte[]> noBody = dead.stream().filter(r -> java.util.Arrays.equals(r.value(), invalid)).findFirst().orElseThrow();
            assertThat(header(noBody, DlqHeaders.FIELD)).isEqualTo("body");
            assertThat(header(noBody, DlqHeaders.SOURCE_TOPIC)).isEqualTo(topics.raw());

            EnrichedArticle article = serdes.enriched().deserializer().deserialize(topics.enriched(), enriched.get(0).value());
            assertThat(article.getFocusCountry()).isEqualTo("UA");
            assertThat(serdes.duplicate().deserializer().deserialize(topics.duplicates(), duplicates.get(0).value())
                    .getDuplicateOf()).isEqualTo(article.getId());
            assertThat(service.state().isRunningOrRebalancing()).isTrue();
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void produce(String topic, List<byte[]> values) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", KAFKA.bootstrapServers());
        p.put("enable.idempotence", "true");
        p.put("acks", "all");
        try (var producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (byte[] v : values) {
                producer.send(new ProducerRecord<>(topic, 0, null, v)).get();
            }
        }
    }

    /** Reads committed records from the start until {@code n} arrived (30 s at most). */
    private static List<ConsumerRecord<byte[], byte[]>> consume(String topic, int n) {
        Properties p = new Properties();
        p.put("bootstrap.servers", KAFKA.bootstrapServers());
        p.put("isolation.level", "read_committed");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            long deadline = System.currentTimeMillis() + 30_000;
            while (out.size() < n && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        assertThat(out).as("records on " + topic).hasSize(n);
        return out;
    }
}
