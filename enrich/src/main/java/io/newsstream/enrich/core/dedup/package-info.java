/**
 * Deduplication rules and their data: canonical keys, content fingerprints, the URL rule (re-delivery, update,
 * copy), MinHash sketches, the near-duplicate rule, matcher and in-memory indexes. The stream topology's shards
 * and the batch path both decide with these classes. Imports {@code text} only.
 */
package io.newsstream.enrich.core.dedup;
