package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.json.ArticleJson;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArticleRowTest {
    private static final RecordPosition POSITION = new RecordPosition("t.articles.enriched", 2, 41L, 0L);

    @Test
    void mapsScalarColumnsAndParsesTimestamps() {
        ArticleRow row = ArticleRow.from(SinkFixtures.article(7));

        assertThat(row.id()).isEqualTo("a00007");
        assertThat(row.canonicalUrl()).isEqualTo("https://gazette.example/velmora/7");
        assertThat(row.publishedAt()).isEqualTo(OffsetDateTime.of(2031, 4, 2, 8, 15, 7, 0, ZoneOffset.UTC));
        assertThat(row.enrichedAt()).isEqualTo(OffsetDateTime.parse("2031-04-02T08:16:00.250Z"));
        assertThat(row.focusCountry()).isEqualTo("NO");
        assertThat(row.duplicateOf()).isNull();
        assertThat(row.pipelineVersion()).isEqualTo("test-1");
    }

    @Test
    void timestampsWithOffsetOrDateOnlyBecomeUtc() {
        EnrichedArticle article = SinkFixtures.article(1);
        article.setPublishedAt("2031-04-02T10:00:00+02:00");
        assertThat(ArticleRow.from(article).publishedAt()).isEqualTo(OffsetDateTime.parse("2031-04-02T08:00Z"));
        article.setPublishedAt("2031-04-02");
        assertThat(ArticleRow.from(article).publishedAt()).isEqualTo(OffsetDateTime.parse("2031-04-02T00:00Z"));
    }

    @Test
    void missingOrUnparseablePublishedAtIsNullButKeptInPayload() throws Exception {
        EnrichedArticle article = SinkFixtures.article(1);
        article.setPublishedAt(null);
        assertThat(ArticleRow.from(article).publishedAt()).isNull();

        article.setPublishedAt("last tuesday");
        ArticleRow row = ArticleRow.from(article);
        assertThat(row.publishedAt()).isNull();
        assertThat(ArticleJson.mapper().readTree(row.payloadJson()).get("publishedAt").asText()).isEqualTo("last tuesday");
    }

    @Test
    void listAndMapFieldsBecomeJsonWithAvroFieldNames() throws Exception {
        ArticleRow row = ArticleRow.from(SinkFixtures.article(3));

        JsonNode topics = ArticleJson.mapper().readTree(row.topicsJson());
        assertThat(topics).hasSize(2);
        assertThat(topics.get(0).get("code").asText()).isEqualTo("medtop:11000000");
        assertThat(topics.get(0).get("score").asDouble()).isEqualTo(0.8);
        JsonNode region = ArticleJson.mapper().readTree(row.regionsJson()).get(0);
        assertThat(region.get("geonameId").asLong()).isEqualTo(3144096L);
        assertThat(region.get("type").asText()).isEqualTo("country");
        JsonNode mention = ArticleJson.mapper().readTree(row.mentionsJson()).get(0);
        assertThat(mention.get("text").asText()).isEqualTo("Velmora");
        assertThat(mention.get("geonameId").isNull()).isTrue();
        JsonNode metadata = ArticleJson.mapper().readTree(row.metadataJson());
        assertThat(metadata.get("edition").asText()).isEqualTo("3");
        assertThat(topics.toString()).doesNotContain("schema");
    }

    @Test
    void absentMetadataIsSqlNullAndEmptyListsAreEmptyJsonArrays() {
        EnrichedArticle article = SinkFixtures.article(2);
        article.setMetadata(null);
        article.setMentions(java.util.List.of());
        ArticleRow row = ArticleRow.from(article);
        assertThat(row.metadataJson()).isNull();
        assertThat(row.mentionsJson()).isEqualTo("[]");
    }

    @Test
    void payloadIsTheArticleWithoutWhatItsOwnColumnsHold() throws Exception {
        EnrichedArticle article = SinkFixtures.article(5);
        ArticleRow row = ArticleRow.from(article);
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) ArticleJson.mapper().readTree(row.payloadJson());
        assertThat(payload.has("body") || payload.has("topics") || payload.has("regions") || payload.has("mentions")).isFalse();
        payload.put("body", row.body());
        payload.set("topics", ArticleJson.mapper().readTree(row.topicsJson()));
        payload.set("regions", ArticleJson.mapper().readTree(row.regionsJson()));
        payload.set("mentions", ArticleJson.mapper().readTree(row.mentionsJson()));
        assertThat(ArticleJson.readEnriched(payload.toString())).as("payload and columns hold the whole article").isEqualTo(article);
    }

    @Test
    void nulCharactersAreDroppedFromTextAndJson() {
        EnrichedArticle article = SinkFixtures.article(4);
        article.setTitle("Tide\u0000 tables");
        article.setMetadata(java.util.Map.of("k\u0000ey", "va\u0000lue"));
        ArticleRow row = ArticleRow.from(article);

        assertThat(row.title()).isEqualTo("Tide tables");
        assertThat(row.metadataJson()).isEqualTo("{\"key\":\"value\"}");
        assertThat(row.payloadJson()).doesNotContain("\\u0000").contains("\"title\":\"Tide tables\"");
    }

    @Test
    void parametersFollowTheUpsertPlaceholders() {
        ArticleRow row = ArticleRow.from(SinkFixtures.article(9));
        Object[] parameters = row.parameters(POSITION);

        long placeholders = ArticleRow.UPSERT.chars().filter(c -> c == '?').count();
        assertThat(parameters).hasSize((int) placeholders);
        assertThat(parameters[0]).isEqualTo("a00009");
        assertThat(parameters[8]).isEqualTo(row.publishedAt());
        assertThat(parameters[11]).isEqualTo(row.topicsJson());
        assertThat(parameters[18]).isEqualTo(1);
        assertThat(parameters[19]).isEqualTo(row.payloadJson());
        assertThat(parameters).endsWith("t.articles.enriched", 2, 41L);
    }
}
