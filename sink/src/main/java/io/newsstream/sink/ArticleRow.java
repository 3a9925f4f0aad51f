package io.newsstream.sink;

import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.json.ArticleJson;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The column values of one {@code articles} row, mapped from an {@link EnrichedArticle}: timestamps
 * parsed from their ISO-8601 text (null when absent or unparseable; the payload keeps the text), the
 * list and map fields as JSON, and the rest of the article (all but body, topics, regions and mentions, which live
 * in their own columns; {@code articles_contract} reassembles the whole) as the {@code payload} JSON. An update (a higher
 * {@code revision}) replaces the row; an older revision arriving late leaves it as it is.
 */
record ArticleRow(
        String id,
        String url,
        String canonicalUrl,
        String source,
        String title,
        String body,
        String author,
        String language,
        OffsetDateTime publishedAt,
        String section,
        String metadataJson,
        String topicsJson,
        String regionsJson,
        String mentionsJson,
        String focusCountry,
        String duplicateOf,
        OffsetDateTime enrichedAt,
        String pipelineVersion,
        int revision,
        String payloadJson) {

    static final String UPSERT = """
            INSERT INTO articles (id, url, canonical_url, source, title, body, author, language, published_at,
                section, metadata, topics, regions, mentions, focus_country, duplicate_of, enriched_at,
                pipeline_version, revision, payload, kafka_topic, kafka_partition, kafka_offset)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb),
                CAST(? AS jsonb), ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                url = EXCLUDED.url, canonical_url = EXCLUDED.canonical_url, source = EXCLUDED.source,
                title = EXCLUDED.title, body = EXCLUDED.body, author = EXCLUDED.author,
                language = EXCLUDED.language, published_at = EXCLUDED.published_at, section = EXCLUDED.section,
                metadata = EXCLUDED.metadata, topics = EXCLUDED.topics, regions = EXCLUDED.regions,
                mentions = EXCLUDED.mentions, focus_country = EXCLUDED.focus_country,
                duplicate_of = EXCLUDED.duplicate_of, enriched_at = EXCLUDED.enriched_at,
                pipeline_version = EXCLUDED.pipeline_version, revision = EXCLUDED.revision, payload = EXCLUDED.payload,
                kafka_topic = EXCLUDED.kafka_topic, kafka_partition = EXCLUDED.kafka_partition,
                kafka_offset = EXCLUDED.kafka_offset,
                write_count = articles.write_count + 1, updated_at = now()
            WHERE articles.revision <= EXCLUDED.revision
            """;

    static ArticleRow from(EnrichedArticle article) {
        return new ArticleRow(
                JsonColumns.text(article.getId()),
                JsonColumns.text(article.getUrl()),
                JsonColumns.text(article.getCanonicalUrl()),
                JsonColumns.text(article.getSource()),
                JsonColumns.text(article.getTitle()),
                JsonColumns.text(article.getBody()),
                JsonColumns.text(article.getAuthor()),
                JsonColumns.text(article.getLanguage()),
                SqlTimes.parse(article.getPublishedAt()),
                JsonColumns.text(article.getSection()),
                JsonColumns.json(article.getMetadata()),
                JsonColumns.json(article.getTopics()),
                JsonColumns.json(article.getRegions()),
                JsonColumns.json(article.getMentions()),
                JsonColumns.text(article.getFocusCountry()),
                JsonColumns.text(article.getDuplicateOf()),
                SqlTimes.parse(article.getEnrichedAt()),
                JsonColumns.text(article.getPipelineVersion()),
                article.getRevision() == null ? 1 : article.getRevision(),
                JsonColumns.withoutColumns(ArticleJson.write(article)));
    }

    /** The statement parameters in {@link #UPSERT} order. */
    Object[] parameters(RecordPosition position) {
        return new Object[] {
            id, url, canonicalUrl, source, title, body, author, language, publishedAt, section,
            metadataJson, topicsJson, regionsJson, mentionsJson, focusCountry, duplicateOf, enrichedAt,
            pipelineVersion, revision, payloadJson, position.topic(), position.partition(), position.offset()
        };
    }

    void bind(PreparedStatement statement, RecordPosition position) throws SQLException {
        SqlParameters.bind(statement, parameters(position));
    }
}
