package io.newsstream.enrich.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.core.dedup.Fingerprints;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.json.ArticleJson;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleEnricherTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private static PreparedArticle prepared() {
        String body = "BERLIN, May 1 - German and French troops joined a military exercise in Poland.\n\n"
                + "Poland's defence minister said the drills would continue.";
        return PreparedArticle.newBuilder().setId("p-1").setUrl("https://x.example/a").setCanonicalUrl("https://x.example/a")
                .setSource("x.example").setTitle("Troops exercise in Poland").setBody(body).setAuthor("Desk")
                .setLanguage("en").setPublishedAt("2024-05-01T08:00:00Z").setSection("World")
                .setMetadata(Map.of("credits", "Reporting by A")).setContentHash(Fingerprints.contentHash(body))
                .setReceivedAt(1L).build();
    }

    @Test
    void anArticleInALanguageTheTopicModelWasNotTrainedOnGetsRegionsButNoTopics() {
        String body = "BERLIN - Der Bundestag hat am Freitag den Haushalt beschlossen. Frankreich und Polen begrüßten "
                + "die Einigung, die Opposition in Berlin kritisierte die neuen Schulden.";
        RawArticle raw = RawArticle.newBuilder().setUrl("https://x.example/de/haushalt").setTitle("Bundestag beschließt Haushalt")
                .setBody(body).build();
        PreparedArticle p = Fixtures.CORE.prepare(raw, 1L);
        EnrichedArticle e = Fixtures.CORE.enrich(p, null, NOW);
        assertThat(e.getLanguage()).isEqualTo("de");
        assertThat(e.getTopics()).isEmpty();
        assertThat(e.getRegions()).extracting(r -> r.getCode()).contains("DE");

        EnrichedArticle asEnglish = Fixtures.CORE.enrich(PreparedArticle.newBuilder(p).setLanguage("en").build(), null, NOW);
        assertThat(asEnglish.getTopics()).isNotEmpty();
    }

    @Test
    void copiesFieldsAndAddsTopicsRegionsAndVersion() {
        PreparedArticle p = prepared();
        EnrichedArticle e = Fixtures.CORE.enrich(p, "orig-1", NOW);
        assertThat(e.getId()).isEqualTo("p-1");
        assertThat(e.getBody()).isEqualTo(p.getBody());
        assertThat(e.getTitle()).isEqualTo(p.getTitle());
        assertThat(e.getSection()).isEqualTo("World");
        assertThat(e.getAuthor()).isEqualTo("Desk");
        assertThat(e.getMetadata()).containsEntry("credits", "Reporting by A");
        assertThat(e.getDuplicateOf()).isEqualTo("orig-1");
        assertThat(e.getEnrichedAt()).isEqualTo("2024-05-01T12:00:00Z");
        assertThat(e.getPipelineVersion()).isEqualTo(PipelineVersion.VALUE);
        assertThat(e.getTopics().get(0).getCode()).isEqualTo("medtop:16000000");
        assertThat(e.getFocusCountry()).isEqualTo("PL");
        assertThat(e.getRegions()).extracting(r -> r.getCode()).contains("PL", "DE", "FR");
        assertThat(e.getMentions()).allSatisfy(m ->
                assertThat(e.getBody().substring(m.getStart(), m.getEnd())).isEqualTo(m.getText()));
    }

    @Test
    void resultIsAValidContractRecord() {
        EnrichedArticle e = Fixtures.CORE.enricher().enrich(prepared(), null, NOW);
        EnrichedArticle back = ArticleJson.readEnriched(ArticleJson.write(e));
        assertThat(back).isEqualTo(e);
        assertThat(back.getDuplicateOf()).isNull();
    }
}
