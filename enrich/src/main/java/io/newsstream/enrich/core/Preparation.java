package io.newsstream.enrich.core;

import io.newsstream.enrich.core.clean.CleanedText;
import io.newsstream.enrich.core.dedup.ComparableBody;
import io.newsstream.schemas.avro.PreparedArticle;

/**
 * A prepared article together with what the cleaner did to its body (for "explain clean") and the
 * body's comparison form (for the dedup steps, so it is computed once).
 */
public record Preparation(PreparedArticle article, CleanedText cleaning, ComparableBody body) {}
