package io.newsstream.app.pipelinebench;

import io.newsstream.ingest.ProgressBars;
import io.newsstream.schemas.avro.RawArticle;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;

/**
 * Drives one stage under test through a {@link BenchPlan}: warm-up, throughput burst, latency run
 * (each part's articles generated before it starts),
 * each waited for until every article came all the way through ({@code completed} counts them),
 * with a progress bar per part. Fails when nothing moves for the plan's stall timeout.
 */
public final class PhaseRunner {
    private final BenchPlan plan;
    private long lastWarmupArticles;

    public PhaseRunner(BenchPlan plan) {
        this.plan = plan;
    }

    /**
     * @param applicationId the stage's Streams application id (its stream threads' names start with it)
     * @param postgresDataDir the embedded PostgreSQL's data directory (for its CPU time)
     * @param completed how many articles have come through so far (monotonic)
     * @param watcher the output topics' watcher whose record timestamps give the latency
     */
    public PhaseResult run(String stage, String applicationId, Path postgresDataDir, LoadDriver driver, OutputWatcher watcher,
            LongSupplier completed) throws InterruptedException {
        long warmupStart = System.nanoTime();
        for (int round = 0; ; round++) {
            List<RawArticle> warmup = driver.generate(BenchPlan.WARMUP_FROM + round * plan.warmupArticles(),
                    plan.warmupArticles());
            long jitBefore = jitMillis();
            long roundStart = System.nanoTime();
            step(stage + " warm-up " + (round + 1), plan.warmupArticles(), completed, () -> driver.burst(warmup));
            double share = (jitMillis() - jitBefore) / ((System.nanoTime() - roundStart) / 1e6);
            lastWarmupArticles = (round + 1) * plan.warmupArticles();
            if (share < BenchPlan.SETTLED_JIT_SHARE
                    || System.nanoTime() - warmupStart > BenchPlan.MAX_WARMUP.toNanos()) {
                System.err.printf(java.util.Locale.ROOT, "%s: warm-up done after %d round(s), %.0f s; JIT compiling %.0f %% "
                        + "of the last round%n", stage, round + 1, (System.nanoTime() - warmupStart) / 1e9, share * 100);
                break;
            }
        }

        List<RawArticle> burst = driver.generate(BenchPlan.THROUGHPUT_FROM, plan.articles());
        long cpuBefore = processCpuNanos();
        ThreadCpu.Snapshot threadsBefore = ThreadCpu.take(applicationId, postgresDataDir);
        long jitBefore = jitMillis();
        long start = System.nanoTime();
        step(stage + " throughput", plan.articles(), completed, () -> driver.burst(burst));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMs = (processCpuNanos() - cpuBefore) / 1e6 / plan.articles();
        ThreadCpu.Snapshot threadsAfter = ThreadCpu.take(applicationId, postgresDataDir);
        System.err.printf(java.util.Locale.ROOT, "%s: JIT compiling %.0f %% of the throughput run%n", stage,
                (jitMillis() - jitBefore) / (seconds * 1e3) * 100);

        burst.clear();
        List<RawArticle> paced = driver.generate(BenchPlan.LATENCY_FROM, plan.latencyArticles());
        LatencyRecorder latencies = watcher.recordLatencies();
        step(stage + " latency @" + plan.ratePerSecond() + "/s", plan.latencyArticles(), completed,
                () -> driver.paced(paced, plan.ratePerSecond()));
        if (driver.failures() > 0) {
            throw new IllegalStateException(stage + ": " + driver.failures() + " sends failed");
        }
        return new PhaseResult(stage, plan.articles(), seconds, cpuMs,
                threadsAfter.perArticleSince(threadsBefore, plan.articles()), threadsAfter.streamThreadBusySince(threadsBefore),
                latencies.size(),
                latencies.percentile(50), latencies.percentile(99), latencies.percentile(100));
    }

    private void step(String task, long count, LongSupplier completed, Runnable send) throws InterruptedException {
        long base = completed.getAsLong();
        CompletableFuture<Void> sending = CompletableFuture.runAsync(send, r -> {
            Thread t = new Thread(r, "bench-load");
            t.setDaemon(true);
            t.start();
        });
        try (ProgressBar bar = ProgressBars.forCount(task, count, "articles")) {
            long last = -1;
            long lastMove = System.nanoTime();
            while (true) {
                long done = completed.getAsLong() - base;
                bar.stepTo(Math.min(done, count));
                if (done >= count && sending.isDone()) {
                    break;
                }
                if (sending.isCompletedExceptionally()) {
                    sending.join();
                }
                if (done != last) {
                    last = done;
                    lastMove = System.nanoTime();
                } else if (System.nanoTime() - lastMove > plan.stallTimeout().toNanos()) {
                    throw new IllegalStateException(task + ": stalled at " + done + "/" + count
                            + " for " + plan.stallTimeout());
                }
                Thread.sleep(20);
            }
        }
    }

    /** How many warm-up articles the last {@link #run} sent (rounds × the plan's warm-up size). */
    public long lastWarmupArticles() {
        return lastWarmupArticles;
    }

    /** Milliseconds the JIT compiler threads have spent compiling so far. */
    static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
