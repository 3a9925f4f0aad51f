package io.newsstream.app.pipelinebench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    @Test
    void threadsAreGroupedByWhatTheirKernelNamesSay() {
        String app = "bench-enrich";
        assertThat(ThreadCpu.group("bench-enrich-09", app)).isEqualTo("stream threads");
        assertThat(ThreadCpu.group("rocksdb:low", app)).isEqualTo("RocksDB background");
        assertThat(ThreadCpu.group("data-plane-kafk", app)).isEqualTo("broker");
        assertThat(ThreadCpu.group("kafka-log-clean", app)).isEqualTo("broker");
        assertThat(ThreadCpu.group("kafka-producer-", app)).isEqualTo("producer I/O");
        assertThat(ThreadCpu.group("kafka-coordinat", app)).isEqualTo("other");
        assertThat(ThreadCpu.group("GC Thread#1", app)).isEqualTo("GC");
        assertThat(ThreadCpu.group("C2 CompilerThre", app)).isEqualTo("JIT");
        assertThat(ThreadCpu.group("newsstream-sink", app)).isEqualTo("sink");
        assertThat(ThreadCpu.group("main", app)).isEqualTo("other");
    }

    @Test
    void cpuSpentBetweenTwoSnapshotsIsCountedInItsGroup() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux /proc");
        Path noPostgres = Files.createTempDirectory("no-pg");
        ThreadCpu.Snapshot before = ThreadCpu.take("bench-enrich", noPostgres);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread worker = new Thread(() -> {
            long x = 0;
            while (!stop.get()) {
                x += Long.numberOfTrailingZeros(x + System.nanoTime());
            }
            if (x == 42) {
                System.out.print("");
            }
        }, "bench-enrich-1-StreamThread-1");
        worker.start();
        ThreadCpu.Snapshot during;
        try {
            during = await().atMost(Duration.ofSeconds(20)).until(() -> ThreadCpu.take("bench-enrich", noPostgres),
                    now -> now.perArticleSince(before, 1).get("stream threads") > 100.0);
        } finally {
            stop.set(true);
        }
        worker.join();

        assertThat(during.streamThreads()).isEqualTo(1);
        assertThat(during.perArticleSince(before, 1).get("stream threads")).isGreaterThan(100.0);
        assertThat(during.perArticleSince(before, 1).get("PostgreSQL")).isZero();
        assertThat(ThreadCpu.line(during.perArticleSince(before, 10), 0.5)).contains("stream threads").contains("50 %");
    }
}
