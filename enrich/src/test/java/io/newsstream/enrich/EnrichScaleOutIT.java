package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.testkit.KafkaExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out on a real broker: the same stream (stories, then exact copies on other hosts, truncated copies,
 * edited copies and other spellings of a URL; 4 partitions) through one enrich instance and through two
 * instances with one application id. Both instances get tasks of every sub-topology, and the two runs decide
 * alike: the same ids enriched, the same ids duplicates of the same originals for the same reasons.
 */
class EnrichScaleOutIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.embedded();
    private static final int STORIES = 80;
    private static final long T0 = 1_767_225_600_000L;

    @TempDir
    Path stateDir;

    private final ArticleSerdes serdes = ArticleSerdes.avro();

    @Test
    void twoInstancesShareTheWorkAndDecideAsOneInstanceDoes() throws Exception {
        List<RawArticle> input = articles();
        Map<String, String> one = run(input, 1);
        Map<String, String> two = run(input, 2);

        assertThat(one).hasSize(input.size());
        assertThat(one).as("every story is enriched, every copy names its story")
                .allSatisfy((id, verdict) -> assertThat(verdict).startsWith(id.startsWith("story") ? "enriched"
                        : "duplicate of story-" + id.substring("copy-".length()) + " ("));
        assertThat(two).isEqualTo(one);
    }

    /** Runs {@code instances} enrich instances over the input; returns id → "enriched" or "duplicate of X (REASON)". */
    private Map<String, String> run(List<RawArticle> input, int instances) throws Exception {
        Topics topics = KAFKA.uniqueTopics(4);
        String appId = KafkaExtension.uniqueName("scale");
        List<EnrichService> services = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                EnrichConfig config = new EnrichConfig(Map.of(EnrichConfig.TOPIC_PREFIX, topics.prefix(),
                        EnrichConfig.APPLICATION_ID, appId, EnrichConfig.DEDUP_PARTITIONS, 4,
                        EnrichConfig.STATE_DIR, stateDir.resolve(appId + "-" + i).toString()));
                services.add(new EnrichService(config, config.streamsProperties(KAFKA.bootstrapServers()), serdes,
                        EnrichmentCore.load(), new SimpleMeterRegistry()));
            }
            for (EnrichService s : services) {
                s.start(Duration.ofSeconds(90));
            }
            produce(topics.raw(), input.subList(0, STORIES), 0);
            consume(topics, STORIES);
            produce(topics.raw(), input.subList(STORIES, input.size()), STORIES);
            Map<String, String> out = consume(topics, input.size());
            if (instances > 1) {
                Set<String> seen = new HashSet<>();
                for (EnrichService s : services) {
                    assertThat(s.activeTasks()).as("every instance runs tasks").isNotEmpty();
                    assertThat(s.activeTasks().stream().map(t -> t.substring(0, t.indexOf('_'))).distinct())
                            .as("every instance runs tasks of each sub-topology").hasSize(3);
                    assertThat(seen.addAll(s.activeTasks())).isTrue();
                }
                assertThat(seen).as("the tasks split between the instances").hasSize(12);
            }
            return out;
        } finally {
            services.forEach(EnrichService::close);
        }
    }

    private static List<RawArticle> articles() {
        Random random = new Random(7);
        String[] words = {"council", "budget", "river", "harvest", "port", "minister", "strike", "vote", "market",
            "storm", "school", "hospital", "court", "festival", "bridge", "railway", "energy", "drought", "summit", "league"};
        List<RawArticle> out = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            StringBuilder body = new StringBuilder("Story ").append(i).append(" from Porto, Portugal.");
            for (int w = 0; w < 160; w++) {
                body.append(w % 16 == 0 ? ".\n\n" : " ").append(words[random.nextInt(words.length)]);
            }
            out.add(RawArticle.newBuilder().setId("story-" + i).setUrl("https://wire.example/story/" + i)
                    .setTitle("Story " + i).setBody(body.toString()).build());
        }
        for (int c = 0; c < STORIES; c++) {
            RawArticle original = out.get(c);
            String body = original.getBody();
            RawArticle.Builder copy = RawArticle.newBuilder(original).setId("copy-" + c);
            switch (c % 4) {
                case 0 -> copy.setUrl("https://portal-a.example/copy/" + c);
                case 1 -> copy.setUrl("https://portal-b.example/cut/" + c).setBody(body.substring(0, body.indexOf("\n\n", body.length() * 3 / 5)));
                case 2 -> copy.setUrl("https://www.wire.example/story/" + c + "/?utm_medium=social");
                default -> copy.setUrl("https://portal-c.example/edited/" + c).setBody(body.replaceFirst(" river ", " stream "));
            }
            out.add(copy.build());
        }
        return out;
    }

    /** Produces articles keyed by id with timestamps 10 ms apart from the {@code first}-th slot on. */
    private void produce(String topic, List<RawArticle> input, int first) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", KAFKA.bootstrapServers());
        p.put("enable.idempotence", "true");
        p.put("acks", "all");
        p.put("max.in.flight.requests.per.connection", "1");
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), serdes.raw().serializer())) {
            for (int i = 0; i < input.size(); i++) {
                RawArticle a = input.get(i);
                producer.send(new ProducerRecord<>(topic, null, T0 + 10L * (first + i), a.getId(), a));
            }
            producer.flush();
        }
    }

    private Map<String, String> consume(Topics topics, int n) {
        Properties p = new Properties();
        p.put("bootstrap.servers", KAFKA.bootstrapServers());
        p.put("isolation.level", "read_committed");
        Map<String, String> out = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            for (String topic : List.of(topics.enriched(), topics.duplicates())) {
                consumer.partitionsFor(topic).forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
            }
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            long deadline = System.currentTimeMillis() + 120_000;
            while (out.size() < n && System.currentTimeMillis() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    String verdict = "enriched";
                    if (r.topic().equals(topics.duplicates())) {
                        DuplicateEvent d = serdes.duplicate().deserializer().deserialize(r.topic(), r.value());
                        verdict = "duplicate of " + d.getDuplicateOf() + " (" + d.getReason() + ")";
                    }
                    assertThat(out.put(r.key(), verdict)).as("%s came out once", r.key()).isNull();
                }
            }
        }
        assertThat(out).as("every article came out").hasSize(n);
        return out;
    }
}
