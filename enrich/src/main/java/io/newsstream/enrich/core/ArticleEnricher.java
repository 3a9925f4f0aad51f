package io.newsstream.enrich.core;

import io.newsstream.enrich.core.geo.RegionResult;
import io.newsstream.enrich.core.geo.RegionTagger;
import io.newsstream.enrich.core.limits.ArticleLimits;
import io.newsstream.enrich.core.limits.UnprocessableArticleException;
import io.newsstream.enrich.core.topics.TopicTagger;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.PreparedArticle;
import java.time.Instant;

/**
 * Turns a {@link PreparedArticle} into the contract's {@link EnrichedArticle}: topics (none for a language the
 * topic model was not trained on) and regions over title and body (mention offsets index into the body), the duplicate link, the enrichment
 * time and {@link PipelineVersion#VALUE}; at most {@link ArticleLimits#maxMentions()} mentions and
 * {@link ArticleLimits#maxRegions()} regions. Immutable and thread-safe.
 */
public final class ArticleEnricher {
    private final TopicTagger topics;
    private final RegionTagger regions;
    private final ArticleLimits limits;

    public ArticleEnricher(TopicTagger topics, RegionTagger regions, ArticleLimits limits) {
        this.topics = topics;
        this.regions = regions;
        this.limits = limits;
    }

    public ArticleEnricher(TopicTagger topics, RegionTagger regions) {
        this(topics, regions, ArticleLimits.DEFAULTS);
    }

    /**
     * @param duplicateOf id of the first-seen article this one copies, or null
     * @throws UnprocessableArticleException when the article is too deeply structured to process
     */
    public EnrichedArticle enrich(PreparedArticle p, String duplicateOf, Instant enrichedAt) {
        return UnprocessableArticleException.guard("enrich", () -> enrichChecked(p, duplicateOf, enrichedAt));
    }

    private EnrichedArticle enrichChecked(PreparedArticle p, String duplicateOf, Instant enrichedAt) {
        RegionResult r = regions.tag(p.getTitle(), p.getBody(), p.getLanguage());
        return EnrichedArticle.newBuilder()
                .setId(p.getId())
                .setUrl(p.getUrl())
                .setCanonicalUrl(p.getCanonicalUrl())
                .setSource(p.getSource())
                .setTitle(p.getTitle())
                .setBody(p.getBody())
                .setAuthor(p.getAuthor())
                .setLanguage(p.getLanguage())
                .setPublishedAt(p.getPublishedAt())
                .setSection(p.getSection())
                .setMetadata(p.getMetadata())
                .setTopics(topics.tag(p.getTitle(), p.getBody(), p.getLanguage()))
                .setRegions(first(r.regions(), limits.maxRegions()))
                .setFocusCountry(r.focusCountry())
                .setMentions(first(r.mentions(), limits.maxMentions()))
                .setDuplicateOf(duplicateOf)
                .setEnrichedAt(enrichedAt.toString())
                .setPipelineVersion(PipelineVersion.VALUE)
                .setRevision(p.getRevision() == null ? 1 : p.getRevision())
                .build();
    }

    private static <T> java.util.List<T> first(java.util.List<T> list, int max) {
        return list.size() <= max ? list : java.util.List.copyOf(list.subList(0, max));
    }
}
