package io.newsstream.app.pipelinebench;

import java.time.Duration;

/**
 * What one bench run sends to each stage under test: warm-up articles (not measured), the
 * throughput burst, and the latency run at a fixed offered rate. Each part uses its own range of
 * generated articles, the same ranges for every stage, so both stages see the same records. Before
 * the pipeline, the enrichment core alone runs over {@code coreWarmupArticles} more (JIT warm-up). Warm-up
 * rounds of {@code warmupArticles} repeat until the JIT compiler spent less than {@link #SETTLED_JIT_SHARE} of
 * a round's time compiling, or for {@link #MAX_WARMUP} at most.
 */
public record BenchPlan(long coreWarmupArticles, long warmupArticles, long articles, int ratePerSecond,
        long latencyArticles, Duration stallTimeout) {
    public static final long WARMUP_FROM = 1_000_000_000L;
    public static final long THROUGHPUT_FROM = 0L;
    public static final long LATENCY_FROM = 2_000_000_000L;
    public static final double SETTLED_JIT_SHARE = 0.10;
    public static final Duration MAX_WARMUP = Duration.ofSeconds(120);

    public static BenchPlan quick(int ratePerSecond) {
        return new BenchPlan(4_000, 1_000, 5_000, ratePerSecond, 5L * ratePerSecond, Duration.ofSeconds(30));
    }

    public static BenchPlan full(int ratePerSecond) {
        return new BenchPlan(10_000, 3_000, 20_000, ratePerSecond, 15L * ratePerSecond, Duration.ofSeconds(60));
    }

    public BenchPlan withArticles(long count) {
        return new BenchPlan(coreWarmupArticles, warmupArticles, count, ratePerSecond, latencyArticles, stallTimeout);
    }
}
