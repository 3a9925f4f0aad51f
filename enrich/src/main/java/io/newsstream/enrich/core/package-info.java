/**
 * The enrichment core's orchestration, plain Java with no Kafka types: {@link
 * io.newsstream.enrich.core.EnrichmentCore} loads the parts, {@link io.newsstream.enrich.core.ArticlePreparer}
 * validates and cleans a raw article, {@link io.newsstream.enrich.core.ArticleEnricher} adds topics and regions,
 * {@link io.newsstream.enrich.core.BatchEnricher} runs the batch path with the same rules the stream uses. The
 * concerns live in the subpackages, which import only downwards: {@code text} and {@code limits} (no project
 * imports) ← {@code lang}, {@code dedup}, {@code geo} ← {@code clean} (uses {@code dedup} fingerprints) ←
 * {@code topics} (its training data is cleaned); this package and {@code eval} sit above them all.
 */
package io.newsstream.enrich.core;
