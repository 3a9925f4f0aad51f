package io.newsstream.enrich.core;

/** The version of the enrichment rules, written into every EnrichedArticle as {@code pipelineVersion}. */
public final class PipelineVersion {
    public static final String VALUE = "0.3.0";

    private PipelineVersion() {}
}
