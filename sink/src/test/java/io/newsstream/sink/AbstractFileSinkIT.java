package io.newsstream.sink;

import static io.newsstream.sink.SinkItChecks.await;
import static io.newsstream.sink.SinkItChecks.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.testkit.KafkaExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file sink against a real broker; subclasses choose the embedded broker or a container. Every
 * test has its own topics, consumer group and directory.
 */
abstract class AbstractFileSinkIT {
    private static final int PARTITIONS = 2;
    private final ArticleSerdes serdes = ArticleSerdes.avro();

    @TempDir
    Path dir;

    protected abstract KafkaExtension kafka();

    @Test
    void writesEachRecordOnceAcrossRestartsAndTornWrites() throws Exception {
        Topics topics = kafka().uniqueTopics(PARTITIONS);
        String group = KafkaExtension.uniqueName("files");
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (int i = 0; i < 40; i++) {
                sendArticle(producer, topics, SinkFixtures.article(i));
            }
            for (int i = 0; i < 6; i++) {
                var event = SinkFixtures.duplicate(i, i);
                producer.send(new ProducerRecord<>(topics.duplicates(), bytes(event.getId()),
                        serdes.duplicate().serializer().serialize(topics.duplicates(), event)));
            }
            producer.send(new ProducerRecord<>(topics.enriched(), 0, bytes("garbage"), bytes("not avro")));
            producer.flush();
        }
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (FileSink sink = start(topics, group, registry)) {
            await("first 47 records", () -> sink.stats().records() == 47);
            assertThat(sink.stats().rejects()).isEqualTo(1);
        }
        assertThat(articleIds(topics)).hasSize(40).doesNotHaveDuplicates();
        assertThat(lines(topics.duplicates(), ".jsonl")).hasSize(6)
                .allSatisfy(line -> assertThat(ArticleJson.readDuplicate(line).getId()).startsWith("d"));
        assertThat(lines(topics.enriched(), "rejects.jsonl")).singleElement()
                .satisfies(line -> assertThat(line).contains("\"offset\"").contains("DESERIALIZATION"));
        assertThat(registry.get("newsstream.sink.files.rows.written").tag("table", "articles").counter().count())
                .isEqualTo(40);

        List<Path> partitionZero = partFiles(topics.enriched(), 0);
        assertThat(partitionZero).as("rolled at 4,000 bytes").hasSizeGreaterThan(1);
        Path torn = partitionZero.get(partitionZero.size() - 1);
        Files.writeString(torn, "{\"id\":\"half a line", StandardOpenOption.APPEND);
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (int i = 40; i < 70; i++) {
                sendArticle(producer, topics, SinkFixtures.article(i));
            }
            producer.flush();
        }
        try (FileSink sink = start(topics, group, new SimpleMeterRegistry())) {
            await("the 30 new articles", () -> sink.stats().articles() == 30);
            Thread.sleep(500);
            assertThat(sink.stats().records()).isEqualTo(30);
        }
        List<String> ids = articleIds(topics);
        assertThat(ids).hasSize(70).doesNotHaveDuplicates();
        EnrichedArticle seventh = SinkFixtures.article(7);
        assertThat(lines(topics.enriched(), ".jsonl").stream().map(ArticleJson::readEnriched))
                .contains(seventh);
    }

    private FileSink start(Topics topics, String group, SimpleMeterRegistry registry) {
        SinkConfig config = SinkConfig.load(Map.of(), Map.of(SinkConfig.FILES_DIR, dir.toString(),
                SinkConfig.FILES_GROUP_ID, group, SinkConfig.FILES_ROLL_BYTES, "4000",
                SinkConfig.MAX_POLL_RECORDS, "7", SinkConfig.POLL_TIMEOUT_MS, "200"));
        Properties consumer = new Properties();
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka().bootstrapServers());
        FileSink sink = new FileSink(config, consumer, topics, serdes, registry);
        Thread thread = new Thread(sink, "file-sink-" + group);
        thread.setDaemon(true);
        thread.start();
        return sink;
    }

    private List<String> articleIds(Topics topics) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : lines(topics.enriched(), ".jsonl")) {
            if (!line.contains("\"reason\"")) {
                ids.add(ArticleJson.readEnriched(line).getId());
            }
        }
        return ids;
    }

    private List<String> lines(String topic, String suffix) throws IOException {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            Path partition = FileSink.partitionDir(dir, topic, p);
            if (!Files.isDirectory(partition)) {
                continue;
            }
            try (Stream<Path> files = Files.list(partition)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                    if (suffix.equals(".jsonl") && file.getFileName().toString().equals(PartitionFiles.REJECTS)) {
                        continue;
                    }
                    out.addAll(Files.readAllLines(file));
                }
            }
        }
        return out;
    }

    /** A partition's part files, oldest first: the last one is the one being written. */
    private List<Path> partFiles(String topic, int partition) throws IOException {
        try (Stream<Path> files = Files.list(FileSink.partitionDir(dir, topic, partition))) {
            return files.filter(f -> f.getFileName().toString().matches("\\d{20}\\.jsonl")).sorted().toList();
        }
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka().bootstrapServers());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // one request at a time: a first batch refused while a fresh topic elects its leader (NOT_LEADER_OR_FOLLOWER)
        // is retried before the next is sent, so the broker never sees sequence 1 before sequence 0
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private void sendArticle(KafkaProducer<byte[], byte[]> producer, Topics topics, EnrichedArticle article) {
        producer.send(new ProducerRecord<>(topics.enriched(), bytes(article.getId()),
                serdes.enriched().serializer().serialize(topics.enriched(), article)));
    }
}
