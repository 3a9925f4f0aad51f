package io.newsstream.enrich.core.clean;

/**
 * Windowed counters behind {@link SourceBoilerplate}: a count per key over the window ending at a
 * timestamp. Implemented in memory for batch mode and over a Kafka Streams window store in the
 * topology, so the learning rule is the same in both.
 */
public interface BoilerplateCounts {
    /** Adds one to the key at the timestamp; returns the key's count over the window ending there, this one included. */
    long increment(String key, long timestampMs);

    /** The key's count over the window ending at the timestamp. */
    long count(String key, long timestampMs);
}
