package io.newsstream.sink;

import org.apache.kafka.common.TopicPartition;

/**
 * Moves a partition's stored position from {@code expected} (the value this sink last read or wrote;
 * {@link #NONE} when no row existed) to {@code next}. A write whose expectation no longer holds means
 * another sink instance advanced the partition: the transaction is rolled back.
 */
record OffsetUpdate(TopicPartition partition, long expected, long next) {
    static final long NONE = -1L;
}
