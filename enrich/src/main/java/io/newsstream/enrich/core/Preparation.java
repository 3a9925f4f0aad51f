package io.newsstream.enrich.core;

import io.newsstream.schemas.avro.PreparedArticle;

/** A prepared article together with what the cleaner did to its body (for "explain clean"). */
public record Preparation(PreparedArticle article, CleanedText cleaning) {}
