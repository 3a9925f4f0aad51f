package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.registry.SchemaRegistryClient;
import io.newsstream.schemas.serde.ArticleSerdes;
import io.newsstream.testkit.Fixtures;
import io.newsstream.testkit.KafkaExtension;
import io.newsstream.testkit.PostgresExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer nobody here wrote reads {@code articles.enriched}: Python's confluent-kafka with its schema-registry
 * client against the launcher's embedded registry endpoints, decoding with Apache Avro's Python library. Skipped
 * where those Python packages are missing ({@code .ci/run} installs python3-confluent-kafka and python3-avro).
 */
class PythonRegistryConsumerIT {
    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.embedded();

    @RegisterExtension
    static final PostgresExtension PG = PostgresExtension.embedded();

    @TempDir
    Path work;

    @Test
    void aPythonConsumerReadsTheEnrichedTopicThroughTheRegistry() throws Exception {
        String python = PythonClients.python("import confluent_kafka, avro.io; "
                + "from confluent_kafka.schema_registry import SchemaRegistryClient");
        assumeTrue(python != null, "Python with confluent_kafka and avro is not installed");
        Topics topics = KAFKA.uniqueTopics(2);
        try (EmbeddedSchemaRegistry schemas = new EmbeddedSchemaRegistry(topics)) {
            String url = schemas.start(0);
            ArticleSerdes serdes = ArticleSerdes.withRegistry(new SchemaRegistryClient(url, null));
            try (InProcessPipeline pipeline = new InProcessPipeline(KAFKA.bootstrapServers(), topics,
                    TestPipelineConfigs.enrich(topics, work.resolve("s")), TestPipelineConfigs.sink(topics, PG.freshDatabase(), PG),
                    0, Map.of(), Metrics.registry("test"), false, serdes)) {
                HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + pipeline.httpPort() + "/v1/articles"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Fixtures.json(Fixtures.WAR_STORY_PORTAL_A))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(posted.statusCode()).isEqualTo(202);
                String id = new ObjectMapper().readTree(posted.body()).get("ids").get(0).asText();

                Process p = new ProcessBuilder(python, PythonClients.script("consume_enriched.py").toString(), KAFKA.bootstrapServers(),
                        topics.enriched(), url, "1").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(out).isZero();
                JsonNode article = new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
                assertThat(article.get("id").asText()).isEqualTo(id);
                assertThat(article.get("schemaId").asInt()).as("the current EnrichedArticle's id in the embedded registry").isEqualTo(3);
                assertThat(article.get("topics").toString()).contains("medtop:16000000");
                assertThat(article.get("countries").toString()).contains("UA", "RU").doesNotContain("CA");
            }
        }
    }
}
