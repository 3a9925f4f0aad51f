package io.newsstream.app.lag;

import java.util.List;

/** One measurement of a stage: its partitions' lag, how many members its group has, and when it was taken. */
public record StageLag(Stage stage, List<PartitionLag> partitions, int members, String groupState, long takenAtMs) {
    public long records() {
        return partitions.stream().mapToLong(PartitionLag::records).sum();
    }

    public double maxSeconds() {
        return partitions.stream().mapToDouble(PartitionLag::seconds).max().orElse(0);
    }

    /** The sum of committed offsets: it moves when the stage makes progress. */
    public long committedSum() {
        return partitions.stream().mapToLong(p -> Math.max(0, p.committed())).sum();
    }
}
