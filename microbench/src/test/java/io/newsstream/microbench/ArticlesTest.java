package io.newsstream.microbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmarks' shared state sets up (it broke once when the raw serde changed, and only JMH noticed). */
class ArticlesTest {
    @Test
    void setupPreparesEnrichesAndEncodesEveryArticle() {
        Articles a = new Articles();
        a.load();
        int i = a.next();
        assertThat(a.rawSerde().decode(a.rawBytes[i])).isEqualTo(a.raw[i]);
        assertThat(a.enrichedSerde().decode(a.enrichedBytes[i])).isEqualTo(a.enriched[i]);
        assertThat(a.enriched[i].getTopics()).isNotEmpty();
    }

    @Test
    void foreignArticlesAreFourKilobytesAndTheirPlacesAreFound() {
        ForeignArticles a = new ForeignArticles();
        a.load();
        int i = a.next();
        assertThat(a.german[i].length()).isGreaterThanOrEqualTo(4_000);
        assertThat(a.russian[i].length()).isGreaterThanOrEqualTo(4_000);
        assertThat(a.core.regionTagger().tag(null, a.german[i], "de").regions()).isNotEmpty();
        assertThat(a.core.regionTagger().tag(null, a.russian[i], "ru").mentions())
                .extracting(m -> m.getCountry()).contains("UA");
    }
}
