package io.newsstream.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.RawArticle;
import io.newsstream.schemas.avro.Region;
import io.newsstream.schemas.avro.Topic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {
    @Test
    void readsARawArticleWithTheContractsFieldNames() {
        RawArticle a = ArticleJson.readRaw("{\"url\":\"https://n.example/x\",\"title\":\"T\",\"body\":\"B\","
                + "\"publishedAt\":\"2026-03-01T10:00:00Z\",\"metadata\":{\"k\":\"v\"}}");
        assertThat(a.getUrl()).isEqualTo("https://n.example/x");
        assertThat(a.getPublishedAt()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(a.getMetadata()).containsEntry("k", "v");
        assertThat(a.getId()).isNull();
    }

    @Test
    void writesEnrichedArticlesWithAvroFieldNamesAndExplicitNulls() {
        EnrichedArticle e = EnrichedArticle.newBuilder().setId("i").setUrl("https://n.example/x")
                .setCanonicalUrl("https://n.example/x").setSource("n.example").setBody("b")
                .setTopics(List.of(new Topic("medtop:04000000", "economy, business and finance", 0.7)))
                .setRegions(List.of(new Region("FR", "France", "country", "FR", null, null, null, 2, 0.8)))
                .setEnrichedAt("2026-01-01T00:00:00Z").setPipelineVersion("v").build();
        String json = ArticleJson.write(e);
        assertThat(json).contains("\"canonicalUrl\":\"https://n.example/x\"", "\"duplicateOf\":null",
                "\"focusCountry\":null", "\"code\":\"medtop:04000000\"", "\"geonameId\":null");
        assertThat(json).doesNotContain("\"schema\"", "specificData");
        assertThat(ArticleJson.readEnriched(json)).isEqualTo(e);
    }

    @Test
    void namesTheFieldAtFault() {
        assertThatThrownBy(() -> ArticleJson.readRaw("{\"url\":\"https://n.example/x\",\"bodyy\":\"B\"}"))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.field()).isEqualTo("bodyy"));
        assertThatThrownBy(() -> ArticleJson.readRaw("{\"url\":\"https://n.example/x\",\"body\":12}"))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> ArticleJson.readRaw("{\"url\":\"https://n.example/x\",\"metadata\":{\"a\":[1]}}"))
                .isInstanceOf(JsonFormatException.class);
    }

    @Test
    void malformedOrEmptyDocumentsAreReportedAsSuch() {
        assertThatThrownBy(() -> ArticleJson.readRaw("{\"url\":\"https://n.example/x\",\"body\":\"abc"))
                .isInstanceOfSatisfying(JsonFormatException.class, e -> {
                    assertThat(e.field()).isNull();
                    assertThat(e.getMessage()).startsWith("malformed JSON");
                });
        assertThatThrownBy(() -> ArticleJson.readRaw("  ")).isInstanceOf(JsonFormatException.class);
        assertThatThrownBy(() -> ArticleJson.readRaw("null")).isInstanceOf(JsonFormatException.class);
        assertThatThrownBy(() -> ArticleJson.readRaw("{} {}")).isInstanceOf(JsonFormatException.class);
    }

    @Test
    void metadataMapsRoundTrip() {
        RawArticle a = RawArticle.newBuilder().setUrl("https://n.example/y").setBody("b")
                .setMetadata(Map.of("credits", "x")).build();
        assertThat(ArticleJson.readRaw(ArticleJson.write(a))).isEqualTo(a);
    }
}
