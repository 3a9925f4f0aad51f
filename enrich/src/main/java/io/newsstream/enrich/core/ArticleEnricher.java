package io.newsstream.enrich.core;

import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.PreparedArticle;
import java.time.Instant;

/**
 * Turns a {@link PreparedArticle} into the contract's {@link EnrichedArticle}: topics and regions
 * over title and body (mention offsets index into the body), the duplicate link, the enrichment
 * time and {@link PipelineVersion#VALUE}. Immutable and thread-safe.
 */
public final class ArticleEnricher {
    private final TopicTagger topics;
    private final RegionTagger regions;

    public ArticleEnricher(TopicTagger topics, RegionTagger regions) {
        this.topics = topics;
        this.regions = regions;
    }

    /** @param duplicateOf id of the first-seen article this one copies, or null */
    public EnrichedArticle enrich(PreparedArticle p, String duplicateOf, Instant enrichedAt) {
        RegionResult r = regions.tag(p.getTitle(), p.getBody());
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
                .setTopics(topics.tag(p.getTitle(), p.getBody()))
                .setRegions(r.regions())
                .setFocusCountry(r.focusCountry())
                .setMentions(r.mentions())
                .setDuplicateOf(duplicateOf)
                .setEnrichedAt(enrichedAt.toString())
                .setPipelineVersion(PipelineVersion.VALUE)
                .build();
    }
}
