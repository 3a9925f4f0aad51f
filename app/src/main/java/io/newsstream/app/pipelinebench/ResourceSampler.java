package io.newsstream.app.pipelinebench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples this JVM's heap in use and resident set, and the resident set of its child processes
 * (the embedded PostgreSQL), every {@value #PERIOD_MS} ms, keeping the peaks. Resident sizes come
 * from {@code /proc} (Linux); elsewhere they read 0.
 */
public final class ResourceSampler implements AutoCloseable {
    private static final long PERIOD_MS = 250;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-resource-sampler");
        t.setDaemon(true);
        return t;
    });
    private volatile long peakHeap;
    private volatile long peakChildrenRss;

    public ResourceSampler start() {
        timer.scheduleAtFixedRate(this::sample, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
        return this;
    }

    private void sample() {
        peakHeap = Math.max(peakHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        long children = ProcessHandle.current().descendants().mapToLong(p -> statusKb(p.pid(), "VmRSS:")).sum() * 1024;
        peakChildrenRss = Math.max(peakChildrenRss, children);
    }

    public long peakHeapBytes() {
        return peakHeap;
    }

    /** Peak resident set of this JVM (the kernel's high-water mark). */
    public long peakRssBytes() {
        return statusKb(ProcessHandle.current().pid(), "VmHWM:") * 1024;
    }

    /** Peak of the summed resident sets of child processes, as sampled. */
    public long peakChildrenRssBytes() {
        return peakChildrenRss;
    }

    static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
