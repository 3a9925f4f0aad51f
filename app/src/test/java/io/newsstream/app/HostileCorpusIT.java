package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.EnrichConfig;
import io.newsstream.ingest.FileIngestor;
import io.newsstream.ingest.IngestSummary;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.sink.SinkConfig;
import io.newsstream.testkit.KafkaExtension;
import io.newsstream.testkit.PostgresExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus ({@link HostileInputs}, over 1,000 generated inputs in eleven classes) through all three
 * ways in: one HTTP request each, one CLI file per class, and straight to {@code articles.raw} (as JSON bytes
 * and, for those that parse, as Avro records that skipped ingest's validation). Every HTTP answer is a 2xx or
 * 4xx allowed for its class, every CLI line is sent or rejected, and every record that reached the raw topic
 * comes out once: enriched, duplicate or dead-lettered with a reason. Nothing stops a stage. The table of
 * classes × outcomes is written to {@code target/hostile-corpus.md} (docs/HOSTILE_INPUTS.md is a copy).
 */
class HostileCorpusIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.embedded();

    @RegisterExtension
    static final PostgresExtension PG = PostgresExtension.embedded();

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyHostileInputGetsAnAnswerAndNothingStopsAStage() throws Exception {
        Topics topics = KAFKA.uniqueTopics(2);
        String jdbcUrl = PG.freshDatabase();
        EnrichConfig enrich = TestPipelineConfigs.enrich(topics, work.resolve("streams"));
        SinkConfig sink = TestPipelineConfigs.sink(topics, jdbcUrl, PG);
        List<HostileInputs.Kind> kinds = HostileInputs.generate(20261206L);
        int total = kinds.stream().mapToInt(k -> k.inputs().size()).sum();
        assertThat(total).as("corpus size").isGreaterThanOrEqualTo(1_000);

        Map<String, Map<String, Integer>> table = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        long published = 0;
        var registry = Metrics.registry("test");
        String streamSummary;
        try (InProcessPipeline pipeline = new InProcessPipeline(KAFKA.bootstrapServers(), topics, enrich, sink, 0,
                Map.of(), registry);
                OutputTally tally = new OutputTally(KAFKA.bootstrapServers(), topics);
                KafkaProducer<byte[], byte[]> raw = rawProducer()) {
            URI api = URI.create("http://127.0.0.1:" + pipeline.httpPort() + "/v1/articles");
            FileIngestor cli = new FileIngestor(pipeline.publisher(), Metrics.registry("cli"), false);
            var avro = ArticleSerdes.avro().raw().serializer();
            for (HostileInputs.Kind kind : kinds) {
                Path file = work.resolve(kind.name().replace(' ', '-') + ".jsonl");
                Files.write(file, joinLines(kind));

                for (HostileInputs.Input input : kind.inputs()) {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(api).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(input.bytes())).build(), HttpResponse.BodyHandlers.ofString());
                    tick(table, kind.name(), "HTTP " + answer.statusCode());
                    if (!kind.allowedStatuses().contains(answer.statusCode()) || !answer.body().startsWith("{")) {
                        violations.add(kind.name() + ": HTTP " + answer.statusCode() + " " + abbreviate(answer.body()));
                    }
                    if (answer.statusCode() == 202) {
                        published++;
                    }
                    raw.send(new ProducerRecord<>(topics.raw(), input.bytes())).get();
                    published++;
                    tick(table, kind.name(), "Kafka JSON bytes sent");
                    var parsed = parse(input.bytes());
                    if (parsed != null) {
                        raw.send(new ProducerRecord<>(topics.raw(), avro.serialize(topics.raw(), parsed))).get();
                        published++;
                        tick(table, kind.name(), "Kafka Avro (unvalidated) sent");
                    }
                }
                IngestSummary summary = cli.ingest(file);
                published += summary.sent();
                tick(table, kind.name(), "CLI sent", (int) summary.sent());
                tick(table, kind.name(), "CLI rejected", (int) summary.rejected());
                if (summary.failed() > 0) {
                    violations.add(kind.name() + ": CLI failed " + summary.failed() + " " + summary.firstFailure());
                }
            }
            long expected = published;
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (tally.streamOutputs() < expected && System.nanoTime() < deadline) {
                assertThat(pipeline.sinks().stream().allMatch(s -> s.failure().isEmpty())).as("a sink failed").isTrue();
                Thread.sleep(200);
            }
            System.out.printf("HOSTILE published to the raw topic %d | answered by the stream %d (enriched %d, duplicates %d, "
                    + "dead-lettered %d)%n", expected, tally.streamOutputs(), tally.enriched(), tally.duplicates(), tally.deadLetteredInStream());
            var failedMeters = registry.getMeters().stream()
                    .filter(m -> m.getId().getName().contains("failed.stream.threads")).toList();
            assertThat(failedMeters).as("the failed-stream-threads metric is exported").isNotEmpty();
            double failedThreads = failedMeters.stream()
                    .flatMap(m -> java.util.stream.StreamSupport.stream(m.measure().spliterator(), false))
                    .mapToDouble(io.micrometer.core.instrument.Measurement::getValue).sum();
            streamSummary = String.format("Through the stream: %d records reached `articles.raw` (HTTP 202s, CLI lines sent, "
                    + "records written straight to Kafka); %d enriched, %d duplicates, %d dead-lettered with stage and reason; "
                    + "stream threads that failed: %.0f.%n", expected, tally.enriched(), tally.duplicates(),
                    tally.deadLetteredInStream(), failedThreads);
            assertThat(tally.streamOutputs()).as("every record on the raw topic answered exactly once").isEqualTo(expected);
            assertThat(failedThreads).as("stream threads that died").isZero();
            assertThat(pipeline.sinks().stream().allMatch(s -> s.failure().isEmpty())).as("no sink failed").isTrue();
        }
        Path report = Path.of("target", "hostile-corpus.md");
        Files.writeString(report, render(kinds, table) + "\n" + streamSummary);
        System.out.println(Files.readString(report));
        assertThat(violations).as("answers outside what each class allows").isEmpty();
        assertThat(Census.count(jdbcUrl, PG.user(), PG.password(),
                "SELECT count(*) FROM articles WHERE title LIKE '%DROP TABLE articles%'")).as("SQL text stored as text").isPositive();
    }

    private static KafkaProducer<byte[], byte[]> rawProducer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", KAFKA.bootstrapServers());
        p.put("max.in.flight.requests.per.connection", "1");
        p.put("max.request.size", String.valueOf(16 * 1024 * 1024));
        p.put("compression.type", "lz4");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static io.newsstream.schemas.avro.RawArticle parse(byte[] bytes) {
        try {
            var article = io.newsstream.schemas.json.ArticleJson.readRaw(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            return article != null && article.getUrl() != null ? article : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] joinLines(HostileInputs.Kind kind) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (HostileInputs.Input input : kind.inputs()) {
            out.writeBytes(input.bytes());
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static void tick(Map<String, Map<String, Integer>> table, String kind, String outcome) {
        tick(table, kind, outcome, 1);
    }

    private static void tick(Map<String, Map<String, Integer>> table, String kind, String outcome, int n) {
        table.computeIfAbsent(kind, k -> new TreeMap<>()).merge(outcome, n, Integer::sum);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static String render(List<HostileInputs.Kind> kinds, Map<String, Map<String, Integer>> table) {
        StringBuilder out = new StringBuilder("| class | inputs | outcomes |\n|---|---|---|\n");
        for (HostileInputs.Kind kind : kinds) {
            out.append("| ").append(kind.name()).append(" | ").append(kind.inputs().size()).append(" | ");
            table.getOrDefault(kind.name(), Map.of()).forEach((k, v) -> out.append(k).append(": ").append(v).append("; "));
            out.append("|\n");
        }
        return out.toString();
    }
}
