package io.newsstream.app.lag;

/**
 * One partition a stage consumes: its committed offset (-1 when none), the end offset, the records between
 * them and the age in seconds of the oldest of those records (0 when the stage is caught up).
 */
public record PartitionLag(String topic, int partition, long committed, long end, long records, double seconds) {}
