package io.newsstream.enrich.core;

import io.newsstream.enrich.core.clean.SourceBoilerplate;
import io.newsstream.enrich.core.clean.TextCleaner;
import io.newsstream.enrich.core.geo.Gazetteer;
import io.newsstream.enrich.core.geo.PlaceGazetteer;
import io.newsstream.enrich.core.geo.RegionTagger;
import io.newsstream.enrich.core.limits.ArticleLimits;
import io.newsstream.enrich.core.topics.TopicLexicon;
import io.newsstream.enrich.core.topics.TopicModel;
import io.newsstream.enrich.core.topics.TopicTagger;
import io.newsstream.schemas.avro.EnrichedArticle;
import io.newsstream.schemas.avro.PreparedArticle;
import io.newsstream.schemas.avro.RawArticle;
import java.time.Instant;

/**
 * The enrichment core, loaded once: the text cleaner, the article preparer, the taggers with their
 * gazetteer, lexicon and topic model, and the enricher. Everything in it is immutable after loading, so one
 * instance is shared by all stream threads, the batch CLI and benchmarks. Deduplication state is
 * not part of it: build a {@link Deduplicator} over the {@link DedupIndex} of the caller.
 */
public final class EnrichmentCore {
    private final TextCleaner cleaner;
    private final ArticlePreparer preparer;
    private final RegionTagger regionTagger;
    private final TopicTagger topicTagger;
    private final ArticleEnricher enricher;
    private final SourceBoilerplate boilerplate;

    public EnrichmentCore(Gazetteer gazetteer, PlaceGazetteer places, TopicLexicon lexicon, TopicModel topicModel,
                          ArticleLimits limits) {
        this.cleaner = new TextCleaner();
        this.preparer = new ArticlePreparer(cleaner, limits);
        this.regionTagger = new RegionTagger(gazetteer, places);
        this.topicTagger = new TopicTagger(lexicon, topicModel);
        this.enricher = new ArticleEnricher(topicTagger, regionTagger, limits);
        this.boilerplate = new SourceBoilerplate(SourceBoilerplate.Settings.DEFAULTS);
    }

    /** Loads the gazetteer, lexicon and topic model shipped on the class path. */
    public static EnrichmentCore load() {
        return load(null);
    }

    /** As {@link #load()}, with the topic model read from {@code topicModel} unless it is null. */
    public static EnrichmentCore load(java.nio.file.Path topicModel) {
        return load(topicModel, ArticleLimits.DEFAULTS);
    }

    /** As {@link #load(java.nio.file.Path)}, with the given per-article caps. */
    public static EnrichmentCore load(java.nio.file.Path topicModel, ArticleLimits limits) {
        return new EnrichmentCore(Gazetteer.loadDefault(), PlaceGazetteer.loadDefault(), TopicLexicon.loadDefault(),
                topicModel == null ? TopicModel.loadDefault() : TopicModel.load(topicModel), limits);
    }

    /** {@link ArticlePreparer#prepare}. */
    public PreparedArticle prepare(RawArticle raw, long receivedAtMillis) {
        return preparer.prepare(raw, receivedAtMillis);
    }

    /** {@link ArticleEnricher#enrich}. */
    public EnrichedArticle enrich(PreparedArticle p, String duplicateOf, Instant enrichedAt) {
        return enricher.enrich(p, duplicateOf, enrichedAt);
    }

    public TextCleaner cleaner() {
        return cleaner;
    }

    public ArticlePreparer preparer() {
        return preparer;
    }

    public RegionTagger regionTagger() {
        return regionTagger;
    }

    public TopicTagger topicTagger() {
        return topicTagger;
    }

    /** The per-source boilerplate learner with default thresholds (batch mode; the topology takes its config's). */
    public SourceBoilerplate boilerplate() {
        return boilerplate;
    }

    public ArticleEnricher enricher() {
        return enricher;
    }
}
