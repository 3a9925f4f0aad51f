package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsstream.enrich.EnrichConfig;
import io.newsstream.schemas.Topics;
import io.newsstream.sink.SinkConfig;
import io.newsstream.testkit.KafkaExtension;
import io.newsstream.testkit.PostgresExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scraper in another language publishes plain RawArticle JSON straight to {@code articles.raw} with the
 * Python confluent-kafka client (librdkafka): the good articles are enriched, the bad one is dead-lettered with
 * its reason. Skipped where Python's confluent-kafka is not installed ({@code .ci/run} installs the Debian
 * package python3-confluent-kafka).
 */
class PythonJsonProducerIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.embedded();

    @RegisterExtension
    static final PostgresExtension PG = PostgresExtension.embedded();

    @TempDir
    Path work;

    @Test
    void jsonFromAPythonProducerIsEnrichedAndBadJsonIsDeadLettered() throws Exception {
        String python = PythonClients.python("import confluent_kafka");
        assumeTrue(python != null, "Python with confluent_kafka is not installed (apt-get install python3-confluent-kafka)");
        Topics topics = KAFKA.uniqueTopics(2);
        EnrichConfig enrich = TestPipelineConfigs.enrich(topics, work.resolve("s"));
        SinkConfig sink = TestPipelineConfigs.sink(topics, PG.freshDatabase(), PG);
        Path input = work.resolve("articles.jsonl");
        Files.write(input, List.of(
                "{\"url\":\"https://py.example/ferry\",\"title\":\"Ferry strike\",\"body\":\"Ferry workers in Piraeus, Greece, walked out on Monday over pay.\"}",
                "{\"id\":\"py-2\",\"url\":\"https://py.example/port\",\"body\":\"The port of Gdansk in Poland reopened on Tuesday after the storm.\"}",
                "{\"url\":\"https://py.example/typo\",\"bodyy\":\"a field the contract does not have\"}"));
        try (InProcessPipeline pipeline = new InProcessPipeline(KAFKA.bootstrapServers(), topics, enrich, sink, 0, Map.of(),
                Metrics.registry("test"))) {
            Process p = new ProcessBuilder(python, PythonClients.script("produce_json.py").toString(), KAFKA.bootstrapServers(), topics.raw())
                    .redirectInput(input.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).endsWith("3");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Census census;
            do {
                Thread.sleep(200);
                census = Census.take(KAFKA.bootstrapServers(), topics, sink.jdbcUrl(), PG.user(), PG.password());
            } while ((census.enriched().size() < 2 || census.deadLetterReasons().isEmpty()) && System.nanoTime() < deadline);
            assertThat(census.enriched()).hasSize(2).contains("py-2");
            assertThat(census.deadLetterReasons()).singleElement().asString().contains("bodyy");
        }
    }
}
