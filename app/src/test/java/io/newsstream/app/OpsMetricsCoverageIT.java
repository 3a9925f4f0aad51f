package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.app.lag.LagExporter;
import io.newsstream.app.lag.LagProbe;
import io.newsstream.app.lag.Stage;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.schemas.Topics;
import io.newsstream.sink.SinkConfig;
import io.newsstream.testkit.Fixtures;
import io.newsstream.testkit.KafkaExtension;
import io.newsstream.testkit.PostgresExtension;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every series the Grafana dashboards and the Prometheus alert rules query is one the pipeline
 * really exports. The in-process pipeline runs on the embedded broker and PostgreSQL; articles, a
 * duplicate, an invalid submission, an undecodable raw record (dead-letter topic) and an undecodable
 * enriched record (sink reject) go through; then both kinds of metrics endpoint are scraped (the
 * ingest server's {@code /metrics} and the stand-alone exporter enrich and sink serve) and each
 * selector of {@code ops/} (name and label matchers; recording rules resolved to their expression)
 * must match at least one series. Kafka Streams metrics appear on their refresh, so the check retries.
 * The last scrapes are left in {@code target/ops-metrics-*.txt}.
 */
class OpsMetricsCoverageIT {
    /** Series Prometheus makes itself rather than scrapes. */
    private static final Set<String> PROMETHEUS_SERIES = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped");
    private static final String PROMETHEUS_ACCEPT =
            "application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.3,*/*;q=0.2";
    private static final Duration METRICS_WAIT = Duration.ofSeconds(90);

    @RegisterExtension
    static final KafkaExtension KAFKA = KafkaExtension.embedded();

    @RegisterExtension
    static final PostgresExtension PG = PostgresExtension.embedded();

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path stateDir;

    record Use(String origin, PromQlSelectors.Selector selector) {}

    @Test
    void everyDashboardAndAlertQueryMatchesAnExportedSeries() throws Exception {
        List<Use> uses = selectorsOfOps(opsDir());
        assertThat(uses).as("selectors found in ops/ dashboards and alerts").hasSizeGreaterThan(25);

        Topics topics = KAFKA.uniqueTopics(2);
        String jdbcUrl = PG.freshDatabase();
        EnrichConfig enrich = new EnrichConfig(Map.of(EnrichConfig.TOPIC_PREFIX, topics.prefix(),
                EnrichConfig.APPLICATION_ID, KafkaExtension.uniqueName("enrich"), EnrichConfig.STATE_DIR, stateDir.toString()));
        SinkConfig sink = new SinkConfig(Map.of(SinkConfig.TOPIC_PREFIX, topics.prefix(), SinkConfig.JDBC_URL, jdbcUrl,
                SinkConfig.JDBC_USER, PG.user(), SinkConfig.JDBC_PASSWORD, PG.password(),
                SinkConfig.GROUP_ID, KafkaExtension.uniqueName("sink"), SinkConfig.FILES_DIR, stateDir.resolve("files").toString(),
                SinkConfig.FILES_GROUP_ID, KafkaExtension.uniqueName("files")));
        PrometheusMeterRegistry registry = Metrics.registry("test");
        java.util.Properties client = new java.util.Properties();
        client.put("bootstrap.servers", KAFKA.bootstrapServers());
        List<Stage> stages = List.of(new Stage("enrich", enrich.applicationId()), new Stage("sink", sink.groupId()),
                new Stage("files", sink.filesGroupId()));

        try (InProcessPipeline pipeline = new InProcessPipeline(KAFKA.bootstrapServers(), topics, enrich, sink, 0, Map.of(), registry);
                LagExporter lag = new LagExporter(new LagProbe(client, java.time.Clock.systemUTC()), stages,
                        List.of(topics.dlq()), 3, registry).start(1)) {
            HTTPServer exporter = Metrics.serve(registry, 0);
            try {
                assertThat(post(pipeline.httpPort(), Fixtures.json(Fixtures.WAR_STORY_PORTAL_A)).statusCode()).isEqualTo(202);
                assertThat(post(pipeline.httpPort(), Fixtures.json(Fixtures.WAR_STORY_PORTAL_B)).statusCode()).isEqualTo(202);
                assertThat(post(pipeline.httpPort(), "{\"title\":\"no url\",\"body\":\"text\"}").statusCode()).isEqualTo(400);
                produceUndecodable(topics.raw());
                produceUndecodable(topics.enriched());
                AbstractPipelineEndToEndIT.await(() -> count(jdbcUrl, "SELECT count(*) FROM duplicates"));
                AbstractPipelineEndToEndIT.await(() -> count(jdbcUrl, "SELECT count(*) FROM sink_rejects"));

                Map<String, String> endpoints = Map.of(
                        "ingest /metrics", "http://localhost:" + pipeline.httpPort() + "/metrics",
                        "exporter /metrics", "http://localhost:" + exporter.getPort() + "/metrics");
                Map<String, List<Use>> missing = awaitAllMatched(uses, endpoints);
                assertThat(describe(missing)).as("dashboard and alert selectors without an exported series").isEmpty();
            } finally {
                exporter.close();
            }
        }
    }

    private Map<String, List<Use>> awaitAllMatched(List<Use> uses, Map<String, String> endpoints) throws Exception {
        long deadline = System.nanoTime() + METRICS_WAIT.toNanos();
        Map<String, List<Use>> missing = new LinkedHashMap<>();
        while (true) {
            missing.clear();
            for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
                String text = scrape(endpoint.getValue());
                Files.writeString(Path.of("target", "ops-metrics-" + endpoint.getKey().split(" ")[0] + ".txt"), text);
                PrometheusScrape scrape = PrometheusScrape.parse(text);
                missing.put(endpoint.getKey(), uses.stream().filter(u -> !scrape.matches(u.selector())).toList());
            }
            if (missing.values().stream().allMatch(List::isEmpty) || System.nanoTime() > deadline) {
                return missing;
            }
            Thread.sleep(2000);
        }
    }

    private static String describe(Map<String, List<Use>> missing) {
        return missing.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + " has no series for:\n" + e.getValue().stream()
                        .map(u -> "  " + u.selector() + "   (" + u.origin() + ")").collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    static List<Use> selectorsOfOps(Path opsDir) throws Exception {
        OpsQueries ops = OpsQueries.load(opsDir);
        List<Use> uses = new ArrayList<>();
        for (OpsQueries.Query query : ops.queries()) {
            for (PromQlSelectors.Selector selector : PromQlSelectors.of(query.expr())) {
                boolean recorded = ops.recordingRules().containsKey(selector.metric());
                assertThat(recorded || !selector.metric().contains(":"))
                        .as("%s uses %s, which no recording rule in alerts.yml defines", query.origin(), selector.metric()).isTrue();
                if (!recorded && !PROMETHEUS_SERIES.contains(selector.metric())) {
                    uses.add(new Use(query.origin(), selector));
                }
            }
        }
        return uses;
    }

    static Path opsDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("ops/prometheus/alerts.yml"))) {
                return dir.resolve("ops");
            }
        }
        throw new IllegalStateException("no ops/prometheus/alerts.yml above " + Path.of("").toAbsolutePath());
    }

    private String scrape(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", PROMETHEUS_ACCEPT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("scrape of " + url).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> post(int port, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void produceUndecodable(String topic) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", KAFKA.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "garbage".getBytes(StandardCharsets.UTF_8),
                    "not an avro single-object record".getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    private static Optional<Long> count(String jdbcUrl, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, PG.user(), PG.password());
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            long n = rs.getLong(1);
            return n > 0 ? Optional.of(n) : Optional.empty();
        }
    }
}
