package io.newsstream.enrich.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EnrichmentCoreTest {
    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    private static EnrichedArticle run(EnrichmentCore core, RawArticle raw) {
        return core.enrich(core.prepare(raw, 0L), null, NOW);
    }

    @Test
    void oneSharedInstanceGivesTheSameResultsFromManyThreads() throws Exception {
        EnrichmentCore core = Fixtures.CORE;
        List<RawArticle> raws = List.of(Fixtures.raw(Fixtures.PORTAL_A), Fixtures.raw(Fixtures.PORTAL_B));
        List<EnrichedArticle> expected = raws.stream().map(r -> run(core, r)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<EnrichedArticle>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                RawArticle raw = raws.get(i % 2);
                futures.add(pool.submit(() -> run(core, raw)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % 2));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void exposesItsParts() {
        EnrichmentCore core = EnrichmentCore.load();
        assertThat(core.cleaner()).isNotNull();
        assertThat(core.preparer()).isNotNull();
        assertThat(core.regionTagger().tag(null, "Peru and Chile signed a deal.").regions()).hasSize(2);
        assertThat(core.topicTagger().tag(null, "The museum opened an exhibition.")).isNotEmpty();
        assertThat(core.enricher()).isNotNull();
    }
}
