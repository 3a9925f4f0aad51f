package io.newsstream.app.pipelinebench;

/**
 * What one stage under test did: throughput of the burst (articles through per second of wall
 * time, and this JVM's CPU time per article), and the produce → output latency percentiles at the
 * plan's fixed offered rate.
 */
public record PhaseResult(String stage, long articles, double seconds, double jvmCpuMsPerArticle,
        long latencySamples, long p50Ms, long p99Ms, long maxMs) {

    public double articlesPerSecond() {
        return articles / seconds;
    }
}
