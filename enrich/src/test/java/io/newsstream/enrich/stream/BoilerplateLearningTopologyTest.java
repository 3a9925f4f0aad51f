package io.newsstream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.serde.ArticleSerdes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology learns a source's recurring footer in its source-keyed store and strips it from later articles. */
class BoilerplateLearningTopologyTest {
    private static final EnrichmentCore CORE = EnrichmentCore.load();
    private static final String FOOTER = "Brought to you by the Merrivale Courier newsroom.";
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path stateDir;

    private final ArticleSerdes serdes = ArticleSerdes.avro();
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;

    @BeforeEach
    void start() {
        EnrichConfig config = new EnrichConfig(Map.of(EnrichConfig.STATE_DIR, stateDir.toString(),
                EnrichConfig.BOILERPLATE_MIN_ARTICLES, 3, EnrichConfig.BOILERPLATE_MIN_SHARE, 0.5,
                EnrichConfig.BOILERPLATE_WINDOW_MS, Duration.ofDays(1).toMillis(),
                // the articles are one template, so near-duplicate detection would (rightly) drop them
                EnrichConfig.DEDUP_NEAR_ENABLED, false));
        Topics topics = config.topics();
        driver = new TopologyTestDriver(EnrichTopology.build(config, serdes, CORE), config.streamsProperties("unused:9092"));
        raw = driver.createInputTopic(topics.raw(), serdes.key().serializer(), serdes.raw().serializer(), T0,
                Duration.ofMinutes(1));
        enriched = driver.createOutputTopic(topics.enriched(), serdes.key().deserializer(), serdes.enriched().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aFooterRecurringAcrossArticlesOfOneSourceIsLearnedAndStripped() {
        for (int i = 1; i <= 4; i++) {
            raw.pipeInput(null, article("courier.example", i));
        }
        raw.pipeInput(null, article("herald.example", 5));

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).hasSize(5);
        assertThat(out.subList(0, 2)).allSatisfy(a -> assertThat(a.getBody()).endsWith(FOOTER));
        assertThat(out.subList(2, 4)).allSatisfy(a -> assertThat(a.getBody()).doesNotContain(FOOTER)
                .contains("second paragraph"));
        assertThat(out.get(4).getSource()).isEqualTo("herald.example");
        assertThat(out.get(4).getBody()).as("another source has its own counts").endsWith(FOOTER);
        assertThat(out.get(3).getBody()).contains("festival number 4");
    }

    @Test
    void learningAndUrlDedupShareTheSubTopologyOfTheRawTopicAndTheRepartitionByHost() {
        var description = EnrichTopology.build(new EnrichConfig(Map.of(EnrichConfig.STATE_DIR, stateDir.toString())),
                serdes, CORE).describe();
        assertThat(description.toString()).contains(EnrichTopology.BY_HOST + "-repartition");
        var learning = description.subtopologies().stream()
                .filter(sub -> sub.nodes().stream().anyMatch(node -> node.name().equals("learn-boilerplate")))
                .findFirst().orElseThrow();
        var stores = learning.nodes().stream()
                .filter(node -> node instanceof org.apache.kafka.streams.TopologyDescription.Processor)
                .flatMap(node -> ((org.apache.kafka.streams.TopologyDescription.Processor) node).stores().stream())
                .toList();
        assertThat(stores).contains(EnrichTopology.BOILERPLATE_STORE, EnrichTopology.URL_STORE);
        var sources = learning.nodes().stream()
                .filter(node -> node instanceof org.apache.kafka.streams.TopologyDescription.Source)
                .map(node -> ((org.apache.kafka.streams.TopologyDescription.Source) node).topicSet().toString())
                .toList();
        assertThat(String.join(" ", sources)).as("host-keyed raw records and re-keyed ones meet the same stores")
                .contains(EnrichTopology.BY_HOST + "-repartition").contains("articles.raw");
        assertThat(description.subtopologies()).as("partitioned part, index shards, fan-in").hasSize(3);
        assertThat(description.toString()).contains(EnrichTopology.DEDUP_PROBES + "-repartition",
                EnrichTopology.DEDUP_VERDICTS + "-repartition", EnrichTopology.DEDUP_ARTICLES + "-repartition");
    }

    private static RawArticle article(String source, int i) {
        String body = "The harvest festival number " + i + " opened in the valley town of Merrivale on Saturday.\n\n"
                + "Its second paragraph describes stall " + i + " and the weather.\n\n" + FOOTER;
        return RawArticle.newBuilder().setUrl("https://" + source + "/story/" + i).setSource(source)
                .setTitle("Festival " + i).setBody(body).build();
    }
}
