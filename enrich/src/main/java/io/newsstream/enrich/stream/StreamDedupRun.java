package io.newsstream.enrich.stream;

import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.core.EnrichmentCore;
import io.newsstream.schemas.Topics;
import io.newsstream.schemas.avro.DuplicateEvent;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import io.newsstream.schemas.serde.ArticleSerdes;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Runs articles through the real enrich topology ({@link EnrichTopology#build}, every shard and the
 * fan-in) in Kafka's test driver, in file order one second apart, and returns the dedup links it
 * decided: article id → the id it duplicates, or null for an article emitted as first seen. Lines that
 * do not parse, and records dead-lettered by the topology, get no link.
 */
public final class StreamDedupRun {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private StreamDedupRun() {}

    public static Map<String, String> links(Path articles, EnrichmentCore core, Path stateDir, LongConsumer progress)
            throws IOException {
        EnrichConfig config = EnrichConfig.load(Map.of(EnrichConfig.STATE_DIR, stateDir.toString(),
                EnrichConfig.APPLICATION_ID, "newsstream-eval-dedup"));
        Topics topics = config.topics();
        ArticleSerdes serdes = ArticleSerdes.avro();
        Properties props = config.streamsProperties("unused:9092");
        Map<String, String> links = new HashMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(config, serdes, core), props);
                BufferedReader in = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
            var raw = driver.createInputTopic(topics.raw(), serdes.key().serializer(), serdes.raw().serializer(), T0,
                    Duration.ofSeconds(1));
            var enriched = driver.createOutputTopic(topics.enriched(), serdes.key().deserializer(), new ByteArrayDeserializer());
            var duplicates = driver.createOutputTopic(topics.duplicates(), serdes.key().deserializer(),
                    serdes.duplicate().deserializer());
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                RawArticle article;
                try {
                    article = ArticleJson.readRaw(line);
                } catch (RuntimeException e) {
                    continue;
                }
                raw.pipeInput(null, article);
                progress.accept(++n);
            }
            enriched.readKeyValuesToList().forEach(kv -> links.put(kv.key, null));
            for (var kv : duplicates.readKeyValuesToList()) {
                DuplicateEvent d = kv.value;
                if (!d.getId().equals(d.getDuplicateOf())) {
                    links.put(d.getId(), d.getDuplicateOf());
                }
            }
        }
        return links;
    }
}
