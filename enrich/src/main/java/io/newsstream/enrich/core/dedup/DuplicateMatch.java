package io.newsstream.enrich.core.dedup;

import io.newsstream.schemas.avro.DuplicateReason;

/** An article's first-seen original, why it matched, and how similar they are (1.0 for exact keys). */
public record DuplicateMatch(String originalId, DuplicateReason reason, double similarity) {}
