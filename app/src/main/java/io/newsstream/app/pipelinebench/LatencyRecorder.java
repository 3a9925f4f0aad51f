package io.newsstream.app.pipelinebench;

import java.util.Arrays;

/** Latencies in milliseconds, appended by one thread and summarised as percentiles. */
public final class LatencyRecorder {
    private long[] values = new long[4096];
    private int size;

    public synchronized void add(long millis) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
    }

    public synchronized void clear() {
        size = 0;
    }

    public synchronized int size() {
        return size;
    }

    /** The nearest-rank percentile (0 < p ≤ 100), or -1 when nothing was recorded. */
    public synchronized long percentile(double p) {
        if (size == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }
}
