package io.newsstream.schemas;

import java.util.List;
import java.util.Objects;

/**
 * The typed registry of the pipeline's Kafka topics, shared by every module and test.
 * Names are {@code <prefix>articles.raw} and so on; the prefix is empty by default and lets
 * tests and tenants run side by side on one cluster.
 */
public record Topics(String prefix) {
    public static final String RAW = "articles.raw";
    public static final String ENRICHED = "articles.enriched";
    public static final String DUPLICATES = "articles.duplicates";
    public static final String DLQ = "articles.dlq";

    public Topics {
        Objects.requireNonNull(prefix, "prefix");
    }

    public static Topics defaults() {
        return new Topics("");
    }

    public String raw() {
        return prefix + RAW;
    }

    public String enriched() {
        return prefix + ENRICHED;
    }

    public String duplicates() {
        return prefix + DUPLICATES;
    }

    public String dlq() {
        return prefix + DLQ;
    }

    public List<String> all() {
        return List.of(raw(), enriched(), duplicates(), dlq());
    }
}
