package io.newsstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.ingest.FileIngestor;
import io.newsstream.ingest.IngestSummary;
import io.newsstream.schemas.ArticleIds;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.schemas.Topics;
import io.newsstream.sink.SinkConfig;
import io.newsstream.testkit.Fixtures;
import io.newsstream.testkit.KafkaExtension;
import io.newsstream.testkit.PostgresExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on real services: a seed-shaped portal page goes in over HTTP and comes out as
 * a PostgreSQL row; a copy from another portal is recorded as a duplicate of it. The same story as an
 * HTML page in a WARC file goes in through the CLI ingestor and comes out as a row and as a line of the
 * file sink.
 */
abstract class AbstractPipelineEndToEndIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path stateDir;

    abstract KafkaExtension kafka();

    abstract PostgresExtension postgres();

    @Test
    void aPortalPageGoesInOverHttpAndComesOutAsARowWithItsRegionsAndItsCopyAsADuplicate() throws Exception {
        Topics topics = kafka().uniqueTopics(2);
        String jdbcUrl = postgres().freshDatabase();
        EnrichConfig enrich = new EnrichConfig(Map.of(EnrichConfig.TOPIC_PREFIX, topics.prefix(),
                EnrichConfig.APPLICATION_ID, KafkaExtension.uniqueName("enrich"), EnrichConfig.STATE_DIR, stateDir.toString()));
        SinkConfig sink = new SinkConfig(Map.of(SinkConfig.TOPIC_PREFIX, topics.prefix(), SinkConfig.JDBC_URL, jdbcUrl,
                SinkConfig.JDBC_USER, postgres().user(), SinkConfig.JDBC_PASSWORD, postgres().password(),
                SinkConfig.GROUP_ID, KafkaExtension.uniqueName("sink")));

        try (InProcessPipeline pipeline = new InProcessPipeline(kafka().bootstrapServers(), topics, enrich, sink, 0,
                Map.of(), Metrics.registry("test"))) {
            HttpResponse<String> first = post(pipeline.httpPort(), Fixtures.json(Fixtures.WAR_STORY_PORTAL_A));
            assertThat(first.statusCode()).isEqualTo(202);
            String firstId = JSON.readTree(first.body()).get("ids").get(0).asText();

            Map<String, String> row = await(() -> articleRow(jdbcUrl, firstId));
            List<String> regionCountries = countries(row.get("regions"));
            assertThat(regionCountries).contains("UA", "RU").doesNotContain("CA");
            assertThat(row.get("focus_country")).isEqualTo("UA");
            assertThat(row.get("section")).isEqualTo("Canada");
            assertThat(row.get("body")).doesNotContain("is not responsible for the content").doesNotStartWith("Canada");

            HttpResponse<String> second = post(pipeline.httpPort(), Fixtures.json(Fixtures.WAR_STORY_PORTAL_B));
            assertThat(second.statusCode()).isEqualTo(202);
            String copyId = JSON.readTree(second.body()).get("ids").get(0).asText();

            Map<String, String> duplicate = await(() -> duplicateRow(jdbcUrl, copyId));
            assertThat(duplicate.get("duplicate_of")).isEqualTo(firstId);
            assertThat(duplicate.get("reason")).isEqualTo("CONTENT");
            assertThat(articleRow(jdbcUrl, copyId)).isEmpty();

            HttpResponse<String> bad = post(pipeline.httpPort(), "{\"title\":\"no url\",\"body\":\"text\"}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("\"field\":\"url\"");

            ReadApiChecks read = new ReadApiChecks(pipeline.httpPort());
            read.findsTheStoryByFiltersAndSearchAndShowsItsSightings(firstId, copyId);
            read.theOpenApiDocumentDescribesWhatTheServerAnswers(firstId);
        }
    }

    @Test
    void aWarcPageGoesInFromTheCliAndComesOutAsARowAndAsALineOfTheFileSink() throws Exception {
        Topics topics = kafka().uniqueTopics(2);
        String jdbcUrl = postgres().freshDatabase();
        Path files = stateDir.resolve("files");
        EnrichConfig enrich = new EnrichConfig(Map.of(EnrichConfig.TOPIC_PREFIX, topics.prefix(),
                EnrichConfig.APPLICATION_ID, KafkaExtension.uniqueName("enrich"), EnrichConfig.STATE_DIR, stateDir.toString()));
        SinkConfig sink = new SinkConfig(Map.of(SinkConfig.TOPIC_PREFIX, topics.prefix(), SinkConfig.JDBC_URL, jdbcUrl,
                SinkConfig.JDBC_USER, postgres().user(), SinkConfig.JDBC_PASSWORD, postgres().password(),
                SinkConfig.GROUP_ID, KafkaExtension.uniqueName("sink"), SinkConfig.FILES_DIR, files.toString(),
                SinkConfig.FILES_GROUP_ID, KafkaExtension.uniqueName("files")));
        RawArticle story = Fixtures.article(Fixtures.WAR_STORY_PORTAL_A);
        String url = "https://portal-warc.example/world/kherson-story";
        Path warc = stateDir.resolve("crawl.warc.gz");
        WarcFixtures.writePage(warc, url, story.getTitle(), story.getBody());

        try (InProcessPipeline pipeline = new InProcessPipeline(kafka().bootstrapServers(), topics, enrich, sink, 0,
                Map.of(), Metrics.registry("test"))) {
            IngestSummary summary = new FileIngestor(pipeline.publisher(), Metrics.registry("cli"), false).ingest(warc);
            assertThat(summary.sent()).isEqualTo(1);

            String id = ArticleIds.fromUrl(url);
            Map<String, String> row = await(() -> articleRow(jdbcUrl, id));
            assertThat(countries(row.get("regions"))).contains("UA", "RU").doesNotContain("CA");
            assertThat(row.get("focus_country")).isEqualTo("UA");
            FileSinkLines.await(files, topics.enriched(), 1, Duration.ofSeconds(60));
            assertThat(FileSinkLines.read(files, topics.enriched())).singleElement()
                    .satisfies(line -> assertThat(ArticleJson.readEnriched(line).getId()).isEqualTo(id));
        }
    }

    private HttpResponse<String> post(int port, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> countries(String regionsJson) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode region : JSON.readTree(regionsJson)) {
            out.add(region.get("country").asText());
        }
        return out;
    }

    private Optional<Map<String, String>> articleRow(String jdbcUrl, String id) throws SQLException {
        return row(jdbcUrl, "SELECT regions::text AS regions, focus_country, section, body FROM articles WHERE id = ?", id,
                "regions", "focus_country", "section", "body");
    }

    private Optional<Map<String, String>> duplicateRow(String jdbcUrl, String id) throws SQLException {
        return row(jdbcUrl, "SELECT duplicate_of, reason FROM duplicates WHERE id = ?", id, "duplicate_of", "reason");
    }

    private Optional<Map<String, String>> row(String jdbcUrl, String sql, String id, String... columns) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, postgres().user(), postgres().password());
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<String, String> values = new java.util.HashMap<>();
                for (String column : columns) {
                    values.put(column, rs.getString(column));
                }
                return Optional.of(values);
            }
        }
    }

    interface Query<T> {
        Optional<T> run() throws Exception;
    }

    static <T> T await(Query<T> query) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = query.run();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not there after 60 s");
    }
}
